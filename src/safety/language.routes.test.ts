import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

// SG-1a: the crisis check reads English and Welsh; an answer in another language waits for a person on every board.
const polish = 'Kierownik jest w porządku, ale zawsze brakuje ludzi na nocnej zmianie i nikt nie ma czasu porozmawiać.';
const english = 'Proper knackered after a double shift but the team were brilliant, couldnt have done it without them.';
const welsh = "Mae'n bwysig defnyddio iaith glir mewn adroddiadau er mwyn i deuluoedd eu deall.";
const mixed = "Dwi'n meddwl bod y training yn really useful, ond mae'r rota yn nightmare.";

for (const dialect of dialects) {
  describe(`answers in a language the safety checks do not read (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const answerRow = (id: string) => t.db.selectFrom('answers').select(['status', 'heldFor', 'urgentAt']).where('id', '=', id).executeTakeFirstOrThrow();
    const post = (slug: string, body: string) =>
      t.app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: formHeaders, payload: answerForm({ body }), remoteAddress: '10.7.0.1' });

    test('a Polish answer on a post-moderated board is not published; it waits in the queue, which says why', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const me = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, me.id, 'moderator');

      const res = await post(board.slug, polish);
      assert.equal(res.statusCode, 303);
      const row = await answerRow(answerIdFrom(res.headers.location));
      assert.equal(row.status, 'pending');
      assert.ok(row.heldFor?.split(' ').includes('language'), `held for ${row.heldFor}`);

      const received = await t.app.inject({ url: String(res.headers.location).replace(/#.*$/, '') });
      assert.equal(received.statusCode, 200);
      assert.match(received.body, /A facilitator will read it before it appears on the board/);
      const page = await t.app.inject({ url: `/b/${board.slug}` });
      assert.ok(!page.body.includes('nocnej zmianie'), 'not on the board');

      const queue = await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: me.cookie } });
      assert.equal(queue.statusCode, 200);
      assert.ok(queue.body.includes('nocnej zmianie'), 'the answer is in the queue');
      assert.match(queue.body, /Held for you to read:.*Not in English or Welsh, so not checked for risk/s);
    });

    test('English, Welsh and mixed Welsh and English answers, and a one-word thanks, are published at once', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      for (const body of [english, welsh, mixed, 'Diolch']) {
        const res = await post(board.slug, body);
        assert.equal(res.statusCode, 303, body);
        assert.deepEqual(await answerRow(answerIdFrom(res.headers.location)), { status: 'published', heldFor: null, urgentAt: null }, body);
      }
      const page = await t.app.inject({ url: `/b/${board.slug}` });
      assert.ok(page.body.includes('double shift'));
      assert.ok(page.body.includes('iaith glir'));
    });

    test('the API holds a Polish answer too', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${board.slug}/answers`,
        payload: { question: 'q1', perspective: 'p1', body: polish, use: 'board' },
        remoteAddress: '10.7.0.2',
      });
      assert.equal(res.statusCode, 201);
      assert.equal(res.json().status, 'pending');
    });
  });
}
