// Strings of src/feeds/ (see catalogue.ts).
export const feeds = {};
