// Strings of src/boards/ (see catalogue.ts).
export const boards = {};
