// Strings of src/feeds/ (see catalogue.ts): what a feed reader shows beside the answers.
export const feeds = {
  anonymous: 'Anonymous',
  /** An entry's title: the question, then the perspective it was answered from. */
  entryTitle: (question: string, perspective: string) => `${question} (${perspective})`,
};
