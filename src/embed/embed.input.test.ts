import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseForm } from '../web/input.ts';
import { oembedQuery } from './embed.input.ts';

const oembed = oembedQuery('https://roundtable.example');

describe('embed queries', () => {
  test('oEmbed answers JSON only', () => {
    for (const format of ['xml', '', ['json']])
      assert.deepEqual(parseForm(oembed, { format }), { ok: false, errors: { format: 'Only format=json is available.' }, values: undefined });
  });

  test('oEmbed reads the board from its address and keeps the size within maxwidth and maxheight', () => {
    const read = (query: Record<string, unknown>) => {
      const parsed = parseForm(oembed, query);
      assert.ok(parsed.ok);
      return parsed.input;
    };
    assert.deepEqual(read({ url: 'https://roundtable.example/b/finding-time?perspective=p1', format: 'json' }), {
      slug: 'finding-time',
      width: 800,
      height: 800,
    });
    assert.deepEqual(read({ url: 'https://elsewhere.example/b/finding-time', maxwidth: '300', maxheight: '1' }), { slug: undefined, width: 300, height: 1 });
    assert.deepEqual(read({ maxwidth: 'wide', maxheight: '99999' }), { slug: undefined, width: 800, height: 4000 });
    assert.deepEqual(read({ maxwidth: '0', maxheight: '-5' }), { slug: undefined, width: 1, height: 800 });
  });
});
