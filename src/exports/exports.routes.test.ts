import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

for (const dialect of dialects) {
  describe(`CSV export of a board's answers (${dialect})`, () => {
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
      assert.deepEqual(rows[0], ['Question', 'Perspective', 'Answer', 'Name', 'Example', 'Written', 'Published', 'Link']);
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

    test('people outside the board cannot download it', async () => {
      const board = await createBoard(t.db);
      const stranger = await createFacilitator(t.db, t.config.baseUrl);
      assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/export.csv`, headers: { cookie: stranger.cookie } })).statusCode, 404);
      assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/export.csv` })).statusCode, 303);
    });
  });
}
