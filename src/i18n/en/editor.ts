// Strings of src/editor/ (see catalogue.ts): the board editor, for facilitators.
import type { Locale } from '../locale.ts';

/** A language as a phrase names it: "Title in Welsh". */
const inLanguage: Record<Locale, string> = { en: 'in English', cy: 'in Welsh' };
/** A language as an adjective: "the Welsh pages". */
const adjective: Record<Locale, string> = { en: 'English', cy: 'Welsh' };

export const editor = {
  yourBoards: 'Your boards',
  notices: {
    saved: 'Your changes are saved.',
    created: 'The board is created. Add its questions and perspectives below.',
    archived: 'The board is archived.',
  },
  create: {
    heading: 'Create a board',
    slug: 'Web address',
    slugHint: "The end of the board's address, like social-media for /b/social-media. It cannot be changed later.",
    submit: 'Create board',
  },
  language: {
    legend: 'Which language is the board written in?',
    hint: 'Its title, introduction, questions and perspectives are written in this language. Each can have a translation into the other language too.',
    /** On the edit page: what changing the language does. */
    changeHint:
      'Its title, introduction, questions and perspectives are written in this language, each with an optional translation. Changing the language swaps each text with its translation, so every question and perspective needs one first.',
    /** Each language in its own name, as a language switch shows it. */
    names: { en: 'English', cy: 'Cymraeg' } as Record<Locale, string>,
  },
  /** "(optional)" after the label of a translation. */
  optional: (label: string) => `${label} (optional)`,
  /** The hint under every translation field (GOV.UK: say what happens when it is left empty). */
  translationHint: (own: Locale, other: Locale) => `When this is empty, readers of the ${adjective[other]} pages see the ${adjective[own]} text.`,
  fields: {
    title: 'Title',
    titleIn: (l: Locale) => `Title ${inLanguage[l]}`,
    intro: 'Introduction',
    introIn: (l: Locale) => `Introduction ${inLanguage[l]}`,
    introHint: 'Shown above the table. Say who the board is for and what happens to answers. Leave a blank line between paragraphs.',
    moderation: 'When are answers published?',
    moderationPre: 'After a facilitator has read them (recommended)',
    moderationPost: 'At once; facilitators can hide them afterwards',
    accepting: 'Open for new answers',
    listed: 'List this board on the home page',
  },
  edit: {
    pageTitle: (title: string) => `Edit: ${title}`,
    caption: 'Edit',
    seeBoard: 'See the board',
    answers: 'Answers',
    archived: 'Archived',
    settings: 'Settings',
    saveSettings: 'Save settings',
    save: 'Save',
    questions: 'Questions',
    questionsHint: 'Retiring a question takes it off the board and the form. Its answers are kept, and come back if you restore it.',
    question: (n: number, retired: boolean) => `Question ${n}${retired ? ' (retired)' : ''}`,
    questionIn: (l: Locale) => `The question ${inLanguage[l]}`,
    /** After "Save", for screen readers: "Save question 2". */
    questionName: (n: number) => `question ${n}`,
    newQuestion: 'Add a question',
    addQuestion: 'Add question',
    perspectives: 'Perspectives',
    perspectivesHint: 'The points of view people answer from: one column each in the table.',
    perspectiveLabel: (n: number, retired: boolean) => `Perspective ${n}${retired ? ' (retired)' : ''}: name`,
    perspectiveName: (n: number) => `perspective ${n}`,
    plural: 'In the plural, for “No answers yet from …”',
    description: 'Description, shown in the form',
    nameIn: (l: Locale) => `The name ${inLanguage[l]}`,
    pluralIn: (l: Locale) => `The plural ${inLanguage[l]}`,
    descriptionIn: (l: Locale) => `The description ${inLanguage[l]}`,
    newPerspective: 'Add a perspective: its name',
    newPlural: 'In the plural',
    pluralHint: 'For example “managers”, as in “No answers yet from managers”.',
    newDescription: 'Description',
    addPerspective: 'Add perspective',
    moveUp: 'Move up',
    moveDown: 'Move down',
    retire: 'Retire',
    restore: 'Restore',
    archiveHeading: 'Archive this board',
    archiveText: 'An archived board leaves the home page and takes no new answers. Its page and embeds stay readable.',
    archive: 'Archive board',
  },
  errors: {
    slugTaken: 'There is already a board at that web address: choose another',
    enterSlug: 'Enter a web address for the board',
    slugShape: 'The web address can only use lower-case letters, digits and single hyphens, like "social-media", up to 60 characters',
    /** With a language when the field names one that is not the board's language until now. */
    enterTitle: (l?: Locale) => (l ? `Enter the title ${inLanguage[l]}, the language the board is to be written in` : 'Enter a title'),
    titleTooLong: 'The title must be 200 characters or fewer',
    introTooLong: 'The introduction must be 5,000 characters or fewer',
    chooseModeration: 'Choose when answers are published',
    titleForIntro: (l: Locale) => `Enter the title ${inLanguage[l]} too: the introduction ${inLanguage[l]} only shows with it`,
    untranslatedItems: (l: Locale, n: number) =>
      `Every question and perspective needs its text ${inLanguage[l]} before the board can be written ${inLanguage[l]}: ${n === 1 ? '1 has' : `${n} have`} none yet`,
    enterQuestion: 'Enter the question',
    questionTooLong: 'The question must be 500 characters or fewer',
    enterName: 'Enter a name for the perspective',
    nameTooLong: 'The name must be 80 characters or fewer',
    pluralTooLong: 'The plural must be 80 characters or fewer',
    descriptionTooLong: 'The description must be 300 characters or fewer',
    nameForTranslations: (l: Locale) => `Enter the name ${inLanguage[l]} too: the plural and description ${inLanguage[l]} only show with it`,
  },
};
