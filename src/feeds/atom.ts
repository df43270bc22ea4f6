// An Atom 1.0 document (RFC 4287) from typed fields. Every value is text: it is escaped here and nowhere else,
// and entries say type="text", so a feed reader shows markup in an answer as the characters it is.

export interface AtomEntry {
  /** An absolute URL that never changes for this entry (its permalink). */
  id: string;
  title: string;
  /** The page the entry stands for (absolute). */
  link: string;
  author: string;
  /** ISO 8601 / RFC 3339 timestamps. */
  published: string;
  updated: string;
  content: string;
  /** The content's language (xml:lang), when it differs from the feed's. */
  contentLang?: string | undefined;
  category?: { term: string; label: string };
}

export interface AtomFeed {
  /** The feed's language (xml:lang on <feed>), such as en-GB or cy. */
  lang: string;
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own absolute address (rel="self"). */
  self: string;
  /** The HTML page the feed follows (rel="alternate"). */
  alternate: string;
  updated: string;
  generator: string;
  entries: AtomEntry[];
}

// XML 1.0 allows only tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Any other character (the other
// C0 controls, a lone surrogate, U+FFFE, U+FFFF) makes the whole document unreadable to a strict parser, so it is dropped.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text as XML character data, safe in an element or a double-quoted attribute. Tab, LF and CR are written as
 * references so that neither attribute-value normalisation nor end-of-line handling changes them.
 */
export function xmlText(text: string): string {
  return text.replace(notXmlChar, '').replace(/[&<>"'\t\n\r]/g, (c) => entities[c] ?? c);
}

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${xmlText(text)}</${name}>`;
}

function link(rel: string, href: string, type: string): string {
  return `<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;
}

function entry(e: AtomEntry): string {
  return [
    '<entry>',
    element('id', e.id),
    element('title', e.title, ' type="text"'),
    link('alternate', e.link, 'text/html'),
    `<author>${element('name', e.author)}</author>`,
    element('published', e.published),
    element('updated', e.updated),
    e.category ? `<category term="${xmlText(e.category.term)}" label="${xmlText(e.category.label)}"/>` : '',
    element('content', e.content, e.contentLang ? ` type="text" xml:lang="${xmlText(e.contentLang)}"` : ' type="text"'),
    '</entry>',
  ].join('');
}

export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">`,
    element('id', feed.id),
    element('title', feed.title, ' type="text"'),
    feed.subtitle ? element('subtitle', feed.subtitle, ' type="text"') : '',
    link('self', feed.self, 'application/atom+xml'),
    link('alternate', feed.alternate, 'text/html'),
    element('updated', feed.updated),
    element('generator', feed.generator),
    ...feed.entries.map(entry),
    '</feed>\n',
  ].join('');
}
