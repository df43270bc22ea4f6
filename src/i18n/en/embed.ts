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
};
