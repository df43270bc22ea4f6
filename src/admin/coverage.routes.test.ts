import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';

/** The coverage rows of one board on /admin, as [question, perspective, count] in page order. */
function coverageRows(html: string, title: string): [string, string, number][] {
  const table = new RegExp(`<caption class="coverage__caption">Published answers on “${title}”[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  return [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td class="number">(?:<strong[^>]*>[^<]*<\/strong>)? (\d+)<\/td>/g)].map((m) => [
    m[1]!,
    m[2]!,
    Number(m[3]),
  ]);
}

for (const dialect of dialects) {
  describe(`coverage on /admin (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('each board lists its published answers per question × perspective, empty and thin cells first, each with its "Ask" link', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const board = await createBoard(t.db, { moderation: 'post', title: 'Coverage board' });
      await addMember(t.db, board.id, me.id, 'moderator');
      const send = (fields: Record<string, string>) =>
        t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm(fields) });
      for (let i = 0; i < 3; i++) await send({ question: 'q1', perspective: 'p1', body: `Answer number ${i} about the first question.` });
      await send({ question: 'q2', perspective: 'p2', body: 'A single manager answer.' });
      await createBoard(t.db, { moderation: 'pre', title: 'Someone else’s board' });
      // Held for a moderator (it has an email address in it): not published, so not counted.
      await send({ question: 'q1', perspective: 'p2', body: 'Email me at held@example.org about it.', identifying: 'send-anyway' });

      const res = await t.app.inject({ url: '/admin', headers: { cookie: me.cookie } });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h2 id="coverage-heading">Which voices are missing<\/h2>/);
      assert.match(res.body, /Coverage of “Coverage board”: 2 empty cells, 1 with one answer/);
      assert.deepEqual(coverageRows(res.body, 'Coverage board'), [
        ['What do I do first?', 'Manager', 0],
        ['Where do I find the time?', 'Practitioner', 0],
        ['Where do I find the time?', 'Manager', 1],
        ['What do I do first?', 'Practitioner', 3],
      ]);
      assert.match(
        res.body,
        new RegExp(`<a href="/b/${board.slug}/q/q1\\?perspective=p2">Ask a manager<span class="visually-hidden"> to answer “What do I do first\\?”</span></a>`),
      );
      assert.match(res.body, new RegExp(`<a href="/b/${board.slug}/q/q2\\?perspective=p2">Ask a manager`), 'a thin cell is asked for more');
      assert.doesNotMatch(res.body, /\/q\/q1\?perspective=p1"/, 'a well-covered cell asks nobody');
      assert.ok(!res.body.includes('Someone else’s board'), 'only the boards the facilitator belongs to');
      assert.ok(!res.body.includes('held@example.org'));
    });

    test('at a Welsh address /admin is served in English: the facilitator area is not translated yet', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const board = await createBoard(t.db, { moderation: 'post', title: 'Bwrdd Cymraeg' });
      await addMember(t.db, board.id, me.id, 'owner');
      const res = await t.app.inject({ url: '/cy/admin', headers: { cookie: me.cookie } });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="en-GB">/);
      assert.match(res.body, /<h1>Your boards<\/h1>/);
      assert.match(res.body, /Coverage of “Bwrdd Cymraeg”: 4 empty cells, 0 with one answer/);
      assert.match(res.body, /<td>Owner · <a href="\/admin\/b\/[^"]+\/edit">Edit<span class="visually-hidden"> Bwrdd Cymraeg<\/span><\/a>/);
    });
  });
}
