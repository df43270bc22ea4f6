import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { parseAtomFeed } from 'feedsmith';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

const atomType = 'application/atom+xml; charset=utf-8';

/** The feed as a real feed parser reads it (feedsmith), after checking the response is an Atom document in the language expected. */
function readFeed(res: LightMyRequestResponse, lang = 'en-GB') {
  assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  assert.equal(res.headers['content-type'], atomType);
  assert.match(res.body, new RegExp(`^<\\?xml version="1\\.0" encoding="utf-8"\\?>\\n<feed xmlns="http://www\\.w3\\.org/2005/Atom" xml:lang="${lang}">`));
  return parseAtomFeed(res.body);
}

for (const dialect of dialects) {
  describe(`Atom feed (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function setup(moderation: 'pre' | 'post' = 'pre') {
      const board = await createBoard(t.db, { moderation, title: 'Fears about social media' });
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      return { board, owner };
    }

    async function submit(slug: string, fields: Record<string, string>) {
      const res = await t.app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: formHeaders, payload: answerForm(fields) });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      const location = String(res.headers.location);
      return { id: answerIdFrom(location), key: /#key=([A-Za-z0-9_-]+)$/.exec(location)?.[1] ?? '' };
    }

    const moderate = (slug: string, id: string, action: string, cookie: string, payload = '') =>
      t.app.inject({ method: 'POST', url: `/admin/b/${slug}/answers/${id}/${action}`, headers: { ...formHeaders, cookie }, payload });

    test('lists published answers only, newest first: question, perspective, text, name or Anonymous, permalink; never an email', async () => {
      const { board, owner } = await setup('pre');
      const first = await submit(board.slug, { body: 'Ask your manager for the policy first.', displayName: 'Sam Carer', email: 'sam@example.org' });
      const second = await submit(board.slug, { question: 'q2', perspective: 'p2', body: 'Block out ten minutes a week.', email: 'anon@example.org' });
      const rejected = await submit(board.slug, { body: 'Rejected text that never shows.', email: 'rejected@example.org' });
      await submit(board.slug, { body: 'Pending text that never shows.', displayName: 'Pending Person', email: 'pending@example.org' });
      assert.equal((await moderate(board.slug, first.id, 'approve', owner.cookie)).statusCode, 303);
      assert.equal((await moderate(board.slug, second.id, 'approve', owner.cookie)).statusCode, 303);
      assert.equal((await moderate(board.slug, rejected.id, 'reject', owner.cookie, 'reason=Off+topic')).statusCode, 303);

      const res = await t.app.inject(`/b/${board.slug}/feed.atom`);
      const feed = readFeed(res);
      const base = t.config.baseUrl;
      assert.equal(feed.title?.value, 'Fears about social media');
      assert.equal(feed.subtitle?.value, 'An introduction.\n\nIn two paragraphs.');
      assert.equal(feed.id, `${base}/b/${board.slug}`);
      assert.deepEqual(
        feed.links?.map((l) => [l.rel, l.href]),
        [
          ['self', `${base}/b/${board.slug}/feed.atom`],
          ['alternate', `${base}/b/${board.slug}`],
        ],
      );
      assert.deepEqual(
        feed.entries?.map((e) => ({
          id: e.id,
          link: e.links?.[0]?.href,
          title: e.title?.value,
          author: e.authors?.map((a) => a.name),
          content: e.content?.value,
          type: e.content?.type,
          category: e.categories?.[0]?.label,
        })),
        [
          {
            id: `${base}/a/${second.id}`,
            link: `${base}/a/${second.id}`,
            title: 'Where do I find the time? (Manager)',
            author: ['Anonymous'],
            content: 'Block out ten minutes a week.',
            type: 'text',
            category: 'Manager',
          },
          {
            id: `${base}/a/${first.id}`,
            link: `${base}/a/${first.id}`,
            title: 'What do I do first? (Practitioner)',
            author: ['Sam Carer'],
            content: 'Ask your manager for the policy first.',
            type: 'text',
            category: 'Practitioner',
          },
        ],
      );
      for (const entry of feed.entries ?? []) {
        assert.ok(entry.published && !Number.isNaN(Date.parse(entry.published)), 'a published date');
        assert.ok(entry.updated && entry.updated >= entry.published, 'updated no earlier than published');
      }
      assert.ok(feed.updated && feed.updated >= (feed.entries?.[0]?.updated ?? ''), 'the feed is as new as its newest entry');
      assert.doesNotMatch(res.body, /@example\.org|never shows|Pending Person/, 'no email, no held or rejected answer');
    });

    test('an answer hidden by a moderator or deleted by its author leaves the feed', async () => {
      const { board, owner } = await setup('post');
      const kept = await submit(board.slug, { body: 'An answer that stays.' });
      const hidden = await submit(board.slug, { body: 'An answer a moderator hides.' });
      const deleted = await submit(board.slug, { body: 'An answer its author deletes.' });
      const before = await t.app.inject(`/b/${board.slug}/feed.atom`);
      assert.deepEqual(
        readFeed(before)
          .entries?.map((e) => e.content?.value)
          .sort(),
        ['An answer a moderator hides.', 'An answer its author deletes.', 'An answer that stays.'],
      );

      assert.equal((await moderate(board.slug, hidden.id, 'hide', owner.cookie)).statusCode, 303);
      const removed = await t.app.inject({ method: 'POST', url: `/a/${deleted.id}/manage/delete`, headers: formHeaders, payload: `key=${deleted.key}` });
      assert.equal(removed.statusCode, 303);

      const res = await t.app.inject({ url: `/b/${board.slug}/feed.atom`, headers: { 'if-none-match': String(before.headers.etag) } });
      assert.notEqual(res.headers.etag, before.headers.etag, 'the ETag moves on');
      assert.deepEqual(
        readFeed(res).entries?.map((e) => e.id),
        [`${t.config.baseUrl}/a/${kept.id}`],
      );
    });

    test('answers conditional GETs: a weak ETag from the revision, 304 while nothing changed, 200 after a new answer', async () => {
      const { board } = await setup('post');
      await submit(board.slug, { body: 'The first answer.' });
      const first = await t.app.inject(`/b/${board.slug}/feed.atom`);
      const etag = String(first.headers.etag);
      assert.match(etag, /^W\/".+"$/);
      assert.equal(first.headers['cache-control'], 'public, no-cache');

      for (const ifNoneMatch of [etag, `"other", ${etag}`, etag.slice(2), '*']) {
        const again = await t.app.inject({ url: `/b/${board.slug}/feed.atom`, headers: { 'if-none-match': ifNoneMatch } });
        assert.equal(again.statusCode, 304, `If-None-Match: ${ifNoneMatch}`);
        assert.equal(again.body, '');
        assert.equal(again.headers.etag, etag);
      }
      const head = await t.app.inject({ method: 'HEAD', url: `/b/${board.slug}/feed.atom` });
      assert.equal(head.statusCode, 200);
      assert.equal(head.headers['content-type'], atomType);

      await submit(board.slug, { body: 'A second answer.' });
      const changed = await t.app.inject({ url: `/b/${board.slug}/feed.atom`, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
      assert.equal(readFeed(changed).entries?.[0]?.content?.value, 'A second answer.');
    });

    test('an unknown or archived board has no feed (404), and its page no feed link', async () => {
      assert.equal((await t.app.inject('/b/no-such-board/feed.atom')).statusCode, 404);
      assert.equal((await t.app.inject(`/b/${'x'.repeat(150)}/feed.atom`)).statusCode, 404);
      assert.equal((await t.app.inject('/b/%00/feed.atom')).statusCode, 400, 'a NUL in the address is refused before routing');
      const { board, owner } = await setup('post');
      const page = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.match(
        page,
        new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="/b/${board.slug}/feed.atom" title="Fears about social media: new answers"/>`),
      );
      assert.match(page, new RegExp(`<a href="/b/${board.slug}/feed.atom" type="application/atom\\+xml">Follow new answers</a> in a feed reader`));

      const archived = await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/archive`, headers: { ...formHeaders, cookie: owner.cookie } });
      assert.equal(archived.statusCode, 303);
      const gone = await t.app.inject(`/b/${board.slug}/feed.atom`);
      assert.equal(gone.statusCode, 404);
      assert.doesNotMatch(String(gone.headers['content-type']), /atom/);
      assert.doesNotMatch((await t.app.inject(`/b/${board.slug}`)).body, /feed\.atom/);
    });

    test('in Welsh at /cy/…/feed.atom: the board, questions and perspectives as translated, Welsh words, links that stay in Welsh', async () => {
      const { board } = await setup('post');
      await t.db
        .updateTable('boards')
        .set({ translatedTitle: 'Ofnau am y cyfryngau cymdeithasol', translatedIntro: 'Cyflwyniad.' })
        .where('id', '=', board.id)
        .execute();
      await t.db
        .updateTable('questions')
        .set({ translatedText: 'Beth ydw i’n ei wneud gyntaf?' })
        .where('key', '=', 'q1')
        .where('boardId', '=', board.id)
        .execute();
      await t.db.updateTable('perspectives').set({ translatedLabel: 'Ymarferydd' }).where('key', '=', 'p1').where('boardId', '=', board.id).execute();
      const english = await submit(board.slug, { body: 'Ask your manager for the policy first.' });
      const untranslated = await submit(board.slug, { question: 'q2', perspective: 'p2', body: 'Gofynnwch i’ch rheolwr.', displayName: 'Siân' });
      await t.db.updateTable('answers').set({ language: 'en' }).where('id', '=', english.id).execute();
      await t.db.updateTable('answers').set({ language: 'cy' }).where('id', '=', untranslated.id).execute();

      const res = await t.app.inject(`/cy/b/${board.slug}/feed.atom`);
      const feed = readFeed(res, 'cy');
      const base = t.config.baseUrl;
      assert.equal(feed.title?.value, 'Ofnau am y cyfryngau cymdeithasol');
      assert.equal(feed.subtitle?.value, 'Cyflwyniad.');
      assert.equal(feed.id, `${base}/cy/b/${board.slug}`);
      assert.deepEqual(
        feed.links?.map((l) => [l.rel, l.href]),
        [
          ['self', `${base}/cy/b/${board.slug}/feed.atom`],
          ['alternate', `${base}/cy/b/${board.slug}`],
        ],
      );
      assert.deepEqual(
        feed.entries?.map((e) => ({
          id: e.id,
          link: e.links?.[0]?.href,
          title: e.title?.value,
          author: e.authors?.[0]?.name,
          category: e.categories?.[0]?.label,
        })),
        [
          // Not translated: shown as written.
          {
            id: `${base}/a/${untranslated.id}`,
            link: `${base}/cy/a/${untranslated.id}`,
            title: 'Where do I find the time? (Manager)',
            author: 'Siân',
            category: 'Manager',
          },
          {
            id: `${base}/a/${english.id}`,
            link: `${base}/cy/a/${english.id}`,
            title: 'Beth ydw i’n ei wneud gyntaf? (Ymarferydd)',
            author: 'Dienw',
            category: 'Ymarferydd',
          },
        ],
      );
      assert.match(res.body, /<content type="text" xml:lang="en-GB">Ask your manager for the policy first\.<\/content>/, 'an English answer says so');
      assert.match(res.body, /<content type="text">Gofynnwch i’ch rheolwr\.<\/content>/, "a Welsh answer is in the feed's language");
      assert.doesNotMatch(res.body, /Anonymous/);

      const inEnglish = await t.app.inject(`/b/${board.slug}/feed.atom`);
      assert.equal(readFeed(inEnglish).title?.value, 'Fears about social media', 'the English feed keeps the English title');
      assert.match(inEnglish.body, /<content type="text" xml:lang="cy">Gofynnwch/);
      assert.notEqual(res.headers.etag, inEnglish.headers.etag, 'each language has its own ETag');
      const again = await t.app.inject({ url: `/cy/b/${board.slug}/feed.atom`, headers: { 'if-none-match': String(inEnglish.headers.etag) } });
      assert.equal(again.statusCode, 200, 'the English ETag does not stand for the Welsh feed');
      assert.equal((await t.app.inject({ url: `/cy/b/${board.slug}/feed.atom`, headers: { 'if-none-match': String(res.headers.etag) } })).statusCode, 304);
    });

    test('carries the newest 50 answers', async () => {
      const { board } = await setup('post');
      for (let i = 0; i < 52; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/b/${board.slug}/answers`,
          headers: formHeaders,
          payload: answerForm({ body: `Answer number ${i}.` }),
          remoteAddress: `10.0.${i}.1`,
        });
        assert.equal(res.statusCode, 303);
      }
      const entries = readFeed(await t.app.inject(`/b/${board.slug}/feed.atom`)).entries ?? [];
      assert.equal(entries.length, 50);
      assert.equal(entries[0]?.content?.value, 'Answer number 51.');
      assert.equal(entries[49]?.content?.value, 'Answer number 2.');
    });
  });
}
