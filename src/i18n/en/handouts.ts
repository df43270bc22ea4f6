// Strings of src/handouts/ (see catalogue.ts).
export const handouts = {};
