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
   * What live.js says as answers arrive (board, question and embed pages). Plain data: LiveStatus renders it as JSON in
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
  /**
   * The facilitator's live console (src/workshop/workshop.views.tsx, workshop.routes.ts). Facilitators only: served in
   * English for now, like the rest of the facilitator area (docs/TRANSLATION.md).
   */
  console: {
    title: (board: string) => `Live session: ${board}`,
    back: 'Your boards',
    heading: 'Live session',
    allAnswers: 'All answers on this board',
    onProjector: 'On the projector',
    wholeTable: 'The whole table',
    projector: 'Projector',
    pausedStatus: 'Paused: new answers wait until you resume',
    showingStatus: 'Showing answers as they are approved',
    joinPanel: 'Join panel',
    shown: 'Shown',
    hidden: 'Hidden',
    resume: 'Resume the projector',
    pause: 'Pause the projector',
    hideJoin: 'Hide the join panel',
    showJoin: 'Show the join panel',
    urgent: 'Urgent: read this first',
    anonymous: 'Anonymous',
    approve: 'Approve',
    approved: 'Approved: the answer is published.',
    hide: 'Hide',
    hiddenDone: 'Hidden: the answer will not be published.',
    editOrRedact: 'Edit or redact',
    thisAnswer: ' this answer',
    waitingHeading: (n: number) => `Waiting answers (${n})`,
    /** Followed by "first." and the guidance link. */
    urgentCount: forms({ one: '{n} urgent answer', other: '{n} urgent answers' }),
    first: 'first.',
    atRiskLink: 'How to respond when an answer suggests someone is at risk',
    nothingWaiting: 'Nothing is waiting. New answers appear here as people send them.',
    /** The keyboard help under the waiting answers: each key shown in <kbd>. */
    keysNeverShown: 'Waiting answers are never shown on the projector. With a keyboard, focus an answer and press',
    keysApprove: 'to approve it or',
    keysHide: 'to hide it;',
    keysAnd: 'and',
    keysMove: 'move between answers.',
    spotlight: 'Spotlight',
    chooseQuestionFirst: 'Choose a question to put one of its answers in the spotlight.',
    noneYet: 'No answer to this question is published yet.',
    spotlightLead: 'The projector shows the answer in the spotlight large, above the others.',
    clearSpotlight: 'Clear the spotlight',
    inSpotlight: 'In the spotlight',
    putInSpotlight: 'Put in the spotlight',
    /** For screen readers, after "Put in the spotlight". */
    fromWhom: (name: string) => `: the answer from ${name}`,
    ended: 'This live session has ended.',
    reloadToStart: 'Reload the page to start another.',
    intro:
      'A live session runs this board in a room: a projector shows one question at a time with its published answers, and people join on their phones with a short code to answer it. You choose the question, approve answers as they arrive and end the session when the room is done.',
    start: 'Start a live session',
    joinAt: 'People join at',
    /** "or at example.org/j with the code ABC123". */
    orAt: (address: string) => `or at ${address} with the code`,
    openProjector: 'Open the projector (opens in a new tab)',
    projectorShows: 'What the projector shows',
    questionLegend: 'Question on the projector',
    show: 'Show on the projector',
    endHeading: 'End the session',
    endLead: 'The code stops working and the projector says the session has ended. Answers already sent stay on the board.',
    end: 'End the live session',

    /** What the console says after each change (?done=). */
    notices: {
      start: 'The live session has started. Show people the join address and the code.',
      end: 'The live session has ended. Its code no longer works.',
      'already-ended': 'The live session had already ended.',
      question: 'The projector shows your choice.',
      pause: 'The projector is paused: it keeps what it shows until you resume.',
      resume: 'The projector shows answers again as they are approved.',
      'show-join': 'The projector shows the join panel.',
      'hide-join': 'The projector no longer shows the join panel.',
      spotlight: 'The answer is in the spotlight.',
      'clear-spotlight': 'No answer is in the spotlight.',
      approve: 'The answer is published.',
      reject: 'The answer is hidden: it will not be published.',
      'already-decided': 'Someone else decided on that answer first: it is no longer waiting.',
    },
    notRunning: 'No live session is running on this board. Start one first.',
    chooseShown: 'Choose what the projector shows',
    chooseAnswer: 'Choose an answer to put in the spotlight',
    questionNotOnBoard: 'That question is not on this board.',
    spotlightNotPublished: 'Only an answer published on the board can be put in the spotlight.',
  },
};
