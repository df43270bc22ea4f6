// Strings of src/answers/ (see catalogue.ts).
export const answers = {};
