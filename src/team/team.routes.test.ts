import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator, testPassword } from '../../test/accounts.ts';

for (const dialect of dialects) {
  describe(`a board's team (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function invite(slug: string, cookie: string, role: 'owner' | 'moderator') {
      const res = await t.app.inject({ method: 'POST', url: `/admin/b/${slug}/team/invite`, headers: { ...formHeaders, cookie }, payload: `role=${role}` });
      assert.equal(res.statusCode, 200);
      const link = /id="invite-link" type="text" readonly value="([^"]+)"/.exec(res.body)?.[1];
      assert.ok(link, 'the page shows the invitation link to copy');
      return new URL(link).pathname;
    }

    test('an owner invites a new moderator, who can moderate this board and cannot open another', async () => {
      const board = await createBoard(t.db, { title: 'Team board' });
      const otherBoard = await createBoard(t.db, { title: 'Someone else’s board' });
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      const path = await invite(board.slug, owner.cookie, 'moderator');
      const page = await t.app.inject(path);
      assert.match(page.body, /You are invited to “Team board” as a moderator/);
      const joined = await t.app.inject({
        method: 'POST',
        url: path,
        headers: formHeaders,
        payload: new URLSearchParams({ email: 'mod@example.org', name: 'New Moderator', password: testPassword }).toString(),
      });
      assert.equal(joined.statusCode, 303);
      const cookie = String(joined.headers['set-cookie']).split(';')[0]!;
      assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie } })).statusCode, 200);
      assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/team`, headers: { cookie } })).statusCode, 403, 'moderators do not manage the team');
      assert.equal((await t.app.inject({ url: `/admin/b/${otherBoard.slug}/queue`, headers: { cookie } })).statusCode, 404);
      assert.doesNotMatch((await t.app.inject({ url: '/admin', headers: { cookie } })).body, /Someone else’s board/);
      const team = await t.app.inject({ url: `/admin/b/${board.slug}/team`, headers: { cookie: owner.cookie } });
      assert.match(team.body, /New Moderator/);
      assert.equal((await t.app.inject(path)).statusCode, 404, 'the invitation works once');
    });

    test('someone already signed in joins with one button', async () => {
      const board = await createBoard(t.db);
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      const colleague = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      const path = await invite(board.slug, owner.cookie, 'owner');
      const page = await t.app.inject({ url: path, headers: { cookie: colleague.cookie } });
      assert.match(page.body, /as an owner/);
      const joined = await t.app.inject({ method: 'POST', url: `${path}/join`, headers: { cookie: colleague.cookie } });
      assert.equal(joined.statusCode, 303);
      assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/edit`, headers: { cookie: colleague.cookie } })).statusCode, 200);
    });

    test('an owner removes a member, but never the last owner', async () => {
      const board = await createBoard(t.db);
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      await addMember(t.db, board.id, moderator.id, 'moderator');
      const removed = await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/team/${moderator.id}/remove`, headers: { cookie: owner.cookie } });
      assert.equal(removed.statusCode, 303);
      assert.equal((await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: moderator.cookie } })).statusCode, 404);
      const last = await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/team/${owner.id}/remove`, headers: { cookie: owner.cookie } });
      assert.equal(last.statusCode, 409);
      assert.match(last.body, /A board needs at least one owner/);
    });

    test('at a Welsh address the team page is served in English, with its form errors, and redirects to English addresses', async () => {
      const board = await createBoard(t.db, { title: 'Bwrdd y tîm' });
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      await addMember(t.db, board.id, moderator.id, 'moderator');
      const page = await t.app.inject({ url: `/cy/admin/b/${board.slug}/team`, headers: { cookie: owner.cookie } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="en-GB">/);
      assert.match(page.body, /<span class="caption">Team of<\/span> Bwrdd y tîm/);
      assert.match(page.body, /Their email address \(optional\)/);

      const bad = await t.app.inject({
        method: 'POST',
        url: `/cy/admin/b/${board.slug}/team/invite`,
        headers: { ...formHeaders, cookie: owner.cookie },
        payload: 'role=owner&email=not-an-address',
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /<html lang="en-GB">/);
      assert.match(bad.body, /Enter an email address in the correct format, like name@example\.com, or leave it blank/);

      const removed = await t.app.inject({ method: 'POST', url: `/cy/admin/b/${board.slug}/team/${moderator.id}/remove`, headers: { cookie: owner.cookie } });
      assert.equal(removed.statusCode, 303);
      assert.equal(removed.headers.location, `/admin/b/${board.slug}/team?done=removed`);
      const after = await t.app.inject({ url: String(removed.headers.location), headers: { cookie: owner.cookie } });
      assert.match(after.body, /They are no longer on this board’s team\./);
    });
  });
}
