import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import { createBoard, createTestApp, dialects, formHeaders, quietEffects, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { foreignMarkup, xssPayloads } from '../../test/app/xss-payloads.ts';
import { cleanText } from '../answers/answers.input.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import type { LiveEvent } from '../live/live.bus.ts';
import { chosenMapping, importAnswers, openUpload } from './imports.actions.ts';
import { readMapping } from './imports.input.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url));

/** A browser's multipart body with one file field. */
function fileForm(fileName: string, bytes: Buffer | string) {
  const boundary = `----roundtable${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const previewTags = new Set([
  'ul',
  'li',
  'section',
  'h2',
  'p',
  'strong',
  'div',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'time',
  'form',
  'input',
  'button',
  'a',
  'fieldset',
  'legend',
  'label',
]);

for (const dialect of dialects) {
  describe(`importing answers from a Google Form (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function setup() {
      const board = await createBoard(t.db);
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, moderator.id, 'moderator');
      return { board, cookie: moderator.cookie };
    }

    async function upload(slug: string, cookie: string, fileName: string, bytes: Buffer | string) {
      const form = fileForm(fileName, bytes);
      return t.app.inject({ method: 'POST', url: `/admin/b/${slug}/import`, headers: { ...form.headers, cookie }, payload: form.payload });
    }

    async function uploaded(slug: string, cookie: string, fileName: string, bytes: Buffer | string): Promise<string> {
      const res = await upload(slug, cookie, fileName, bytes);
      assert.equal(res.statusCode, 303, res.body);
      const location = String(res.headers.location);
      assert.match(location, new RegExp(`^/admin/b/${slug}/import/[0-9a-z]+$`));
      return location;
    }

    const answersOf = (boardId: string) =>
      t.db
        .selectFrom('answers')
        .innerJoin('questions', 'questions.id', 'answers.questionId')
        .innerJoin('perspectives', 'perspectives.id', 'answers.perspectiveId')
        .select([
          'answers.body',
          'answers.status',
          'answers.email',
          'answers.displayName',
          'answers.createdAt',
          'answers.heldFor',
          'answers.urgentAt',
          'questions.key as question',
          'perspectives.key as perspective',
        ])
        .where('answers.boardId', '=', boardId)
        .orderBy('answers.createdAt')
        .orderBy('questions.position')
        .execute();
    const uploadCount = async (boardId: string) => (await t.db.selectFrom('importUploads').select('id').where('boardId', '=', boardId).execute()).length;

    test('the upload page stays English at a /cy address: the facilitator area is not translated yet', async () => {
      const { board, cookie } = await setup();
      const res = await t.app.inject({ url: `/cy/admin/b/${board.slug}/import`, headers: { cookie } });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="en-GB">/);
      assert.match(res.body, /Import answers from a Google Form <span class="caption">into /);
      assert.match(res.body, /Upload the CSV file/);
    });

    test('the Sheets download: columns matched by title, a preview with what is skipped and why, then answers waiting with their dates', async () => {
      const { board, cookie } = await setup();
      const page = await uploaded(board.slug, cookie, 'Responses - Form responses 1.csv', fixture('sheets.csv'));

      const mapping = await t.app.inject({ url: page, headers: { cookie } });
      assert.equal(mapping.statusCode, 200);
      assert.match(mapping.body, /Responses - Form responses 1\.csv/);
      assert.match(mapping.body, /3 responses and 7 columns/);
      assert.match(mapping.body, /A quiz score is never imported/);
      // Preselected: each question by its title, the perspective column by its values, the name column by its title.
      assert.match(mapping.body, /<select class="select" id="q3" name="q3"[^>]*>(?:(?!<\/select>).)*<option value="q1" selected>/s);
      assert.match(mapping.body, /<select class="select" id="q4" name="q4"[^>]*>(?:(?!<\/select>).)*<option value="q2" selected>/s);
      assert.match(mapping.body, /<option value="column:5" selected>/);
      assert.match(mapping.body, /<select class="select" id="name"[^>]*>(?:(?!<\/select>).)*<option value="6" selected>/s);
      assert.doesNotMatch(mapping.body, /id="q2"/, 'the Score column is not offered');
      assert.doesNotMatch(mapping.body, /Preview<\/h2>/);

      const query = 'mapped=yes&preview=yes&q3=q1&q4=q2&q5=&q6=&perspective=column%3A5&name=6&dates=mdy';
      const preview = await t.app.inject({ url: `${page}?${query}`, headers: { cookie } });
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /3 answers will be imported/);
      assert.match(preview.body, /2 cells or rows are skipped:<\/p><ul><li>1 row with no perspective or an unknown one<\/li><li>1 empty answer<\/li><\/ul>/);
      assert.match(preview.body, /<td>“Where do I find the time\?”<\/td><td>empty answer<\/td>/);
      assert.match(preview.body, /<td>The whole row<\/td><td>“Student” is not one of the board’s perspectives<\/td>/);
      assert.match(preview.body, /Import 3 answers/);
      assert.doesNotMatch(preview.body, /ana@example\.org/, 'emails are never shown');
      assert.equal(
        await t.db
          .selectFrom('answers')
          .select('id')
          .where('boardId', '=', board.id)
          .execute()
          .then((r) => r.length),
        0,
        'a preview creates nothing',
      );

      const unsaid = await t.app.inject({ method: 'POST', url: page, headers: { ...formHeaders, cookie }, payload: query });
      assert.equal(unsaid.statusCode, 422, 'nothing is assumed about what the form’s people agreed to');
      assert.match(unsaid.body, /<a href="#use">Choose what the people who answered your form agreed to<\/a>/);
      assert.match(unsaid.body, /Import 3 answers/, 'the preview is shown again to import from');
      assert.equal((await answersOf(board.id)).length, 0);

      const imported = await t.app.inject({ method: 'POST', url: page, headers: { ...formHeaders, cookie }, payload: `${query}&use=workshop` });
      assert.equal(imported.statusCode, 303);
      assert.equal(imported.headers.location, `/admin/b/${board.slug}/queue?done=imported&count=3`);
      const uses = await t.db.selectFrom('answers').select('useAllowed').where('boardId', '=', board.id).execute();
      assert.deepEqual(
        uses.map((u) => u.useAllowed),
        ['workshop', 'workshop', 'workshop'],
        'every imported answer may be used as the facilitator said',
      );
      assert.deepEqual(await answersOf(board.id), [
        {
          body: 'Ask my supervisor.',
          status: 'pending',
          email: 'ana@example.org',
          displayName: 'Ana',
          createdAt: '2023-09-01T10:01:10.000Z',
          heldFor: null,
          urgentAt: null,
          question: 'q1',
          perspective: 'p1',
        },
        {
          body: 'In team meetings.',
          status: 'pending',
          email: 'ana@example.org',
          displayName: 'Ana',
          createdAt: '2023-09-01T10:01:10.000Z',
          heldFor: null,
          urgentAt: null,
          question: 'q2',
          perspective: 'p1',
        },
        {
          body: 'Read the policy, then ask.',
          status: 'pending',
          email: 'ben@example.org',
          displayName: null,
          createdAt: '2023-09-02T14:30:00.000Z',
          heldFor: null,
          urgentAt: null,
          question: 'q1',
          perspective: 'p2',
        },
      ]);
      assert.equal(await uploadCount(board.id), 0, 'the upload is deleted once imported');

      const queue = await t.app.inject({ url: String(imported.headers.location), headers: { cookie } });
      assert.match(queue.body, /3 answers imported; they wait for moderation\./);
      assert.match(queue.body, /Read the policy, then ask\./);
      assert.match(queue.body, /Import answers from a Google Form/);
      assert.doesNotMatch(queue.body, /ana@example\.org/);
      assert.doesNotMatch((await t.app.inject(`/b/${board.slug}`)).body, /Ask my supervisor/, 'nothing is published');

      // The same file again (here in Excel's UTF-16 “Unicode text”): everything was imported already, and nothing is created.
      const again = await uploaded(board.slug, cookie, 'responses.txt', fixture('sheets-utf16le.txt'));
      const secondPreview = await t.app.inject({ url: `${again}?${query}`, headers: { cookie } });
      assert.match(secondPreview.body, /0 answers will be imported/);
      assert.equal((secondPreview.body.match(/<td>already imported<\/td>/g) ?? []).length, 3);
      assert.match(secondPreview.body, /<li>3 answers imported already<\/li>/);
      assert.doesNotMatch(secondPreview.body, /Import 0 answers/);
      const second = await t.app.inject({ method: 'POST', url: again, headers: { ...formHeaders, cookie }, payload: `${query}&use=board` });
      assert.equal(second.statusCode, 422);
      assert.match(second.body, /There is nothing to import/);
      assert.equal((await answersOf(board.id)).length, 3);

      // The upload is gone once imported: its page sends the facilitator back to upload again.
      const gone = await t.app.inject({ url: page, headers: { cookie } });
      assert.equal(gone.statusCode, 303);
      assert.equal(gone.headers.location, `/admin/b/${board.slug}/import?expired`);
      assert.match((await t.app.inject({ url: String(gone.headers.location), headers: { cookie } })).body, /That upload is no longer here/);
    });

    test('the Forms download (every field quoted, offsets such as GMT+5:30, UTF-16): dates in UTC, a multi-line answer, a perspective for every row', async () => {
      const { board, cookie } = await setup();
      const page = await uploaded(board.slug, cookie, 'form.csv', fixture('forms-utf16be.csv'));
      const suggested = await t.app.inject({ url: `${page}?preview`, headers: { cookie } });
      // “Role” holds perspectives (one lower-case): it is suggested as the perspective column.
      assert.match(suggested.body, /<option value="column:4" selected>/);
      assert.match(suggested.body, /3 answers will be imported/);
      assert.match(suggested.body, /<td>The whole row<\/td><td>no perspective given<\/td>/);

      // One fixed perspective for every row instead.
      const query = 'mapped=yes&q2=q1&q3=q2&q4=&perspective=fixed%3Ap2&name=&dates=dmy';
      const imported = await t.app.inject({ method: 'POST', url: page, headers: { ...formHeaders, cookie }, payload: `${query}&use=board` });
      assert.equal(imported.headers.location, `/admin/b/${board.slug}/queue?done=imported&count=4`);
      const rows = await answersOf(board.id);
      assert.deepEqual(
        rows.map((r) => [r.question, r.perspective, r.body, r.email, r.createdAt, r.status]),
        [
          ['q1', 'p2', 'Start with the checklist.', 'dee@example.org', '2026-09-04T14:21:43.000Z', 'pending'],
          ['q2', 'p2', 'After lunch.', 'dee@example.org', '2026-09-04T14:21:43.000Z', 'pending'],
          ['q1', 'p2', 'Line one\nline two', null, '2026-09-05T04:05:00.000Z', 'pending'],
          ['q2', 'p2', 'Only the second.', null, '2026-09-06T08:00:00.000Z', 'pending'],
        ],
      );
    });

    test('a file of hundreds of empty cells previews the first 200 skipped, with the count of all', async () => {
      const { board, cookie } = await setup();
      const rows = Array.from({ length: 300 }, (_, i) => `9/1/2023 10:${String(i % 60).padStart(2, '0')}:00,`);
      const csv = ['Timestamp,What do I do first?', '9/1/2023 09:00:00,Start with the checklist.', ...rows].join('\n');
      const page = await uploaded(board.slug, cookie, 'sparse.csv', csv);
      const preview = await t.app.inject({ url: `${page}?mapped=yes&preview=yes&q1=q1&perspective=fixed%3Ap1&name=&dates=mdy`, headers: { cookie } });
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /1 answer will be imported/);
      assert.match(preview.body, /<li>300 empty answers<\/li>/);
      assert.match(preview.body, /Skipped, and why: the first 200 of 300/);
      assert.equal(preview.body.match(/<td>empty answer<\/td>/g)?.length, 200);
    });

    test('Sheets dates can be read day first', async () => {
      const { board, cookie } = await setup();
      const page = await uploaded(board.slug, cookie, 'sheets.csv', fixture('sheets-bom.csv'));
      const query = 'mapped=yes&q3=q1&q4=&q5=&q6=&perspective=fixed%3Ap1&name=&dates=dmy';
      await t.app.inject({ method: 'POST', url: page, headers: { ...formHeaders, cookie }, payload: `${query}&use=board` });
      assert.deepEqual(
        (await answersOf(board.id)).map((r) => r.createdAt),
        ['2023-01-09T10:01:10.000Z', '2023-02-09T14:30:00.000Z', '2023-03-09T09:00:00.000Z'],
      );
    });

    test('every broken file gets a clear 4xx and creates nothing', async () => {
      const { board, cookie } = await setup();
      const cases: [string, Buffer | string, number, RegExp][] = [
        ['empty.csv', fixture('empty.csv'), 422, /The file is empty/],
        ['header-only.csv', fixture('header-only.csv'), 422, /column titles but no responses/],
        ['no-header.csv', fixture('no-header.csv'), 422, /must hold the column titles/],
        ['ragged.csv', fixture('ragged.csv'), 422, /Row 3 has 4 fields but the first row has 3 column titles/],
        ['latin1.csv', fixture('latin1.csv'), 422, /Save it as CSV UTF-8/],
        ['photo.csv', fixture('image-renamed.csv'), 422, /This file is an image, not a CSV file/],
        ['responses.csv', fixture('workbook-renamed.csv'), 422, /This file is a workbook/],
        ['quotes.csv', 'Timestamp,Question\n9/1/2023 10:00:00,"never closed\n', 422, /could not be read as CSV near line \d+: a quoted field is never closed/],
        [
          'big.csv',
          `Timestamp,Question\n${'9/1/2023 10:00:00,An answer that repeats.\n'.repeat(60_000)}`,
          413,
          /The file is too large: it must be 2 MB or smaller/,
        ],
        ['', '', 422, /Select the CSV file of your form’s responses/],
      ];
      for (const [name, bytes, status, message] of cases) {
        const res = await upload(board.slug, cookie, name, bytes);
        assert.equal(res.statusCode, status, name);
        assert.match(res.body, message, name);
        assert.match(res.body, /There is a problem/, name);
        assert.match(res.body, /<title>Error: /, name);
      }
      const noBoundary = await t.app.inject({
        method: 'POST',
        url: `/admin/b/${board.slug}/import`,
        headers: { 'content-type': 'multipart/form-data', cookie },
        payload: '',
      });
      assert.equal(noBoundary.statusCode, 400);
      assert.match(noBoundary.body, /The upload could not be read/);
      const nulName = await upload(board.slug, cookie, 'a\u0000b.csv', fixture('sheets.csv'));
      assert.equal(nulName.statusCode, 303, 'a NUL in the file name is dropped, as in any text');
      await t.db.deleteFrom('importUploads').where('boardId', '=', board.id).execute();
      const notMultipart = await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/import`, headers: { ...formHeaders, cookie }, payload: 'file=x' });
      assert.equal(notMultipart.statusCode, 422);
      assert.equal(await uploadCount(board.id), 0);
      assert.equal((await answersOf(board.id)).length, 0);
    });

    test('too long answers, unreadable dates and old uploads: skipped or refused with the reason', async () => {
      const { board, cookie } = await setup();
      const csv = stringify([
        ['Timestamp', 'What do I do first?'],
        ['9/1/2023 10:00:00', 'x'.repeat(2001)],
        ['last Tuesday', 'Fine.'],
        ['9/2/2023 10:00:00', 'x'.repeat(2000)],
      ]);
      const page = await uploaded(board.slug, cookie, 'long.csv', csv);
      const preview = await t.app.inject({ url: `${page}?preview`, headers: { cookie } });
      assert.match(preview.body, /1 answer will be imported/);
      assert.match(preview.body, /<td class="number">2<\/td><td>“What do I do first\?”<\/td><td>longer than 2,000 characters, the answer form’s limit<\/td>/);
      assert.match(preview.body, /<td class="number">3<\/td><td>The whole row<\/td><td>the date “last Tuesday” is not one Roundtable can read<\/td>/);
      // A day later the upload is gone: its page asks for the file again.
      await t.db
        .updateTable('importUploads')
        .set({ createdAt: new Date(Date.now() - 25 * 3600_000).toISOString() })
        .where('boardId', '=', board.id)
        .execute();
      const expired = await t.app.inject({ url: page, headers: { cookie } });
      assert.equal(expired.headers.location, `/admin/b/${board.slug}/import?expired`);
      const late = await t.app.inject({ method: 'POST', url: page, headers: { ...formHeaders, cookie }, payload: 'mapped=yes&q1=q1&perspective=fixed%3Ap1' });
      assert.equal(late.headers.location, `/admin/b/${board.slug}/import?expired`);
      assert.equal((await answersOf(board.id)).length, 0);
    });

    test('the team hears once of an import, the live console once, and no author is emailed', async () => {
      const { board, cookie } = await setup();
      const page = await uploaded(board.slug, cookie, 'sheets.csv', fixture('sheets.csv'));
      const heard = { pending: 0, urgent: 0, emails: 0, events: [] as LiveEvent[] };
      const effects = quietEffects(t.config);
      effects.notifier = { answerPending: () => heard.pending++, answerUrgent: () => heard.urgent++, flush: async () => {} };
      effects.mailer = { enabled: true, send: async () => void heard.emails++ };
      effects.bus.subscribe((event) => heard.events.push(event));
      const row = (await findBoardBySlug(t.db, board.slug))!;
      const open = (await openUpload(t.db, row, page.split('/').pop()!))!;
      const result = await importAnswers(t.db, effects, row, open, chosenMapping(open, readMapping({}, open.table.header.length)), 'board');
      assert.deepEqual(result, { kind: 'imported', count: 3 });
      await effects.bus.settled();
      assert.deepEqual({ ...heard, events: heard.events.map((e) => e.kind) }, { pending: 1, urgent: 0, emails: 0, events: ['queue'] });
    });

    test('an upload belongs to its board: another board’s team cannot open it', async () => {
      const { board, cookie } = await setup();
      const page = await uploaded(board.slug, cookie, 'sheets.csv', fixture('sheets.csv'));
      const other = await setup();
      const id = page.split('/').pop();
      const res = await t.app.inject({ url: `/admin/b/${other.board.slug}/import/${id}`, headers: { cookie: other.cookie } });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/admin/b/${other.board.slug}/import?expired`);
      assert.equal((await t.app.inject({ url: page, headers: { cookie: other.cookie } })).statusCode, 404);
    });

    test('the XSS corpus in cells shows as text in the preview and is stored as written; a crisis is held as urgent', async () => {
      const { board, cookie } = await setup();
      const crisis = "i dont want to be here anymore. ive been saving my tablets and i think tonight's the night";
      const cells = [...xssPayloads, crisis];
      const query = 'mapped=yes&preview=yes&q1=q1&perspective=fixed%3Ap1&name=&dates=mdy';
      // The preview lists 50 answers: the corpus goes in files of 50 rows.
      for (let i = 0; i < cells.length; i += 50) {
        const chunk = cells.slice(i, i + 50);
        const csv = stringify([
          ['Timestamp', 'Your answer'],
          ...chunk.map((cell, j) => [`9/1/2023 10:${String(Math.floor((i + j) / 60)).padStart(2, '0')}:${String((i + j) % 60).padStart(2, '0')}`, cell]),
        ]);
        const page = await uploaded(board.slug, cookie, `corpus-${i}.csv`, csv);
        const preview = await t.app.inject({ url: `${page}?${query}`, headers: { cookie } });
        assert.equal(preview.statusCode, 200);
        const section = preview.body.slice(preview.body.indexOf('<section'), preview.body.indexOf('</section>'));
        assert.deepEqual(foreignMarkup(section, previewTags), [], 'only the preview’s own tags, no event handlers');
        const imported = await t.app.inject({ method: 'POST', url: page, headers: { ...formHeaders, cookie }, payload: `${query}&use=board` });
        assert.equal(imported.statusCode, 303, `chunk ${i}: ${imported.body.slice(0, 300)}`);
      }
      const rows = await answersOf(board.id);
      const expected = cells.map(cleanText).filter((c) => c !== '');
      assert.deepEqual(new Set(rows.map((r) => r.body)), new Set(expected), 'every payload stored as written (after the form’s own cleaning)');
      assert.ok(rows.every((r) => r.status === 'pending'));
      const held = rows.find((r) => r.body === crisis)!;
      assert.match(String(held.heldFor), /crisis/);
      assert.ok(held.urgentAt, 'marked urgent');
      const queue = await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie } });
      assert.ok(queue.body.indexOf('saving my tablets') < queue.body.indexOf('&lt;script'), 'the possible crisis is first in the queue');
    });
  });
}
