import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseForm } from '../web/input.ts';
import { embedQuery, oembedQuery } from './embed.input.ts';
import { excerpt } from './embed.compact.tsx';

const oembed = oembedQuery('https://roundtable.example');

describe('embed queries', () => {
  test('oEmbed answers JSON only', () => {
    for (const format of ['xml', '', ['json']]) {
      const parsed = parseForm(oembed, { url: 'https://roundtable.example/b/x', format });
      assert.deepEqual(parsed, { ok: false, errors: { format: 'Only format=json is available.' }, values: undefined });
    }
  });

  test('oEmbed reads the board from its address and keeps the size within maxwidth and maxheight', () => {
    const read = (query: Record<string, unknown>) => {
      const parsed = parseForm(oembed, query);
      assert.ok(parsed.ok);
      return parsed.input;
    };
    assert.deepEqual(read({ url: 'https://roundtable.example/b/finding-time?perspective=p1', format: 'json' }), {
      slug: 'finding-time',
      locale: 'en',
      width: 800,
      height: 800,
    });
    assert.deepEqual(read({ url: 'https://elsewhere.example/b/finding-time', maxwidth: '300', maxheight: '1' }), {
      slug: undefined,
      locale: 'en',
      width: 300,
      height: 1,
    });
    assert.deepEqual(read({ url: 'https://roundtable.example/b/x', maxwidth: '99999', maxheight: '99999' }), {
      slug: 'x',
      locale: 'en',
      width: 2000,
      height: 4000,
    });
    // A Welsh board address names the same board, in Welsh.
    assert.deepEqual(read({ url: 'https://roundtable.example/cy/b/finding-time' }), { slug: 'finding-time', locale: 'cy', width: 800, height: 800 });
    assert.equal(read({ url: 'https://roundtable.example/cy/x/b/finding-time' }).slug, undefined);
    assert.equal(read({ url: 'https://roundtable.example/a/123' }).slug, undefined);
    assert.equal(read({ url: 'https://roundtable.example/b/x/q/q1' }).slug, undefined);
  });

  test('oEmbed refuses a missing, overlong or repeated url and a size that is not a whole number above 0, naming the field', () => {
    const errors = (query: Record<string, unknown>) => {
      const parsed = parseForm(oembed, query);
      assert.equal(parsed.ok, false, JSON.stringify(query).slice(0, 60));
      return parsed.ok ? {} : parsed.errors;
    };
    assert.match(errors({}).url ?? '', /url is required/);
    assert.match(errors({ url: ['a', 'b'] }).url ?? '', /url is required/);
    assert.match(errors({ url: `https://roundtable.example/b/x?${'y'.repeat(2000)}` }).url ?? '', /too long/);
    for (const bad of ['0', '-5', 'wide', '1.5', '', '1234567'])
      assert.match(errors({ url: 'https://roundtable.example/b/x', maxwidth: bad }).maxwidth ?? '', /maxwidth must be a whole number of pixels, 1 or more/);
  });

  test('the embed query: compact, the question and the perspective', () => {
    assert.deepEqual(parseForm(embedQuery, { compact: '1', q: 'q2', perspective: 'p1' }), { ok: true, input: { compact: true, q: 'q2', perspective: 'p1' } });
    assert.deepEqual(parseForm(embedQuery, {}), { ok: true, input: { compact: false, q: '', perspective: '' } });
    assert.equal(parseForm(embedQuery, { q: '../x' }).ok, false);
  });

  test('an excerpt cuts at a word and says so', () => {
    assert.equal(excerpt('Short and sweet.'), 'Short and sweet.');
    assert.equal(excerpt('one two three four five six', 14), 'one two three…');
    assert.equal(excerpt('  spaced\n\nout  '), 'spaced out');
  });
});
