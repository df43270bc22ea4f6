import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createBoard, createTestApp, dialects, type TestApp } from '../../test/helpers.ts';

for (const dialect of dialects) {
  describe(`embed and oEmbed (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('the embed is a frameable, cookie-less, read-only table', async () => {
      const board = await createBoard(t.db, {
        title: 'Fears about social media',
        examples: [{ question: 'q1', perspective: 'p1', body: 'Phone the duty team.', name: 'Sam' }],
      });
      const res = await t.app.inject(`/embed/b/${board.slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /(^|; )frame-ancestors \*($|;)/);
      assert.doesNotMatch(csp, /frame-ancestors 'none'/);
      assert.match(csp, /object-src 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.equal(res.headers['x-frame-options'], undefined, 'no X-Frame-Options, which would block framing');
      assert.equal(res.headers['set-cookie'], undefined);
      assert.doesNotMatch(res.body, /<form/);
      assert.doesNotMatch(res.body, /<(input|textarea|button)\b/);
      assert.match(res.body, /<table/);
      assert.match(res.body, /Phone the duty team\./);
      assert.match(res.body, /Sam/);
      assert.match(res.body, /No answers yet from managers/);
      assert.match(String(res.headers['cache-control']), /public/);
    });

    test('every link that leaves the embed opens in a new tab at the full address', async () => {
      const board = await createBoard(t.db, { examples: [{ question: 'q1', perspective: 'p1', body: 'Phone the duty team.' }] });
      const res = await t.app.inject(`/embed/b/${board.slug}`);
      const links = [...res.body.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
      const leaving = links.filter((a) => !/href="\/embed\//.test(a));
      assert.ok(leaving.length >= 4, `title, questions, permalink and "Add your answer": ${leaving.length}`);
      for (const a of leaving) {
        assert.match(a, /target="_blank"/, a);
        assert.match(a, /rel="noopener"/, a);
        assert.match(a, new RegExp(`href="${t.config.baseUrl}/`), a);
      }
      assert.match(res.body, new RegExp(`href="${t.config.baseUrl}/b/${board.slug}/q/q1"`));
      assert.match(res.body, new RegExp(`href="${t.config.baseUrl}/a/[0-9a-z]+"`));
      // The perspective filter stays inside the frame.
      assert.match(res.body, new RegExp(`href="/embed/b/${board.slug}\\?perspective=p2"`));
    });

    test('the perspective filter shows one column; an unknown perspective is a 404', async () => {
      const board = await createBoard(t.db, {
        examples: [
          { question: 'q1', perspective: 'p1', body: 'A practitioner says this.' },
          { question: 'q1', perspective: 'p2', body: 'A manager says that.' },
        ],
      });
      const res = await t.app.inject(`/embed/b/${board.slug}?perspective=p2`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<th scope="col">Manager<\/th>/);
      assert.doesNotMatch(res.body, /<th scope="col">Practitioner<\/th>/);
      assert.match(res.body, /A manager says that\./);
      assert.doesNotMatch(res.body, /A practitioner says this\./);
      assert.match(res.body, /aria-current="page"[^>]*>Manager</);
      assert.equal((await t.app.inject(`/embed/b/${board.slug}?perspective=nope`)).statusCode, 404);
    });

    test('an unknown board is a 404', async () => {
      const res = await t.app.inject('/embed/b/no-such-board');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Page not found/);
    });

    test('the embed shows a newly published answer (its cache follows the board)', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const before = await t.app.inject(`/embed/b/${board.slug}`);
      assert.doesNotMatch(before.body, /Freshly published\./);
      const etag = String(before.headers.etag);
      assert.equal((await t.app.inject({ url: `/embed/b/${board.slug}`, headers: { 'if-none-match': etag } })).statusCode, 304);
      const posted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${board.slug}/answers`,
        payload: { question: 'q2', perspective: 'p2', body: 'Freshly published.', consent: true },
      });
      assert.equal(posted.statusCode, 201);
      const after = await t.app.inject({ url: `/embed/b/${board.slug}`, headers: { 'if-none-match': etag } });
      assert.equal(after.statusCode, 200);
      assert.match(after.body, /Freshly published\./);
    });

    test('oEmbed turns a board address into a rich iframe embed', async () => {
      const board = await createBoard(t.db, { title: 'Fears & hopes' });
      const url = `${t.config.baseUrl}/b/${board.slug}`;
      const res = await t.app.inject({ url: '/oembed', query: { url, format: 'json' } });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      const body = res.json();
      assert.equal(body.version, '1.0');
      assert.equal(body.type, 'rich');
      assert.equal(body.title, 'Fears & hopes');
      assert.equal(body.provider_name, 'Roundtable');
      assert.equal(typeof body.width, 'number');
      assert.equal(typeof body.height, 'number');
      assert.match(body.html, new RegExp(`<iframe src="${t.config.baseUrl}/embed/b/${board.slug}"`));
      assert.match(body.html, /title="Fears &amp; hopes"/);
      assert.match(body.html, new RegExp(`<script src="${t.config.baseUrl}/embed.js" async></script>`));
      // The address with a trailing slash, a query or a fragment is the same board.
      for (const variant of [`${url}/`, `${url}?perspective=p1`, `${url}#answer-heading`]) {
        const again = await t.app.inject({ url: '/oembed', query: { url: variant } });
        assert.equal(again.statusCode, 200, variant);
        assert.equal(again.json().html, body.html);
      }
    });

    test('oEmbed width and height never exceed maxwidth and maxheight', async () => {
      const board = await createBoard(t.db);
      const url = `${t.config.baseUrl}/b/${board.slug}`;
      for (const [maxwidth, maxheight] of [
        [600, 400],
        [320, 240],
        [150, 100],
        [1000, 5000],
      ] as const) {
        const res = await t.app.inject({ url: '/oembed', query: { url, maxwidth: String(maxwidth), maxheight: String(maxheight) } });
        assert.equal(res.statusCode, 200);
        const body = res.json();
        assert.ok(body.width > 0 && body.width <= maxwidth, `width ${body.width} within maxwidth ${maxwidth}`);
        assert.ok(body.height > 0 && body.height <= maxheight, `height ${body.height} within maxheight ${maxheight}`);
        assert.match(body.html, new RegExp(`width="${body.width}" height="${body.height}"`));
        assert.match(body.html, new RegExp(`max-width:${body.width}px`));
      }
      const wide = (await t.app.inject({ url: '/oembed', query: { url, maxwidth: '600', maxheight: '400' } })).json();
      assert.deepEqual([wide.width, wide.height], [600, 400], 'uses the room it is given');
      const plain = (await t.app.inject({ url: '/oembed', query: { url } })).json();
      assert.ok(plain.width >= 600 && plain.height >= 400, `a sensible size when none is asked: ${plain.width}×${plain.height}`);
      const nonsense = await t.app.inject({ url: '/oembed', query: { url, maxwidth: 'wide', maxheight: '-5' } });
      assert.equal(nonsense.statusCode, 200);
      assert.deepEqual([nonsense.json().width, nonsense.json().height], [plain.width, plain.height]);
    });

    test('oEmbed for an address that is not a board here is a 404', async () => {
      const board = await createBoard(t.db);
      for (const url of [
        `${t.config.baseUrl}/b/no-such-board`,
        `https://elsewhere.example/b/${board.slug}`,
        `${t.config.baseUrl}/a/123`,
        `${t.config.baseUrl}/b/${board.slug}/q/q1`,
        'not a url',
      ]) {
        const res = await t.app.inject({ url: '/oembed', query: { url } });
        assert.equal(res.statusCode, 404, url);
        assert.match(String(res.headers['content-type']), /^application\/json/);
      }
      assert.equal((await t.app.inject('/oembed')).statusCode, 404);
    });

    test('oEmbed in XML is a 501', async () => {
      const board = await createBoard(t.db);
      const res = await t.app.inject({ url: '/oembed', query: { url: `${t.config.baseUrl}/b/${board.slug}`, format: 'xml' } });
      assert.equal(res.statusCode, 501);
    });

    test('the board page advertises its oEmbed address for discovery', async () => {
      const board = await createBoard(t.db, { title: 'Discoverable board' });
      const page = await t.app.inject(`/b/${board.slug}`);
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"[^>]*>/.exec(page.body);
      assert.ok(link, 'discovery link present');
      const href = link[1]!.replace(/&amp;/g, '&');
      const url = new URL(href);
      assert.equal(url.origin, t.config.baseUrl);
      assert.equal(url.pathname, '/oembed');
      assert.equal(url.searchParams.get('url'), `${t.config.baseUrl}/b/${board.slug}`);
      const res = await t.app.inject(url.pathname + url.search);
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().title, 'Discoverable board');
    });

    test('the board page offers the embed code', async () => {
      const board = await createBoard(t.db);
      const page = await t.app.inject(`/b/${board.slug}`);
      assert.match(page.body, /Embed this board on your website/);
      assert.match(page.body, new RegExp(`&lt;iframe src=&quot;${t.config.baseUrl}/embed/b/${board.slug}&quot;`));
    });
  });
}
