// Strings of src/embed/ (see catalogue.ts).
export const embed = {};
