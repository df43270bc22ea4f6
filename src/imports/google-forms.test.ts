import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { columnKinds, decodeCsvFile, parseTimestamp, readTable } from './google-forms.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url));

function table(name: string) {
  const text = decodeCsvFile(fixture(name));
  assert.ok(text.ok, `${name} decodes`);
  const read = readTable(text.value);
  assert.ok(read.ok, `${name} parses`);
  return read.value;
}

function refusal(name: string): string {
  const text = decodeCsvFile(fixture(name));
  if (!text.ok) return text.message;
  const read = readTable(text.value);
  assert.ok(!read.ok, `${name} is refused`);
  return read.message;
}

describe('reading Google Forms and Sheets CSV files', () => {
  test('the Sheets download, as UTF-8, UTF-8 with a BOM and Excel’s UTF-16 “Unicode text” (tabs), reads the same', () => {
    const plain = table('sheets.csv');
    assert.deepEqual(plain.header, [
      'Timestamp',
      'Email Address',
      'Score',
      'What do I do first?',
      'Where do I find the time?',
      'Which describes you?',
      'Your name',
    ]);
    assert.deepEqual(
      plain.rows.map((r) => r.row),
      [2, 3, 4],
    );
    assert.equal(plain.rows[1]!.cells[3], 'Read the policy, then ask.');
    assert.deepEqual(table('sheets-bom.csv'), plain);
    assert.deepEqual(table('sheets-utf16le.txt'), plain);
    assert.deepEqual(columnKinds(plain.header), ['timestamp', 'email', 'score', 'answer', 'answer', 'answer', 'answer']);
  });

  test('the Forms download (every field quoted, a cell over two lines), as UTF-8 and UTF-16 big-endian', () => {
    const forms = table('forms.csv');
    assert.equal(forms.rows[1]!.cells[2], 'Line one\nline two');
    assert.deepEqual(table('forms-utf16be.csv'), forms);
    assert.deepEqual(columnKinds(forms.header), ['timestamp', 'email', 'answer', 'answer', 'answer']);
    assert.deepEqual(columnKinds(['timestamp', 'E-mail address', 'TOTAL  score', 'Email']), ['timestamp', 'email', 'score', 'answer']);
  });

  test('broken files get a sentence saying what is wrong', () => {
    assert.match(refusal('empty.csv'), /The file is empty/);
    assert.match(refusal('header-only.csv'), /column titles but no responses/);
    assert.match(refusal('no-header.csv'), /first row of the file must hold the column titles/);
    assert.match(refusal('ragged.csv'), /Row 3 has 4 fields but the first row has 3 column titles/);
    assert.match(refusal('latin1.csv'), /Save it as CSV UTF-8/);
    assert.match(refusal('image-renamed.csv'), /This file is an image, not a CSV file/);
    assert.match(refusal('workbook-renamed.csv'), /This file is a workbook/);
    const unclosed = readTable('Timestamp,Question\n9/1/2023 10:00:00,"never closed\n');
    assert.ok(!unclosed.ok && /a quoted field is never closed/.test(unclosed.message));
  });

  test('timestamps in both Google shapes become UTC instants; Sheets dates follow the chosen order', () => {
    assert.equal(parseTimestamp('2026/09/04 7:51:43 PM GMT+5:30', 'mdy'), '2026-09-04T14:21:43.000Z');
    assert.equal(parseTimestamp('2026/09/05 12:05:00 AM GMT-4', 'dmy'), '2026-09-05T04:05:00.000Z');
    assert.equal(parseTimestamp('2026/09/06 12:00:00 PM GMT', 'mdy'), '2026-09-06T12:00:00.000Z');
    assert.equal(parseTimestamp('9/1/2023 10:01:10', 'mdy'), '2023-09-01T10:01:10.000Z');
    assert.equal(parseTimestamp('9/1/2023 10:01:10', 'dmy'), '2023-01-09T10:01:10.000Z');
    assert.equal(parseTimestamp('13/1/2023 10:01:10', 'mdy'), undefined, 'no 13th month');
    assert.equal(parseTimestamp('2/30/2023 10:01:10', 'mdy'), undefined, 'no 30 February');
    assert.equal(parseTimestamp('yesterday', 'mdy'), undefined);
  });
});
