import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addAnswers } from '../../test/server.ts';
import { catalogues } from '../i18n/catalogue.ts';

/** A vote cookie as the site makes them. */
const newCookie = () => randomBytes(24).toString('base64url');

for (const dialect of dialects) {
  describe(`helpful votes (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function boardWithAnswer(body = 'Ask for the policy first.') {
      const board = await createBoard(t.db, { examples: [{ question: 'q1', perspective: 'p1', body, name: 'Sam' }] });
      const { id } = await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).executeTakeFirstOrThrow();
      return { board, id };
    }

    function press(id: string, options: { cookie?: string; back?: string; from?: string; js?: 'x-fragment' | 'accept'; language?: '/cy' } = {}) {
      const headers: Record<string, string> = { ...formHeaders };
      if (options.cookie) headers.cookie = `rt_voter=${options.cookie}`;
      if (options.js === 'x-fragment') headers['x-fragment'] = '1';
      if (options.js === 'accept') headers.accept = 'application/json';
      return t.app.inject({
        method: 'POST',
        url: `${options.language ?? ''}/a/${id}/helpful`,
        remoteAddress: options.from ?? '192.0.2.1',
        headers,
        payload: options.back === undefined ? '' : new URLSearchParams({ back: options.back }).toString(),
      });
    }

    const voterCookieOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'rt_voter');
    const countOf = async (id: string) => (await t.db.selectFrom('answers').select('helpfulCount').where('id', '=', id).executeTakeFirstOrThrow()).helpfulCount;
    const votesOf = (id: string) => t.db.selectFrom('helpfulVotes').selectAll().where('answerId', '=', id).execute();
    const revisionOf = async (boardId: string) =>
      (await t.db.selectFrom('boards').select('revision').where('id', '=', boardId).executeTakeFirstOrThrow()).revision;

    test('every answer on the board has a Helpful form with its count, and the page says nothing of who pressed it', async () => {
      const { board, id } = await boardWithAnswer();
      const page = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.match(page, new RegExp(`<form class="helpful" method="post" action="/a/${id}/helpful" data-helpful-form="true">`));
      assert.match(page, new RegExp(`<input type="hidden" name="back" value="/b/${board.slug}#answer-${id}"/>`));
      assert.match(
        page,
        new RegExp(
          `<button type="submit" class="helpful__button" data-helpful="${id}">Helpful \\(<span data-helpful-count="${id}">0</span>\\)<span class="visually-hidden"> — mark this answer by Sam as helpful</span></button>`,
        ),
      );
      assert.doesNotMatch(page, /aria-pressed="(true|false)"[^>]*data-helpful=/, 'the cached table is the same for everyone');
      const question = (await t.app.inject(`/b/${board.slug}/q/q1`)).body;
      assert.match(question, new RegExp(`name="back" value="/b/${board.slug}/q/q1#answer-${id}"`));
      const permalink = (await t.app.inject(`/a/${id}`)).body;
      assert.match(permalink, new RegExp(`action="/a/${id}/helpful"`));
      assert.doesNotMatch(permalink, /name="back"/, 'the permalink is where the form comes back to by default');
    });

    test('without JavaScript a press counts once and comes back to where the reader was; pressing again takes it back', async () => {
      const { board, id } = await boardWithAnswer();
      const before = await revisionOf(board.id);
      const etag = (await t.app.inject(`/b/${board.slug}`)).headers.etag;
      const back = `/b/${board.slug}#answer-${id}`;

      const first = await press(id, { back });
      assert.equal(first.statusCode, 303);
      assert.equal(first.headers.location, back);
      const cookie = voterCookieOf(first);
      assert.ok(cookie, 'the browser gets a vote cookie');
      assert.match(cookie.value, /^[A-Za-z0-9_-]{32}$/);
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');
      assert.equal(cookie.path, '/a/');
      assert.equal(cookie.secure, undefined, 'not Secure on an http BASE_URL');
      assert.ok(Number(cookie.maxAge) >= 180 * 24 * 3600, 'long-lived');

      const votes = await votesOf(id);
      assert.equal(votes.length, 1);
      assert.notEqual(votes[0]!.voterHash, cookie.value);
      assert.ok(!votes[0]!.voterHash.includes(cookie.value), 'only a keyed hash of the cookie is stored');
      assert.equal(await countOf(id), 1);
      assert.equal(await revisionOf(board.id), before + 1, 'the cached table moves on');

      const page = await t.app.inject(`/b/${board.slug}`);
      assert.notEqual(page.headers.etag, etag);
      assert.match(page.body, new RegExp(`data-helpful-count="${id}">1<`));

      const again = await press(id, { back, cookie: cookie.value });
      assert.equal(again.statusCode, 303);
      assert.equal(again.headers.location, back);
      assert.equal(voterCookieOf(again), undefined, 'the cookie is set once');
      assert.equal(await countOf(id), 0);
      assert.equal((await votesOf(id)).length, 0);
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, new RegExp(`data-helpful-count="${id}">0<`));
    });

    test('with JavaScript the reply is JSON {count, pressed}; each browser counts once; live views hear of it', async () => {
      const { board, id } = await boardWithAnswer();
      const sam = newCookie();
      const jo = newCookie();
      const first = await press(id, { cookie: sam, js: 'x-fragment' });
      assert.equal(first.statusCode, 200);
      assert.match(String(first.headers['content-type']), /^application\/json/);
      assert.match(String(first.headers.vary), /X-Fragment/);
      assert.equal(first.headers['cache-control'], 'no-store');
      assert.deepEqual(first.json(), { count: 1, pressed: true });
      assert.deepEqual((await press(id, { cookie: jo, js: 'accept' })).json(), { count: 2, pressed: true });
      assert.deepEqual((await press(id, { cookie: sam, js: 'accept' })).json(), { count: 1, pressed: false });
      assert.deepEqual((await press(id, { cookie: sam, js: 'accept' })).json(), { count: 2, pressed: true });
      assert.equal((await votesOf(id)).length, 2);

      let events: { kind: string; answerId: string | null }[] = [];
      for (let i = 0; i < 50 && events.length < 4; i++) {
        events = await t.db.selectFrom('liveEvents').select(['kind', 'answerId']).where('boardId', '=', board.id).where('kind', '=', 'answer.votes').execute();
        if (events.length < 4) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.deepEqual(
        events.map((e) => e.answerId),
        [id, id, id, id],
        'one answer.votes event per press',
      );

      const api = (await t.app.inject(`/api/v1/boards/${board.slug}`)).json() as { answers: { id: string; helpful: number }[] };
      assert.deepEqual(
        api.answers.map((a) => [a.id, a.helpful]),
        [[id, 2]],
        'the JSON API has the count',
      );
    });

    test('only a published answer can be marked: waiting, hidden and unknown answers are 404 and nothing is stored', async () => {
      const board = await createBoard(t.db);
      const [waiting, hidden] = await addAnswers(t.db, board.slug, [
        { question: 'q1', perspective: 'p1', body: 'Still waiting.', status: 'pending' },
        { question: 'q1', perspective: 'p2', body: 'Hidden later.' },
      ]);
      await t.db.updateTable('answers').set({ status: 'hidden' }).where('id', '=', hidden!).execute();
      for (const id of [waiting!, hidden!, 'no-such-answer']) {
        const plain = await press(id, { back: `/b/${board.slug}` });
        assert.equal(plain.statusCode, 404, id);
        assert.match(plain.body, /Page not found/);
        assert.equal(voterCookieOf(plain), undefined);
        assert.equal((await press(id, { js: 'x-fragment', cookie: newCookie() })).statusCode, 404);
      }
      const rows = await t.db.selectFrom('helpfulVotes').select('answerId').where('answerId', 'in', [waiting!, hidden!]).execute();
      assert.equal(rows.length, 0);
      assert.equal(await countOf(waiting!), 0);
      assert.equal(await countOf(hidden!), 0);
    });

    test('`back` must be a path on this site; anything else comes back to the answer', async () => {
      const { board, id } = await boardWithAnswer();
      const cookie = newCookie();
      const kept = `/b/${board.slug}/q/q1?perspective=p1&sort=helpful#answer-${id}`;
      assert.equal((await press(id, { cookie, back: kept })).headers.location, kept);
      for (const back of [
        'https://evil.example/',
        '//evil.example/',
        '/\\evil.example',
        '\\\\evil.example',
        'javascript:alert(1)',
        '/b/x y',
        '/b/ä',
        'b/relative',
        '',
      ]) {
        const res = await press(id, { cookie, back });
        assert.equal(res.statusCode, 303, back);
        assert.equal(res.headers.location, `/a/${id}`, back);
      }
      assert.equal((await press(id, { cookie })).headers.location, `/a/${id}`, 'no back field at all');
    });

    test('a double press racing itself never counts twice', async () => {
      const { id } = await boardWithAnswer();
      const cookie = newCookie();
      const replies = await Promise.all(Array.from({ length: 6 }, () => press(id, { cookie, js: 'x-fragment', from: '192.0.2.40' })));
      for (const reply of replies) assert.equal(reply.statusCode, 200, t.logs.filter((l) => l.includes('request failed')).join('\n'));
      const votes = await votesOf(id);
      assert.ok(votes.length <= 1);
      assert.equal(await countOf(id), votes.length, 'the count is the number of votes');

      const crowd = await Promise.all(Array.from({ length: 10 }, () => press(id, { cookie: newCookie(), js: 'x-fragment', from: '192.0.2.41' })));
      for (const reply of crowd) assert.equal(reply.statusCode, 200);
      assert.equal(await countOf(id), votes.length + 10, 'ten browsers pressing at once count ten');
      assert.equal((await votesOf(id)).length, votes.length + 10);
    });

    test('sixty people behind one address all vote on several answers; one browser flooding is stopped with 429', async () => {
      const board = await createBoard(t.db);
      const ids = await addAnswers(
        t.db,
        board.slug,
        ['q1', 'q2'].flatMap((question) => ['p1', 'p2'].map((perspective) => ({ question, perspective, body: `An answer to ${question} as ${perspective}.` }))),
      );
      const room = '198.51.100.7';
      const statuses: number[] = [];
      for (let person = 0; person < 60; person++) {
        // Each person's first press sets their cookie, as a browser keeps it.
        const first = await press(ids[0]!, { from: room, back: `/b/${board.slug}` });
        statuses.push(first.statusCode);
        const cookie = voterCookieOf(first)!.value;
        for (const id of ids.slice(1)) statuses.push((await press(id, { from: room, cookie, js: 'x-fragment' })).statusCode);
      }
      assert.deepEqual(
        statuses.filter((s) => s !== 303 && s !== 200),
        [],
      );
      for (const id of ids) assert.equal(await countOf(id), 60);

      const flooder = newCookie();
      const flood: LightMyRequestResponse[] = [];
      for (let i = 0; i < 40; i++) flood.push(await press(ids[i % ids.length]!, { from: room, cookie: flooder, js: 'x-fragment' }));
      assert.deepEqual(
        flood.slice(0, 30).map((r) => r.statusCode),
        Array(30).fill(200),
      );
      const stopped = flood.find((r) => r.statusCode === 429);
      assert.ok(stopped, 'the flood is stopped');
      assert.match(String(stopped.headers['retry-after']), /^[1-9][0-9]*$/);
      assert.equal(stopped.json().error, 'rate-limited');
      assert.match(stopped.json().message, /Wait a minute, then try again/);

      const plain = await press(ids[0]!, { from: room, cookie: flooder, back: `/b/${board.slug}#answer-${ids[0]}` });
      assert.equal(plain.statusCode, 429);
      assert.match(plain.body, /<h1>Too many helpful marks<\/h1>/);
      assert.match(plain.body, new RegExp(`<a href="/b/${board.slug}#answer-${ids[0]}">Go back to the answers</a>`));

      // Still open to the room: another person presses.
      assert.equal((await press(ids[1]!, { from: room, cookie: newCookie(), js: 'x-fragment' })).statusCode, 200);
    });

    test('a script that drops its cookie to vote again is held to a room’s worth of new browsers per address', async () => {
      const { id } = await boardWithAnswer();
      const statuses: number[] = [];
      for (let i = 0; i < 125; i++) statuses.push((await press(id, { from: '203.0.113.9', js: 'x-fragment' })).statusCode);
      assert.deepEqual(statuses.slice(0, 120), Array(120).fill(200));
      assert.ok(statuses.slice(120).includes(429));
      assert.equal((await press(id, { from: '203.0.113.10', js: 'x-fragment' })).statusCode, 200, 'another address is not affected');
    });

    test('a cell can be sorted by most helpful: the board and question pages, links keeping the filter, a 404 for an unknown order', async () => {
      const board = await createBoard(t.db);
      const start = Date.parse('2026-01-01T10:00:00Z');
      const [, middle, newest] = await addAnswers(
        t.db,
        board.slug,
        ['Oldest answer.', 'Middle answer.', 'Newest answer.'].map((body, i) => ({
          question: 'q1',
          perspective: 'p1',
          body,
          createdAt: new Date(start + i * 60_000).toISOString(),
        })),
      );
      for (const [id, votes] of [
        [newest!, 2],
        [middle!, 1],
      ] as const) {
        for (let i = 0; i < votes; i++) await press(id, { cookie: newCookie(), from: '192.0.2.77', js: 'x-fragment' });
      }
      const order = (html: string) => [...html.matchAll(/(Oldest|Middle|Newest) answer\./g)].map((m) => m[1]);

      const plain = await t.app.inject(`/b/${board.slug}`);
      assert.deepEqual(order(plain.body), ['Oldest', 'Middle', 'Newest']);
      const sorted = await t.app.inject(`/b/${board.slug}?sort=helpful`);
      assert.equal(sorted.statusCode, 200);
      assert.deepEqual(order(sorted.body), ['Newest', 'Middle', 'Oldest']);
      assert.notEqual(sorted.headers.etag, plain.headers.etag);
      assert.equal((await t.app.inject({ url: `/b/${board.slug}?sort=helpful`, headers: { 'if-none-match': String(sorted.headers.etag) } })).statusCode, 304);
      assert.match(sorted.body, /<a class="filter__link" href="\/b\/[^"]+\?sort=helpful" aria-current="page">Most helpful first<\/a>/);
      assert.match(sorted.body, new RegExp(`name="back" value="/b/${board.slug}\\?sort=helpful#answer-${newest}"`), 'a press comes back to the sorted page');

      // The filter and the order keep each other.
      const filtered = await t.app.inject(`/b/${board.slug}?perspective=p1&sort=helpful`);
      assert.deepEqual(order(filtered.body), ['Newest', 'Middle', 'Oldest']);
      assert.match(filtered.body, new RegExp(`href="/b/${board.slug}\\?perspective=p2&amp;sort=helpful"`), 'filter links keep the order');
      assert.match(filtered.body, new RegExp(`href="/b/${board.slug}\\?perspective=p1"[^>]*>Oldest first`), 'order links keep the filter');
      assert.match(filtered.body, new RegExp(`href="/b/${board.slug}\\?sort=helpful"[^>]*>All perspectives`));

      const question = await t.app.inject(`/b/${board.slug}/q/q1?sort=helpful`);
      assert.deepEqual(order(question.body), ['Newest', 'Middle', 'Oldest']);
      assert.deepEqual(order((await t.app.inject(`/b/${board.slug}/q/q1`)).body), ['Oldest', 'Middle', 'Newest']);
      const asking = await t.app.inject(`/b/${board.slug}/q/q1?perspective=p2&sort=helpful`);
      assert.match(asking.body, new RegExp(`href="/b/${board.slug}/q/q1\\?perspective=p2"[^>]*>Oldest first`), 'the chosen perspective is kept');

      for (const url of [`/b/${board.slug}?sort=newest`, `/b/${board.slug}/q/q1?sort=%00`, `/b/${board.slug}?sort=helpful%0D%0AX:1`]) {
        const res = await t.app.inject(url);
        assert.ok(res.statusCode === 404 || res.statusCode === 400, `${url}: ${res.statusCode}`);
      }
      assert.equal((await t.app.inject(`/b/${board.slug}?sort=`)).statusCode, 200, 'an empty order is the default');
    });

    test('the embed shows the count, with no form (its frame allows none)', async () => {
      const { board, id } = await boardWithAnswer();
      await press(id, { cookie: newCookie(), from: '192.0.2.88' });
      const embed = await t.app.inject(`/embed/b/${board.slug}`);
      assert.match(embed.body, new RegExp(`<span data-helpful-count="${id}">1</span> found this helpful`));
      assert.doesNotMatch(embed.body, /<form|helpful__button/);
    });

    test('in Welsh: a press comes back to the Welsh page, one cookie counts in both languages, and the limit is said in Welsh', async () => {
      const { board, id } = await boardWithAnswer();
      const back = `/cy/b/${board.slug}#answer-${id}`;
      const first = await press(id, { back, language: '/cy', from: '192.0.2.70' });
      assert.equal(first.statusCode, 303);
      assert.equal(first.headers.location, back);
      const cookies = first.cookies.filter((c) => c.name === 'rt_voter');
      assert.deepEqual(
        cookies.map((c) => c.path),
        ['/a/', '/cy/a/'],
        'the vote cookie is sent to the Helpful forms of both languages',
      );
      assert.equal(cookies[0]!.value, cookies[1]!.value, 'one browser, one voter');
      assert.equal(await countOf(id), 1);
      // The same browser in English takes its mark back.
      const english = await press(id, { back: `/b/${board.slug}`, cookie: cookies[0]!.value, from: '192.0.2.70' });
      assert.equal(english.headers.location, `/b/${board.slug}`);
      assert.equal(await countOf(id), 0);
      // An English `back` from a Welsh form, and no `back` at all, stay in Welsh.
      const cookie = cookies[1]!.value;
      assert.equal((await press(id, { back: `/b/${board.slug}#answer-${id}`, cookie, language: '/cy' })).headers.location, back);
      assert.equal((await press(id, { cookie, language: '/cy' })).headers.location, `/cy/a/${id}`);

      const flooder = newCookie();
      let stopped: LightMyRequestResponse | undefined;
      for (let i = 0; i < 40 && !stopped; i++) {
        const res = await press(id, { from: '192.0.2.71', cookie: flooder, js: 'x-fragment', language: '/cy' });
        if (res.statusCode === 429) stopped = res;
      }
      assert.ok(stopped, 'the flood is stopped');
      assert.equal(stopped.json().message, catalogues.cy.votes.tooMany);
      assert.match(stopped.json().message, /Arhoswch funud/);
      const plain = await press(id, { from: '192.0.2.71', cookie: flooder, back, language: '/cy' });
      assert.equal(plain.statusCode, 429);
      assert.match(plain.body, /<html lang="cy"/);
      assert.match(plain.body, /<h1>Gormod o farciau defnyddiol<\/h1>/);
      assert.ok(plain.body.replaceAll('&#x27;', "'").includes(`<a href="${back}">Ewch yn ôl i'r atebion</a>`), 'back to the Welsh page');
    });
  });

  describe(`helpful votes over HTTPS (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect, { BASE_URL: 'https://roundtable.example' });
    });
    after(() => t.close());

    test('the vote cookie is Secure when BASE_URL is https', async () => {
      const board = await createBoard(t.db, { examples: [{ question: 'q1', perspective: 'p1', body: 'An answer.' }] });
      const { id } = await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).executeTakeFirstOrThrow();
      const res = await t.app.inject({ method: 'POST', url: `/a/${id}/helpful`, headers: formHeaders, payload: '' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.cookies.find((c) => c.name === 'rt_voter')?.secure, true);
    });
  });
}
