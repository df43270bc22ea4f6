// Strings of src/help/ (see catalogue.ts): the help page and the list of helplines every help panel shows.
export const help = {
  title: 'Need help now?',
  lead: "If you are thinking about harming yourself, or you are worried about someone, help is available now. Roundtable is a discussion board, not a crisis service: answers are read by the board's facilitators, not straight away.",
  /** `country`: the configured country's name in this language, such as "the United Kingdom". */
  inCountry: (country: string) => `In ${country}`,
  elsewhere: 'Elsewhere',
  /** Around the directory's name, which is a link: "Find A Helpline lists free, confidential helplines in other countries." */
  directoryBefore: '',
  directoryAfter: (description: string) => ` lists ${description}.`,
  lastChecked: (date: string) => `These details were last checked on ${date}.`,
  call: (phone: string) => `call ${phone}`,
  text: (number: string, word: string | undefined) => (word ? `text ${word} to ${number}` : `text ${number}`),
  /** Between a helpline's phone and text numbers. */
  or: ' or ',
};
