import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { h } from 'preact';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, translateBoard, type TestApp } from '../../test/helpers.ts';
import { renderFragment } from '../web/html.ts';
import { ShareSection } from './share.views.tsx';

/** Every <meta property|name=… content=…> in the head, by its property or name, as the markup has it (escaped). */
function metaTags(html: string): Map<string, string> {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const tags = new Map<string, string>();
  for (const [, key, content] of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\/?>/g)) tags.set(key!, content!);
  return tags;
}

/** Every address a page would load by itself (scripts, styles, images, fonts, frames): none may leave the site (PR-2). */
function loadedAddresses(html: string): string[] {
  const found = [...html.matchAll(/<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]!);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (/rel="(?:stylesheet|preload|icon|preconnect|dns-prefetch|modulepreload)"/.test(tag)) found.push(/href="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return found;
}

const sentinel = 'share-sentinel-7f3a@example.org';

for (const dialect of dialects) {
  describe(`sharing (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect, { BASE_URL: 'https://roundtable.example' });
    });
    after(() => t.close());

    const send = (slug: string, fields: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: formHeaders, payload: answerForm(fields) });

    test('the board page: link-preview tags with its own share image, escaped, and plain links to share it', async () => {
      const board = await createBoard(t.db, { title: 'Fears & "hopes" <b>online</b>', moderation: 'post' });
      const res = await t.app.inject(`/b/${board.slug}`);
      assert.equal(res.statusCode, 200);
      const meta = metaTags(res.body);
      const url = `https://roundtable.example/b/${board.slug}`;
      assert.equal(meta.get('og:title'), 'Fears &amp; &quot;hopes&quot; &lt;b>online&lt;/b>');
      assert.equal(meta.get('og:url'), url);
      assert.equal(meta.get('og:type'), 'website');
      assert.equal(meta.get('og:image'), `${url}/share.png`);
      assert.equal(meta.get('twitter:card'), 'summary_large_image');
      assert.equal(meta.get('og:description'), 'An introduction. In two paragraphs.');
      assert.ok(meta.get('og:image:alt'));
      assert.doesNotMatch(res.body, /<b>online/, 'the title is text, never markup');

      const q = encodeURIComponent(url);
      assert.match(res.body, /<h2 id="share-heading">Share this board<\/h2>/);
      assert.match(
        res.body,
        new RegExp(
          `<input class="input input--wide" id="share-link" type="text" value="${url}" readonly spellcheck="false" aria-describedby="share-link-hint"/>`,
        ),
        'the link to copy, with JS off',
      );
      for (const start of [
        'mailto:?subject=',
        'https://twitter.com/intent/tweet?text=',
        'https://bsky.app/intent/compose?text=',
        `https://www.linkedin.com/sharing/share-offsite/?url=${q}`,
        `https://www.facebook.com/sharer/sharer.php?u=${q}`,
        'https://wa.me/?text=',
      ]) {
        const link = new RegExp(`<a class="share__link" href="${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^"]*"`).exec(res.body)?.[0];
        assert.ok(link, `a plain link starting ${start}`);
        assert.ok(link.includes(q), `${start} carries the board's address`);
      }
      for (const name of ['Share by email', 'Share on X', 'Share on Bluesky', 'Share on LinkedIn', 'Share on Facebook', 'Share on WhatsApp']) {
        assert.match(res.body, new RegExp(`aria-label="${name}"`));
      }
      assert.match(res.body, /<form method="get" action="\/share\/mastodon"/);
      assert.match(res.body, /<label class="label" for="mastodon-instance">Share on Mastodon: your server<\/label>/);
      const foreign = loadedAddresses(res.body).filter((a) => !a.startsWith('/'));
      assert.deepEqual(foreign, [], 'nothing is loaded from another site');
    });

    test('no tag or share link carries an email address or text that is not published', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const published = answerIdFrom(
        (await send(board.slug, { body: 'A published answer about \u201cboundaries\u201d & <tags>.', email: sentinel, displayName: 'Sam' })).headers.location,
      );
      const pre = await createBoard(t.db, { moderation: 'pre' });
      await send(pre.slug, { body: 'Held text nobody may see yet.', email: sentinel });

      for (const path of [
        `/b/${board.slug}`,
        `/b/${board.slug}/q/q1`,
        `/b/${board.slug}/q/q1?perspective=p2`,
        `/a/${published}`,
        `/b/${pre.slug}`,
        `/b/${pre.slug}/q/q1`,
      ]) {
        const res = await t.app.inject(path);
        assert.equal(res.statusCode, 200, path);
        assert.ok(!res.body.includes(sentinel), `no email on ${path}`);
        assert.ok(!res.body.includes(encodeURIComponent(sentinel)), `no encoded email on ${path}`);
        assert.ok(!res.body.includes('Held text'), `no held text on ${path}`);
        assert.ok(!res.body.includes(encodeURIComponent('Held text')), `no held text in a share link on ${path}`);
        assert.ok(metaTags(res.body).get('og:title'), `tags on ${path}`);
      }

      const permalink = await t.app.inject(`/a/${published}`);
      const meta = metaTags(permalink.body);
      assert.equal(meta.get('og:type'), 'article');
      assert.equal(meta.get('og:url'), `https://roundtable.example/a/${published}`);
      assert.equal(meta.get('og:description'), 'A published answer about \u201cboundaries\u201d &amp; &lt;tags>.');
      assert.equal(meta.get('og:title'), 'Practitioner answer to \u201cWhat do I do first?\u201d');
      assert.equal(meta.get('og:image'), `https://roundtable.example/b/${board.slug}/share.png`);
      assert.match(permalink.body, /<h2 id="share-heading">Share this answer<\/h2>/);
      assert.match(permalink.body, new RegExp(`value="https://roundtable.example/a/${published}" readonly`));
    });

    test('an empty cell asks for the missing voice: a link to the question with that perspective chosen', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      await send(board.slug, { question: 'q1', perspective: 'p1' });
      const page = await t.app.inject(`/b/${board.slug}`);
      assert.match(page.body, /No answers yet from managers<\/p><p class="cell-ask">/);
      const ask = new RegExp(
        `<a href="/b/${board.slug}/q/q1\\?perspective=p2">Ask a manager<span class="visually-hidden"> to answer \u201cWhat do I do first\\?\u201d</span></a>`,
      );
      assert.match(page.body, ask);
      assert.doesNotMatch(page.body, /\/q\/q1\?perspective=p1"/, 'no "Ask" where the voice is already there');
      assert.match(page.body, new RegExp(`href="/b/${board.slug}/q/q2\\?perspective=p1">Ask a practitioner`));

      const question = await t.app.inject(`/b/${board.slug}/q/q1?perspective=p2`);
      assert.equal(question.statusCode, 200);
      assert.match(question.body, /<input class="radios__input" id="perspective-2" name="perspective" type="radio" value="p2" checked/);
      assert.doesNotMatch(question.body, /value="p1" checked/);
      const meta = metaTags(question.body);
      assert.equal(meta.get('og:url'), `https://roundtable.example/b/${board.slug}/q/q1?perspective=p2`);
      assert.equal(meta.get('og:title'), 'What do I do first?');
      assert.match(question.body, /data-share-text="As a manager, how would you answer \u201cWhat do I do first\?\u201d\?"/);
      // The question page asks for its own missing voices too.
      assert.match(question.body, new RegExp(`<a href="/b/${board.slug}/q/q1\\?perspective=p2">Ask a manager`));

      const plain = await t.app.inject(`/b/${board.slug}/q/q1`);
      assert.doesNotMatch(plain.body, /type="radio" value="p\d" checked/, 'nothing chosen for the reader without the link');
    });

    test('the perspective in a question link is checked like the board filter', async () => {
      const board = await createBoard(t.db);
      for (const bad of ['%3Cscript%3E', 'P2', 'a%20b', 'x'.repeat(61), '%C3%A9']) {
        const res = await t.app.inject(`/b/${board.slug}/q/q1?perspective=${bad}`);
        assert.equal(res.statusCode, 404, bad);
      }
      const gone = await t.app.inject(`/b/${board.slug}/q/q1?perspective=no-longer-here`);
      assert.equal(gone.statusCode, 200, 'a perspective removed since the link was shared chooses nothing');
      assert.doesNotMatch(gone.body, /type="radio" value="p\d" checked/);
      const repeated = await t.app.inject(`/b/${board.slug}/q/q1?perspective=p1&perspective=p2`);
      assert.equal(repeated.statusCode, 200);
      assert.doesNotMatch(repeated.body, /type="radio" value="p\d" checked/);
    });

    test('Mastodon: a plain hostname moves on to its share page; anything else is a 400 page with the form again', async () => {
      const url = 'https://roundtable.example/b/some-board';
      const go = (instance: string, extra: Record<string, string> = {}) =>
        t.app.inject(`/share/mastodon?${new URLSearchParams({ instance, text: 'Fears & hopes', url, ...extra })}`);
      const expected = (host: string) => `https://${host}/share?text=${encodeURIComponent(`Fears & hopes ${url}`)}`;
      for (const [typed, host] of [
        ['mastodon.social', 'mastodon.social'],
        ['  Mastodon.Social ', 'mastodon.social'],
        ['https://mastodon.social/', 'mastodon.social'],
        ['@me@mstdn.example.org', 'mstdn.example.org'],
        ['xn--80ak6aa92e.xn--p1ai', 'xn--80ak6aa92e.xn--p1ai'],
      ] as const) {
        const res = await go(typed);
        assert.equal(res.statusCode, 200, typed);
        const href = expected(host).replaceAll('&', '&amp;');
        assert.ok(res.body.includes(`<meta http-equiv="refresh" content="0; url=${href}"/>`), `${typed}: moves on to ${expected(host)}`);
        assert.ok(res.body.includes(`<a href="${href}">continue to ${host}</a>`), typed);
        assert.equal(res.headers['referrer-policy'], 'no-referrer');
      }
      for (const bad of [
        '',
        'localhost',
        '127.0.0.1',
        '[::1]',
        'mastodon.social:8443',
        'mastodon.social/@me',
        'user:pass@mastodon.social',
        'http://mastodon.social',
        'javascript:alert(1)',
        'evil.example\r\nset-cookie: x=1',
        'mastodon..social',
        '-bad.example',
        'a'.repeat(400),
        '<script>alert(1)</script>.example',
      ]) {
        const res = await go(bad);
        assert.equal(res.statusCode, 400, JSON.stringify(bad));
        assert.equal(res.headers.location, undefined);
        assert.match(res.body, /<title>Error: Share on Mastodon – Roundtable<\/title>/);
        assert.match(res.body, /<a href="#mastodon-instance">Enter your Mastodon server’s address/);
        assert.match(res.body, /<p class="error-message" id="mastodon-instance-error">/);
        assert.doesNotMatch(res.body, /<script>alert/);
      }
      const foreign = await go('mastodon.social', { url: 'https://evil.example/b/x' });
      assert.equal(foreign.statusCode, 400, 'only our own addresses are shared');
      assert.equal(foreign.headers.location, undefined);
      const lookalike = await go('mastodon.social', { url: 'https://roundtable.example.evil.example/' });
      assert.equal(lookalike.statusCode, 400);
      const long = await go('mastodon.social', { text: 'x'.repeat(1001) });
      assert.equal(long.statusCode, 400);
    });

    test('Mastodon in Welsh (/cy/share/mastodon): the page moving on and the 400 page with its error are Welsh', async () => {
      const url = 'https://roundtable.example/cy/b/some-board';
      const go = (instance: string) => t.app.inject(`/cy/share/mastodon?${new URLSearchParams({ instance, text: 'Ofnau a gobeithion', url })}`);
      const onward = await go('mastodon.social');
      assert.equal(onward.statusCode, 200);
      assert.match(onward.body, /<html lang="cy">/);
      assert.match(onward.body, /<h1>Rhannu ar Mastodon<\/h1>/);
      assert.match(
        onward.body,
        /Yn mynd â chi i mastodon.social i ysgrifennu eich postiad\. Os nad oes dim yn digwydd, <a href="[^"]+">ewch ymlaen i mastodon.social<\/a>\./,
      );
      for (const [typed, message] of [
        ['', 'Rhowch gyfeiriad eich gweinydd Mastodon, fel mastodon.social'],
        ['localhost', 'Rhowch gyfeiriad eich gweinydd Mastodon ar ei ben ei hun, fel mastodon.social'],
      ] as const) {
        const res = await go(typed);
        assert.equal(res.statusCode, 400, typed);
        assert.match(res.body, /<html lang="cy">/);
        assert.ok(res.body.includes(`<a href="#mastodon-instance">${message}</a>`), typed);
        assert.match(res.body, /<label class="label" for="mastodon-instance">Rhannu ar Mastodon: eich gweinydd<\/label>/);
        // The form sends the reader on from the Welsh page, so a second mistake is explained in Welsh too.
        assert.match(res.body, /<form method="get" action="\/cy\/share\/mastodon"/);
        assert.doesNotMatch(res.body, /Enter your Mastodon server|Share on Mastodon/);
      }
    });

    test('the share section on a Welsh page: Welsh labels, the Welsh words share.js says, the Mastodon form sent to the Welsh page', () => {
      const share = { url: 'https://roundtable.example/cy/b/x', title: 'Ofnau', text: 'Ofnau' };
      const html = renderFragment(h(ShareSection, { share, heading: 'Rhannu’r bwrdd hwn', locale: 'cy' }));
      assert.match(html, /<label class="label" for="share-link">Dolen i’r dudalen hon<\/label>/);
      assert.match(html, />Copïo’r ddolen</);
      assert.match(html, /aria-label="Rhannu drwy e-bost">E-bost</);
      assert.match(html, /aria-label="Rhannu ar Bluesky">Bluesky</);
      assert.match(html, /data-share-words="[^"]*Mae’r ddolen wedi’i chopïo\./);
      assert.match(html, /<form method="get" action="\/cy\/share\/mastodon"/);
      assert.doesNotMatch(html, /Copy link|Link to this page|Share on/);
    });

    test('the Welsh page of a board translated into Welsh: its link preview, image alt text included, reads in Welsh', async () => {
      const board = await createBoard(t.db, { title: 'Finding time' });
      await translateBoard(t.db, board.id, { title: 'Dod o hyd i amser', intro: 'Cyflwyniad.', questions: { q1: 'Beth yn gyntaf?' } });
      const welsh = metaTags((await t.app.inject(`/cy/b/${board.slug}`)).body);
      assert.equal(welsh.get('og:title'), 'Dod o hyd i amser');
      assert.match(welsh.get('og:image:alt') ?? '', /^Grid o’r cwestiynau ar “Dod o hyd i amser” a’r safbwyntiau sy’n eu hateb/);
      assert.equal(welsh.get('twitter:image:alt'), welsh.get('og:image:alt'));
      const question = metaTags((await t.app.inject(`/cy/b/${board.slug}/q/q1`)).body);
      assert.match(question.get('og:image:alt') ?? '', /^Grid o’r cwestiynau ar “Dod o hyd i amser”/);
      assert.match(question.get('og:description') ?? '', /^Atebion i “Beth yn gyntaf\?”, o bob safbwynt\. Cwestiwn ar “Dod o hyd i amser”/);
      // The English page of the same board is unchanged.
      const english = metaTags((await t.app.inject(`/b/${board.slug}`)).body);
      assert.match(english.get('og:image:alt') ?? '', /^A grid of the questions on “Finding time” and the points of view answering them/);
    });

    test('the Welsh page of a board written only in English: Welsh share words, /cy addresses and the Welsh image', async () => {
      const board = await createBoard(t.db, { title: 'Finding time', moderation: 'post' });
      const address = `https://roundtable.example/cy/b/${board.slug}`;
      const page = await t.app.inject(`/cy/b/${board.slug}`);
      const meta = metaTags(page.body);
      assert.equal(meta.get('og:url'), address);
      assert.equal(meta.get('og:image'), `${address}/share.png`);
      assert.match(meta.get('og:image:alt') ?? '', /^Grid o’r cwestiynau ar “Finding time” a’r safbwyntiau sy’n eu hateb/);
      assert.match(page.body, new RegExp(`data-share-url="${address}"`));
      assert.match(page.body, /data-share-text="Finding time – atebion o bob safbwynt\. Darllenwch nhw, neu ychwanegwch eich un chi\."/);
      assert.match(page.body, new RegExp(`value="${address}" readonly`), 'the link to copy is the Welsh page');

      const question = await t.app.inject(`/cy/b/${board.slug}/q/q1?perspective=p2`);
      const asked = metaTags(question.body);
      assert.equal(asked.get('og:url'), `${address}/q/q1?perspective=p2`);
      assert.match(question.body, /data-share-text="Fel rhywun o safbwynt “Manager”, sut fyddech chi’n ateb “What do I do first\?”\?"/);

      // The English page is as it was.
      const english = metaTags((await t.app.inject(`/b/${board.slug}`)).body);
      assert.equal(english.get('og:url'), `https://roundtable.example/b/${board.slug}`);
      assert.equal(english.get('og:image'), `https://roundtable.example/b/${board.slug}/share.png`);

      // The image at the Welsh address is drawn with Welsh words: another picture, cached apart.
      const welshImage = await t.app.inject(`/cy/b/${board.slug}/share.png`);
      const englishImage = await t.app.inject(`/b/${board.slug}/share.png`);
      assert.equal(welshImage.statusCode, 200);
      assert.equal(welshImage.headers['content-type'], 'image/png');
      assert.notDeepEqual(welshImage.rawPayload, englishImage.rawPayload);
      assert.notEqual(welshImage.headers.etag, englishImage.headers.etag);
      const again = await t.app.inject({ url: `/cy/b/${board.slug}/share.png`, headers: { 'if-none-match': String(welshImage.headers.etag) } });
      assert.equal(again.statusCode, 304);
      const crossed = await t.app.inject({ url: `/b/${board.slug}/share.png`, headers: { 'if-none-match': String(welshImage.headers.etag) } });
      assert.equal(crossed.statusCode, 200, 'the Welsh image’s tag does not stand for the English one');
    });

    test('an answer’s Welsh page (/cy/a/:id) is shared in Welsh, with the board’s Welsh texts, at its /cy address', async () => {
      const board = await createBoard(t.db, { title: 'Finding time', moderation: 'post' });
      await translateBoard(t.db, board.id, {
        title: 'Dod o hyd i amser',
        questions: { q1: 'Beth ydw i’n ei wneud gyntaf?' },
        perspectives: { p1: { label: 'Ymarferydd', plural: 'ymarferwyr' } },
      });
      const id = answerIdFrom((await send(board.slug, { body: 'Siaradwch â’ch goruchwyliwr.' })).headers.location);
      const page = await t.app.inject(`/cy/a/${id}`);
      assert.equal(page.statusCode, 200);
      const meta = metaTags(page.body);
      assert.equal(meta.get('og:url'), `https://roundtable.example/cy/a/${id}`);
      assert.equal(meta.get('og:title'), 'Ateb o safbwynt “Ymarferydd” i “Beth ydw i’n ei wneud gyntaf?”');
      assert.equal(meta.get('og:image'), `https://roundtable.example/cy/b/${board.slug}/share.png`);
      assert.match(meta.get('og:image:alt') ?? '', /^Grid o’r cwestiynau ar “Dod o hyd i amser” a’r safbwyntiau sy’n eu hateb/);
      assert.equal(meta.get('twitter:image:alt'), meta.get('og:image:alt'));
      assert.match(page.body, /data-share-text="Dienw \(Ymarferydd\) ar “Beth ydw i’n ei wneud gyntaf\?”"/);
      assert.match(page.body, new RegExp(`value="https://roundtable.example/cy/a/${id}" readonly`));
      // The same answer's English page keeps the English words.
      const english = metaTags((await t.app.inject(`/a/${id}`)).body);
      assert.equal(english.get('og:title'), 'Practitioner answer to “What do I do first?”');
      assert.equal(english.get('og:url'), `https://roundtable.example/a/${id}`);
      assert.match(english.get('og:image:alt') ?? '', /^A grid of the questions on “Finding time”/);
    });

    test('the share image: a PNG per board revision, cached by ETag; 404 for unknown and archived boards', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await t.app.inject(`/b/${board.slug}/share.png`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/png');
      const png = res.rawPayload;
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.equal(png.readUInt32BE(16), 1200);
      assert.equal(png.readUInt32BE(20), 630);
      const etag = String(res.headers.etag);
      const again = await t.app.inject({ url: `/b/${board.slug}/share.png`, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);

      await send(board.slug, {});
      const changed = await t.app.inject({ url: `/b/${board.slug}/share.png`, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200, 'a new answer draws a new image');
      assert.notDeepEqual(changed.rawPayload, png);

      assert.equal((await t.app.inject('/b/no-such-board/share.png')).statusCode, 404);
      await t.db
        .updateTable('boards')
        .set((eb) => ({ archivedAt: new Date().toISOString(), revision: eb('revision', '+', 1) }))
        .where('id', '=', board.id)
        .execute();
      assert.equal((await t.app.inject(`/b/${board.slug}/share.png`)).statusCode, 404);
      // The archived board's pages still have their tags, but point at no image.
      const [answer] = await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).execute();
      for (const path of [`/b/${board.slug}`, `/b/${board.slug}/q/q1`, `/a/${answer!.id}`]) {
        const meta = metaTags((await t.app.inject(path)).body);
        assert.ok(meta.get('og:title'), path);
        assert.equal(meta.get('og:image'), undefined, path);
        assert.equal(meta.get('twitter:card'), 'summary', path);
      }
    });
  });
}
