import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { h } from 'preact';
import { createBoard, createTestApp, dialects, translateBoard, type TestApp } from '../../test/helpers.ts';
import { renderFragment } from '../web/html.ts';
import { EmbedCode } from './embed.views.tsx';

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
      assert.doesNotMatch(res.body, /<(input|textarea|select)\b/);
      // The one button pauses the frame's own live updates (live.js); it sends nothing anywhere.
      assert.deepEqual(res.body.match(/<button\b[^>]*>/g), [
        '<button type="button" class="button button--secondary live-status__pause" data-live-pause="true">',
      ]);
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
        payload: { question: 'q2', perspective: 'p2', body: 'Freshly published.', use: 'board' },
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
      // What WordPress keeps: a blockquote before the iframe (so it loads wp-embed.js) and the compact embed.
      assert.match(
        body.html,
        new RegExp(`^<blockquote class="wp-embedded-content"><a href="${t.config.baseUrl}/b/${board.slug}">Fears &amp; hopes</a></blockquote>`),
      );
      assert.match(body.html, new RegExp(`<iframe src="${t.config.baseUrl}/embed/b/${board.slug}\\?compact=1"`));
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
        assert.match(body.html, new RegExp(`width="100%" height="${body.height}"`));
      }
      const wide = (await t.app.inject({ url: '/oembed', query: { url, maxwidth: '600', maxheight: '400' } })).json();
      assert.deepEqual([wide.width, wide.height], [600, 400], 'uses the room it is given');
      const plain = (await t.app.inject({ url: '/oembed', query: { url } })).json();
      assert.ok(plain.width >= 600 && plain.height >= 400, `a sensible size when none is asked: ${plain.width}×${plain.height}`);
      const capped = (await t.app.inject({ url: '/oembed', query: { url, maxwidth: '999999', maxheight: '999999' } })).json();
      assert.deepEqual([capped.width, capped.height], [2000, 1000], 'a huge size is capped, not refused; the compact embed fits 1,000 px');
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
    });

    test('oEmbed with a missing, overlong or repeated url, another format or a size that is not a whole number above 0 is a clear 400', async () => {
      const board = await createBoard(t.db);
      const url = `${t.config.baseUrl}/b/${board.slug}`;
      const cases: [Record<string, string | string[]>, RegExp][] = [
        [{}, /url is required/],
        [{ url: '' }, /url is required/],
        [{ url: [url, url] }, /url is required/],
        [{ url: `${url}?${'x'.repeat(2100)}` }, /url is too long/],
        [{ url, maxwidth: '0' }, /maxwidth must be a whole number of pixels, 1 or more/],
        [{ url, maxwidth: 'wide' }, /maxwidth must be/],
        [{ url, maxheight: '-5' }, /maxheight must be/],
        [{ url, maxheight: '1.5' }, /maxheight must be/],
        [{ url, format: 'xml' }, /Only format=json is available/],
      ];
      for (const [query, message] of cases) {
        const res = await t.app.inject({ url: '/oembed', query });
        assert.equal(res.statusCode, 400, JSON.stringify(query).slice(0, 80));
        assert.match(String(res.headers['content-type']), /^application\/json/);
        assert.match(res.json().message, message);
      }
      // A malformed percent-encoding in the query string is refused as JSON too, never a 5xx.
      const broken = await t.app.inject(`/oembed?url=%E0%A4%A&maxwidth=%`);
      assert.ok(broken.statusCode >= 400 && broken.statusCode < 500, String(broken.statusCode));
    });

    test('oEmbed asked at its Welsh address (/cy/oembed) explains a 400 and a 404 in Welsh, naming the parameters as sent', async () => {
      const board = await createBoard(t.db);
      const cases: [Record<string, string>, RegExp][] = [
        [{}, /^Mae angen url: cyfeiriad bwrdd\.$/],
        [{ url: `${t.config.baseUrl}/b/${board.slug}`, maxwidth: '0' }, /^Rhaid i maxwidth fod yn nifer cyfan o bicseli, 1 neu fwy\.$/],
        [{ url: `${t.config.baseUrl}/b/${board.slug}`, format: 'xml' }, /^Dim ond format=json sydd ar gael\.$/],
      ];
      for (const [query, message] of cases) {
        const res = await t.app.inject({ url: '/cy/oembed', query });
        assert.equal(res.statusCode, 400, JSON.stringify(query));
        assert.deepEqual(Object.keys(res.json()), ['error', 'message']);
        assert.equal(res.json().error, 'Cais gwael');
        assert.match(res.json().message, message);
      }
      const missing = await t.app.inject({ url: '/cy/oembed', query: { url: `${t.config.baseUrl}/cy/b/no-such-board` } });
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error, 'Dim bwrdd yn y cyfeiriad hwnnw.');
      assert.equal(missing.json().message, `Rhaid i url fod yn gyfeiriad bwrdd sy’n dechrau ${t.config.baseUrl}/b/`);
      // The plain address still answers in English.
      assert.equal((await t.app.inject({ url: '/oembed', query: { url: `${t.config.baseUrl}/b/no-such-board` } })).json().error, 'No board at that address.');
    });

    test('the compact embed shows one question, its newest answer per perspective and "N more", every link leaving at the top level', async () => {
      const board = await createBoard(t.db, {
        examples: [
          { question: 'q1', perspective: 'p1', body: 'First practitioner answer, which is long enough to be cut short in the compact embed of the board.' },
          { question: 'q1', perspective: 'p1', body: 'Second practitioner answer.' },
          { question: 'q2', perspective: 'p2', body: 'A manager on the second question.' },
        ],
      });
      const res = await t.app.inject(`/embed/b/${board.slug}?compact=1`);
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, /<table/);
      assert.match(res.body, /1 of \d+: /);
      assert.match(res.body, /1 more<span class="visually-hidden"> from /);
      assert.match(res.body, /No answers yet from managers/);
      assert.doesNotMatch(res.body, /A manager on the second question/);
      for (const a of [...res.body.matchAll(/<a\b[^>]*>/g)].map((m) => m[0])) {
        if (/href="\/embed\//.test(a)) continue;
        assert.match(a, /target="_top"/, a);
        assert.match(a, new RegExp(`href="${t.config.baseUrl}/`), a);
      }
      assert.match(res.body, new RegExp(`href="/embed/b/${board.slug}\\?compact=1&amp;q=q2"`));
      const second = await t.app.inject(`/embed/b/${board.slug}?compact=1&q=q2&perspective=p2`);
      assert.equal(second.statusCode, 200);
      assert.match(second.body, /A manager on the second question/);
      assert.match(second.body, /aria-current="page"[^>]*>Manager</);
      assert.equal((await t.app.inject(`/embed/b/${board.slug}?compact=1&q=nope`)).statusCode, 404);
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
      assert.match(page.body, /In a WordPress post: paste the address/);
      assert.match(page.body, new RegExp(`value="${t.config.baseUrl}/b/${board.slug}"`));
      assert.match(page.body, /a fixed height that scrolls/);
    });

    /** Gives the board Welsh texts (title, first question, first perspective), as the board editor would. */
    const translate = (boardId: string) =>
      translateBoard(t.db, boardId, {
        title: 'Ofnau am y cyfryngau cymdeithasol',
        questions: { q1: 'Beth ydw i’n ei wneud gyntaf?' },
        perspectives: { p1: { label: 'Ymarferydd', plural: 'ymarferwyr' } },
      });

    test('the Welsh embed (/cy/embed/…) is in Welsh, with its own bytes and ETag, and its links stay Welsh', async () => {
      const board = await createBoard(t.db, {
        title: 'Fears about social media',
        examples: [{ question: 'q1', perspective: 'p1', body: 'Phone the duty team.', name: 'Sam' }],
      });
      const english = await t.app.inject(`/embed/b/${board.slug}`);
      const res = await t.app.inject(`/cy/embed/b/${board.slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(String(res.headers['content-security-policy']), /(^|; )frame-ancestors \*($|;)/, 'the Welsh embed can be framed too');
      assert.match(res.body, />Ychwanegu eich ateb<span class="visually-hidden"> \(yn agor mewn tab newydd\)<\/span>/);
      // live.js's words, in Welsh, for the frame's live updates.
      assert.match(res.body, /data-live-words="[^"]*Oedi diweddariadau byw/);
      // The board is not translated: its title shows as written, marked as English.
      assert.match(
        res.body,
        new RegExp(`<a href="${t.config.baseUrl}/cy/b/${board.slug}" target="_blank" rel="noopener" lang="en-GB">Fears about social media</a>`),
      );
      assert.match(res.body, new RegExp(`href="${t.config.baseUrl}/cy/b/${board.slug}#answer-heading"`));
      assert.match(res.body, /Phone the duty team\./, 'answers stay in the language they were written in');
      // Each language is its own cached page with its own validator: an English ETag does not answer for the Welsh page.
      assert.notEqual(res.headers.etag, english.headers.etag);
      const crossed = await t.app.inject({ url: `/cy/embed/b/${board.slug}`, headers: { 'if-none-match': String(english.headers.etag) } });
      assert.equal(crossed.statusCode, 200);
      assert.match(crossed.body, /<html lang="cy">/);
      const same = await t.app.inject({ url: `/cy/embed/b/${board.slug}`, headers: { 'if-none-match': String(res.headers.etag) } });
      assert.equal(same.statusCode, 304);
      // And the English embed, rendered after the Welsh one, is still English.
      const again = await t.app.inject(`/embed/b/${board.slug}`);
      assert.match(again.body, /<html lang="en-GB">/);
      assert.match(again.body, /Add your answer/);
      assert.doesNotMatch(again.body, /Ychwanegu/);
    });

    test('the Welsh compact embed: Welsh words and plurals, the board’s Welsh texts, links under /cy', async () => {
      const board = await createBoard(t.db, {
        examples: [
          { question: 'q1', perspective: 'p1', body: 'Phone the duty team.' },
          { question: 'q1', perspective: 'p1', body: 'Write it down first.' },
          { question: 'q1', perspective: 'p1', body: 'Ask a colleague.' },
        ],
      });
      await translate(board.id);
      const res = await t.app.inject(`/cy/embed/b/${board.slug}?compact=1`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /<title>Ofnau am y cyfryngau cymdeithasol — cwestiwn 1<\/title>/);
      assert.match(res.body, /<span class="visually-hidden">Cwestiwn <\/span>1 o 2: Beth ydw i’n ei wneud gyntaf\?/);
      assert.match(res.body, /aria-label="Cwestiynau"/);
      // Welsh numerals take the singular: "3 ateb", "2 arall".
      assert.match(res.body, />3 ateb<span class="visually-hidden"> gan ymarferwyr<\/span>/);
      assert.match(res.body, />2 arall<span class="visually-hidden"> gan ymarferwyr<\/span>/);
      assert.match(res.body, /Pob ateb i’r cwestiwn hwn/);
      // Links that leave the frame lead to the Welsh board; the question picker stays in the Welsh frame.
      assert.match(res.body, new RegExp(`href="${t.config.baseUrl}/cy/b/${board.slug}/q/q1"`));
      assert.match(res.body, new RegExp(`href="/cy/embed/b/${board.slug}\\?compact=1&amp;q=q2"`));
      for (const [, href] of res.body.matchAll(/href="([^"]+)"/g)) {
        if (href!.startsWith('/assets/')) continue;
        assert.match(href!, new RegExp(`^(${t.config.baseUrl})?/cy/`), `a link out of Welsh: ${href}`);
      }
      const english = await t.app.inject(`/embed/b/${board.slug}?compact=1`);
      assert.match(english.body, />3 answers<span class="visually-hidden"> from practitioners<\/span>/);
      assert.match(english.body, /1 of 2: What do I do first\?/);
    });

    test('oEmbed for a Welsh board address embeds the Welsh compact embed, with the board’s Welsh title', async () => {
      const board = await createBoard(t.db, { title: 'Fears & hopes' });
      await translate(board.id);
      const res = await t.app.inject({ url: '/oembed', query: { url: `${t.config.baseUrl}/cy/b/${board.slug}`, format: 'json' } });
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.equal(body.title, 'Ofnau am y cyfryngau cymdeithasol');
      assert.match(body.html, new RegExp(`<a href="${t.config.baseUrl}/cy/b/${board.slug}">Ofnau am y cyfryngau cymdeithasol</a>`));
      assert.match(body.html, new RegExp(`<iframe src="${t.config.baseUrl}/cy/embed/b/${board.slug}\\?compact=1"`));
      // The host script has one stable address in both languages.
      assert.match(body.html, new RegExp(`<script src="${t.config.baseUrl}/embed.js" async></script>`));
      const english = (await t.app.inject({ url: '/oembed', query: { url: `${t.config.baseUrl}/b/${board.slug}` } })).json();
      assert.equal(english.title, 'Fears & hopes');
      assert.match(english.html, new RegExp(`<iframe src="${t.config.baseUrl}/embed/b/${board.slug}\\?compact=1"`));
    });

    test('the embed code offered on a Welsh page names the Welsh embed and is explained in Welsh', async () => {
      const board = await createBoard(t.db);
      const html = renderFragment(h(EmbedCode, { board: { slug: board.slug, title: 'Fears' }, baseUrl: t.config.baseUrl, locale: 'cy' }));
      assert.match(html, /Mewnblannu’r bwrdd hwn ar eich gwefan/);
      assert.match(html, new RegExp(`value="${t.config.baseUrl}/cy/b/${board.slug}"`));
      assert.match(html, new RegExp(`&lt;iframe src=&quot;${t.config.baseUrl}/cy/embed/b/${board.slug}&quot;`));
      assert.doesNotMatch(html, /Embed this board/);
    });
  });
}
