// Strings of src/admin/ (see catalogue.ts).
export const admin = {};
