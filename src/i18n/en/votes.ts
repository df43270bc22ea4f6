// Strings of src/votes/ (see catalogue.ts).
export const votes = {};
