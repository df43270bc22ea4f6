// Strings of src/workshop/ (see catalogue.ts).
export const workshop = {};
