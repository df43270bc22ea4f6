// Strings of the emails people get (see catalogue.ts): each goes out in the language its reader used.
export const email = {
  /** To an author who gave their email: their private link (answers.events.ts answerSubmitted). */
  privateLink: {
    subject: (board: string) => `Your answer on “${board}”`,
    text: (board: string, link: string) =>
      `Thank you for your answer on “${board}”.\n\n` +
      `This is your private link to change or delete it at any time. Anyone who has it can change your answer, so keep it to yourself:\n\n` +
      `${link}\n`,
  },
};
