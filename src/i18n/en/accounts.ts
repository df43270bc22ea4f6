// Strings of src/accounts/ (see catalogue.ts).
export const accounts = {};
