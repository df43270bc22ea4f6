import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { answerIdFrom, answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../helpers.ts';

const xssBody = '<script>alert(1)</script> and "><img src=x onerror=alert(1)>';
const xssName = '"><img src=x onerror=alert(1)>';

/** The CSP as a map of directive → sources. */
function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = res.headers['content-security-policy'];
  assert.equal(typeof header, 'string', `a Content-Security-Policy on ${res.statusCode}`);
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function assertPageHeaders(res: LightMyRequestResponse, label: string) {
  const policy = csp(res);
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
  assert.ok(scriptSrc, `${label}: script-src`);
  assert.ok(scriptSrc.includes("'self'"), `${label}: script-src 'self'`);
  // Scripts are external ('self'); a page that carries a script tag with a nonce has that response's fresh nonce in its policy.
  const nonces = scriptSrc.filter((s) => s.startsWith("'nonce-"));
  assert.ok(nonces.length <= 1 && nonces.every((s) => /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(s)), `${label}: at most one strong nonce`);
  for (const m of res.body.matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g))
    assert.equal(`'nonce-${m[1]}'`, nonces[0], `${label}: the script's nonce is the policy's`);
  assert.ok(!scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), `${label}: no unsafe-inline/eval scripts`);
  assert.deepEqual(policy.get('object-src'), ["'none'"], `${label}: object-src 'none'`);
  assert.deepEqual(policy.get('base-uri'), ["'none'"], `${label}: base-uri 'none'`);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"], `${label}: frame-ancestors 'none'`);
  assert.equal(res.headers['x-frame-options'], 'DENY', `${label}: X-Frame-Options`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', `${label}: nosniff`);
  assert.match(
    String(res.headers['referrer-policy']),
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    `${label}: Referrer-Policy`,
  );
}

function nonceOf(res: LightMyRequestResponse): string | undefined {
  const source = csp(res)
    .get('script-src')!
    .find((s) => s.startsWith("'nonce-"));
  return source?.slice("'nonce-".length, -1);
}

/** Escaped text in HTML: no live tag, and the visible text is the original (">" needs no escaping in text). */
function assertEscaped(html: string, label: string) {
  // assert.ok rather than match: a failure should not print a whole page.
  assert.ok(!/<script>alert\(1\)<\/script>/.test(html), `${label}: no live script tag`);
  assert.ok(!/<img src=x/i.test(html), `${label}: no live img tag`);
  assert.ok(/&lt;script(&gt;|>)alert\(1\)&lt;\/script(&gt;|>)/.test(html), `${label}: the script text is shown as text`);
  assert.ok(/&lt;img src=x onerror=alert\(1\)(&gt;|>)/.test(html), `${label}: the img text is shown as text`);
}

for (const dialect of dialects) {
  describe(`security headers and escaping (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const post = (slug: string, payload: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: { ...formHeaders, ...headers }, payload });

    async function answerCount(boardId: string): Promise<number> {
      const row = await t.db
        .selectFrom('answers')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('boardId', '=', boardId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }

    test('every page carries a strict CSP (external scripts, a nonce where a page needs one) and the other security headers', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const saved = await post(board.slug, answerForm());
      assert.equal(saved.statusCode, 303);
      const received = String(saved.headers.location).replace(/#.*$/, '');
      const id = answerIdFrom(received);
      const pages: [string, LightMyRequestResponse][] = [
        ['home', await t.app.inject('/')],
        ['board', await t.app.inject(`/b/${board.slug}`)],
        ['filtered board', await t.app.inject(`/b/${board.slug}?perspective=p2`)],
        ['question', await t.app.inject(`/b/${board.slug}/q/q1`)],
        ['permalink', await t.app.inject(`/a/${id}`)],
        ['confirmation', await t.app.inject(received)],
        ['help', await t.app.inject('/help')],
        ['404 page', await t.app.inject('/no/such/page')],
        ['422 form', await post(board.slug, answerForm({ body: '' }))],
        ['409 closed', await post((await createBoard(t.db, { accepting: false })).slug, answerForm())],
        ['303 redirect', await post(board.slug, answerForm())],
        ['API', await t.app.inject(`/api/v1/boards/${board.slug}`)],
      ];
      for (const [label, res] of pages) {
        assert.ok(res.statusCode < 500, `${label}: ${res.statusCode}`);
        assertPageHeaders(res, label);
        assert.equal(res.headers['strict-transport-security'], undefined, `${label}: no HSTS over plain http`);
      }
    });

    test('pages carry only external scripts: a shared page has no nonce in its bytes or its policy, others carry the header’s fresh one', async () => {
      const board = await createBoard(t.db);
      const first = await t.app.inject(`/b/${board.slug}`);
      const second = await t.app.inject(`/b/${board.slug}`);
      const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.ok(scripts.length > 0, 'the board page has its enhancement script');
      for (const tag of scripts) {
        assert.match(tag, /\bsrc="\/assets\/[^"]+\.js"/, `only external scripts, which script-src 'self' allows: ${tag}`);
        assert.doesNotMatch(tag, /\bnonce=/, `every reader of a revision gets the same bytes: ${tag}`);
      }
      assert.doesNotMatch(first.body, /<script\b[^>]*>[^<]+<\/script>/, 'no inline script bodies');
      assert.equal(second.body, first.body, 'the same bytes for every reader');
      assert.equal(nonceOf(first), undefined, 'a page with no inline script allows none: its policy is the same for every reader');
      assert.equal(first.headers['content-security-policy'], second.headers['content-security-policy']);
      const question = await t.app.inject(`/b/${board.slug}/q/q2`);
      assert.doesNotMatch(question.body, /\bnonce=/);

      // A page made for one person (the form shown again with what they typed) carries this response's nonce.
      const again = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm({ body: '' }) });
      assert.equal(again.statusCode, 422);
      const tags = [...again.body.matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g)];
      assert.ok(tags.length > 0);
      for (const m of tags) assert.equal(m[1], nonceOf(again));
      const againLater = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm({ body: '' }) });
      assert.notEqual(nonceOf(againLater), nonceOf(again), 'a fresh nonce for every response that uses one');
    });

    test('HSTS is sent only when the site is served over https', async () => {
      const https = await createTestApp(dialect, { BASE_URL: 'https://roundtable.example.org' });
      try {
        const res = await https.app.inject('/');
        assert.match(String(res.headers['strict-transport-security']), /max-age=\d{7,}/);
        assertPageHeaders(res, 'home over https');
      } finally {
        await https.close();
      }
      assert.equal((await t.app.inject('/')).headers['strict-transport-security'], undefined);
    });

    test('a cross-site form post is refused with 403 and stores nothing', async () => {
      const board = await createBoard(t.db);
      const res = await post(board.slug, answerForm(), { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' });
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /only be sent from this website/);
      const sameSite = await post(board.slug, answerForm(), { 'sec-fetch-site': 'same-site' });
      assert.equal(sameSite.statusCode, 403, 'a sibling subdomain is another site too');
      assert.equal(await answerCount(board.id), 0);
    });

    test('an old browser without Fetch Metadata is judged by its Origin header', async () => {
      const board = await createBoard(t.db);
      const evil = await post(board.slug, answerForm(), { origin: 'https://evil.example' });
      assert.equal(evil.statusCode, 403);
      assert.equal((await post(board.slug, answerForm(), { origin: 'null' })).statusCode, 403, 'an opaque origin is not ours');
      assert.equal(await answerCount(board.id), 0);
      const ours = await post(board.slug, answerForm(), { origin: t.config.baseUrl });
      assert.equal(ours.statusCode, 303);
      assert.equal(await answerCount(board.id), 1);
    });

    test('same-origin posts, and posts with no browser headers at all, are accepted', async () => {
      const board = await createBoard(t.db);
      assert.equal((await post(board.slug, answerForm(), { 'sec-fetch-site': 'same-origin', origin: t.config.baseUrl })).statusCode, 303);
      assert.equal((await post(board.slug, answerForm(), { 'sec-fetch-site': 'none' })).statusCode, 303, 'typed or bookmarked by the user');
      assert.equal((await post(board.slug, answerForm())).statusCode, 303);
      assert.equal(await answerCount(board.id), 3);
    });

    test('every state-changing route refuses a cross-site POST before doing anything', async () => {
      const board = await createBoard(t.db);
      const posts = t.app.routeList.filter((r) => r.method === 'POST');
      assert.ok(posts.length >= 20, `all the POST routes (${posts.length})`);
      for (const route of posts) {
        const url = route.url.replace(':slug', board.slug).replace(/:[a-z]+/gi, 'x1');
        for (const headers of [{ 'sec-fetch-site': 'cross-site' }, { origin: 'https://evil.example' }]) {
          const res = await t.app.inject({ method: 'POST', url, headers: { ...formHeaders, ...headers }, payload: 'a=1' });
          assert.equal(res.statusCode, 403, `${route.url} with ${JSON.stringify(headers)}`);
        }
      }
    });

    test('a cross-site API post from a browser is refused too', async () => {
      const board = await createBoard(t.db);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${board.slug}/answers`,
        headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
        payload: { question: 'q1', perspective: 'p1', body: 'Sneaky.', use: 'board' },
      });
      assert.equal(res.statusCode, 403);
      assert.equal(await answerCount(board.id), 0);
    });

    test('what people write is shown as text everywhere: board, question, permalink, embed, API', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const saved = await post(board.slug, answerForm({ body: xssBody, displayName: xssName }));
      assert.equal(saved.statusCode, 303);
      const id = answerIdFrom(saved.headers.location);
      const viaApi = await t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${board.slug}/answers`,
        payload: { question: 'q2', perspective: 'p2', body: `${xssBody} Sent through the API.`, displayName: xssName, use: 'board' },
      });
      assert.equal(viaApi.statusCode, 201);

      for (const [label, url] of [
        ['board', `/b/${board.slug}`],
        ['filtered board', `/b/${board.slug}?perspective=p1`],
        ['question', `/b/${board.slug}/q/q1`],
        ['permalink', `/a/${id}`],
        ['API permalink', `/a/${viaApi.json().id}`],
        ['embed', `/embed/b/${board.slug}`],
      ]) {
        const res = await t.app.inject(url!);
        assert.equal(res.statusCode, 200, label);
        assertEscaped(res.body, label!);
        assert.ok(
          /(&quot;|")(&gt;|>)&lt;img src=x onerror=alert\(1\)(&gt;|>)(,| to this answer|<\/span>)/.test(res.body),
          `${label}: the display name is text`,
        );
      }

      const api = await t.app.inject(`/api/v1/boards/${board.slug}`);
      const answers = api.json().answers as { body: string; displayName: string }[];
      assert.equal(answers.length, 2);
      assert.deepEqual(answers.map((a) => a.body).sort(), [xssBody, `${xssBody} Sent through the API.`].sort(), 'the API returns the text exactly as written');
      for (const a of answers) {
        assert.equal(a.displayName, xssName);
      }
      assert.match(String(api.headers['content-type']), /^application\/json/);
      assert.equal(api.headers['x-content-type-options'], 'nosniff', 'a browser will not sniff the JSON as HTML');
    });

    test('typed values shown again after an error are escaped too', async () => {
      const board = await createBoard(t.db);
      const res = await post(board.slug, answerForm({ body: xssBody, displayName: xssName, email: '"><script>alert(1)</script>', use: undefined }));
      assert.equal(res.statusCode, 422);
      assertEscaped(res.body, '422 form');
      assert.ok(!/value=""><img/.test(res.body), 'the display name cannot close its attribute');
      assert.ok(/value="&quot;>&lt;script>alert\(1\)&lt;\/script>"/.test(res.body), 'the email is kept, escaped');
    });

    test('hashed stylesheet is cached for a year and served compressed when asked', async () => {
      const page = await t.app.inject('/');
      const href = /<link rel="stylesheet" href="(\/assets\/[^"]+\.css)"/.exec(page.body)?.[1];
      assert.ok(href, 'the page links a hashed stylesheet');
      assert.match(href, /\/assets\/style\.[0-9a-f]{8,}\.css$/);

      const plain = await t.app.inject({ url: href, headers: { 'accept-encoding': 'identity' } });
      assert.equal(plain.statusCode, 200);
      assert.match(String(plain.headers['content-type']), /^text\/css/);
      assert.match(String(plain.headers['cache-control']), /max-age=31536000/);
      assert.match(String(plain.headers['cache-control']), /immutable/);
      assert.match(String(plain.headers.vary), /accept-encoding/i);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.ok(plain.rawPayload.length > 100);

      const br = await t.app.inject({ url: href, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.deepEqual(brotliDecompressSync(br.rawPayload), plain.rawPayload);
      assert.ok(br.rawPayload.length < plain.rawPayload.length);

      const gz = await t.app.inject({ url: href, headers: { 'accept-encoding': 'gzip' } });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.deepEqual(gunzipSync(gz.rawPayload), plain.rawPayload);

      const again = await t.app.inject({ url: href, headers: { 'if-none-match': String(plain.headers.etag) } });
      assert.equal(again.statusCode, 304);
      assert.equal((await t.app.inject('/assets/style.0000000000.css')).statusCode, 404);
    });

    test('hashed scripts are served with long-lived caching; /embed.js at a stable address', async () => {
      const board = await createBoard(t.db);
      const page = await t.app.inject(`/b/${board.slug}`);
      const src = /<script src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
      assert.ok(src);
      const script = await t.app.inject(src);
      assert.equal(script.statusCode, 200);
      assert.match(String(script.headers['content-type']), /^(text|application)\/javascript/);
      assert.match(String(script.headers['cache-control']), /immutable/);

      const embedJs = await t.app.inject('/embed.js');
      assert.equal(embedJs.statusCode, 200);
      assert.match(String(embedJs.headers['content-type']), /^(text|application)\/javascript/);
      assert.doesNotMatch(String(embedJs.headers['cache-control']), /immutable/, 'a stable address must be able to change');
      assert.ok(embedJs.body.length > 50);
      assert.equal(embedJs.headers['x-frame-options'], undefined);
      const gz = await t.app.inject({ url: '/embed.js', headers: { 'accept-encoding': 'gzip' } });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.equal(gunzipSync(gz.rawPayload).toString(), embedJs.body);
    });

    test('HTML pages over 1 KB are compressed when the browser asks', async () => {
      const board = await createBoard(t.db);
      const res = await t.app.inject({ url: `/b/${board.slug}`, headers: { 'accept-encoding': 'br' } });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-encoding'], 'br');
      assert.match(brotliDecompressSync(res.rawPayload).toString(), /<table/);
    });
  });
}

for (const dialect of dialects) {
  describe(`bad input never causes a server error (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    interface Case {
      method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS' | 'HEAD';
      url: string;
      headers?: Record<string, string>;
      payload?: string | Buffer;
    }

    test('malformed bodies, URLs, methods and content types get a 4xx, never a 5xx or a stack trace', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const { slug } = board;
      const saved = await t.app.inject({
        method: 'POST',
        url: `/b/${slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ body: 'The answer that must survive.', displayName: 'Keeper' }),
      });
      assert.equal(saved.statusCode, 303);
      const id = answerIdFrom(saved.headers.location);
      const before = await t.db.selectFrom('answers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

      const form = `/b/${slug}/answers`;
      const api = `/api/v1/boards/${slug}/answers`;
      const json = { 'content-type': 'application/json' };
      const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
      const invalidUtf8 = [0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xc0, 0xaf];
      const cases: Case[] = [
        // Invalid UTF-8 and control characters in bodies.
        {
          method: 'POST',
          url: form,
          headers: formHeaders,
          payload: bytes('formKey=abcdefghijklmnopq&question=q1&perspective=p1&use=board&body=', invalidUtf8),
        },
        { method: 'POST', url: form, headers: formHeaders, payload: answerForm().replace(/body=[^&]*/, 'body=%ff%fe%c3%28%ed%a0%80') },
        { method: 'POST', url: form, headers: formHeaders, payload: answerForm().replace(/question=[^&]*/, 'question=%ff%00') },
        { method: 'POST', url: form, headers: formHeaders, payload: answerForm({ body: 'a\u0000b\u0001c\u001b[31m\u2028' }) },
        { method: 'POST', url: form, headers: formHeaders, payload: answerForm({ displayName: '\u0000', email: 'a\u0000@example.org' }) },
        { method: 'POST', url: form, headers: formHeaders, payload: answerForm({ question: '\u0000', perspective: '\uD800' }) },
        { method: 'POST', url: form, headers: formHeaders, payload: answerForm({ formKey: '\u0000'.repeat(20) }) },
        { method: 'POST', url: form, headers: formHeaders, payload: '%%%&&&===' },
        { method: 'POST', url: form, headers: formHeaders, payload: '&'.repeat(20000) },
        { method: 'POST', url: form, headers: formHeaders, payload: 'body[]=x&body[a]=y&question[0]=q1' },
        { method: 'POST', url: form, headers: formHeaders, payload: '__proto__[x]=1&constructor[prototype][y]=2' },
        { method: 'POST', url: form, headers: formHeaders, payload: answerForm({ body: 'x'.repeat(70 * 1024) }) },
        { method: 'POST', url: api, headers: json, payload: bytes('{"question":"q1","perspective":"p1","use":"board","body":"', invalidUtf8, '"}') },
        { method: 'POST', url: api, headers: json, payload: '{"question":"q1","perspective":"p1","use":"board","body":"\\ud800\\u0000\\u001b"}' },
        { method: 'POST', url: api, headers: json, payload: '{"question":"\\u0000","perspective":"\\u0000","use":"board","body":"x","email":"\\u0000"}' },
        { method: 'POST', url: api, headers: json, payload: '{"__proto__":{"polluted":true},"question":"q1"}' },
        { method: 'POST', url: api, headers: json, payload: '{"constructor":{"prototype":{"polluted":true}}}' },
        { method: 'POST', url: api, headers: json, payload: '['.repeat(60000) },
        { method: 'POST', url: api, headers: json, payload: '{"a":'.repeat(10000) },
        { method: 'POST', url: api, headers: json, payload: `{"body":"${'x'.repeat(60000)}"}` },
        { method: 'POST', url: api, headers: json, payload: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('{"question":"q1"}')]) },
        { method: 'POST', url: api, headers: { 'content-type': 'application/json; charset=utf-16' }, payload: Buffer.from('{"question":"q1"}', 'utf16le') },
        { method: 'POST', url: api, headers: { ...json, 'idempotency-key': '\u00ff\u00fe' }, payload: '{}' },
        { method: 'POST', url: api, headers: { ...json, 'idempotency-key': '' }, payload: '{}' },
        // Empty bodies.
        { method: 'POST', url: form, headers: formHeaders },
        { method: 'POST', url: form },
        { method: 'POST', url: api, headers: json },
        { method: 'POST', url: api },
        // Unknown and mismatched content types.
        { method: 'POST', url: form, headers: { 'content-type': 'application/xml' }, payload: '<answer/>' },
        {
          method: 'POST',
          url: form,
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
          payload: '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nhi\r\n--x--',
        },
        { method: 'POST', url: form, headers: { 'content-type': 'text/plain' }, payload: 'body=hello' },
        { method: 'POST', url: form, headers: json, payload: '{"body": [1, 2]}' },
        { method: 'POST', url: form, headers: json, payload: '"just a string"' },
        { method: 'POST', url: form, headers: { 'content-type': 'application/octet-stream' }, payload: Buffer.from(invalidUtf8) },
        { method: 'POST', url: form, headers: { 'content-type': '\u0000/\u0000' }, payload: 'x' },
        { method: 'POST', url: api, headers: { 'content-type': 'application/jsonp' }, payload: '{}' },
        // Invalid UTF-8, NUL bytes and control characters in URLs.
        { url: '/b/%ff' },
        { url: '/b/%00' },
        { url: `/b/${slug}%00` },
        { url: '/b/%c0%af' },
        { url: '/b/%ed%a0%80' },
        { url: '/b/%0d%0aSet-Cookie:%20x=1' },
        { url: `/b/${slug}/q/%00` },
        { url: `/b/${slug}/q/%ff` },
        { url: `/b/${slug}?perspective=%00` },
        { url: `/b/${slug}?perspective=%ff%fe` },
        { url: `/b/${slug}?perspective=p1&perspective=p2` },
        { url: `/b/${slug}?perspective=%F0%9F%98%80` },
        { url: `/b/${slug}?perspective=%E2%80%AE` },
        { url: `/b/${slug}?perspective=%0d%0aSet-Cookie:%20x=1` },
        { url: `/embed/b/${slug}?perspective=%F0%9F%98%80` },
        { url: `/embed/b/${slug}?perspective=%0a` },
        { url: `/b/${slug}?%ff=%ff` },
        { url: `/b/${slug}/received/%00` },
        { url: `/b/${slug}/received/${id}%00` },
        { url: '/a/%00' },
        { url: '/a/%ff' },
        { url: `/a/${id}%00` },
        { url: '/a/%' },
        { url: '/b/%' },
        { url: '/embed/b/%00' },
        { url: `/embed/b/${slug}?perspective=%00` },
        { url: '/api/v1/boards/%00' },
        { url: '/api/v1/boards/%ff' },
        { method: 'POST', url: '/api/v1/boards/%00/answers', headers: json, payload: '{}' },
        { method: 'POST', url: '/b/%00/answers', headers: formHeaders, payload: answerForm() },
        { method: 'POST', url: '/b/%ff/answers', headers: formHeaders, payload: answerForm() },
        { url: '/oembed?url=%ff' },
        { url: '/oembed?url=%00' },
        { url: `/oembed?url=${encodeURIComponent(`${t.config.baseUrl}/b/`)}%00` },
        { url: `/oembed?url=${encodeURIComponent(`${t.config.baseUrl}/b/${slug}`)}&maxwidth=99999999999&maxheight=-1` },
        { url: '/oembed?url=a&url=b&format=json&format=xml' },
        { url: '/assets/%00' },
        { url: '/assets/..%2f..%2fpackage.json' },
        { url: '/%2e%2e/%2e%2e/etc/passwd' },
        // Huge query strings and parameters.
        { url: `/b/${slug}?${'a=1&'.repeat(20000)}` },
        { url: `/b/${slug}?perspective=${'p'.repeat(100000)}` },
        { url: `/oembed?url=${'x'.repeat(100000)}` },
        { url: `/embed/b/${slug}?perspective=${'%ff'.repeat(10000)}` },
        { url: `/b/${'a'.repeat(500)}` },
        { url: `/a/${'0'.repeat(500)}` },
        { url: `/api/v1/boards/${'a'.repeat(5000)}` },
        // Methods a route does not take.
        { method: 'PUT', url: `/b/${slug}` },
        { method: 'DELETE', url: `/b/${slug}` },
        { method: 'PATCH', url: `/b/${slug}/answers`, headers: formHeaders, payload: answerForm() },
        { method: 'PUT', url: form, headers: formHeaders, payload: answerForm() },
        { method: 'DELETE', url: `/a/${id}` },
        { method: 'PUT', url: `/a/${id}`, headers: json, payload: '{"body":"Overwritten."}' },
        { method: 'DELETE', url: api },
        { method: 'PUT', url: `/api/v1/boards/${slug}`, headers: json, payload: '{"title":"Overwritten"}' },
        { method: 'DELETE', url: `/api/v1/boards/${slug}` },
        { method: 'GET', url: form },
        { method: 'GET', url: api },
        { method: 'POST', url: `/b/${slug}`, headers: formHeaders, payload: answerForm() },
        { method: 'POST', url: `/a/${id}`, headers: formHeaders, payload: 'body=Overwritten.' },
        { method: 'POST', url: `/embed/b/${slug}`, headers: formHeaders, payload: 'x=1' },
        { method: 'POST', url: '/oembed', headers: formHeaders, payload: 'x=1' },
        { method: 'POST', url: '/healthz' },
        { method: 'OPTIONS', url: api },
        { method: 'HEAD', url: `/b/${slug}` },
        // Odd headers.
        { url: `/b/${slug}`, headers: { 'if-none-match': '\u00ff'.repeat(1000) } },
        { url: `/b/${slug}`, headers: { 'accept-encoding': 'br;q=abc, *;q=-1, gzip;q=0' } },
        { url: `/b/${slug}`, headers: { accept: 'application/json;q=x' } },
        { url: `/b/${slug}`, headers: { host: 'evil.example\u0000' } },
      ];

      const failures: string[] = [];
      for (const c of cases) {
        const label = `${c.method ?? 'GET'} ${c.url.slice(0, 80)}${c.headers?.['content-type'] ? ` [${c.headers['content-type']}]` : ''}`;
        let res: LightMyRequestResponse;
        try {
          res = await t.app.inject({ method: c.method ?? 'GET', url: c.url, headers: c.headers, payload: c.payload });
        } catch (err) {
          failures.push(`${label}: the request threw ${String(err)}`);
          continue;
        }
        // 501 is oEmbed's own answer for a format it does not offer.
        const formatRefused = res.statusCode === 501 && c.url.startsWith('/oembed') && c.url.includes('format=');
        if (res.statusCode >= 500 && !formatRefused) failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (/\n\s+at \S+ \(|node:internal|\.[jt]s:\d+:\d+|"stack"/i.test(res.body))
          failures.push(`${label}: a stack trace in the body: ${res.body.slice(0, 200)}`);
        if (res.statusCode === 200 && !['GET', 'HEAD', undefined].includes(c.method) && c.method !== 'OPTIONS')
          failures.push(`${label}: a write method answered 200`);
      }
      assert.deepEqual(failures, []);

      const afterRow = await t.db.selectFrom('answers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(afterRow, before, 'the saved answer is unchanged');
      const permalink = await t.app.inject(`/a/${id}`);
      assert.equal(permalink.statusCode, 200);
      assert.match(permalink.body, /The answer that must survive\./);
      const title = (await t.app.inject(`/api/v1/boards/${slug}`)).json().title;
      assert.equal(title, `Board ${slug}`);
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
      assert.ok(!t.logs.some((line) => /"level":50/.test(line) && /request failed/.test(line)), 'no request failed in the logs');
    });

    test('an oversized body is a clear 413 page, and a wrong method a 404 or 405 page', async () => {
      const board = await createBoard(t.db);
      const big = await t.app.inject({
        method: 'POST',
        url: `/b/${board.slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ body: 'x'.repeat(70 * 1024) }),
      });
      assert.equal(big.statusCode, 413);
      assert.match(big.body, /That is too much to send/);
      const put = await t.app.inject({ method: 'PUT', url: `/b/${board.slug}` });
      assert.ok(put.statusCode === 404 || put.statusCode === 405, String(put.statusCode));
      assert.match(put.body, /Page not found|not available/);
    });

    test('invalid percent-encoding in an address is a 400 or 404, not a crash', async () => {
      for (const url of ['/b/%ff', '/b/%', '/a/%E0%A4%A']) {
        const res = await t.app.inject(url);
        assert.ok(res.statusCode === 400 || res.statusCode === 404, `${url}: ${res.statusCode}`);
      }
    });

    test('a NUL byte in an address is a clear 400 page, on every route', async () => {
      const board = await createBoard(t.db);
      for (const url of [`/b/${board.slug}%00`, '/a/%00', `/b/${board.slug}/received/%00`, '/embed/b/%00', `/b/${board.slug}?perspective=%00`]) {
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, 400, url);
        assert.match(res.body, /Sorry, that request was not understood/);
      }
      const api = await t.app.inject('/api/v1/boards/%00');
      assert.equal(api.statusCode, 400);
      assert.match(String(api.headers['content-type']), /^application\/json/);
    });

    test('a perspective filter that is not a key (emoji, control characters) is a 404 page', async () => {
      const board = await createBoard(t.db);
      for (const url of [`/b/${board.slug}?perspective=%F0%9F%98%80`, `/b/${board.slug}?perspective=%0a`, `/embed/b/${board.slug}?perspective=%C3%A9t%C3%A9`]) {
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, 404, url);
        assert.match(res.body, /Page not found/);
      }
    });
  });
}
