import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { answerIdFrom, answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../helpers.ts';
import { injectStream } from '../sse.ts';

// TRUST PR-3: an author's email never leaves the database — no page, embed, API response or log line.
const sentinel = 'sentinel-7f3a';
const email = (n: number) => `${sentinel}.${n}@example.org`;

function leaks(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes(sentinel) || lower.includes(encodeURIComponent(sentinel)) || lower.includes('sentinel%2d7f3a');
}

for (const dialect of dialects) {
  describe(`email privacy (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('sentinel emails given with answers appear on no public route and in no log line', async () => {
      const pre = await createBoard(t.db, { moderation: 'pre', title: 'Pre-moderated board' });
      const post = await createBoard(t.db, { moderation: 'post', title: 'Post-moderated board' });
      const boards = [pre, post];
      const answerIds: { slug: string; id: string; published: boolean }[] = [];
      let n = 0;

      for (const board of boards) {
        for (const [question, perspective] of [
          ['q1', 'p1'],
          ['q2', 'p2'],
        ] as const) {
          // Through the form…
          const body = `Form answer ${++n} on ${board.slug}.`;
          const res = await t.app.inject({
            method: 'POST',
            url: `/b/${board.slug}/answers`,
            headers: formHeaders,
            payload: answerForm({ question, perspective, body, displayName: `Author ${n}`, email: email(n) }),
          });
          assert.equal(res.statusCode, 303, res.body.slice(0, 200));
          assert.ok(!leaks(String(res.headers.location)));
          answerIds.push({ slug: board.slug, id: answerIdFrom(res.headers.location), published: board === post });
          // …and through the API, anonymous and named.
          const viaApi = await t.app.inject({
            method: 'POST',
            url: `/api/v1/boards/${board.slug}/answers`,
            headers: { 'idempotency-key': `privacy-${n}` },
            payload: {
              question,
              perspective,
              body: `API answer ${++n} on ${board.slug}.`,
              email: email(n),
              use: 'board',
              ...(n % 2 ? { displayName: `Author ${n}` } : {}),
            },
          });
          assert.equal(viaApi.statusCode, 201, viaApi.body);
          assert.ok(!leaks(viaApi.body), 'the API reply to the author does not echo the email');
          answerIds.push({ slug: board.slug, id: viaApi.json().id, published: board === post });
        }
      }
      // Refused submissions carrying an email: the API errors must not echo it, and neither may the logs.
      const refusedApi = await t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${post.slug}/answers`,
        payload: { question: 'q9', perspective: 'p1', body: 'x', email: email(99), use: 'board' },
      });
      assert.equal(refusedApi.statusCode, 422);
      assert.ok(!leaks(refusedApi.body));
      const refusedForm = await t.app.inject({
        method: 'POST',
        url: `/b/${post.slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ use: undefined, email: email(98) }),
      });
      assert.equal(refusedForm.statusCode, 422);
      const tooBig = await t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${post.slug}/answers`,
        payload: { question: 'q1', perspective: 'p1', body: 'x'.repeat(70_000), email: email(97), use: 'board' },
      });
      assert.equal(tooBig.statusCode, 413);
      assert.ok(!leaks(tooBig.body));

      // The emails really are stored, so the crawl below proves something.
      const stored = await t.db.selectFrom('answers').select('email').where('boardId', 'in', [pre.id, post.id]).execute();
      assert.equal(stored.filter((r) => r.email?.startsWith(sentinel)).length, 8);

      const urls = ['/', '/help', '/healthz', '/readyz', '/metrics'];
      for (const { slug } of boards) {
        urls.push(
          `/b/${slug}`,
          `/b/${slug}?perspective=p1`,
          `/b/${slug}?perspective=p2`,
          `/b/${slug}/q/q1`,
          `/b/${slug}/q/q2`,
          `/embed/b/${slug}`,
          `/embed/b/${slug}?perspective=p1`,
          `/embed/b/${slug}?perspective=p2`,
          `/oembed?url=${encodeURIComponent(`${t.config.baseUrl}/b/${slug}`)}`,
          `/api/v1/boards/${slug}`,
          `/b/${slug}/feed.atom`,
          `/b/${slug}/live`,
          `/b/${slug}/live?part=screen`,
          `/b/${slug}/join.svg`,
          // Every live event the board has had, sent again from the first.
          `/b/${slug}/events?since=0`,
          `/b/${slug}/events?view=embed&since=0`,
        );
      }
      for (const { slug, id } of answerIds) urls.push(`/a/${id}`, `/b/${slug}/received/${id}`);

      const pages: [string, LightMyRequestResponse][] = [];
      for (const url of urls) pages.push([url, url.includes('/events') ? await injectStream(t.app, { url }) : await t.app.inject(url)]);
      for (const [url, res] of pages) {
        assert.ok(res.statusCode < 500, `${url}: ${res.statusCode}`);
        assert.ok(!leaks(res.body), `${url} shows an author's email`);
        assert.ok(!leaks(JSON.stringify(res.headers)), `${url} has an author's email in a header`);
      }

      // The crawl saw the answers themselves: published ones on the board, API and their permalinks.
      const postBoard = pages.find(([url]) => url === `/b/${post.slug}`)![1].body;
      for (let i = 5; i <= 8; i++) assert.match(postBoard, new RegExp(`answer ${i} on ${post.slug}\\.`));
      for (const { id, published } of answerIds) {
        const permalink = pages.find(([url]) => url === `/a/${id}`)![1];
        assert.equal(permalink.statusCode, published ? 200 : 404);
      }
      // Events are stored just after each commit: ask again until the stream replays all four published answers.
      let replayed = pages.find(([url]) => url === `/b/${post.slug}/events?since=0`)![1].body;
      for (let tries = 0; (replayed.match(/^event: answer$/gm) ?? []).length < 4 && tries < 20; tries++) {
        replayed = (await injectStream(t.app, { url: `/b/${post.slug}/events?since=0` }, 200)).body;
        assert.ok(!leaks(replayed));
      }
      assert.equal((replayed.match(/^event: answer$/gm) ?? []).length, 4, 'the stream replayed the published answers');
      const api = pages.find(([url]) => url === `/api/v1/boards/${post.slug}`)![1].json();
      assert.equal(api.answers.length, 4);

      assert.ok(t.logs.length > 0, 'the logs were captured');
      assert.ok(
        t.logs.some((line) => line.includes(`/b/${post.slug}/answers`)),
        'request lines are in the captured logs',
      );
      const leaked = t.logs.filter(leaks);
      assert.deepEqual(leaked, [], 'no log line carries an author email');
    });

    test('the answer form says what an email is for, and a typed email is shown back only to its author', async () => {
      const board = await createBoard(t.db);
      const page = await t.app.inject(`/b/${board.slug}`);
      assert.match(page.body, /Never shown to anyone/);
      assert.match(page.body, /<input[^>]*id="email"[^>]*type="email"/);
      assert.match(page.body, /autocomplete="email"/);
      const refused = await t.app.inject({
        method: 'POST',
        url: `/b/${board.slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ body: '', email: email(1) }),
      });
      assert.equal(refused.statusCode, 422);
      const after = await t.app.inject(`/b/${board.slug}`);
      assert.ok(!leaks(after.body), 'the next visitor does not see it');
    });

    test('no page loads anything from another site', async () => {
      const board = await createBoard(t.db, { examples: [{ question: 'q1', perspective: 'p1', body: 'An example.' }] });
      for (const url of ['/', `/b/${board.slug}`, `/b/${board.slug}/q/q1`, `/embed/b/${board.slug}`, '/help']) {
        const res = await t.app.inject(url);
        const external = [...res.body.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(https?:)?\/\/[^"]*"/g)]
          .map((m) => m[0])
          .filter((tag) => !tag.includes(t.config.baseUrl) && !/rel="(canonical|alternate)"/.test(tag));
        assert.deepEqual(external, [], `${url} loads third-party resources`);
      }
    });
  });
}
