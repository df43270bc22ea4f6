// Strings of src/reports/ (see catalogue.ts).
export const reports = {};
