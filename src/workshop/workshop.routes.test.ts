import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../app.ts';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { addAnswers } from '../../test/server.ts';
import { foreignMarkup, xssPayloads } from '../../test/app/xss-payloads.ts';

const crisisText = "I don't want to be here any more. I've been saving up my tablets and I think tonight is the night.";

for (const dialect of dialects) {
  describe(`live console (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    let sent = 0;
    async function submit(slug: string, body: string, extra: Record<string, string> = {}): Promise<string> {
      const res = await t.app.inject({
        method: 'POST',
        url: `/b/${slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ body, ...extra }),
        remoteAddress: `10.9.${sent++ % 250}.1`,
      });
      assert.equal(res.statusCode, 303);
      return answerIdFrom(res.headers.location);
    }

    async function setup(options: { moderation?: 'pre' | 'post' } = {}) {
      const board = await createBoard(t.db, options);
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      return { board, owner };
    }

    const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
    const post = (url: string, cookie: string, payload = '', headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, headers: { ...formHeaders, cookie, ...headers }, payload });
    const session = (boardId: string) =>
      t.db.selectFrom('liveSessions').selectAll().where('boardId', '=', boardId).where('endedAt', 'is', null).executeTakeFirst();

    test('only the board’s owners and moderators reach the console', async () => {
      const { board, owner } = await setup();
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, moderator.id, 'moderator');
      const outsider = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, (await createBoard(t.db)).id, outsider.id, 'owner');

      const anonymous = await get(`/admin/b/${board.slug}/live`);
      assert.equal(anonymous.statusCode, 303);
      assert.equal(anonymous.headers.location, `/sign-in?next=${encodeURIComponent(`/admin/b/${board.slug}/live`)}`);
      assert.equal((await get(`/admin/b/${board.slug}/live`, outsider.cookie)).statusCode, 404, 'a facilitator not on the board');
      assert.equal((await post(`/admin/b/${board.slug}/live/start`, outsider.cookie)).statusCode, 404);
      assert.equal(await session(board.id), undefined, 'the outsider started nothing');
      for (const who of [owner, moderator]) {
        const page = await get(`/admin/b/${board.slug}/live`, who.cookie);
        assert.equal(page.statusCode, 200);
        assert.equal(page.headers['cache-control'], 'no-store');
        assert.match(page.body, /A live session runs this board in a room/);
        assert.match(page.body, /Start a live session/);
      }
      const fragment = await get(`/admin/b/${board.slug}/live?part=live`);
      assert.equal(fragment.statusCode, 303, 'the fragment needs a signed-in member too');
    });

    test('the console stays English at a /cy address: the facilitator area is not translated yet', async () => {
      const { board, owner } = await setup();
      const before = await get(`/cy/admin/b/${board.slug}/live`, owner.cookie);
      assert.equal(before.statusCode, 200);
      assert.match(before.body, /<html lang="en-GB">/);
      assert.match(before.body, /Start a live session/);
      assert.equal((await post(`/admin/b/${board.slug}/live/start`, owner.cookie)).statusCode, 303);
      const running = await get(`/cy/admin/b/${board.slug}/live?done=start`, owner.cookie);
      assert.match(running.body, /<html lang="en-GB">/);
      assert.match(running.body, /The live session has started\. Show people the join address and the code\./);
      assert.match(running.body, /<h2 id="waiting-heading" tabindex="-1">Waiting answers \(0\)<\/h2>/);
      assert.match(running.body, /Nothing is waiting\. New answers appear here as people send them\./);
      const parts = await get(`/cy/admin/b/${board.slug}/live?part=live`, owner.cookie);
      assert.match(parts.body, /<dt>Projector<\/dt><dd>Showing answers as they are approved<\/dd>/);
      assert.match(parts.body, /Pause the projector/);
    });

    test('start, choose the question or the whole table, pause, hide the join panel, end', async () => {
      const { board, owner } = await setup();
      const base = `/admin/b/${board.slug}/live`;
      const started = await post(`${base}/start`, owner.cookie);
      assert.equal(started.statusCode, 303);
      assert.equal(started.headers.location, `${base}?done=start`);
      const running = (await session(board.id))!;
      assert.match(running.code, /^[A-HJ-NP-Z2-9]{5}$/);
      assert.equal(running.questionId, board.questionIds[0], 'starts on the first question');

      const page = await get(`${base}?done=start`, owner.cookie);
      assert.match(page.body, /The live session has started/);
      assert.ok(page.body.includes(`${t.config.baseUrl.replace(/^https?:\/\//, '')}/j/${running.code}`), 'the short address');
      assert.ok(page.body.includes(`href="${t.config.baseUrl}/j/${running.code}"`));
      assert.match(page.body, new RegExp(`<strong class="console__code">${running.code}</strong>`));
      assert.match(page.body, new RegExp(`href="/b/${board.slug}/live" target="_blank" rel="noopener"`), 'the projector opens in a new tab');
      assert.match(page.body, /<input class="radios__input" id="question" name="question" type="radio" value="q1" checked/);
      assert.match(page.body, /value="whole_table"/);
      assert.match(page.body, /Pause the projector/);
      assert.match(page.body, /Hide the join panel/);

      assert.equal((await post(`${base}/start`, owner.cookie)).statusCode, 303);
      assert.equal((await session(board.id))!.code, running.code, 'starting again keeps the session and its code');

      const moved = await post(`${base}/question`, owner.cookie, 'question=q2');
      assert.equal(moved.headers.location, `${base}?done=question`);
      assert.equal((await session(board.id))!.questionId, board.questionIds[1]);
      assert.match((await get(base, owner.cookie)).body, /<dd>Where do I find the time\?<\/dd>/);
      await post(`${base}/question`, owner.cookie, 'question=whole_table');
      assert.equal((await session(board.id))!.questionId, null);
      assert.match((await get(base, owner.cookie)).body, /<dd>The whole table<\/dd>/);

      const unknown = await post(`${base}/question`, owner.cookie, 'question=no-such-question');
      assert.equal(unknown.statusCode, 422);
      assert.match(unknown.body, /<title>Error: Live session/);
      assert.match(unknown.body, /That question is not on this board\./);
      for (const payload of ['', 'question=%3Cscript%3E', 'question=a&question=b']) {
        const bad = await post(`${base}/question`, owner.cookie, payload);
        assert.equal(bad.statusCode, 422, payload);
        assert.match(bad.body, /Choose what the projector shows/);
      }
      assert.equal((await session(board.id))!.questionId, null, 'bad input changed nothing');

      assert.equal((await post(`${base}/pause`, owner.cookie)).headers.location, `${base}?done=pause`);
      assert.equal((await session(board.id))!.paused, 1);
      assert.match((await get(base, owner.cookie)).body, /Resume the projector/);
      await post(`${base}/resume`, owner.cookie);
      assert.equal((await session(board.id))!.paused, 0);
      await post(`${base}/hide-join`, owner.cookie);
      assert.equal((await session(board.id))!.showJoin, 0);
      assert.match((await get(base, owner.cookie)).body, /Show the join panel/);
      await post(`${base}/show-join`, owner.cookie);
      assert.equal((await session(board.id))!.showJoin, 1);

      const ended = await post(`${base}/end`, owner.cookie);
      assert.equal(ended.headers.location, `${base}?done=end`);
      assert.equal(await session(board.id), undefined);
      assert.match((await get(`${base}?done=end`, owner.cookie)).body, /The live session has ended\. Its code no longer works\./);
      const again = await post(`${base}/end`, owner.cookie);
      assert.equal(again.headers.location, `${base}?done=already-ended`);
      for (const action of ['pause', 'resume', 'show-join', 'hide-join', 'clear-spotlight']) {
        const res = await post(`${base}/${action}`, owner.cookie);
        assert.equal(res.statusCode, 409, action);
        assert.match(res.body, /No live session is running on this board\. Start one first\./);
        assert.match(res.body, /href="#start"/);
      }
      assert.equal((await post(`${base}/question`, owner.cookie, 'question=q1')).statusCode, 409);
      const fragment = await get(`${base}?part=live`, owner.cookie);
      assert.equal(fragment.statusCode, 200);
      assert.match(fragment.body, /This live session has ended/);
    });

    test('the spotlight takes a published answer of the current question only', async () => {
      const { board, owner } = await setup();
      const base = `/admin/b/${board.slug}/live`;
      await post(`${base}/start`, owner.cookie);
      const published = await submit(board.slug, 'A published answer to put in the spotlight.');
      await post(`/admin/b/${board.slug}/answers/${published}/approve`, owner.cookie);
      const waiting = await submit(board.slug, 'An answer still waiting.');

      const page = await get(base, owner.cookie);
      assert.match(page.body, /A published answer to put in the spotlight\./);
      assert.match(page.body, /Put in the spotlight/);

      const notPublished = await post(`${base}/spotlight`, owner.cookie, `answer=${waiting}`);
      assert.equal(notPublished.statusCode, 422);
      assert.match(notPublished.body, /Only an answer published on the board can be put in the spotlight\./);
      for (const payload of ['', 'answer=%00%01', 'answer=nosuchanswer']) {
        const res = await post(`${base}/spotlight`, owner.cookie, payload);
        assert.equal(res.statusCode, 422, payload);
      }
      assert.equal((await session(board.id))!.spotlightAnswerId, null);

      assert.equal((await post(`${base}/spotlight`, owner.cookie, `answer=${published}`)).headers.location, `${base}?done=spotlight`);
      assert.equal((await session(board.id))!.spotlightAnswerId, published);
      const lit = await get(base, owner.cookie);
      assert.match(lit.body, /In the spotlight/);
      assert.match(lit.body, /Clear the spotlight/);
      await post(`${base}/clear-spotlight`, owner.cookie);
      assert.equal((await session(board.id))!.spotlightAnswerId, null);

      await post(`${base}/spotlight`, owner.cookie, `answer=${published}`);
      await post(`${base}/question`, owner.cookie, 'question=q2');
      assert.equal((await session(board.id))!.spotlightAnswerId, null, 'a new question starts with no spotlight');
    });

    test('waiting answers: urgent first and marked, approved or hidden from the console, never another board’s', async () => {
      const { board, owner } = await setup();
      const base = `/admin/b/${board.slug}/live`;
      await post(`${base}/start`, owner.cookie);
      const ordinary = await submit(board.slug, 'An ordinary answer sent first.', { email: 'sentinel-console@example.org' });
      const crisis = await submit(board.slug, crisisText);
      const third = await submit(board.slug, 'A third answer.');

      const page = await get(base, owner.cookie);
      assert.match(page.body, /Waiting answers \(3\)/);
      assert.ok(page.body.indexOf('saving up my tablets') < page.body.indexOf('An ordinary answer sent first.'), 'urgent first');
      assert.match(page.body, /Urgent: read this first/);
      assert.match(page.body, /The author may be at risk/);
      assert.match(page.body, /href="\/admin\/guidance"/);
      assert.doesNotMatch(page.body, /sentinel-console@example\.org/, 'no email on the console');
      assert.ok(page.body.includes(`action="${base}/answers/${ordinary}/approve"`));
      assert.ok(page.body.includes(`action="${base}/answers/${ordinary}/hide"`));

      const approved = await post(`${base}/answers/${ordinary}/approve`, owner.cookie);
      assert.equal(approved.statusCode, 303);
      assert.equal(approved.headers.location, `${base}?done=approve`);
      assert.match((await get(`/b/${board.slug}`)).body, /An ordinary answer sent first\./);

      const hidden = await post(`${base}/answers/${crisis}/hide`, owner.cookie);
      assert.equal(hidden.headers.location, `${base}?done=reject`);
      const row = await t.db.selectFrom('answers').select(['status', 'urgentAt']).where('id', '=', crisis).executeTakeFirstOrThrow();
      assert.equal(row.status, 'rejected', 'hiding a waiting answer rejects it');
      assert.doesNotMatch((await get(`/b/${board.slug}`)).body, /saving up my tablets/);

      // With JavaScript the console asks for the changing parts only.
      const fragment = await post(`${base}/answers/${third}/approve`, owner.cookie, '', { 'x-fragment': '1' });
      assert.equal(fragment.statusCode, 200);
      assert.equal(fragment.headers.vary, 'X-Fragment');
      assert.doesNotMatch(fragment.body, /<html/);
      assert.match(fragment.body, /data-console-part="waiting" data-waiting-count="0"/);
      assert.match(fragment.body, /Nothing is waiting/);

      // A decision already made elsewhere is not undone by a stale page.
      const stale = await post(`${base}/answers/${crisis}/approve`, owner.cookie);
      assert.equal(stale.headers.location, `${base}?done=already-decided`);
      assert.equal((await t.db.selectFrom('answers').select('status').where('id', '=', crisis).executeTakeFirstOrThrow()).status, 'rejected');

      const other = await createBoard(t.db);
      const foreign = await submit(other.slug, 'Somebody else’s answer.');
      assert.equal((await post(`${base}/answers/${foreign}/approve`, owner.cookie)).statusCode, 404);
      assert.equal((await post(`${base}/answers/nosuchanswer/hide`, owner.cookie)).statusCode, 404);
      assert.equal((await t.db.selectFrom('answers').select('status').where('id', '=', foreign).executeTakeFirstOrThrow()).status, 'pending');
    });

    test('the session lives in the database: another app on the same database shows the same session and code', async () => {
      const { board, owner } = await setup();
      await post(`/admin/b/${board.slug}/live/start`, owner.cookie);
      await post(`/admin/b/${board.slug}/live/question`, owner.cookie, 'question=q2');
      const { code } = (await session(board.id))!;
      const restarted = await createApp({ ...t.config, logLevel: 'silent' }, t.db);
      try {
        const page = await restarted.inject({ url: `/admin/b/${board.slug}/live`, headers: { cookie: owner.cookie } });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, new RegExp(`<strong class="console__code">${code}</strong>`));
        assert.match(page.body, /<dd>Where do I find the time\?<\/dd>/);
        const join = await restarted.inject({ url: `/j/${code}` });
        assert.equal(join.statusCode, 200);
        assert.match(join.body, /<h1 class="join__question">Where do I find the time\?<\/h1>/);
      } finally {
        await restarted.close();
      }
    });

    test('the board list links to the live console', async () => {
      const { board, owner } = await setup();
      const home = await get('/admin', owner.cookie);
      assert.ok(home.body.includes(`href="/admin/b/${board.slug}/live"`));
      const queue = await get(`/admin/b/${board.slug}/queue`, owner.cookie);
      assert.ok(queue.body.includes(`href="/admin/b/${board.slug}/live"`));
    });

    test('the XSS corpus as waiting and published answers, and as their authors’ names, shows as text in the console', async () => {
      const { board, owner } = await setup();
      const base = `/admin/b/${board.slug}/live`;
      await post(`${base}/start`, owner.cookie);
      const payloads = xssPayloads.map((p, i) => ({
        question: 'q1',
        perspective: i % 2 ? 'p1' : 'p2',
        body: `Payload ${i}: ${p}`,
        displayName: p.slice(0, 60),
      }));
      await addAnswers(t.db, board.slug, [...payloads.map((a) => ({ ...a, status: 'pending' as const })), ...payloads]);
      const own = new Set(
        'html head meta title link script body a header div nav form button main p h1 h2 h3 span strong ul ol li article section fieldset legend label input kbd dl dt dd time details summary hr footer'.split(
          ' ',
        ),
      );
      for (const url of [base, `${base}?part=live`]) {
        const res = await get(url, owner.cookie);
        assert.equal(res.statusCode, 200);
        const html = res.body.replace(/^<!doctype html>/, '');
        assert.deepEqual(foreignMarkup(html, own), [], `${url}: only the console's own tags, no event handlers`);
        const text = html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
        for (const [i, p] of xssPayloads.entries()) assert.ok(text.includes(`Payload ${i}: ${p}`), `${url}: payload ${i} shows as text`);
      }
    });
  });
}
