// Strings of src/moderation/ (see catalogue.ts).
export const moderation = {};
