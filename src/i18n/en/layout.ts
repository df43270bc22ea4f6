// Around every page: the header, the language switch, the footer.
export const layout = {
  siteName: 'Roundtable',
  titleSuffix: '– Roundtable',
  errorPrefix: 'Error:',
  skipLink: 'Skip to main content',
  needHelp: 'Need help now?',
  facilitatorNav: 'Facilitator',
  yourBoards: 'Your boards',
  yourAccount: (name: string) => `Your account (${name})`,
  signOut: 'Sign out',
  footer: "Answers are read by the board's facilitators. Roundtable is not a crisis service:",
  footerHelpLink: 'if you need help now, see who to contact',
  languageNav: 'Language',
  /** The name of this language, written in it: the switch on the other language's pages shows it. */
  thisLanguage: 'English',
  /** Shown, with a link, to a first visitor whose browser prefers this language, on the other language's pages. */
  offer: 'This page is also in English.',
  offerLink: 'Read it in English',
  offerDismiss: 'No thanks',
  back: 'Back',
};
