import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { erasureLogPath, reapplyErasures } from './erasures.ts';

for (const dialect of dialects) {
  describe(`requests about personal data (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function setup(email: string) {
      const mine = await createBoard(t.db, { moderation: 'post', title: 'My board' });
      const notMine = await createBoard(t.db, { moderation: 'post', title: 'Not my board' });
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, mine.id, owner.id, 'owner');
      const send = async (slug: string, body: string, extra: Record<string, string> = {}) =>
        answerIdFrom(
          (
            await t.app.inject({
              method: 'POST',
              url: `/b/${slug}/answers`,
              headers: formHeaders,
              payload: answerForm({ body, email, displayName: 'Sam', ...extra }),
            })
          ).headers.location,
        );
      const a = await send(mine.slug, 'First answer by the requester.');
      const b = await send(mine.slug, 'Second answer by the requester.', { email: email.toUpperCase() });
      const elsewhere = await send(notMine.slug, 'An answer on a board I do not own.');
      const someoneElse = await send(mine.slug, 'Someone else’s answer.', { email: 'other@example.org' });
      return { mine, owner, a, b, elsewhere, someoneElse };
    }

    const post = (url: string, cookie: string, fields: Record<string, string>) =>
      t.app.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: new URLSearchParams(fields).toString() });

    test('at a Welsh address the page is served in English, with its error summary', async () => {
      const { owner } = await setup('requester-cy@example.org');
      const page = await t.app.inject({ url: '/cy/admin/data-requests', headers: { cookie: owner.cookie } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="en-GB">/);
      assert.match(page.body, /<h1>Requests about personal data<\/h1>/);
      const bad = await post('/cy/admin/data-requests', owner.cookie, { email: 'nope' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /<html lang="en-GB">/);
      assert.match(bad.body, /There is a problem/);
      assert.match(bad.body, /Enter an email address in the correct format, like name@example\.com/);
      const found = await post('/cy/admin/data-requests', owner.cookie, { email: 'requester-cy@example.org' });
      assert.match(found.body, /<h2>2 answers given with requester-cy@example\.org<\/h2>/);
      const none = await post('/cy/admin/data-requests', owner.cookie, { email: 'nobody-at-all@example.org' });
      assert.match(none.body, /<h2>No answers given with nobody-at-all@example\.org<\/h2>/);
    });

    test('the notice after an erasure counts one answer in the singular', async () => {
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      const one = await t.app.inject({ url: '/admin/data-requests?erased=1', headers: { cookie: owner.cookie } });
      assert.match(one.body, /1 answer erased\. The erasure is logged by answer id only\./);
      const three = await t.app.inject({ url: '/admin/data-requests?erased=3', headers: { cookie: owner.cookie } });
      assert.match(three.body, /3 answers erased\. The erasure is logged by answer id only\./);
    });

    test('an owner finds and exports every answer given with an email, on the boards they own only', async () => {
      const { owner } = await setup('requester1@example.org');
      assert.equal((await post('/admin/data-requests', owner.cookie, { email: 'nope' })).statusCode, 422);
      const found = await post('/admin/data-requests', owner.cookie, { email: ' Requester1@Example.org ' });
      assert.match(found.body, /<h2>2 answers given with requester1@example\.org<\/h2>/);
      assert.match(found.body, /First answer by the requester\./);
      assert.match(found.body, /Second answer by the requester\./);
      assert.doesNotMatch(found.body, /An answer on a board I do not own/);
      assert.doesNotMatch(found.body, /Someone else’s answer/);
      const exported = await post('/admin/data-requests/export', owner.cookie, { email: 'requester1@example.org' });
      assert.match(String(exported.headers['content-disposition']), /attachment/);
      const file = JSON.parse(exported.body);
      assert.equal(file.answers.length, 2);
      assert.deepEqual(file.answers.map((a: { body: string }) => a.body).sort(), ['First answer by the requester.', 'Second answer by the requester.']);
    });

    test('erasing deletes the answers everywhere, logs ids only, and is applied again after a restore', async () => {
      const { mine, owner, a, b, someoneElse } = await setup('requester2@example.org');
      const unconfirmed = await post('/admin/data-requests/erase', owner.cookie, { email: 'requester2@example.org', action: 'delete' });
      assert.equal(unconfirmed.statusCode, 422);
      assert.match(unconfirmed.body, /Tick the box to confirm: erasing cannot be undone/);
      assert.match((await t.app.inject(`/b/${mine.slug}`)).body, /First answer by the requester/, 'nothing erased without confirming');
      const erased = await post('/admin/data-requests/erase', owner.cookie, { email: 'requester2@example.org', action: 'delete', confirm: 'yes' });
      assert.equal(erased.headers.location, '/admin/data-requests?erased=2');
      const page = (await t.app.inject(`/b/${mine.slug}`)).body;
      assert.doesNotMatch(page, /by the requester/);
      assert.match(page, /Someone else’s answer/);
      assert.equal((await t.app.inject(`/a/${someoneElse}`)).statusCode, 200);
      const log = fs.readFileSync(erasureLogPath(t.config.dataDir), 'utf8');
      assert.match(log, new RegExp(a));
      assert.doesNotMatch(log, /requester2|example\.org|by the requester/, 'ids only');

      // A backup from before the erasure is restored: the answer is back, until the log is applied again.
      const q = await t.db.selectFrom('questions').select('id').where('boardId', '=', mine.id).executeTakeFirstOrThrow();
      const p = await t.db.selectFrom('perspectives').select('id').where('boardId', '=', mine.id).executeTakeFirstOrThrow();
      const at = new Date().toISOString();
      await t.db
        .insertInto('answers')
        .values({
          id: b,
          boardId: mine.id,
          questionId: q.id,
          perspectiveId: p.id,
          body: 'Restored from backup.',
          displayName: 'Sam',
          email: 'requester2@example.org',
          status: 'published',
          isExample: 0,
          consentVersion: 'x',
          createdAt: at,
          updatedAt: at,
          publishedAt: at,
        })
        .execute();
      assert.ok((await reapplyErasures(t.db, t.config.dataDir)) >= 1);
      assert.equal((await t.db.selectFrom('answers').select('id').where('id', '=', b).execute()).length, 0);
    });

    test('anonymising keeps the text and removes the email and name', async () => {
      const { mine, owner, a } = await setup('requester3@example.org');
      await post('/admin/data-requests/erase', owner.cookie, { email: 'requester3@example.org', action: 'anonymise', confirm: 'yes' });
      const row = await t.db.selectFrom('answers').select(['body', 'email', 'displayName']).where('id', '=', a).executeTakeFirstOrThrow();
      assert.deepEqual(row, { body: 'First answer by the requester.', email: null, displayName: null });
      assert.match((await t.app.inject(`/b/${mine.slug}`)).body, /First answer by the requester\./);
      assert.match((await t.app.inject(`/a/${a}`)).body, /Anonymous/);
    });

    test('only signed-in facilitators reach data requests', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/admin/data-requests', headers: formHeaders, payload: 'email=a@example.org' });
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/sign-in/);
    });
  });
}
