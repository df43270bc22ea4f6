// Strings of src/safety/ (see catalogue.ts): the help shown after a possible crisis, the identifying-details check,
// and the moderators' guidance page.
export const safety = {
  received: 'Thank you. Your answer has been received',
  readFirst: "A person from the board's team will read it before it appears anywhere. It will not be published automatically.",
  helpHeading: 'If you are thinking about harming yourself, help is available now',
  noNeedToWait: 'You do not have to wait for us. You can talk to someone today, free and in confidence:',
  moreHelp: 'More places to find help, including in other countries',
  checkTitle: 'Check your answer before you send it',
  /** `found` is describeFound's list, such as "a phone number and a name". */
  seemsToInclude: (found: string) =>
    `Your answer seems to include ${found}. Answers are public and may be shown on other websites, so details like these could identify you or someone else.`,
  changeOrSend: 'Change your answer below and send it again. Or, if you are sure, send it as it is: a facilitator will read it before anyone else can.',
  /** How each kind of identifying detail is named (identifying.kinds.ts): one found, or several. */
  identifying: {
    phone: { singular: 'a phone number', plural: 'phone numbers' },
    email: { singular: 'an email address', plural: 'email addresses' },
    url: { singular: 'a web address', plural: 'web addresses' },
    'nhs-number': { singular: 'an NHS number', plural: 'NHS numbers' },
    'ni-number': { singular: 'a National Insurance number', plural: 'National Insurance numbers' },
    postcode: { singular: 'a postcode', plural: 'postcodes' },
    date: { singular: 'a date', plural: 'dates' },
    handle: { singular: 'a social media handle', plural: 'social media handles' },
    name: { singular: 'a name', plural: 'names' },
  },
  /** "a, b and c". */
  list: (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`),
  guidance: {
    title: 'Responding to answers that suggest someone is at risk',
    back: 'Your boards',
    lead: 'Roundtable holds answers that suggest their author may be at risk, or that describe ways of self-harm or suicide. They are never published automatically and come first in the queue, marked urgent.',
    seenHeading: 'What the author has already seen',
    /** `helplines`: the names of the helplines the author was shown. */
    seen: (helplines: string) =>
      `As soon as they sent the answer, the author was told that a person will read it, and shown where to get help now: ${helplines}. You do not need to do that part.`,
    doHeading: 'What to do',
    steps: [
      'Read the answer as soon as you can. Urgent answers are at the top of the queue.',
      "If it suggests a life is in danger now and you know who and where the person is, call 999. Follow your organisation's safeguarding procedure and tell your safeguarding lead, as you would for any other disclosure.",
      "Roundtable does not show you the author's email address, even if they gave one, and you cannot reply to them through it. If your organisation needs to reach them, your safeguarding lead decides how, within your own policies.",
      'Do not publish an answer that describes a method, however it is meant. Reject it; the reason you give is kept privately for moderators.',
      "An answer about a past experience or someone else's risk can be valuable to readers. If the detector held it by mistake, approve it; if parts identify someone, use “Replace with [name]” or “Edit or redact” first.",
      "Every decision is recorded in the board's audit log, by answer, never with its text.",
    ],
    yourselfHeading: 'Look after yourself',
    yourself: 'Reading answers like these can be hard. Talk to a colleague or your manager afterwards. The same helplines are there for you too:',
  },
};
