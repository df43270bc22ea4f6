import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { addAnswers } from '../../test/server.ts';
import { importBoard, parseBoardFile } from './board-files.ts';
import { foreignMarkup, xssPayloads } from '../../test/app/xss-payloads.ts';

const sentinel = 'sentinel-export-3d1@example.org';
const englishHeadings = ['Question', 'Perspective', 'Answer', 'Name', 'Example', 'Written', 'Published', 'Helpful', 'Use allowed', 'Link'];
// The same columns in the same order: only the words change with the board's language.
const welshHeadings = ['Cwestiwn', 'Safbwynt', 'Ateb', 'Enw', 'Enghraifft', 'Ysgrifennwyd', 'Cyhoeddwyd', 'Defnyddiol', 'Defnydd a ganiateir', 'Dolen'];
/** A board written in Welsh (the board file's "language": "cy") with English translations, which no export may use. */
const welshBoard = (slug: string) => ({
  slug,
  language: 'cy',
  title: { cy: 'Gofalu am eich hun yn y gwaith', en: 'Looking after yourself at work' },
  intro: { cy: 'Dywedwch wrthym beth sy’n helpu.', en: 'Tell us what helps.' },
  perspectives: [
    { key: 'p1', label: { cy: 'Ymarferydd', en: 'Practitioner' } },
    { key: 'p2', label: { cy: 'Rheolwr', en: 'Manager' } },
  ],
  questions: [
    { key: 'q1', text: { cy: 'Beth ydw i’n ei wneud gyntaf?', en: 'What do I do first?' } },
    { key: 'q2', text: { cy: 'Ble ydw i’n dod o hyd i’r amser?', en: 'Where do I find the time?' } },
  ],
  exampleAnswers: [{ question: 'q2', perspective: 'p2', name: 'Hwylusydd', body: 'Ateb enghreifftiol gan yr hwylusydd.' }],
});
const englishWords = [
  'What do I do first?',
  'Where do I find the time?',
  'Practitioner',
  'Manager',
  'Looking after yourself',
  'Anonymous',
  'Published on the board',
  'Workshops and handouts',
  'Every answer',
];
/** Prints every sheet of the workbook named on the command line as JSON: sheet name → rows of values. */
const readWorkbook = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}))
`;

for (const dialect of dialects) {
  describe(`exports of a board's answers (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('published answers only, no email addresses, and cells a spreadsheet would run as formulas stay text', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const me = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, me.id, 'moderator');
      const risky = ['=HYPERLINK("http://evil.example","click")', '+1+cmd|calc', '-2+3', '@SUM(A1:A2)', 'Fine "quoted", with commas', 'Line one\nLine two'];
      for (const [i, body] of risky.entries()) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/b/${board.slug}/answers`,
          headers: formHeaders,
          payload: answerForm({ body, displayName: i === 0 ? '=cmd' : '', email: 'private@example.org', identifying: 'send-anyway' }),
          remoteAddress: `10.3.0.${i}`,
        });
        assert.equal(res.statusCode, 303, body);
      }
      await t.app.inject({
        method: 'POST',
        url: `/b/${board.slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ body: 'Waiting, not published.', check: undefined }),
      });
      // Publish everything the checks held (the hyperlink holds for its URL).
      const held = await t.db
        .selectFrom('answers')
        .select('id')
        .where('boardId', '=', board.id)
        .where('status', '=', 'pending')
        .where('body', '!=', 'Waiting, not published.')
        .execute();
      for (const { id } of held)
        await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/answers/${id}/approve`, headers: { ...formHeaders, cookie: me.cookie } });

      const res = await t.app.inject({ url: `/admin/b/${board.slug}/export.csv`, headers: { cookie: me.cookie } });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
      assert.equal(res.headers['content-disposition'], `attachment; filename="${board.slug}-answers.csv"`);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(!res.body.includes('private@example.org'), 'no email addresses');
      assert.ok(!res.body.includes('Waiting, not published.'), 'published answers only');
      const rows: string[][] = parse(res.body, { bom: true });
      assert.deepEqual(rows[0], englishHeadings);
      const answers = rows.slice(1).map((r) => r[2]);
      assert.deepEqual(
        answers.sort(),
        ["'+1+cmd|calc", "'-2+3", '\'=HYPERLINK("http://evil.example","click")', "'@SUM(A1:A2)", 'Fine "quoted", with commas', 'Line one\nLine two'].sort(),
        'a line break stays inside its cell',
      );
      assert.ok(
        rows.slice(1).some((r) => r[3] === "'=cmd"),
        'names too',
      );
      for (const cell of rows.flat()) assert.ok(!/^[=+\-@\t\r]/.test(cell), `no cell starts a formula: ${cell}`);
    });

    test('people outside the board cannot download any export', async () => {
      const board = await createBoard(t.db);
      const stranger = await createFacilitator(t.db, t.config.baseUrl);
      for (const extension of ['csv', 'xlsx', 'md', 'json']) {
        assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/export.${extension}`, headers: { cookie: stranger.cookie } })).statusCode, 404);
        assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/export.${extension}` })).statusCode, 303);
      }
      assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/export.pdf`, headers: { cookie: stranger.cookie } })).statusCode, 404);
    });

    test('XLSX, Markdown, JSON and CSV hold the same published answers, no email, and the whole XSS corpus as text', async () => {
      const board = await createBoard(t.db, { title: 'Board <b>bold</b> & "quoted"' });
      const me = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, me.id, 'owner');
      const payloads = xssPayloads.map((p, i) => ({ question: i % 2 ? 'q1' : 'q2', perspective: i % 3 ? 'p1' : 'p2', body: p, displayName: p.slice(0, 60) }));
      await addAnswers(t.db, board.slug, [...payloads, { question: 'q1', perspective: 'p2', body: 'Still waiting for a moderator.', status: 'pending' }]);
      await t.db.updateTable('answers').set({ email: sentinel }).where('boardId', '=', board.id).execute();
      const get = async (extension: string) => {
        const res = await t.app.inject({ url: `/admin/b/${board.slug}/export.${extension}`, headers: { cookie: me.cookie } });
        assert.equal(res.statusCode, 200, extension);
        assert.equal(res.headers['content-disposition'], `attachment; filename="${board.slug}-answers.${extension}"`);
        assert.equal(res.headers['cache-control'], 'no-store');
        return res;
      };

      // XLSX, read by openpyxl (Debian's python3-openpyxl), a reader written elsewhere.
      const xlsx = await get('xlsx');
      assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const file = path.join(os.tmpdir(), `export-${board.slug}.xlsx`);
      fs.writeFileSync(file, xlsx.rawPayload);
      const read = spawnSync('/usr/bin/python3', ['-c', readWorkbook, file], { encoding: 'utf8' });
      fs.rmSync(file);
      assert.equal(read.status, 0, read.stderr);
      const sheets: Record<string, (string | number | null)[][]> = JSON.parse(read.stdout);
      assert.deepEqual(Object.keys(sheets), ['Answers', 'Answers per perspective']);
      const [header, ...rows] = sheets.Answers!;
      assert.deepEqual(header, englishHeadings);
      assert.equal(rows.length, xssPayloads.length, 'published answers only');
      // openpyxl reads a cell's text as written; a cell that would start a formula has its ' in front.
      const keepText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      assert.deepEqual(rows.map((r) => r[2]).sort(), xssPayloads.map(keepText).sort());
      assert.deepEqual(rows.map((r) => r[3]).sort(), xssPayloads.map((p) => keepText(p.slice(0, 60))).sort());
      for (const cell of rows.flat()) assert.ok(typeof cell !== 'string' || !/^[=+\-@\t\r]/.test(cell), `no cell starts a formula: ${cell}`);
      assert.ok(rows.every((r) => typeof r[7] === 'number' && r[8] === 'Published on the board'));
      assert.deepEqual(sheets['Answers per perspective']![0], ['Question', 'Practitioner', 'Manager', 'All']);
      const count = (q: string, p: string) => payloads.filter((a) => a.question === q && a.perspective === p).length;
      assert.deepEqual(sheets['Answers per perspective']!.slice(1), [
        ['What do I do first?', count('q1', 'p1'), count('q1', 'p2'), count('q1', 'p1') + count('q1', 'p2')],
        ['Where do I find the time?', count('q2', 'p1'), count('q2', 'p2'), count('q2', 'p1') + count('q2', 'p2')],
      ]);

      // Markdown, rendered as a blog would (markdown-it, HTML allowed): only its own markup; every payload reads as text.
      const md = await get('md');
      assert.equal(md.headers['content-type'], 'text/markdown; charset=utf-8');
      const html = new MarkdownIt({ html: true }).render(md.body);
      assert.deepEqual(
        foreignMarkup(html, new Set(['h1', 'h2', 'h3', 'p', 'blockquote', 'a', 'br', 'pre', 'code'])),
        [],
        'nothing a person wrote became markup',
      );
      const text = html
        .replace(/<[^>]+>/g, '')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&amp;', '&');
      for (const payload of xssPayloads) for (const line of payload.split(/\r?\n/)) assert.ok(text.includes(line.trim()), `as text: ${line}`);
      assert.ok(text.includes('Board <b>bold</b> & "quoted"'), 'the title too');
      assert.equal((html.match(/<h2>/g) ?? []).length, 2, 'by question');
      assert.match(html, new RegExp(`<a href="${t.config.baseUrl}/b/${board.slug}">`));

      // JSON: the text exactly as written.
      const json = (await get('json')).json();
      assert.deepEqual(json.answers.map((a: { text: string }) => a.text).sort(), [...xssPayloads].sort());
      assert.deepEqual(Object.keys(json.answers[0]).sort(), [
        'createdAt',
        'example',
        'helpful',
        'id',
        'name',
        'perspective',
        'publishedAt',
        'question',
        'text',
        'url',
        'useAllowed',
      ]);

      // CSV: the same answers, parsed back.
      const csv: string[][] = parse((await get('csv')).body, { bom: true });
      assert.deepEqual(
        csv
          .slice(1)
          .map((r) => r[2])
          .sort(),
        xssPayloads.map(keepText).sort(),
      );

      for (const extension of ['csv', 'md', 'json']) {
        const body = (await get(extension)).body;
        assert.ok(!body.includes(sentinel), `${extension}: no email`);
        assert.ok(!body.includes('Still waiting for a moderator.'), `${extension}: published answers only`);
      }
      assert.ok(!xlsx.rawPayload.includes(Buffer.from(sentinel)), 'xlsx: no email (its sheets are compressed, so the read-back above is the real check)');
      assert.ok(!JSON.stringify(sheets).includes(sentinel) && !JSON.stringify(sheets).includes('Still waiting'), 'xlsx: no email, published answers only');
    });
    test("a Welsh board's files are in Welsh, with its texts as written, and keep the English files' keys and column order", async () => {
      const board = await importBoard(t.db, parseBoardFile(welshBoard(`bwrdd-${Math.random().toString(36).slice(2, 10)}`)));
      const me = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, me.id, 'owner');
      const [named, anonymous, kept, earlier] = await addAnswers(t.db, board.slug, [
        { question: 'q1', perspective: 'p1', body: 'Siarad â’r goruchwyliwr yn gyntaf.', displayName: 'Siân', createdAt: '2026-12-07T09:30:00.000Z' },
        { question: 'q1', perspective: 'p2', body: 'Darllen y polisi gyda’r tîm.', createdAt: '2026-12-07T10:00:00.000Z' },
        { question: 'q2', perspective: 'p1', body: 'Ar gyfer y gweithdy yn unig.', createdAt: '2026-12-07T11:00:00.000Z' },
        { question: 'q2', perspective: 'p1', body: 'Neilltuo awr bob wythnos.', createdAt: '2026-03-01T08:00:00.000Z' },
        { question: 'q1', perspective: 'p1', body: 'Yn aros am gymedrolwr.', status: 'pending' },
      ]);
      await t.db.updateTable('answers').set({ useAllowed: 'workshop' }).where('id', '=', kept!).execute();
      const get = async (extension: string) => {
        const res = await t.app.inject({ url: `/admin/b/${board.slug}/export.${extension}`, headers: { cookie: me.cookie } });
        assert.equal(res.statusCode, 200, extension);
        assert.equal(res.headers['content-disposition'], `attachment; filename="${board.slug}-atebion.${extension}"`, 'named in Welsh');
        return res;
      };
      const q1 = 'Beth ydw i’n ei wneud gyntaf?';
      const q2 = 'Ble ydw i’n dod o hyd i’r amser?';
      const answerUrl = (id: string) => `${t.config.baseUrl}/cy/a/${id}`;

      // CSV: Welsh headings over the same ten columns; machine values (dates, counts) as in an English file.
      const csvBody = (await get('csv')).body;
      const csv: string[][] = parse(csvBody, { bom: true });
      assert.deepEqual(csv[0], welshHeadings);
      const row = (body: string) => csv.find((r) => r[2] === body);
      assert.deepEqual(row('Siarad â’r goruchwyliwr yn gyntaf.'), [
        q1,
        'Ymarferydd',
        'Siarad â’r goruchwyliwr yn gyntaf.',
        'Siân',
        'na',
        '2026-12-07T09:30:00.000Z',
        '2026-12-07T09:30:00.000Z',
        '0',
        "Wedi'i gyhoeddi ar y bwrdd",
        answerUrl(named!),
      ]);
      assert.equal(row('Darllen y polisi gyda’r tîm.')?.[3], 'Dienw', 'an answer without a name');
      assert.deepEqual(row('Ar gyfer y gweithdy yn unig.')?.slice(8), ['Gweithdai a thaflenni yn unig', ''], 'no link to a page that does not exist');
      assert.deepEqual(row('Ateb enghreifftiol gan yr hwylusydd.')?.slice(0, 5), [q2, 'Rheolwr', 'Ateb enghreifftiol gan yr hwylusydd.', 'Hwylusydd', 'ie']);
      assert.equal(csv.length, 6, 'published answers only');
      for (const words of englishWords) assert.ok(!csvBody.includes(words), `csv: no English: ${words}`);

      // The answer links lead to the Welsh page.
      const page = await t.app.inject({ url: new URL(answerUrl(named!)).pathname });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="cy"/);

      // XLSX, read by openpyxl: Welsh sheet names and headings, the Welsh texts.
      const file = path.join(os.tmpdir(), `export-${board.slug}.xlsx`);
      fs.writeFileSync(file, (await get('xlsx')).rawPayload);
      const read = spawnSync('/usr/bin/python3', ['-c', readWorkbook, file], { encoding: 'utf8' });
      fs.rmSync(file);
      assert.equal(read.status, 0, read.stderr);
      const sheets: Record<string, (string | number | null)[][]> = JSON.parse(read.stdout);
      assert.deepEqual(Object.keys(sheets), ['Atebion', 'Atebion fesul safbwynt']);
      const [header, ...rows] = sheets.Atebion!;
      assert.deepEqual(header, welshHeadings);
      assert.deepEqual(
        rows.find((r) => r[2] === 'Siarad â’r goruchwyliwr yn gyntaf.'),
        csv.find((r) => r[2] === 'Siarad â’r goruchwyliwr yn gyntaf.')!.map((cell, i) => (i === 7 ? Number(cell) : cell)),
        'the same row as the CSV',
      );
      assert.deepEqual(sheets['Atebion fesul safbwynt'], [
        ['Cwestiwn', 'Ymarferydd', 'Rheolwr', 'Cyfanswm'],
        [q1, 1, 1, 2],
        [q2, 2, 1, 3],
      ]);
      for (const words of englishWords) assert.ok(!read.stdout.includes(words), `xlsx: no English: ${words}`);

      // Markdown: Welsh words and dates, the Welsh title, questions and perspectives, linking to the Welsh board.
      const md = (await get('md')).body;
      assert.ok(md.startsWith('# Gofalu am eich hun yn y gwaith\n\n'), md);
      assert.ok(md.includes(`[Pob ateb, ac ychwanegwch eich un chi](${t.config.baseUrl}/cy/b/${board.slug})`), md);
      assert.ok(md.includes(`## ${q1}\n\n### Ymarferydd\n\n> Siarad â’r goruchwyliwr yn gyntaf.\n\n— Siân, 7 Rhagfyr 2026\n`), md);
      assert.ok(md.includes('### Rheolwr\n\n> Darllen y polisi gyda’r tîm.\n\n— Dienw, 7 Rhagfyr 2026\n'), md);
      assert.ok(md.includes('> Neilltuo awr bob wythnos.\n\n— Dienw, 1 Mawrth 2026\n'), md);
      assert.ok(!md.includes('Ar gyfer y gweithdy yn unig.'), 'the blog post never holds an answer kept off the board');
      for (const words of englishWords) assert.ok(!md.includes(words), `md: no English: ${words}`);

      // JSON: the same property names and machine values as an English board's, with the Welsh texts.
      const json = (await get('json')).json();
      const english = await createBoard(t.db);
      await addMember(t.db, english.id, me.id, 'owner');
      await addAnswers(t.db, english.slug, [{ question: 'q1', perspective: 'p1', body: 'An English answer.' }]);
      const englishJson = (await t.app.inject({ url: `/admin/b/${english.slug}/export.json`, headers: { cookie: me.cookie } })).json();
      assert.deepEqual(Object.keys(json), Object.keys(englishJson));
      assert.deepEqual(Object.keys(json.board), Object.keys(englishJson.board));
      assert.deepEqual(Object.keys(json.answers[0]), Object.keys(englishJson.answers[0]));
      assert.deepEqual(json.board, {
        slug: board.slug,
        title: 'Gofalu am eich hun yn y gwaith',
        language: 'cy',
        url: `${t.config.baseUrl}/cy/b/${board.slug}`,
      });
      assert.equal(englishJson.board.language, 'en');
      assert.deepEqual(json.questions, [
        { key: 'q1', text: q1 },
        { key: 'q2', text: q2 },
      ]);
      assert.deepEqual(json.perspectives, [
        { key: 'p1', label: 'Ymarferydd' },
        { key: 'p2', label: 'Rheolwr' },
      ]);
      const byId = (id: string) => json.answers.find((a: { id: string }) => a.id === id);
      assert.deepEqual(
        [named, anonymous, kept, earlier].map((id) => {
          const a = byId(id!);
          return [a.question, a.perspective, a.name, a.useAllowed, a.url];
        }),
        [
          ['q1', 'p1', 'Siân', 'board', answerUrl(named!)],
          ['q1', 'p2', null, 'board', answerUrl(anonymous!)],
          ['q2', 'p1', null, 'workshop', null],
          ['q2', 'p1', null, 'board', answerUrl(earlier!)],
        ],
      );
    });

    test("a file follows the board's language, not the address it was asked for", async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const english = await createBoard(t.db);
      const welsh = await importBoard(t.db, parseBoardFile(welshBoard(`bwrdd-${Math.random().toString(36).slice(2, 10)}`)));
      for (const b of [english, welsh]) {
        await addMember(t.db, b.id, me.id, 'owner');
        await addAnswers(t.db, b.slug, [{ question: 'q1', perspective: 'p1', body: 'Ateb / An answer.' }]);
      }
      const header = async (url: string) => parse((await t.app.inject({ url, headers: { cookie: me.cookie } })).body, { bom: true })[0];
      assert.deepEqual(await header(`/cy/admin/b/${english.slug}/export.csv`), englishHeadings);
      assert.deepEqual(await header(`/admin/b/${welsh.slug}/export.csv`), welshHeadings);
      const md = (await t.app.inject({ url: `/cy/admin/b/${english.slug}/export.md`, headers: { cookie: me.cookie } })).body;
      assert.ok(md.includes(`[Every answer, and yours to add](${t.config.baseUrl}/b/${english.slug})`), md);
      assert.ok(md.includes('— Anonymous, '), md);
    });
  });
}
