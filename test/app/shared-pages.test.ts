import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, quietEffects, type TestApp } from '../helpers.ts';
import { createFacilitator } from '../accounts.ts';
import { findBoardBySlug } from '../../src/boards/boards.queries.ts';
import { hideAnswer } from '../../src/moderation/moderation.actions.ts';

interface Got {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET over a real connection, the body as it came (still encoded). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Headers a reader's browser acts on: without the ones each connection gets from Node (date, connection, keep-alive). */
function meaningful(headers: Record<string, unknown>): Record<string, string> {
  const perConnection = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => !perConnection.has(name))
      .map(([name, value]): [string, string] => [name, String(value)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

for (const dialect of dialects) {
  describe(`pages every reader shares, answered by the server itself (${dialect})`, () => {
    let t: TestApp;
    let port: number;
    before(async () => {
      t = await createTestApp(dialect);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      port = (t.app.server.address() as { port: number }).port;
    });
    after(() => t.close());

    /** How many requests Fastify itself has taken (it logs each as it arrives); the tests here send one at a time. */
    const reachedFastify = () => t.logs.filter((line) => line.includes('"incoming request"')).length;
    const post = (slug: string, body: string) =>
      t.app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: formHeaders, payload: answerForm({ body }) });

    test('the next readers get the first reader’s bytes and headers in every encoding, and 304 with its tag, without Fastify', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      answerIdFrom((await post(board.slug, 'Keep your personal account separate from work.')).headers.location);
      const paths = [
        `/b/${board.slug}`,
        `/cy/b/${board.slug}`,
        `/b/${board.slug}/q/q1?perspective=p2`,
        `/embed/b/${board.slug}`,
        `/embed/b/${board.slug}?compact=1`,
        `/cy/embed/b/${board.slug}`,
      ];
      for (const path of paths) {
        const routedBefore = reachedFastify();
        const first = await get(port, path);
        assert.equal(first.status, 200, `${path}: the first reader gets the page`);
        assert.equal(reachedFastify(), routedBefore + 1, `${path}: the first reader is served by the route`);
        for (const accept of ['br, gzip', 'gzip', '']) {
          const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {};
          // What the route sends (app.inject goes straight to Fastify), and what the server sends the next reader.
          const routed = await t.app.inject({ url: path, headers });
          const routedSoFar = reachedFastify();
          const served = await get(port, path, headers);
          assert.equal(reachedFastify(), routedSoFar, `${path}, ${accept || 'no encoding'}: answered by the server itself`);
          assert.equal(served.status, 200, `${path}, ${accept || 'no encoding'}`);
          assert.deepEqual(meaningful(served.headers), meaningful(routed.headers), `${path}, ${accept || 'no encoding'}: the same headers`);
          assert.ok(served.body.equals(routed.rawPayload), `${path}, ${accept || 'no encoding'}: the same bytes`);
        }
        const etag = String(first.headers.etag);
        const routed = await t.app.inject({ url: path, headers: { 'if-none-match': etag } });
        const routedSoFar = reachedFastify();
        const served = await get(port, path, { 'if-none-match': etag });
        assert.equal(reachedFastify(), routedSoFar, `${path}: the 304 too`);
        assert.equal(served.status, 304, `${path}: 304 while nothing changed`);
        assert.equal(routed.statusCode, 304);
        assert.deepEqual(meaningful(served.headers), meaningful(routed.headers), `${path}: the same headers on a 304`);
        assert.equal(served.body.length, 0);
        assert.ok(t.logs.some((line) => line.includes('"request completed"') && line.includes(`"url":"${path}"`) && line.includes('"statusCode":304')));
      }
    });

    test('a change reaches the very next reader: a new answer appears, a hidden one is gone, and the old tag no longer matches', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const path = `/b/${board.slug}`;
      const hiddenId = answerIdFrom((await post(board.slug, 'Ask your manager before you reply in public.')).headers.location);
      await get(port, path);
      const before = await get(port, path);
      assert.match(before.body.toString('utf8'), /Ask your manager before you reply in public\./);
      answerIdFrom((await post(board.slug, 'Screenshots last longer than posts.')).headers.location);
      const added = await get(port, path, { 'if-none-match': String(before.headers.etag) });
      assert.equal(added.status, 200, 'the old tag names an old revision');
      assert.match(added.body.toString('utf8'), /Screenshots last longer than posts\./);

      // Hidden by a moderator, as any instance on the same database would do it.
      const facilitator = await createFacilitator(t.db, t.config.baseUrl);
      const row = await findBoardBySlug(t.db, board.slug);
      await get(port, path);
      await hideAnswer(t.db, quietEffects(t.config), facilitator.id, row!, hiddenId);
      const hidden = await get(port, path);
      assert.equal(hidden.status, 200);
      assert.doesNotMatch(hidden.body.toString('utf8'), /Ask your manager before you reply in public\./);
      assert.match(hidden.body.toString('utf8'), /Screenshots last longer than posts\./);
    });

    test('only a GET is answered from memory; /metrics counts what the server answered itself', async () => {
      const board = await createBoard(t.db);
      const path = `/b/${board.slug}`;
      await get(port, path);
      const routedBefore = reachedFastify();
      const head = await get(port, path, {}, 'HEAD');
      assert.equal(head.status, 200);
      assert.equal(head.body.length, 0);
      assert.equal((await get(port, path, {}, 'POST')).status, 404);
      assert.equal(reachedFastify(), routedBefore + 2, 'the HEAD and the POST went to Fastify');

      const served = async () => Number(/roundtable_http_responses_total\{status="2xx"\} (\d+)/.exec((await get(port, '/metrics')).body.toString('utf8'))?.[1]);
      const start = await served();
      for (let i = 0; i < 5; i++) assert.equal((await get(port, path)).status, 200);
      // the five pages, and the first /metrics response itself
      assert.equal(await served(), start + 6);
      assert.equal(reachedFastify(), routedBefore + 4, 'only the two /metrics requests went to Fastify');
    });
  });
}
