// Strings of src/themes/ (see catalogue.ts).
export const themes = {};
