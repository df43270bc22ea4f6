// Strings of src/exports/ (see catalogue.ts): the words in a board's answer files (CSV, XLSX, Markdown). A file is
// in the board's language, whoever downloads it; JSON property names and the column order never change with it.
export const exports = {
  /** The column headings of the CSV and of the XLSX's first sheet (their order is fixed in answer-files.ts). */
  columns: {
    question: 'Question',
    perspective: 'Perspective',
    answer: 'Answer',
    name: 'Name',
    example: 'Example',
    written: 'Written',
    published: 'Published',
    helpful: 'Helpful',
    useAllowed: 'Use allowed',
    link: 'Link',
  },
  /** Whether an answer is one of the board's examples. */
  yes: 'yes',
  no: 'no',
  /** An answer sent without a name. */
  anonymous: 'Anonymous',
  /** The XLSX's sheet names (at most 31 characters each). */
  answersSheet: 'Answers',
  countsSheet: 'Answers per perspective',
  /** The last column of the counts sheet: a question's answers from every perspective. */
  allPerspectives: 'All',
  /** The Markdown's link to the board, under its title. */
  boardLink: 'Every answer, and yours to add',
  /** The name a downloaded file is saved under. */
  fileName: (slug: string, extension: string) => `${slug}-answers.${extension}`,
};
