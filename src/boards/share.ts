// Sharing without trackers (PR-2): every way to share is a plain address built here. No third-party script,
// image or font is loaded; a reader's browser only talks to a social site when they follow one of these links.

/** What a page offers to share: its absolute address, a title, and one line of text to go with it. */
export interface ShareTarget {
  url: string;
  title: string;
  text: string;
}

export interface ShareLink {
  /** The site's name, shown on the link. */
  site: string;
  /** The accessible name: "Share on Bluesky". */
  name: string;
  href: string;
}

import { absoluteUrl, answerPath, boardPath, questionPath, shareImagePath } from '../web/paths.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, localised } from '../i18n/locale.ts';

const q = encodeURIComponent;

/** Email first (it needs no account), then the social sites in a fixed order. `site` names the site ('Email' for email). */
export function shareLinks({ url, title, text }: ShareTarget, locale: Locale = 'en'): ShareLink[] {
  const t = catalogues[locale].embed;
  const withUrl = `${text} ${url}`;
  const on = (site: string, href: string): ShareLink => ({ site, name: t.shareOn(site), href });
  return [
    { site: 'Email', name: t.shareByEmail, href: `mailto:?subject=${q(title)}&body=${q(`${text}\n\n${url}`)}` },
    on('X', `https://twitter.com/intent/tweet?text=${q(text)}&url=${q(url)}`),
    on('Bluesky', `https://bsky.app/intent/compose?text=${q(withUrl)}`),
    on('LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`),
    on('Facebook', `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`),
    on('WhatsApp', `https://wa.me/?text=${q(withUrl)}`),
  ];
}

/**
 * The reader's Mastodon server as a plain hostname ("mastodon.social"), from what they typed: an address
 * ("https://mastodon.social/"), a handle ("@me@mastodon.social") or the name itself. Anything else — an IP
 * address, a port, a path, credentials, a name without a dot — is null: we only ever send people to
 * https://<hostname>/share.
 */
export function mastodonHost(typed: string): string | null {
  let host = typed.trim().toLowerCase();
  host = host.replace(/^https:\/\//, '').replace(/\/+$/, '');
  const handle = /^@?[a-z0-9_.]+@([^@]+)$/.exec(host);
  if (handle) host = handle[1]!;
  if (host.length === 0 || host.length > 253) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label))) return null;
  // A top-level domain is letters (or an IDN's xn-- form): this refuses IP addresses.
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(labels.at(-1)!)) return null;
  return host;
}

/** Mastodon's own share page on the reader's server. */
export function mastodonShareUrl(host: string, text: string, url: string): string {
  return `https://${host}/share?text=${q(`${text} ${url}`)}`;
}

/** Up to `max` characters, cut at a word with an ellipsis: for descriptions in link previews. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** "a manager", "an occupational therapist", "a person using services": the label, lower-cased unless it starts with an acronym. */
export function aPerson(label: string): string {
  const first = label.split(/\s+/)[0] ?? '';
  const acronym = first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first);
  const noun = acronym ? label : label.charAt(0).toLowerCase() + label.slice(1);
  // By sound, roughly: "an" before a vowel, except "u" said "you" (user, unit) and "one"; "an" before an acronym read letter by letter ("an NHS manager").
  const vowel = acronym ? /^[AEFHILMNORSX]/.test(first) : /^[aeiou]/i.test(noun) && !/^(?:uni|use|usu|ura|eu|one\b)/i.test(noun);
  return `${vowel ? 'an' : 'a'} ${noun}`;
}

/** What a page's share section and link-preview tags say: public text only, never an email (PR-3). */
export interface PageShare {
  share: ShareTarget;
  description: string;
  /** None for an archived board: its share image answers 404. */
  image?: { url: string; alt: string };
}

interface BoardLike {
  slug: string;
  title: string;
  intro: string;
  archivedAt?: string | null;
  /** The language its title is shown in (board-language.ts boardIn), when known. */
  lang?: Locale;
}

// The words around the board's own texts are in `locale`: the page's language when the caller gives it, else the
// language the board's title is shown in, so a link preview's text and its image's alt text read in one language.
// The addresses are that language's too (/cy/… for Welsh), the image's included: share.routes.ts draws it in the
// language of its address.
const at = (baseUrl: string, locale: Locale, path: string) => absoluteUrl(baseUrl, localised(locale, path));

function boardImage(baseUrl: string, board: BoardLike, locale: Locale) {
  if (board.archivedAt) return undefined;
  return {
    url: at(baseUrl, locale, shareImagePath(board.slug)),
    alt: catalogues[locale].embed.shareImageAlt(board.title),
  };
}

export function boardShare(baseUrl: string, board: BoardLike, locale: Locale = board.lang ?? 'en'): PageShare {
  const t = catalogues[locale].embed;
  return {
    share: {
      url: at(baseUrl, locale, boardPath(board.slug)),
      title: board.title,
      text: t.shareBoardText(board.title),
    },
    description: board.intro ? shorten(board.intro, 200) : t.shareBoardDescription(board.title),
    image: boardImage(baseUrl, board, locale),
  };
}

/** A question's page; with `asking`, the link chooses that perspective in the form ("Ask a manager"). */
export function questionShare(
  baseUrl: string,
  board: BoardLike,
  question: { key: string; text: string },
  asking: { key: string; label: string; plural: string | null } | null,
  locale: Locale = board.lang ?? 'en',
): PageShare {
  const t = catalogues[locale].embed;
  const text = !asking
    ? t.shareQuestionText(question.text)
    : isCatchAll(asking)
      ? t.shareQuestionAsk(question.text)
      : t.shareQuestionAskAs({ label: asking.label, aPerson: aPerson(asking.label) }, question.text);
  return {
    share: { url: at(baseUrl, locale, questionPath(board.slug, question.key, asking?.key)), title: question.text, text },
    description: t.shareQuestionDescription(asking ? text : t.shareAnswersTo(question.text), board.title),
    image: boardImage(baseUrl, board, locale),
  };
}

/** A published answer's permalink: its text may be shown, as it is on the page. */
export function answerShare(
  baseUrl: string,
  answer: { id: string; body: string; displayName: string | null; perspectiveLabel: string; questionText: string; boardTitle: string; boardSlug: string },
  boardArchivedAt: string | null,
  locale: Locale = 'en',
): PageShare {
  const t = catalogues[locale].embed;
  const name = answer.displayName ?? t.anonymous;
  return {
    share: {
      url: at(baseUrl, locale, answerPath(answer.id)),
      title: t.shareAnswerTitle(answer.perspectiveLabel, answer.questionText),
      text: t.shareAnswerText(name, answer.perspectiveLabel, answer.questionText),
    },
    description: shorten(answer.body, 200),
    image: boardImage(baseUrl, { slug: answer.boardSlug, title: answer.boardTitle, intro: '', archivedAt: boardArchivedAt }, locale),
  };
}

/** Whom "Ask …" names for a perspective: "a manager"; a catch-all such as "Other" reads "anyone else" (or its plural). */
export function askWhom(perspective: { label: string; plural: string | null }): string {
  if (isCatchAll(perspective)) return perspective.plural ?? 'anyone else';
  return aPerson(perspective.label);
}

function isCatchAll(perspective: { label: string }): boolean {
  return /^(?:other|others|anyone else|someone else|something else|none of these|none of the above)$/i.test(perspective.label.trim());
}
