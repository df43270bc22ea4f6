// Strings of src/answers/ (see catalogue.ts): the answer form, its errors and confirmations, an answer's own page.
import type { PluralForms } from '../format.ts';

/** A choice of where an answer may be used, in plain words; `short` is how the queue, exports and the author's page name it. */
type UseText = { label: string; hint: string; short: string };

export const answers = {
  form: {
    heading: 'Add your answer',
    headingForQuestion: 'Add your answer to this question',
    closed: 'This board is closed for new answers.',
    notReady: 'This board is not ready for answers yet.',
    preModerated: "The board's facilitators read every answer before it is published, usually within a few days.",
    postModerated: "Answers are published straight away. The board's facilitators read them and may remove any that break the rules.",
    readFirst:
      'Answers that may identify someone, or suggest that someone is at risk, are always read by a facilitator first. This is not a crisis service and answers are not read straight away: if you need help now,',
    helpLink: 'see who to contact',
    trap: 'Leave this blank',
    whichQuestion: 'Which question are you answering?',
    whichPerspective: 'Which point of view are you answering from?',
    body: 'Your answer',
    bodyHint: 'Do not include names, contact details or anything else that could identify you or someone else.',
    bodyLimit: (n: string) => `You can enter up to ${n} characters`,
    /** Said by answer-form.js as the person types (client/words.ts): {n} is the number, {list} what was found. */
    charactersLeft: { one: 'You have {n} character remaining', other: 'You have {n} characters remaining' } as PluralForms,
    charactersOver: { one: 'You have {n} character too many', other: 'You have {n} characters too many' } as PluralForms,
    seemsToInclude: 'Your answer seems to include {list}. Answers are public: remove anything that could identify you or someone else.',
    and: ' and ',
    name: 'Your name (optional)',
    nameHint: 'Shown with your answer. Leave it blank to appear as “Anonymous”.',
    email: 'Email address (optional)',
    emailHint: 'Never shown to anyone. We only use it to send you the private link to change or delete your answer.',
    useHint: 'You can change your choice later with your private link.',
    send: 'Send your answer',
    sendAnyway: 'Send it as it is',
  },
  useQuestion: 'Where may your answer be used?',
  uses: {
    board: {
      label: 'Publish it on this board for anyone to read',
      hint: 'It can also appear wherever the board is embedded, on the workshop screen, and in handouts.',
      short: 'Published on the board',
    },
    workshop: {
      label: 'Use it in workshops and handouts only',
      hint: 'Facilitators can read it out or print it in a handout. It is never published online.',
      short: 'Workshops and handouts only',
    },
    facilitators: {
      label: 'Only the facilitators may read it',
      hint: 'The people who run this board read it. Nobody else sees it.',
      short: 'Facilitators only',
    },
  } as Record<'board' | 'workshop' | 'facilitators', UseText>,
  errors: {
    question: 'Choose the question you are answering',
    perspective: 'Choose the perspective you are answering from',
    body: 'Enter your answer',
    bodyTooLong: (n: string) => `Your answer must be ${n} characters or fewer`,
    nameTooLong: (n: string) => `Your name must be ${n} characters or fewer`,
    email: 'Enter an email address in the correct format, like name@example.com',
    use: 'Choose where your answer may be used',
    notText: 'must be text',
    questionNotOnBoard: 'Choose one of the questions on this board',
    perspectiveNotOnBoard: 'Choose one of the perspectives on this board',
    /** The API's (answers.input.ts): its field names and values are for programs and stay as they are. */
    useApi: 'Choose where your answer may be used: send "use" as "board", "workshop" or "facilitators"',
    notJsonObject: 'Send a JSON object with question, perspective, body and use',
    tooMany: 'A lot of answers have come from your network in the last minute. Wait a minute, then send your answer again: what you wrote is kept below.',
  },
  privateLink: {
    heading: 'Your private link',
    keep: 'Keep it to change or delete your answer at any time, without an account. It is shown only this once. Anyone who has it can change your answer, so do not share it.',
    label: 'Private link',
    fallback:
      "Your private key is the part of this page's address after “#key=”: copy the whole address from your browser's address bar and keep it. To use it, go to",
    fallbackLink: "your answer's page",
    fallbackEnd: 'and enter the key.',
  },
  keptOff: {
    workshop: 'As you chose, it will not appear on the board or anywhere online: a facilitator reads it and may use it in workshops and handouts.',
    facilitators: 'As you chose, it will not appear on the board: only the facilitators will read it.',
  },
  received: {
    title: 'Your answer has been received',
    published: 'Your answer is published',
    thanks: 'Thank you for adding your point of view.',
    onBoard: 'It is now on the board for everyone to read.',
    seeIt: 'See your answer',
    willRead: 'A facilitator will read it before it appears on the board. Most answers are read within a few days.',
  },
  backTo: (board: string) => `Back to “${board}”`,
  answerFrom: (name: string) => `Answer from ${name}`,
  reportThis: 'Report this answer',
  share: 'Share this answer',
};
