import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

for (const dialect of dialects) {
  describe(`board editor (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const post = (url: string, cookie: string, fields: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: form(fields) });

    test('a facilitator creates a board, adds a question and a perspective, and the public can answer it', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const bad = await post('/admin/boards', me.cookie, { slug: 'Not A Slug', title: '', moderation: 'pre' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /<title>Error: /);
      assert.match(bad.body, /lower-case letters, digits and single hyphens/);
      assert.match(bad.body, /Enter a title/);

      const created = await post('/admin/boards', me.cookie, {
        slug: 'night-shifts',
        title: 'Night shifts',
        intro: 'Questions about nights.',
        moderation: 'post',
        accepting: 'yes',
        listed: 'yes',
      });
      assert.equal(created.headers.location, '/admin/b/night-shifts/edit?done=created');
      assert.match((await t.app.inject('/b/night-shifts')).body, /This board is not ready for answers yet/);
      const taken = await post('/admin/boards', me.cookie, { slug: 'night-shifts', title: 'Again', moderation: 'pre' });
      assert.match(taken.body, /There is already a board at that web address/);

      assert.equal((await post('/admin/b/night-shifts/questions', me.cookie, { text: '' })).statusCode, 422);
      await post('/admin/b/night-shifts/questions', me.cookie, { text: 'How do you stay awake?' });
      await post('/admin/b/night-shifts/perspectives', me.cookie, { label: 'Night nurse', plural: 'night nurses', description: 'You work nights.' });
      const page = (await t.app.inject('/b/night-shifts')).body;
      assert.match(page, /<th scope="col">Night nurse<\/th>/);
      assert.match(page, /href="\/b\/night-shifts\/q\/how-do-you-stay">How do you stay awake\?/);
      assert.match(page, /No answers yet from night nurses/);

      const answer = await t.app.inject({
        method: 'POST',
        url: '/b/night-shifts/answers',
        headers: formHeaders,
        payload: answerForm({ question: 'how-do-you-stay', perspective: 'night-nurse', body: 'Cold water and a walk.' }),
      });
      assert.equal(answer.statusCode, 303);
      assert.match((await t.app.inject('/b/night-shifts')).body, /Cold water and a walk\./, 'post-moderated: published at once');
      assert.match((await t.app.inject({ url: '/admin', headers: { cookie: me.cookie } })).body, /Night shifts/);
    });

    test('settings change moderation, closing and listing; archiving keeps the page readable but closed', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const board = await createBoard(t.db, { title: 'Settings board' });
      await addMember(t.db, board.id, me.id, 'owner');
      await post(`/admin/b/${board.slug}/settings`, me.cookie, { title: 'Renamed board', intro: 'New intro.', moderation: 'pre', listed: 'yes' });
      const closed = await t.app.inject(`/b/${board.slug}`);
      assert.match(closed.body, /<h1>Renamed board<\/h1>/);
      assert.match(closed.body, /This board is closed for new answers/);
      const refused = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm() });
      assert.equal(refused.statusCode, 409);

      await post(`/admin/b/${board.slug}/archive`, me.cookie);
      assert.doesNotMatch((await t.app.inject('/')).body, /Renamed board/);
      assert.equal((await t.app.inject(`/b/${board.slug}`)).statusCode, 200);
    });

    test('two facilitators reordering the same list at once both succeed, and the order stays whole', async () => {
      const board = await createBoard(t.db);
      const me = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, me.id, 'owner');
      const [q1, q2] = board.questionIds;
      const statuses = new Set<number>();
      for (let round = 0; round < 25; round++) {
        const moves = [`${q1}/move-down`, `${q2}/move-down`, `${q1}/move-up`, `${q2}/move-up`];
        for (const res of await Promise.all(moves.map((m) => post(`/admin/b/${board.slug}/questions/${m}`, me.cookie)))) statuses.add(res.statusCode);
      }
      assert.deepEqual([...statuses], [303]);
      const positions = await t.db.selectFrom('questions').select('position').where('boardId', '=', board.id).orderBy('position').execute();
      assert.deepEqual(
        positions.map((p) => p.position),
        [0, 1],
      );
    });

    test('questions are edited, reordered and retired; a retired question keeps its answers for when it returns', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const board = await createBoard(t.db, {
        moderation: 'post',
        examples: [{ question: 'q1', perspective: 'p1', body: 'An answer to the first question.' }],
      });
      await addMember(t.db, board.id, me.id, 'owner');
      const [q1, q2] = board.questionIds;
      await post(`/admin/b/${board.slug}/questions/${q2}`, me.cookie, { [`question-${q2}`]: 'Where on earth do I find the time?' });
      await post(`/admin/b/${board.slug}/questions/${q2}/move-up`, me.cookie);
      let page = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.ok(page.indexOf('Where on earth do I find the time?') < page.indexOf('What do I do first?'), 'moved up');

      await post(`/admin/b/${board.slug}/questions/${q1}/retire`, me.cookie);
      page = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.doesNotMatch(page, /What do I do first\?/);
      assert.doesNotMatch(page, /An answer to the first question/);
      assert.equal((await t.app.inject(`/b/${board.slug}/q/q1`)).statusCode, 404);
      await post(`/admin/b/${board.slug}/questions/${q1}/restore`, me.cookie);
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /An answer to the first question/);

      const [p1] = board.perspectiveIds;
      const bad = await post(`/admin/b/${board.slug}/perspectives/${p1}`, me.cookie, { [`label-${p1}`]: '' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, new RegExp(`href="#label-${p1}"`));
      await post(`/admin/b/${board.slug}/perspectives/${p1}`, me.cookie, {
        [`label-${p1}`]: 'Support worker',
        [`plural-${p1}`]: 'support workers',
        [`description-${p1}`]: '',
      });
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /<th scope="col">Support worker<\/th>/);

      const audit = (await t.app.inject({ url: `/admin/b/${board.slug}/audit`, headers: { cookie: me.cookie } })).body;
      assert.match(audit, /retire-question/);
    });
  });
}
