// Strings of src/editor/ (see catalogue.ts).
export const editor = {};
