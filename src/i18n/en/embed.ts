// Strings of src/embed/ (see catalogue.ts), and of the share section and pages (boards/share.views.tsx, share.routes.ts).
import type { PluralForms } from '../format.ts';

/** Plural forms, typed wide so the Welsh catalogue may give all six (format.ts). */
const forms = (f: PluralForms): PluralForms => f;

export const embed = {
  // "Embed this board on your website", on the board page
  codeSummary: 'Embed this board on your website',
  codeWordPressHeading: 'In a WordPress post: paste the address',
  codeWordPressText:
    "Paste the board's address on a line of its own (or in an Embed block). WordPress shows one question at a time, with its newest answer from each perspective; readers pick a question or a perspective, and every link opens the full board.",
  boardAddress: 'Board address',
  codeScriptHeading: 'Where scripts are allowed: the whole table, growing to fit',
  codeScriptText: 'For a WordPress Custom HTML block, Ghost, Squarespace or your own pages. The table resizes to fit and updates as answers are published.',
  embedCode: 'Embed code',
  codeIframeHeading: 'Where only an iframe is allowed: a fixed height that scrolls',
  codeIframeText: "For Google Sites, SharePoint's Embed web part and other sites that take an iframe but no script. Readers scroll inside the frame.",
  iframeCode: 'Iframe code',

  // The embed itself
  addYourAnswer: 'Add your answer',
  opensInNewTab: ' (opens in a new tab)',
  addYours: 'Add yours',
  /** Read by screen readers after "Add yours". */
  addYoursAs: (label: string) => ` as a ${label.toLowerCase()}`,
  anonymous: 'Anonymous',
  more: forms({ other: '{n} more' }),
  /** Read by screen readers between a count and whose answers they are. */
  from: ' from ',
  answers: forms({ one: '{n} answer', other: '{n} answers' }),
  questionsNav: 'Questions',
  /** Before "2 of 5", for screen readers. */
  questionHidden: 'Question ',
  position: (i: number, n: number) => `${i} of ${n}`,
  compactTitle: (board: string, i: number) => `${board} — question ${i}`,
  allAnswers: 'All answers to this question',
  /** The embed's query (embed.input.ts): the embed answers 404. */

  /** /oembed's errors, as JSON for the program asking (embed.input.ts, embed.routes.ts). */
  oembed: {
    badRequest: 'Bad request',
    onlyJson: 'Only format=json is available.',
    urlRequired: 'url is required: the address of a board.',
    urlTooLong: (max: number) => `url is too long (at most ${max} characters).`,
    /** `name` is maxwidth or maxheight. */
    notPixels: (name: string) => `${name} must be a whole number of pixels, 1 or more.`,
    noBoard: 'No board at that address.',
    /** `start` is the address every board's address starts with. */
    notBoardAddress: (start: string) => `url must be a board address starting ${start}`,
  },

  // Sharing (boards/share.views.tsx)
  shareBoard: 'Share this board',
  shareQuestion: 'Share this question',
  shareAnswer: 'Share this answer',
  shareByEmail: 'Share by email',
  shareOn: (site: string) => `Share on ${site}`,
  emailSite: 'Email',
  linkToPage: 'Link to this page',
  linkHint: 'Copy it into a message, an email or a post.',
  copyLink: 'Copy link',
  shareNative: 'Share…',
  copied: 'Link copied.',
  copyByKeys: 'Press Control and C, or Command and C, to copy the selected link.',
  mastodonLabel: 'Share on Mastodon: your server',
  mastodonHint: 'For example, mastodon.social',
  shareOnMastodon: 'Share on Mastodon',
  sharing: 'Sharing:',
  notOurs: 'This share link is not one of ours.',
  mastodonNoHost: 'Enter your Mastodon server’s address, like mastodon.social',
  mastodonBadHost: 'Enter your Mastodon server’s address on its own, like mastodon.social',
  /** Followed by a link (continueTo), then a full stop. */
  takingYou: (host: string) => `Taking you to ${host} to write your post. If nothing happens,`,
  continueTo: (host: string) => `continue to ${host}`,

  /**
   * What a shared page offers other sites (boards/share.ts): the text that goes with its link, its link-preview
   * description and the preview image's alt text. Board, question and perspective names are the board's own texts.
   */
  shareImageAlt: (board: string) =>
    `A grid of the questions on “${board}” and the points of view answering them, shaded by how many answers each has, with the number of answers and of voices still missing`,
  /** The line under the share image's grid (share-image.ts), drawn in capitals: "12 answers, 5 voices missing". A voice
   * missing is an empty cell of the grid. The image's font has A–Z, digits and commas only: no accents, no apostrophes. */
  shareImageAnswers: forms({ one: '{n} answer', other: '{n} answers' }),
  shareImageMissing: forms({ one: '{n} voice missing', other: '{n} voices missing' }),
  shareBoardText: (board: string) => `${board} – answers from every point of view. Read them, or add yours.`,
  shareBoardDescription: (board: string) => `${board}: answers from every point of view.`,
  shareQuestionText: (question: string) => `“${question}” – answers from every point of view.`,
  shareQuestionAsk: (question: string) => `How would you answer “${question}”?`,
  /** `aPerson` is the label with its article, "a manager" (share.ts aPerson). */
  shareQuestionAskAs: (asking: { label: string; aPerson: string }, question: string) => `As ${asking.aPerson}, how would you answer “${question}”?`,
  shareAnswersTo: (question: string) => `Answers to “${question}”, from every point of view.`,
  /** `lead` is shareQuestionAsk…, or shareAnswersTo. */
  shareQuestionDescription: (lead: string, board: string) => `${lead} A question on “${board}”: read the answers, or add yours.`,
  shareAnswerTitle: (perspective: string, question: string) => `${perspective} answer to “${question}”`,
  shareAnswerText: (name: string, perspective: string, question: string) => `${name} (${perspective}) on “${question}”`,
};
