import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAtomFeed } from 'feedsmith';
import { renderAtomFeed, xmlText, type AtomFeed } from './atom.ts';

/** Every UTF-16 code unit (lone surrogates included), then characters beyond the Basic Multilingual Plane. */
function everyCharacter(): string {
  let s = '';
  for (let c = 0; c <= 0xffff; c++) s += String.fromCharCode(c);
  return `${s}\u{1F600}\u{10FFFF}`;
}

/** What XML 1.0 can carry of a text: its characters outside Char are dropped, nothing else changes. */
function xmlCharsOnly(text: string): string {
  return [...text]
    .filter((ch) => {
      const c = ch.codePointAt(0)!;
      return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    })
    .join('');
}

/** Equal, or a short message at the first difference (the texts here are 65,000 characters long). */
function sameText(actual: string | undefined, expected: string, what: string): void {
  if (actual === expected) return;
  const a = actual ?? '';
  let i = 0;
  while (i < a.length && a[i] === expected[i]) i++;
  const near = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 10), i + 10));
  assert.fail(`${what}: differs at ${i} of ${expected.length}: ${near(a)} where ${near(expected)} was expected`);
}

function feedOf(text: string): AtomFeed {
  return {
    lang: 'cy',
    id: 'http://example.test/b/board',
    title: text,
    subtitle: text,
    self: 'http://example.test/b/board/feed.atom?x=1&y="2"',
    alternate: 'http://example.test/b/board',
    updated: '2026-12-01T10:00:00.000Z',
    generator: 'Roundtable',
    entries: [
      {
        id: 'http://example.test/a/1',
        title: text,
        link: 'http://example.test/a/1',
        author: text,
        published: '2026-12-01T09:00:00.000Z',
        updated: '2026-12-01T10:00:00.000Z',
        content: text,
        contentLang: 'en-GB',
        category: { term: 'p1', label: text },
      },
    ],
  };
}

describe('Atom document', () => {
  test('xmlText escapes markup and drops only what XML 1.0 forbids', () => {
    assert.equal(xmlText(`<a href="x">Tom & 'Jerry'</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
    assert.equal(xmlText(']]> &amp; &#106;'), ']]&gt; &amp;amp; &amp;#106;');
    assert.equal(xmlText('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i'), 'abcdefghi');
    assert.equal(xmlText('tab\tline\nreturn\r'), 'tab&#9;line&#10;return&#13;');
    assert.equal(xmlText('\u{1F600} \u00A0\u0085 \u200B'), '\u{1F600} \u00A0\u0085 \u200B', 'every character XML allows is kept');
  });

  test('every character reads back from a real feed parser exactly, or is dropped when XML 1.0 forbids it', () => {
    // Between two letters: a parser may trim white space at either end of a value (ours never has any).
    const text = `a${everyCharacter()} <script>alert(1)</script> ]]> &amp;z`;
    const feed = parseAtomFeed(renderAtomFeed(feedOf(text)));
    const expected = xmlCharsOnly(text);
    sameText(feed.title?.value, expected, 'feed.title');
    sameText(feed.subtitle?.value, expected, 'feed.subtitle');
    assert.equal(feed.links?.[0]?.href, 'http://example.test/b/board/feed.atom?x=1&y="2"');
    const entry = feed.entries?.[0];
    sameText(entry?.title?.value, expected, 'entry?.title?.value');
    sameText(entry?.content?.value, expected, 'entry?.content?.value');
    assert.equal(entry?.content?.type, 'text');
    sameText(entry?.authors?.[0]?.name, expected, 'entry?.authors?.[0]?.name');
    sameText(entry?.categories?.[0]?.label, expected, 'entry?.categories?.[0]?.label');
  });

  test('the feed says its language, and an entry written in the other language says its own', () => {
    const xml = renderAtomFeed(feedOf('Pwy sy’n darllen yr atebion?'));
    assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="cy">/);
    assert.match(xml, /<content type="text" xml:lang="en-GB">/);
    const plain = renderAtomFeed({ ...feedOf('x'), entries: [{ ...feedOf('x').entries[0]!, contentLang: undefined }] });
    assert.match(plain, /<content type="text">x<\/content>/, "no xml:lang when the answer is in the feed's language");
  });
});
