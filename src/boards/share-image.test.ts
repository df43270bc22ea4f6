import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locales } from '../i18n/locale.ts';
import { drawable, drawShareImage, shareImageLine } from './share-image.ts';

test('the line under the share image counts answers and missing voices in the page’s language', () => {
  assert.equal(shareImageLine(30, 5, 'en'), '30 ANSWERS, 5 VOICES MISSING');
  assert.equal(shareImageLine(1, 1, 'en'), '1 ANSWER, 1 VOICE MISSING');
  assert.equal(shareImageLine(0, 4, 'en'), '0 ANSWERS, 4 VOICES MISSING');
  // Welsh keeps the noun singular after a number, and says "dim" for none.
  assert.equal(shareImageLine(30, 5, 'cy'), '30 ATEB, 5 LLAIS AR GOLL');
  assert.equal(shareImageLine(2, 3, 'cy'), '2 ATEB, 3 LLAIS AR GOLL');
  assert.equal(shareImageLine(0, 4, 'cy'), 'DIM ATEBION, 4 LLAIS AR GOLL');
  assert.equal(shareImageLine(6, 0, 'cy'), '6 ATEB, DIM LLEISIAU AR GOLL');
});

test('the image’s pixel font can draw every line in both languages, and the longest fits under the grid', () => {
  // Zero, one, two, few, many and other in Welsh; large numbers with their separator.
  const counts = [0, 1, 2, 3, 6, 11, 80, 1000, 123456];
  for (const locale of locales) {
    for (const answers of counts) {
      for (const missing of counts.slice(0, 7)) {
        const line = shareImageLine(answers, missing, locale);
        assert.ok(drawable(line), `${locale}: ${line}`);
        // 24 pixels a character at the scale drawn; the card is 1,080 pixels wide.
        assert.ok(line.length * 24 <= 1080, `${locale}: ${line} fits`);
      }
    }
  }
});

test('the image is drawn in the language asked for, English when none is given', () => {
  const counts = [
    [3, 0],
    [0, 1],
  ];
  const english = drawShareImage(counts);
  assert.deepEqual(drawShareImage(counts, 'en'), english);
  assert.notDeepEqual(drawShareImage(counts, 'cy'), english);
  assert.equal(drawShareImage(counts, 'cy').readUInt32BE(16), 1200);
});
