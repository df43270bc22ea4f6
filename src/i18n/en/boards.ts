// Strings of src/boards/ (see catalogue.ts): the home page, the board's table and the question page.
import type { PluralForms } from '../format.ts';

/** A perspective as sentences name it: its label, its plural ("managers") if the board gave one. */
type Voice = { label: string; plural: string | null };

export const boards = {
  home: {
    title: 'Boards',
    lead: 'Questions people are asking, answered from every point of view. Read the answers, or add your own.',
    none: 'There are no public boards yet.',
    open: 'Open for answers',
    closed: 'Closed for new answers',
  },
  /** Whose voice is missing from a cell: "No answers yet from managers". */
  missingVoice: (p: Voice) => (p.plural ? `No answers yet from ${p.plural}` : `No answers yet from the “${p.label}” perspective`),
  answerCount: { one: '{n} answer', other: '{n} answers' } as PluralForms,
  example: 'Example',
  anonymous: 'Anonymous',
  permalink: 'Permalink',
  permalinkFor: (name: string) => ` to this answer by ${name}`,
  report: 'Report',
  reportFor: (name: string) => ` this answer by ${name}`,
  foundHelpful: 'found this helpful',
  helpful: 'Helpful',
  markHelpful: (name: string) => ` — mark this answer by ${name} as helpful`,
  /** "Ask a manager" in an empty cell; `whom` is the English "a manager" (share.ts askWhom). */
  ask: (p: Voice & { whom: string }) => `Ask ${p.whom}`,
  askToAnswer: (question: string) => ` to answer “${question}”`,
  seeAll: (count: string, p: Voice) => `See all ${count} answers from ${p.plural ?? `the “${p.label}” perspective`}`,
  toQuestion: (question: string) => ` to “${question}”`,
  caption: 'Answers to each question, by perspective',
  captionFrom: (p: Voice) => `Answers to each question from ${p.plural ?? `the “${p.label}” perspective`}`,
  questionColumn: 'Question',
  filter: { label: 'Show answers from', all: 'All perspectives' },
  sort: { label: 'Sort answers', oldest: 'Oldest first', helpful: 'Most helpful first' },
  pauseLive: 'Pause live updates',
  /** Where live.js will say what arrived, until it has (public/style.css shows it from data-empty). */
  liveWaiting: 'Answers appear here as they are published.',
  /** Said by votes.js after a press (data-helpful-words). */
  helpfulWords: { marked: 'Marked helpful', unmarked: 'Helpful mark taken back' },
  followFeed: 'Follow new answers',
  followFeedRest: ' in a feed reader: an app that checks sites for you and shows each new answer as it is published.',
  feedTitle: (board: string) => `${board}: new answers`,
  backToQuestions: (board: string) => `Back to all questions on “${board}”`,
  /** Shown when some of the board's own texts are only in the other language. */
  untranslated: 'Parts of this board have not been translated into English yet, so they are shown in Welsh.',
  shareBoard: 'Share this board',
  shareQuestion: 'Share this question',
};
