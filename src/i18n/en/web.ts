// Strings of src/web/ (see catalogue.ts).
export const web = {};
