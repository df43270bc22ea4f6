// Strings of src/imports/ (see catalogue.ts).
export const imports = {};
