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

const q = encodeURIComponent;

/** Email first (it needs no account), then the social sites in a fixed order. */
export function shareLinks({ url, title, text }: ShareTarget): ShareLink[] {
  const withUrl = `${text} ${url}`;
  return [
    { site: 'Email', name: 'Share by email', href: `mailto:?subject=${q(title)}&body=${q(`${text}\n\n${url}`)}` },
    { site: 'X', name: 'Share on X', href: `https://twitter.com/intent/tweet?text=${q(text)}&url=${q(url)}` },
    { site: 'Bluesky', name: 'Share on Bluesky', href: `https://bsky.app/intent/compose?text=${q(withUrl)}` },
    { site: 'LinkedIn', name: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { site: 'Facebook', name: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { site: 'WhatsApp', name: 'Share on WhatsApp', href: `https://wa.me/?text=${q(withUrl)}` },
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
}

function boardImage(baseUrl: string, board: BoardLike) {
  if (board.archivedAt) return undefined;
  return {
    url: absoluteUrl(baseUrl, shareImagePath(board.slug)),
    alt: `A grid of the questions on “${board.title}” and the points of view answering them, shaded by how many answers each has, with the number of answers and of voices still missing`,
  };
}

export function boardShare(baseUrl: string, board: BoardLike): PageShare {
  return {
    share: {
      url: absoluteUrl(baseUrl, boardPath(board.slug)),
      title: board.title,
      text: `${board.title} – answers from every point of view. Read them, or add yours.`,
    },
    description: board.intro ? shorten(board.intro, 200) : `${board.title}: answers from every point of view.`,
    image: boardImage(baseUrl, board),
  };
}

/** A question's page; with `asking`, the link chooses that perspective in the form ("Ask a manager"). */
export function questionShare(
  baseUrl: string,
  board: BoardLike,
  question: { key: string; text: string },
  asking: { key: string; label: string; plural: string | null } | null,
): PageShare {
  const text = !asking
    ? `“${question.text}” – answers from every point of view.`
    : isCatchAll(asking)
      ? `How would you answer “${question.text}”?`
      : `As ${aPerson(asking.label)}, how would you answer “${question.text}”?`;
  return {
    share: { url: absoluteUrl(baseUrl, questionPath(board.slug, question.key, asking?.key)), title: question.text, text },
    description: `${asking ? text : `Answers to “${question.text}”, from every point of view.`} A question on “${board.title}”: read the answers, or add yours.`,
    image: boardImage(baseUrl, board),
  };
}

/** A published answer's permalink: its text may be shown, as it is on the page. */
export function answerShare(
  baseUrl: string,
  answer: { id: string; body: string; displayName: string | null; perspectiveLabel: string; questionText: string; boardTitle: string; boardSlug: string },
  boardArchivedAt: string | null,
): PageShare {
  const name = answer.displayName ?? 'Anonymous';
  return {
    share: {
      url: absoluteUrl(baseUrl, answerPath(answer.id)),
      title: `${answer.perspectiveLabel} answer to “${answer.questionText}”`,
      text: `${name} (${answer.perspectiveLabel}) on “${answer.questionText}”`,
    },
    description: shorten(answer.body, 200),
    image: boardImage(baseUrl, { slug: answer.boardSlug, title: answer.boardTitle, intro: '', archivedAt: boardArchivedAt }),
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
