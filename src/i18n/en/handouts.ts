// Strings of src/handouts/ (see catalogue.ts). `builder`: the builder and the print preview's toolbar, for facilitators
// (in English for now). `printed`: the words printed on the handout itself, on paper and in the PDF, in the board's language.
import type { PluralForms } from '../format.ts';

/** Plural forms, typed wide so a translation may give all six (format.ts). */
const forms = (f: PluralForms): PluralForms => f;

export const handouts = {
  builder: {
    title: (board: string) => `Build a handout: ${board}`,
    back: (board: string) => `Answers on ${board}`,
    heading: 'Build a handout',
    from: (board: string) => `from ${board}`,
    lead: 'Choose and order the answers to print for each question, across perspectives, and add a note. Each answer prints with its perspective and its author’s name, or “Anonymous”. Only approved answers whose authors allowed workshop use can be picked.',
    preview: 'Preview the handout as it will print',
    previewLarge: 'Preview the large-print handout',
    downloadPdf: 'Download the PDF',
    downloadLarge: 'Download the large-print PDF',
    introLabel: 'Introduction (optional)',
    /** `limit` is the number of characters, written as the language writes numbers. */
    introHint: (limit: string) => `Printed under the board’s title, for example the workshop’s name and date. Up to ${limit} characters.`,
    saveIntro: 'Save the introduction',
    noQuestions: 'This board has no questions yet.',
    /** What the builder says after each change. */
    notices: {
      added: 'Added to the handout.',
      removed: 'Taken out of the handout.',
      up: 'Moved up.',
      down: 'Moved down.',
      note: 'Note saved.',
      intro: 'Introduction saved.',
    },
    anonymous: 'Anonymous',
    helpful: forms({ one: '{n} person found it helpful', other: '{n} people found it helpful' }),
    example: 'Example',
    moveUp: 'Move up',
    moveDown: 'Move down',
    takeOut: 'Take out',
    add: 'Add to the handout',
    /** For screen readers, after a button's words: which answer it moves. */
    aboutAnswer: (opening: string) => `the answer “${opening}”`,
    inHandout: (n: number) => `In the handout (${n})`,
    startingHint: 'To start you off: the examples and the most helpful answer from each perspective. Change anything.',
    noPicks: 'No answers picked. The question is left out of the handout unless it has a note.',
    canAdd: (n: number) => `Answers you can add (${n})`,
    noneToAdd: 'None. Only approved answers whose authors allowed workshop use can be in a handout.',
    noteLabel: 'Your note on this question (optional)',
    noteHint: (limit: string) => `Printed under the question, for example what to discuss. Up to ${limit} characters.`,
    saveNote: 'Save the note',
    /** For screen readers, after "Save the note". */
    onQuestion: (opening: string) => ` on “${opening}”`,

    // The print preview's toolbar.
    previewTitle: (title: string) => `Preview: ${title}`,
    backToBuilder: 'Back to the handout builder',
    thisIs: 'This is the handout as it will print. Print it with your browser’s Print command, or download it as a PDF.',
    thisIsLarge: 'This is the large-print handout as it will print. Print it with your browser’s Print command, or download it as a PDF.',
    downloadThis: 'Download this as a PDF',
    seeLarge: 'See the large-print version',
    seeStandard: 'See the standard version',

    /** The forms' and routes' messages. */
    errors: {
      chooseAnswer: 'Choose an answer',
      chooseMove: 'Choose what to do with the answer: add, remove, move up or move down',
      noteTooLong: (limit: string) => `The note must be ${limit} characters or fewer`,
      introTooLong: (limit: string) => `The introduction must be ${limit} characters or fewer`,
      checkNote: 'Check the note',
      checkIntro: 'Check the introduction',
      notOnBoard: 'That question is not on this board. Write the note under one of its questions.',
      notPickable:
        'That answer cannot be in the handout: it is not on this board, is not approved, or its author did not allow it to be used in workshops. Choose an answer from the list.',
    },
  },

  /** Printed on the handout (the print page's handout and the PDF), in the board's language (boards.language). */
  printed: {
    handout: 'Handout',
    largeHandout: 'Large-print handout',
    /** The PDF's title: "Handout: <board>". */
    title: (kind: string, board: string) => `${kind}: ${board}`,
    /** The PDF's subject, in its document properties. */
    subject: (board: string) => `Answers from ${board}`,
    /** Followed by the board's address. */
    readAt: 'Read every answer, and add yours, at:',
    qrAlt: (address: string) => `QR code of the board’s address, ${address}`,
    note: 'Facilitator’s note:',
    anonymous: 'Anonymous',
    /** Who wrote an answer, and from which perspective. */
    attribution: (name: string, perspective: string) => `${name}, ${perspective}`,
    /** Every PDF page's footer. */
    footer: (board: string, page: number, pages: number) => `${board} · page ${page} of ${pages}`,
    nothingPicked: 'No answers are picked yet: go back to the builder to choose some.',
    // The themes, when the facilitators chose to print them (src/themes/).
    themesHeading: 'Themes in these answers',
    /** `phrases`: "label (count)", joined with commas. */
    keyPhrases: (phrases: string) => `Key phrases, with how many answers use each: ${phrases}.`,
    /** What one perspective's answers say more than the others': `plural` is the perspective's plural ("managers"), if it has one. */
    saysMore: (p: { label: string; plural: string | null }, phrases: string) =>
      `${p.plural ? p.plural[0]!.toUpperCase() + p.plural.slice(1) : `The “${p.label}” perspective`} say more than others: ${phrases}.`,
  },
};
