// Strings of src/team/ (see catalogue.ts).
export const team = {};
