import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createBoard, createTestApp, dialects, type TestApp } from '../../test/helpers.ts';
import { addAnswers } from '../../test/server.ts';

for (const dialect of dialects) {
  describe(`board pages (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('the home page lists listed boards, newest first, and leaves unlisted ones out', async () => {
      await createBoard(t.db, { slug: 'older-board', title: 'Older board' });
      await new Promise((r) => setTimeout(r, 5));
      await createBoard(t.db, { slug: 'newer-board', title: 'Newer board' });
      await createBoard(t.db, { slug: 'secret-board', title: 'Secret board', listed: false });
      const res = await t.app.inject('/');
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.indexOf('Newer board') < res.body.indexOf('Older board'), 'newest first');
      assert.doesNotMatch(res.body, /Secret board/);
    });

    test('the board page shows a real table: caption, column and row headers, answers and whose voice is missing', async () => {
      const { slug } = await createBoard(t.db, { examples: [{ question: 'q1', perspective: 'p1', body: 'Phone the duty team.', name: 'Sam' }] });
      const res = await t.app.inject(`/b/${slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<table[^>]*>\s*<caption[^>]*>Answers to each question, by perspective<\/caption>/);
      assert.match(res.body, /<th scope="col">Practitioner<\/th>/);
      assert.match(res.body, new RegExp(`<th scope="row" class="board-table__question"><a href="/b/${slug}/q/q1">What do I do first\\?</a></th>`));
      assert.match(res.body, /Phone the duty team\./);
      assert.match(res.body, /Sam/);
      assert.match(res.body, /1 answer</);
      assert.match(res.body, /No answers yet from managers/);
    });

    test('the perspective filter shows one column, and an unknown perspective is a 404', async () => {
      const { slug } = await createBoard(t.db);
      const res = await t.app.inject(`/b/${slug}?perspective=p2`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<th scope="col">Manager<\/th>/);
      assert.doesNotMatch(res.body, /<th scope="col">Practitioner<\/th>/);
      assert.match(res.body, /aria-current="page"[^>]*>Manager</);
      assert.equal((await t.app.inject(`/b/${slug}?perspective=nope`)).statusCode, 404);
    });

    test('the board page answers 304 to a matching ETag until an answer is published', async () => {
      const { slug } = await createBoard(t.db, { moderation: 'post' });
      const first = await t.app.inject(`/b/${slug}`);
      const etag = first.headers.etag as string;
      assert.ok(etag);
      const again = await t.app.inject({ url: `/b/${slug}`, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${slug}/answers`,
        payload: { question: 'q1', perspective: 'p1', body: 'A new answer.', use: 'board' },
      });
      const changed = await t.app.inject({ url: `/b/${slug}`, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.match(changed.body, /A new answer\./);
    });

    test('a full cell shows its first six answers (the example, the most helpful, the newest) and links to all of them', async () => {
      const board = await createBoard(t.db);
      const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`;
      const ids = await addAnswers(
        t.db,
        board.slug,
        Array.from({ length: 10 }, (_, i) => ({ question: 'q1', perspective: 'p1', body: `Answer number ${i + 1}.`, createdAt: day(i + 1) })),
      );
      // The oldest is an example; the second oldest is the most helpful.
      await t.db.updateTable('answers').set({ isExample: 1 }).where('id', '=', ids[0]!).execute();
      await t.db.updateTable('answers').set({ helpfulCount: 5 }).where('id', '=', ids[1]!).execute();
      await t.db
        .updateTable('boards')
        .set((eb) => ({ revision: eb('revision', '+', 1) }))
        .where('id', '=', board.id)
        .execute();
      const page = (await t.app.inject(`/b/${board.slug}`)).body;
      const cell = /<td data-cell="q1 p1"[^>]*>([\s\S]*?)<\/td>/.exec(page)?.[1] ?? '';
      const shown = [...cell.matchAll(/Answer number (\d+)\./g)].map((m) => Number(m[1]));
      assert.deepEqual(shown, [1, 2, 7, 8, 9, 10], 'the example, the most helpful, then the four newest, in the cell’s order');
      assert.match(cell, /<p class="cell-count" data-count="10">10 answers<\/p>/);
      assert.match(
        cell,
        new RegExp(
          `<a href="/b/${board.slug}/q/q1#p-p1">See all 10 answers from practitioners<span class="visually-hidden"> to “What do I do first\\?”</span></a>`,
        ),
      );
      // The link leads to every answer, under the perspective's heading.
      const question = (await t.app.inject(`/b/${board.slug}/q/q1`)).body;
      assert.match(question, /<h2 id="p-p1">Practitioner<\/h2>/);
      assert.equal([...question.matchAll(/Answer number \d+\./g)].length, 10);
      // Answers sent in the same millisecond: the newest by id show (ids are time-ordered).
      const same = await addAnswers(
        t.db,
        board.slug,
        Array.from({ length: 8 }, (_, i) => ({ question: 'q2', perspective: 'p2', body: `Same moment ${i + 1}.`, createdAt: day(20) })),
      );
      assert.equal(same.length, 8);
      const again = (await t.app.inject(`/b/${board.slug}`)).body;
      const tied = /<td data-cell="q2 p2"[^>]*>([\s\S]*?)<\/td>/.exec(again)?.[1] ?? '';
      assert.deepEqual(
        [...tied.matchAll(/Same moment (\d+)\./g)].map((m) => Number(m[1])),
        [3, 4, 5, 6, 7, 8],
      );
      // A cell under the cap has no link.
      const other = /<td data-cell="q1 p2"[^>]*>([\s\S]*?)<\/td>/.exec(page)?.[1] ?? '';
      assert.doesNotMatch(other, /See all/);
      // The embed's table is capped the same way, its link opening the board's site in a new tab.
      const embed = (await t.app.inject(`/embed/b/${board.slug}`)).body;
      assert.equal([...embed.matchAll(/Answer number \d+\./g)].length, 6);
      assert.match(embed, /<a href="http:\/\/localhost:3000\/b\/[^"]+\/q\/q1#p-p1" target="_blank" rel="noopener">See all 10 answers/);
    });

    test('a question page lists its answers by perspective and carries the form for that question', async () => {
      const { slug } = await createBoard(t.db, { examples: [{ question: 'q2', perspective: 'p2', body: 'Block out an hour.' }] });
      const res = await t.app.inject(`/b/${slug}/q/q2`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Where do I find the time\?<\/h1>/);
      assert.match(res.body, /<h2 id="p-p2">Manager<\/h2>/);
      assert.match(res.body, /Block out an hour\./);
      assert.match(res.body, /No answers yet from practitioners/);
      assert.match(res.body, /<input type="hidden" name="question" value="q2"\/>/);
      assert.equal((await t.app.inject(`/b/${slug}/q/nope`)).statusCode, 404);
    });

    test('an unknown board is a clear 404 page', async () => {
      const res = await t.app.inject('/b/no-such-board');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Page not found/);
    });
  });
}
