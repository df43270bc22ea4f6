// Strings of src/workshop/ (see catalogue.ts): the join pages, the projector and the live stream.
import type { PluralForms } from '../format.ts';

/** Plural forms, typed wide so the Welsh catalogue may give all six (format.ts). */
const forms = (f: PluralForms): PluralForms => f;

export const workshop = {
  // The join pages (people in the room, on their phones)
  liveSession: 'Live session',
  answerAQuestion: (board: string) => `Answer a question: ${board}`,
  chooseQuestion: 'Choose a question to answer',
  answerNext: 'Answer the next question',
  answerAnother: 'Answer another question',
  sessionEnded: 'The live session has ended. Thank you for taking part.',
  seeBoard: (board: string) => `See “${board}”`,
  waitForNext: 'When the facilitator moves on to the next question, a link to answer it appears here. If it does not, reload this page.',
  received: 'Your answer has been received',
  published: 'Your answer is published',
  withFacilitator: 'Your answer is with the facilitator',
  thanks: 'Thank you for adding your point of view.',
  nowOnBoard: 'It is now on the board for everyone to read.',
  readFirst: 'The facilitator reads each answer before it appears on the screen and on the board.',
  codeLabel: 'Join code',
  codeHint: (n: number) => `The ${n} letters and numbers shown on the screen in the room`,
  join: 'Join',
  joinTitle: 'Join a live session',
  notRunning: 'This code is not for a session that is running',
  /** Followed by a link to the board, then a full stop. */
  endedBoard: 'The live session it was for has ended. You can still read the answers, and add yours, on',
  /** Followed by a link (checkCodeLink), then a full stop. */
  checkCode: 'Check the code on the screen in the room and type it again, or',
  checkCodeLink: 'see the list of boards',
  anotherCode: 'Join with another code',

  // The projector
  paused: 'Paused',
  soFar: forms({ one: '{n} answer so far', other: '{n} answers so far' }),
  answers: forms({ one: '{n} answer', other: '{n} answers' }),
  joinIn: 'Join in',
  qrAlt: (address: string) => `QR code: scan it to open ${address}`,
  orGoTo: 'Or go to',
  code: 'Code',
  more: forms({ other: '+ {n} more' }),
  tableCaption: 'How many answers each question has from each perspective, and the newest',
  question: 'Question',
  moreQuestions: forms({ one: '+ {n} more question', other: '+ {n} more questions' }),
  anonymous: 'Anonymous',
  noSession: 'No live session is running.',
  /** Followed by the board's address. */
  boardAt: 'The board is at',
  projectorTitle: (shown: string) => `Live: ${shown} – Roundtable`,

  // The live stream
  /** Who a new answer is from, when the perspective has no plural: "2 new answers from the “Nurse” perspective". */
  fromPerspective: (label: string) => `the “${label}” perspective`,
  tooManyStreams: 'Too many live connections from your network. Close some tabs showing this board, then reload.',
  badStream: 'This live address is not right: check the view and since values.',

  /**
   * What live.js says as answers arrive (board, question and embed pages). Plain data: pages render it as JSON in
   * data-live-words, as client scripts take no catalogue. {n} is a number, {who} a perspective's readers.
   */
  live: {
    pause: 'Pause live updates',
    resume: 'Resume live updates',
    paused: 'Live updates paused.',
    waiting: forms({ one: 'Live updates paused: {n} change waiting.', other: 'Live updates paused: {n} changes waiting.' }),
    on: 'Live updates on.',
    /** From one perspective: "{what} from {who}."; from several: "{what}: {list}." with each part "{n} from {who}". */
    single: '{what} from {who}.',
    newAnswer: 'New answer',
    newAnswers: forms({ other: '{n} new answers' }),
    part: '{n} from {who}',
    mixed: '{what}: {list}.',
    count: forms({ one: '{n} answer', other: '{n} answers' }),
    reload: 'Many answers changed while this page was away. Reload the page to see them all.',
  },
};
