// Strings of src/reports/ (see catalogue.ts): the report form and its confirmation.
export const reports = {
  title: 'Report an answer',
  anonymous: 'Anonymous',
  explain: 'A moderator of this board will read your report. If several people report an answer, it is hidden until a moderator has looked at it.',
  whatIsWrong: 'What is wrong with it?',
  /** One per reason a reader can give (reports.actions.ts reportReasons has the same keys). */
  reasons: {
    abusive: 'It is abusive or hateful',
    identifying: 'It identifies someone',
    harmful: 'It could put someone at risk',
    spam: 'It is spam or advertising',
    other: 'Something else',
  },
  detailsLabel: 'Anything else the moderator should know (optional)',
  /** `max` is the limit written as the page's language writes numbers. */
  detailsHint: (max: string) => `Up to ${max} characters. Please do not include your own contact details.`,
  send: 'Send report',
  chooseReason: 'Choose what is wrong with the answer',
  thanksTitle: 'Thank you for your report',
  thanksText: 'A moderator will look at the answer.',
  backTo: (board: string) => `Back to “${board}”`,
};
