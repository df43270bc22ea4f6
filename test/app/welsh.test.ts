// Issue 14: every public page exists in Welsh at /cy/… and in English, on both databases, each saying its language and
// pointing at its twin; and the list below covers every public GET route the app has (a new one fails this test until
// it is listed, in both languages, or excluded with a reason).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { catalogues } from '../../src/i18n/catalogue.ts';
import { LiveBus } from '../../src/live/live.bus.ts';
import { startSession } from '../../src/workshop/workshop.actions.ts';
import { answerForm, answerIdFrom, createBoard, createTestApp, decodedHtml, dialects, formHeaders, type TestApp } from '../helpers.ts';

/** GET routes that are not pages for a reader, with why. */
const notPages: Record<string, string> = {
  '/assets/:file': 'stylesheets and scripts',
  '/embed.js': 'the script blogs paste: one stable address',
  '/healthz': 'for the load balancer',
  '/readyz': 'for the load balancer',
  '/metrics': 'for monitoring',
  '/oembed': 'JSON for blog software (its iframe address carries the language: tested in src/embed)',
  '/b/:slug/share.png': 'an image',
  '/b/:slug/join.svg': 'a QR code',
  '/b/:slug/events': 'the live stream (its messages are tested in src/workshop)',
  '/b/:slug/check': 'JSON for the answer form script',
  '/setup/:token': 'the facilitator area, English for now (issue 14, point 5)',
  '/sign-in': 'the facilitator area, English for now (issue 14, point 5)',
  '/share/mastodon': 'redirects to the reader’s Mastodon server',
};

const welshSkipLink = catalogues.cy.layout.skipLink;
const englishSkipLink = catalogues.en.layout.skipLink;

for (const dialect of dialects) {
  describe(`every public page in Welsh and English (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('each page answers at its English address and at /cy, in its language, linking to its twin', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const sent = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm() });
      assert.equal(sent.statusCode, 303);
      const received = String(sent.headers.location).replace(/#.*$/, '');
      const id = answerIdFrom(received);
      const reported = await t.app.inject({ method: 'POST', url: `/a/${id}/report`, headers: formHeaders, payload: 'reason=identifying&details=' });
      assert.ok(reported.statusCode < 400, `report: ${reported.statusCode}`);
      const boardRow = await t.db.selectFrom('boards').selectAll().where('id', '=', board.id).executeTakeFirstOrThrow();
      const session = await startSession(t.db, new LiveBus(), boardRow);
      const joined = await t.app.inject({ method: 'POST', url: `/j/${session.code}/answers`, headers: formHeaders, payload: answerForm() });
      assert.equal(joined.statusCode, 303, joined.body.slice(0, 300));
      const sentFromJoin = String(joined.headers.location).replace(/#.*$/, '');

      const pages: Record<string, string> = {
        '/': '/',
        '/help': '/help',
        '/b/:slug': `/b/${board.slug}`,
        '/b/:slug/q/:question': `/b/${board.slug}/q/q1`,
        '/b/:slug/received/:id': received,
        '/a/:id': `/a/${id}`,
        '/a/:id/report': `/a/${id}/report`,
        '/a/:id/reported': `/a/${id}/reported`,
        '/a/:id/manage': `/a/${id}/manage`,
        '/a/:id/manage/done': `/a/${id}/manage/done`,
        '/embed/b/:slug': `/embed/b/${board.slug}`,
        '/b/:slug/feed.atom': `/b/${board.slug}/feed.atom`,
        '/j': '/j',
        '/j/:code': `/j/${session.code}`,
        '/j/:code/sent/:id': sentFromJoin.replace(/^\/cy/, ''),
        '/b/:slug/live': `/b/${board.slug}/live`,
      };
      const publicGets = new Set(t.app.routeList.filter((r) => r.method === 'GET' && !/^\/(admin|api)\b/.test(r.url)).map((r) => r.url));
      const listed = new Set([...Object.keys(pages), ...Object.keys(notPages)]);
      assert.deepEqual([...publicGets].filter((r) => !listed.has(r)).sort(), [], 'every public GET route is a page here or excluded with a reason');

      for (const [route, path] of Object.entries(pages)) {
        const english = await t.app.inject(path);
        const welsh = await t.app.inject(`/cy${path}`);
        assert.equal(english.statusCode, 200, `${route} in English: ${english.statusCode}`);
        assert.equal(welsh.statusCode, 200, `${route} in Welsh: ${welsh.statusCode}`);
        if (route.endsWith('feed.atom')) {
          assert.match(welsh.body, /xml:lang="cy"/, `${route}: the Welsh feed says its language`);
          assert.match(english.body, /xml:lang="en-GB"/, `${route}: the English feed says its language`);
          continue;
        }
        assert.match(english.body, /<html lang="en-GB"/, `${route}: English page language`);
        assert.match(welsh.body, /<html lang="cy"/, `${route}: Welsh page language`);
        // The projector and the embed have no site header; every other page has the skip link and the switch.
        if (!route.startsWith('/embed') && !route.endsWith('/live')) {
          assert.ok(decodedHtml(english.body).includes(englishSkipLink), `${route}: the English skip link`);
          assert.ok(decodedHtml(welsh.body).includes(welshSkipLink), `${route}: the Welsh skip link`);
          const twin = /<a class="site-header__language" href="([^"]+)"/.exec(welsh.body)?.[1]?.replaceAll('&amp;', '&');
          assert.equal(twin, path, `${route}: the Welsh page's switch leads to the same page in English`);
          const back = /<a class="site-header__language" href="([^"]+)"/.exec(english.body)?.[1]?.replaceAll('&amp;', '&');
          assert.equal(back, `/cy${path === '/' ? '' : path}`, `${route}: the English page's switch leads to the same page in Welsh`);
        }
      }
    });
  });
}
