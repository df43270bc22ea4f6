// Strings of src/safety/ (see catalogue.ts).
export const safety = {};
