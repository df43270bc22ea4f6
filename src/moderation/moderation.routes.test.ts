import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerIdFrom, answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

for (const dialect of dialects) {
  describe(`moderation queue (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function setup() {
      const board = await createBoard(t.db);
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      return { board, owner };
    }

    async function submit(slug: string, body: string, extra: Record<string, string> = {}): Promise<string> {
      const res = await t.app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: formHeaders, payload: answerForm({ body, ...extra }) });
      assert.equal(res.statusCode, 303);
      return answerIdFrom(res.headers.location);
    }

    const post = (url: string, cookie: string, payload = '') => t.app.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload });

    test('pending answers wait oldest first; approving one publishes it in the table and writes the audit log', async () => {
      const { board, owner } = await setup();
      const first = await submit(board.slug, 'The first answer to arrive.', { email: 'author@example.org' });
      await submit(board.slug, 'The second answer to arrive.');
      const queue = await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: owner.cookie } });
      assert.equal(queue.statusCode, 200);
      assert.ok(queue.body.indexOf('The first answer') < queue.body.indexOf('The second answer'), 'oldest first');
      assert.match(queue.body, /Waiting to be read \(2\)/);
      assert.doesNotMatch(queue.body, /author@example\.org/, 'moderators do not see emails');
      assert.doesNotMatch((await t.app.inject(`/b/${board.slug}`)).body, /The first answer/);

      const approved = await post(`/admin/b/${board.slug}/answers/${first}/approve`, owner.cookie);
      assert.equal(approved.statusCode, 303);
      assert.equal(approved.headers.location, `/admin/b/${board.slug}/queue?done=approve`);
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /The first answer to arrive\./);
      assert.equal((await t.app.inject(`/a/${first}`)).statusCode, 200);

      const audit = await t.app.inject({ url: `/admin/b/${board.slug}/audit`, headers: { cookie: owner.cookie } });
      assert.match(audit.body, /Approved/);
      assert.match(audit.body, new RegExp(first));
      assert.doesNotMatch(audit.body, /The first answer/, 'the audit log never holds answer text');
    });

    test('reject keeps a private reason; bulk approve publishes a selection', async () => {
      const { board, owner } = await setup();
      const a = await submit(board.slug, 'Answer A.');
      const b = await submit(board.slug, 'Answer B.');
      const c = await submit(board.slug, 'Answer C.');
      await post(`/admin/b/${board.slug}/answers/${a}/reject`, owner.cookie, 'reason=Off+topic');
      const rejected = await t.app.inject({ url: `/admin/b/${board.slug}/queue?status=rejected`, headers: { cookie: owner.cookie } });
      assert.match(rejected.body, /Reason for rejecting: Off topic/);
      await post(`/admin/b/${board.slug}/answers/approve`, owner.cookie, `ids=${b}&ids=${c}`);
      const page = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.match(page, /Answer B\./);
      assert.match(page, /Answer C\./);
      assert.doesNotMatch(page, /Answer A\./);
    });

    test('redacting changes the published text and keeps the original privately; hide removes it; an example comes first', async () => {
      const { board, owner } = await setup();
      // The author saw the name highlighted and sent it anyway.
      const id = await submit(board.slug, 'Ask Nurse Jane Smith on ward 4.', { identifying: 'send-anyway' });
      const other = await submit(board.slug, 'An ordinary answer.');
      await post(`/admin/b/${board.slug}/answers/${id}/approve`, owner.cookie);
      await post(`/admin/b/${board.slug}/answers/${other}/approve`, owner.cookie);
      const empty = await post(`/admin/b/${board.slug}/answers/${id}/edit`, owner.cookie, 'body=');
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /Enter the text to publish/);
      await post(`/admin/b/${board.slug}/answers/${id}/edit`, owner.cookie, 'body=Ask+[name]+on+ward+4.');
      assert.match((await t.app.inject(`/a/${id}`)).body, /Ask \[name\] on ward 4\./);
      assert.doesNotMatch((await t.app.inject(`/b/${board.slug}`)).body, /Jane Smith/);
      const edit = await t.app.inject({ url: `/admin/b/${board.slug}/answers/${id}/edit`, headers: { cookie: owner.cookie } });
      assert.match(edit.body, /Ask Nurse Jane Smith on ward 4\./, 'the original is shown to moderators');

      await post(`/admin/b/${board.slug}/answers/${other}/mark-example`, owner.cookie);
      const page = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.ok(page.indexOf('An ordinary answer.') < page.indexOf('Ask [name]'), 'examples first in their cell');

      await post(`/admin/b/${board.slug}/answers/${id}/hide`, owner.cookie);
      assert.equal((await t.app.inject(`/a/${id}`)).statusCode, 404);
      assert.doesNotMatch((await t.app.inject(`/b/${board.slug}`)).body, /Ask \[name\]/);
    });

    test('the queue, the edit page and the audit log stay English at a /cy address: the facilitator area is not translated yet', async () => {
      const { board, owner } = await setup();
      const id = await submit(board.slug, 'An answer to read first.');
      const queue = await t.app.inject({ url: `/cy/admin/b/${board.slug}/queue`, headers: { cookie: owner.cookie } });
      assert.equal(queue.statusCode, 200);
      assert.match(queue.body, /<html lang="en-GB">/);
      assert.match(queue.body, /<span class="caption">Answers on<\/span>/);
      assert.match(queue.body, /Waiting to be read \(1\)/);
      assert.match(queue.body, /Keyboard shortcuts when an answer has focus: <kbd>j<\/kbd> next, <kbd>k<\/kbd> previous,/);
      const edit = await t.app.inject({ url: `/cy/admin/b/${board.slug}/answers/${id}/edit`, headers: { cookie: owner.cookie } });
      assert.equal(edit.statusCode, 200);
      assert.match(edit.body, /<html lang="en-GB">/);
      assert.match(edit.body, /<h1>Edit or redact an answer<\/h1>/);
      const audit = await t.app.inject({ url: `/cy/admin/b/${board.slug}/audit`, headers: { cookie: owner.cookie } });
      assert.equal(audit.statusCode, 200);
      assert.match(audit.body, /<html lang="en-GB">/);
      assert.match(audit.body, /Nothing has been done yet\./);
    });

    test('an answer of another board cannot be moderated through this one', async () => {
      const { board, owner } = await setup();
      const otherBoard = await createBoard(t.db);
      const foreign = await submit(otherBoard.slug, 'Somebody else’s answer.');
      const res = await post(`/admin/b/${board.slug}/answers/${foreign}/approve`, owner.cookie);
      assert.equal(res.statusCode, 404);
      const row = await t.db.selectFrom('answers').select('status').where('id', '=', foreign).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
    });
  });
}
