// Strings of src/help/ (see catalogue.ts).
export const help = {};
