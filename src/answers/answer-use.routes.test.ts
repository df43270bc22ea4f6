// Where each answer may be used (issue 12, point 1): the author's choice on the form, honoured everywhere readers
// look, shown to moderators, and changeable through the private link.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';

const texts = {
  board: 'Everyone may read this answer.',
  workshop: 'Only for the workshop room and its handouts.',
  facilitators: 'Only the facilitators should read this.',
} as const;
type Use = keyof typeof texts;
const uses = Object.keys(texts) as Use[];

for (const dialect of dialects) {
  describe(`where an answer may be used (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    /** A post-moderated board (answers publish at once) with one answer of each choice; their ids and private keys. */
    async function boardWithEachUse() {
      const board = await createBoard(t.db, { moderation: 'post' });
      const sent = {} as Record<Use, { id: string; key: string; received: string }>;
      for (const use of uses) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/b/${board.slug}/answers`,
          headers: formHeaders,
          payload: answerForm({ body: texts[use], use }),
        });
        assert.equal(res.statusCode, 303, res.body);
        const location = String(res.headers.location);
        sent[use] = { id: answerIdFrom(location), key: /#key=([\w-]+)$/.exec(location)![1]!, received: location.replace(/#.*$/, '') };
      }
      return { board, sent };
    }

    /** Every public place an answer can appear, as readers and other sites fetch them. */
    async function publicPlaces(slug: string, ids: string[]) {
      const paths = [
        `/b/${slug}`,
        `/b/${slug}/q/q1`,
        `/b/${slug}?perspective=p1`,
        `/embed/b/${slug}`,
        `/embed/b/${slug}?compact=1&q=q1`,
        `/b/${slug}/feed.atom`,
        `/api/v1/boards/${slug}`,
        `/b/${slug}/live?part=screen`,
        ...ids.map((id) => `/a/${id}`),
      ];
      const bodies = new Map<string, string>();
      for (const path of paths) bodies.set(path, (await t.app.inject(path)).body);
      return bodies;
    }

    test('the choice is stored with the wording version, and the confirmation says what will happen', async () => {
      const { sent } = await boardWithEachUse();
      const rows = await t.db
        .selectFrom('answers')
        .select(['id', 'useAllowed', 'consentVersion'])
        .where(
          'id',
          'in',
          Object.values(sent).map((s) => s.id),
        )
        .execute();
      for (const use of uses) {
        const row = rows.find((r) => r.id === sent[use].id);
        assert.equal(row?.useAllowed, use);
        assert.equal(row?.consentVersion, '2026-12-07');
      }
      const board = (await t.app.inject(sent.board.received)).body;
      assert.match(board, /Your answer is published/);
      const workshop = (await t.app.inject(sent.workshop.received)).body;
      assert.match(workshop, /Your answer has been received/);
      assert.match(workshop, /will not appear on the board or anywhere online/);
      assert.doesNotMatch(workshop, /Your answer is published/);
      assert.match((await t.app.inject(sent.facilitators.received)).body, /only the facilitators will read it/);
    });

    test('readers see only the answer allowed on the board: table, question, embeds, feed, API, projector, permalinks', async () => {
      const { board, sent } = await boardWithEachUse();
      const facilitator = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, facilitator.id, 'owner');
      const started = await t.app.inject({
        method: 'POST',
        url: `/admin/b/${board.slug}/live/start`,
        headers: { ...formHeaders, cookie: facilitator.cookie },
        payload: '',
      });
      assert.equal(started.statusCode, 303);
      const places = await publicPlaces(board.slug, [sent.board.id, sent.workshop.id, sent.facilitators.id]);
      for (const [path, body] of places) {
        if (path.startsWith('/a/')) continue;
        assert.ok(body.includes(texts.board) || path.includes('part=screen'), `${path} shows the answer allowed on the board`);
        assert.ok(!body.includes(texts.workshop), `${path} never shows a workshop-only answer`);
        assert.ok(!body.includes(texts.facilitators), `${path} never shows a facilitators-only answer`);
      }
      assert.equal((await t.app.inject(`/a/${sent.board.id}`)).statusCode, 200);
      for (const use of ['workshop', 'facilitators'] as const) {
        const id = sent[use].id;
        assert.equal((await t.app.inject(`/a/${id}`)).statusCode, 404, `${use}: no permalink`);
        assert.equal((await t.app.inject(`/a/${id}/report`)).statusCode, 404, `${use}: nothing to report`);
        const vote = await t.app.inject({ method: 'POST', url: `/a/${id}/helpful`, headers: formHeaders, payload: '' });
        assert.equal(vote.statusCode, 404, `${use}: no helpful vote`);
        const spotlight = await t.app.inject({
          method: 'POST',
          url: `/admin/b/${board.slug}/live/spotlight`,
          headers: { ...formHeaders, cookie: facilitator.cookie },
          payload: `answer=${id}`,
        });
        assert.equal(spotlight.statusCode, 422, `${use}: never on the projector's spotlight`);
        assert.match(spotlight.body, /Only an answer published on the board can be put in the spotlight/);
      }
    });

    test("the queue shows each answer's choice; the exports carry it, and the Markdown for a blog holds only the board's", async () => {
      const board = await createBoard(t.db);
      for (const use of uses) {
        await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm({ body: texts[use], use }) });
      }
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, moderator.id, 'moderator');
      const queue = (await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: moderator.cookie } })).body;
      for (const words of ['Published on the board', 'Workshops and handouts only', 'Facilitators only']) {
        assert.match(queue, new RegExp(`Its author allows: <strong>${words}</strong>`));
      }
      const approved = await t.app.inject({
        method: 'POST',
        url: `/admin/b/${board.slug}/answers/approve`,
        headers: { ...formHeaders, cookie: moderator.cookie },
        payload: (await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).execute()).map((a) => `ids=${a.id}`).join('&'),
      });
      assert.equal(approved.statusCode, 303);
      const csv = (await t.app.inject({ url: `/admin/b/${board.slug}/export.csv`, headers: { cookie: moderator.cookie } })).body;
      for (const use of uses) assert.ok(csv.includes(texts[use]), `the facilitators' CSV holds the ${use} answer`);
      assert.match(csv, /Workshops and handouts only/);
      const json = (await t.app.inject({ url: `/admin/b/${board.slug}/export.json`, headers: { cookie: moderator.cookie } })).json();
      assert.deepEqual(json.answers.map((a: { useAllowed: string }) => a.useAllowed).sort(), ['board', 'facilitators', 'workshop']);
      const kept = json.answers.find((a: { useAllowed: string }) => a.useAllowed === 'workshop');
      assert.equal(kept.url, null, 'no link to a page that does not exist');
      const markdown = (await t.app.inject({ url: `/admin/b/${board.slug}/export.md`, headers: { cookie: moderator.cookie } })).body;
      assert.ok(markdown.includes(texts.board));
      assert.ok(!markdown.includes(texts.workshop) && !markdown.includes(texts.facilitators), 'the blog post never holds an answer kept off the board');
    });

    test('the author changes the choice through the private link, and readers see the change at once', async () => {
      const { board, sent } = await boardWithEachUse();
      const manage = (id: string, fields: Record<string, string>) =>
        t.app.inject({ method: 'POST', url: `/a/${id}/manage/use`, headers: formHeaders, payload: new URLSearchParams(fields).toString() });
      const page = await t.app.inject({ method: 'POST', url: `/a/${sent.workshop.id}/manage`, headers: formHeaders, payload: `key=${sent.workshop.key}` });
      assert.match(page.body, /Where may your answer be used\?/);
      assert.match(page.body, /<input[^>]*name="use"[^>]*value="workshop"[^>]*checked/, 'the current choice is chosen');

      const opened = await manage(sent.workshop.id, { key: sent.workshop.key, use: 'board' });
      assert.equal(opened.statusCode, 303);
      const done = await t.app.inject(String(opened.headers.location));
      assert.match(done.body, /Your answer: published on the board\. It is on the board for everyone to read\./);
      assert.ok((await t.app.inject(`/b/${board.slug}`)).body.includes(texts.workshop), 'now on the board');
      assert.equal((await t.app.inject(`/a/${sent.workshop.id}`)).statusCode, 200);

      const closed = await manage(sent.board.id, { key: sent.board.key, use: 'facilitators' });
      assert.equal(closed.statusCode, 303);
      const boardPage = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.ok(!boardPage.includes(texts.board), 'gone from the board at once');
      assert.ok(!(await t.app.inject(`/api/v1/boards/${board.slug}`)).body.includes(texts.board), 'and from the API');
      const row = await t.db.selectFrom('answers').select(['useAllowed', 'consentVersion']).where('id', '=', sent.board.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { useAllowed: 'facilitators', consentVersion: '2026-12-07' });
    });

    test('a wrong key or a missing choice changes nothing and says why', async () => {
      const { sent } = await boardWithEachUse();
      const post = (fields: Record<string, string>) =>
        t.app.inject({ method: 'POST', url: `/a/${sent.workshop.id}/manage/use`, headers: formHeaders, payload: new URLSearchParams(fields).toString() });
      const wrongKey = await post({ key: 'not-the-key', use: 'board' });
      assert.equal(wrongKey.statusCode, 403);
      assert.match(wrongKey.body, /This private key is not right/);
      const noChoice = await post({ key: sent.workshop.key });
      assert.equal(noChoice.statusCode, 422);
      assert.match(noChoice.body, /<a href="#use">Choose where your answer may be used<\/a>/);
      const unknown = await post({ key: sent.workshop.key, use: 'everywhere' });
      assert.equal(unknown.statusCode, 422);
      const row = await t.db.selectFrom('answers').select('useAllowed').where('id', '=', sent.workshop.id).executeTakeFirstOrThrow();
      assert.equal(row.useAllowed, 'workshop');
    });
  });
}
