import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';

for (const dialect of dialects) {
  describe(`the author's private link (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function submit(moderation: 'pre' | 'post', body = 'My first thoughts.') {
      const board = await createBoard(t.db, { moderation });
      const res = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm({ body }) });
      const location = String(res.headers.location);
      const key = /#key=([A-Za-z0-9_-]{43})$/.exec(location)?.[1];
      assert.ok(key, `a 256-bit key in the fragment: ${location}`);
      return { board, id: answerIdFrom(location), key, location };
    }

    const manage = (id: string, path: string, fields: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: `/a/${id}/manage${path}`, headers: formHeaders, payload: new URLSearchParams(fields).toString() });

    test('the key is carried only in the fragment, and only its hash is stored', async () => {
      const { id, key, location } = await submit('pre');
      const received = await t.app.inject(location.replace(/#.*$/, ''));
      assert.match(received.body, /Your private link/);
      assert.equal(received.headers['referrer-policy'], 'no-referrer');
      assert.doesNotMatch(received.body, new RegExp(key), 'the server never prints the key');
      const row = await t.db.selectFrom('answers').select('editTokenHash').where('id', '=', id).executeTakeFirstOrThrow();
      assert.ok(row.editTokenHash && row.editTokenHash !== key);
      assert.ok(!t.logs.some((line) => line.includes(key)), 'the key is in no log line');
    });

    test('a resend of the same form does not issue a second key', async () => {
      const board = await createBoard(t.db);
      const payload = answerForm();
      const first = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload });
      const again = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload });
      assert.match(String(first.headers.location), /#key=/);
      assert.equal(String(again.headers.location), String(first.headers.location).replace(/#.*$/, ''));
    });

    test('with the key the author sees and changes their answer; on a pre-moderated board it goes back to the queue', async () => {
      const { board, id, key } = await submit('post', 'Published at once.');
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /Published at once\./);
      const start = await t.app.inject(`/a/${id}/manage`);
      assert.equal(start.statusCode, 200);
      assert.equal(start.headers['referrer-policy'], 'no-referrer');
      assert.match(start.body, /Your private key/);

      const wrong = await manage(id, '', { key: 'x'.repeat(43) });
      assert.equal(wrong.statusCode, 403);
      assert.match(wrong.body, /This private key is not right/);
      const opened = await manage(id, '', { key });
      assert.equal(opened.statusCode, 200);
      assert.match(opened.body, />Published at once\.<\/textarea>/);

      const empty = await manage(id, '/edit', { key, body: '  ' });
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /Enter your answer/);
      const changed = await manage(id, '/edit', { key, body: 'Second thoughts.' });
      assert.equal(changed.statusCode, 303);
      assert.match(String(changed.headers.location), /\/manage\/done\?changed=published$/);
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /Second thoughts\./);

      const pre = await submit('pre');
      await t.db.updateTable('answers').set({ status: 'published' }).where('id', '=', pre.id).execute();
      await manage(pre.id, '/edit', { key: pre.key, body: 'Changed on a pre-moderated board.' });
      const row = await t.db.selectFrom('answers').select(['status', 'body']).where('id', '=', pre.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'pending', body: 'Changed on a pre-moderated board.' });
    });

    test('after a moderator redacts an answer, the author’s change is read again even on a post-moderated board', async () => {
      const { id, key } = await submit('post', 'Ask the night nurse on the ward.');
      await t.db
        .updateTable('answers')
        .set({ body: 'Ask the [role] on the ward.', originalBody: 'Ask the night nurse on the ward.' })
        .where('id', '=', id)
        .execute();
      await manage(id, '/edit', { key, body: 'Ask the night nurse on the ward, really.' });
      const row = await t.db.selectFrom('answers').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal((await t.app.inject(`/a/${id}`)).statusCode, 404, 'no longer public until read');
    });

    test('a change that adds identifying details, or suggests the author is at risk, is held even on a post-moderated board', async () => {
      const { id, key } = await submit('post', 'Keep work and home accounts apart.');
      await manage(id, '/edit', { key, body: 'Keep work and home accounts apart. Text me on 07700 900456.' });
      assert.deepEqual(await t.db.selectFrom('answers').select(['status', 'heldFor']).where('id', '=', id).executeTakeFirstOrThrow(), {
        status: 'pending',
        heldFor: 'identifying',
      });
      const atRisk = await manage(id, '/edit', { key, body: "Honestly I don't want to be here any more and I've been saving up my tablets." });
      const done = await t.app.inject(String(atRisk.headers.location));
      assert.match(done.body, /role="status"[\s\S]*help is available now[\s\S]*href="tel:116123"/, 'the author sees the same calm help as after a new answer');
      const row = await t.db.selectFrom('answers').select(['status', 'heldFor', 'urgentAt']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal(row.heldFor, 'crisis');
      assert.ok(row.urgentAt);
    });

    test('delete removes the answer at once from the board, the permalink, the embed and the API', async () => {
      const { board, id, key } = await submit('post', 'An answer I will delete.');
      assert.match((await t.app.inject(`/embed/b/${board.slug}`)).body, /An answer I will delete\./);
      assert.equal((await manage(id, '/delete', { key: 'wrong' })).statusCode, 403);
      const deleted = await manage(id, '/delete', { key });
      assert.equal(deleted.statusCode, 303);
      assert.match((await t.app.inject(String(deleted.headers.location))).body, /Your answer is deleted/);
      assert.doesNotMatch((await t.app.inject(`/b/${board.slug}`)).body, /An answer I will delete/);
      assert.doesNotMatch((await t.app.inject(`/embed/b/${board.slug}`)).body, /An answer I will delete/);
      assert.doesNotMatch((await t.app.inject(`/api/v1/boards/${board.slug}`)).body, /An answer I will delete/);
      assert.equal((await t.app.inject(`/a/${id}`)).statusCode, 404);
      assert.equal((await t.db.selectFrom('answers').select('id').where('id', '=', id).execute()).length, 0);
    });
  });
}
