// Strings of src/email/ (see catalogue.ts).
export const email = {};
