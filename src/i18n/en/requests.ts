// Strings of src/requests/ (see catalogue.ts).
export const requests = {};
