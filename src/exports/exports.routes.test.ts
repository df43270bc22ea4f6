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
import { foreignMarkup, xssPayloads } from '../../test/app/xss-payloads.ts';

const sentinel = 'sentinel-export-3d1@example.org';
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
      assert.deepEqual(rows[0], ['Question', 'Perspective', 'Answer', 'Name', 'Example', 'Written', 'Published', 'Helpful', 'Use allowed', 'Link']);
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
      assert.deepEqual(header, ['Question', 'Perspective', 'Answer', 'Name', 'Example', 'Written', 'Published', 'Helpful', 'Use allowed', 'Link']);
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
  });
}
