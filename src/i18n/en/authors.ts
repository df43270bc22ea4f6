// Strings of src/authors/ (see catalogue.ts).
export const authors = {};
