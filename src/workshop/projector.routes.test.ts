import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, quietEffects, type TestApp, decodedHtml } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { addAnswers } from '../../test/server.ts';
import { foreignMarkup, xssPayloads } from '../../test/app/xss-payloads.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import type { Board } from '../db/tables.ts';
import { changeSession, endSession, startSession, type SessionChange } from './workshop.actions.ts';

const crisisText = "I don't want to be here any more. I've been saving up my tablets and I think tonight is the night.";
const sentinel = 'sentinel-projector-7d2@example.org';

const viewTags = new Set(
  'div header p span a main h1 h2 figure blockquote figcaption aside img strong wbr ul li section table caption thead tbody tr th td'.split(' '),
);

function h1(html: string): string {
  return decodedHtml(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');
}

for (const dialect of dialects) {
  describe(`projector (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const bus = () => quietEffects(t.config).bus;

    async function setup(options: { moderation?: 'pre' | 'post' } = {}) {
      const created = await createBoard(t.db, { moderation: options.moderation ?? 'pre' });
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, created.id, owner.id, 'owner');
      const board = async (): Promise<Board> => (await findBoardBySlug(t.db, created.slug))!;
      const live = (query = '') => t.app.inject(`/b/${created.slug}/live${query}`);
      const change = async (what: SessionChange) => assert.equal((await changeSession(t.db, bus(), await board(), what)).kind, 'done');
      const send = async (fields: Record<string, string>) => {
        const res = await t.app.inject({ method: 'POST', url: `/b/${created.slug}/answers`, headers: formHeaders, payload: answerForm(fields) });
        assert.equal(res.statusCode, 303, res.body.slice(0, 300));
        return answerIdFrom(res.headers.location);
      };
      const decide = async (id: string, action: 'approve' | 'hide' | 'reject') => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/admin/b/${created.slug}/answers/${id}/${action}`,
          headers: { ...formHeaders, cookie: owner.cookie },
          payload: action === 'reject' ? 'reason=Off+topic' : '',
        });
        assert.equal(res.statusCode, 303);
      };
      return { slug: created.slug, board, live, change, send, decide };
    }

    test('with no session running: the board title, a calm message and the board address; no join code', async () => {
      const { slug, live } = await setup();
      const res = await live();
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.equal(h1(res.body), `Board ${slug}`);
      assert.match(res.body, /No live session is running\./);
      assert.match(res.body, new RegExp(`The board is at <a href="/b/${slug}">localhost:3000/b/${slug}</a>`));
      assert.match(res.body, /<html lang="en-GB"/);
      assert.match(res.body, new RegExp(`<title>Live: Board ${slug} – Roundtable</title>`));
      assert.doesNotMatch(res.body, /<form/, 'no forms on the projector');
      assert.doesNotMatch(res.body, /Join in|join\.svg/);
      assert.equal(res.headers['set-cookie'], undefined, 'no cookies');
      assert.equal((await t.app.inject(`/b/${slug}/join.svg`)).statusCode, 404);
    });

    test('an unknown board is a 404, for the page, the screen and the QR code', async () => {
      for (const url of ['/b/no-such-board/live', '/b/no-such-board/live?part=screen', '/b/no-such-board/join.svg']) {
        assert.equal((await t.app.inject(url)).statusCode, 404, url);
      }
    });

    test('the current question: big, its published answers by perspective, newest first, with counts in all and per perspective', async () => {
      const { slug, board, live } = await setup();
      await addAnswers(t.db, slug, [
        { question: 'q1', perspective: 'p1', body: 'The oldest practitioner answer.', createdAt: '2026-01-01T10:00:00.000Z' },
        { question: 'q1', perspective: 'p1', body: 'The newest practitioner answer.', createdAt: '2026-01-01T11:00:00.000Z' },
        { question: 'q1', perspective: 'p2', body: 'A manager answer.' },
        { question: 'q2', perspective: 'p1', body: 'An answer to the other question.' },
      ]);
      const session = await startSession(t.db, bus(), await board());
      const res = await live();
      assert.equal(res.statusCode, 200);
      assert.equal(h1(res.body), 'What do I do first?');
      assert.match(res.body, /data-state="question"/);
      assert.match(res.body, /<p class="projector__total">3 answers so far<\/p>/);
      assert.match(res.body, /Practitioner<\/span> <span class="projector__count">2 answers<\/span>/);
      assert.match(res.body, /Manager<\/span> <span class="projector__count">1 answer<\/span>/);
      assert.ok(res.body.indexOf('The newest practitioner') < res.body.indexOf('The oldest practitioner'), 'newest first');
      assert.doesNotMatch(res.body, /An answer to the other question/);
      assert.match(res.body, /<title>Live: What do I do first\? – Roundtable<\/title>/);
      // The join panel is shown from the start: the QR code, the address without its scheme and the code.
      assert.match(res.body, new RegExp(`<img class="projector-join__qr" src="/b/${slug}/join.svg\\?code=${session.code}"`));
      assert.match(
        res.body,
        new RegExp(`<strong class="projector-join__address">localhost:3000<wbr/><span class="projector-join__path">/j/${session.code}</span></strong>`),
      );
      assert.match(res.body, new RegExp(`<strong class="projector-join__code">${session.code}</strong>`));
      assert.match(res.body, /<p class="projector__paused" data-paused-marker="true" hidden>Paused<\/p>/);
    });

    test('a question with more answers than fit says how many more there are', async () => {
      const { slug, board, live } = await setup();
      const long = 'A long answer that takes several lines on the screen, as answers in a workshop often do when people have a lot to say. ';
      await addAnswers(
        t.db,
        slug,
        Array.from({ length: 14 }, (_, i) => ({ question: 'q1', perspective: 'p1', body: `${i}: ${long.repeat(2)}` })),
      );
      await startSession(t.db, bus(), await board());
      const res = await live();
      const shown = (res.body.match(/class="projector-answer"/g) ?? []).length;
      assert.ok(shown >= 1 && shown < 14, `${shown} of 14 shown`);
      assert.match(res.body, new RegExp(`data-more="${14 - shown}">\\+ ${14 - shown} more</p>`));
      assert.match(res.body, /No answers yet from managers/);
    });

    test('the whole table: each cell’s count and its newest answer, shortened; the join panel can be hidden', async () => {
      const { slug, change, board, live } = await setup();
      const long = `${'Newest and long: '.repeat(20)}the end.`;
      await addAnswers(t.db, slug, [
        { question: 'q1', perspective: 'p1', body: 'Older in the first cell.', createdAt: '2026-01-01T10:00:00.000Z' },
        { question: 'q1', perspective: 'p1', body: long, createdAt: '2026-01-01T11:00:00.000Z' },
        { question: 'q2', perspective: 'p2', body: 'Only answer in its cell.' },
      ]);
      const session = await startSession(t.db, bus(), await board());
      await change({ question: null, showJoin: false });
      const res = await live();
      assert.equal(h1(res.body), `Board ${slug}`);
      assert.match(res.body, /data-state="table"/);
      assert.match(res.body, /<caption/);
      assert.match(res.body, /<th scope="row"[^>]*><span[^>]*>What do I do first\?<\/span><\/th>/);
      assert.match(res.body, /<p class="projector-table__count">2 answers<\/p>/);
      assert.match(res.body, /<p class="projector-table__count">1 answer<\/p>/);
      assert.match(res.body, /Newest and long: Newest and long: [^<]*…<\/p>/);
      assert.doesNotMatch(res.body, /the end\./, 'shortened');
      assert.doesNotMatch(res.body, /Older in the first cell/, 'only the newest');
      assert.match(res.body, /No answers yet from managers/);
      assert.doesNotMatch(res.body, /Join in|join\.svg/, 'join panel hidden');
      assert.doesNotMatch(res.body, new RegExp(session.code), 'and the code with it');
      await change({ showJoin: true });
      assert.match((await live()).body, /Join in/);
    });

    test('the spotlight: one answer, large, with its perspective and author; Anonymous when no name was given', async () => {
      const { slug, change, board, live } = await setup();
      const [named, anonymous] = await addAnswers(t.db, slug, [
        { question: 'q2', perspective: 'p2', body: 'Block out twenty minutes on a Friday.', displayName: 'Sam' },
        { question: 'q1', perspective: 'p1', body: 'Ask your team what works.' },
      ]);
      await startSession(t.db, bus(), await board());
      await change({ spotlight: named! });
      let res = await live();
      assert.match(res.body, /data-state="spotlight"/);
      assert.equal(h1(res.body), 'Where do I find the time?');
      assert.match(res.body, /<p>Block out twenty minutes on a Friday\.<\/p>/);
      assert.match(res.body, /<figcaption class="projector-spotlight__who">Sam, <span class="projector-spotlight__perspective">Manager<\/span>/);
      assert.doesNotMatch(res.body, /Ask your team what works/, 'the spotlight alone');
      await change({ spotlight: anonymous! });
      res = await live();
      assert.match(res.body, /Anonymous, <span class="projector-spotlight__perspective">Practitioner<\/span>/);
      await change({ spotlight: null });
      assert.match((await live()).body, /data-state="question"/);
    });

    test('paused: the marker shows (projector.js stops applying changes)', async () => {
      const { change, board, live } = await setup();
      await startSession(t.db, bus(), await board());
      await change({ paused: true });
      const res = await live();
      assert.match(res.body, /data-paused="1"/);
      assert.match(res.body, /<p class="projector__paused" data-paused-marker="true">Paused<\/p>/);
      await change({ paused: false });
      assert.match((await live()).body, /data-paused="0"/);
    });

    test('?part=screen: the screen alone, the same bytes as in the page, revalidated with an ETag that changes with the session', async () => {
      const { slug, change, board, live } = await setup();
      await startSession(t.db, bus(), await board());
      const page = await live();
      const screen = await live('?part=screen');
      assert.equal(screen.statusCode, 200);
      assert.equal(screen.headers['cache-control'], 'no-cache');
      assert.match(screen.body, /^<div class="projector projector--question projector--join" data-projector-screen/);
      assert.doesNotMatch(screen.body, /<html|<script/);
      assert.ok(page.body.includes(screen.body), 'the page carries the same screen');
      assert.match(page.body, new RegExp(`data-screen-url="/b/${slug}/live\\?part=screen" data-events-url="/b/${slug}/events" data-since="\\d+"`));
      const etag = String(screen.headers.etag);
      const again = await t.app.inject({ url: `/b/${slug}/live?part=screen`, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      await change({ question: 'q2' });
      const changed = await t.app.inject({ url: `/b/${slug}/live?part=screen`, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
      assert.equal(h1(changed.body), 'Where do I find the time?');
    });

    test('odd query strings are ignored, never a 500', async () => {
      const { live } = await setup();
      for (const query of ['?part=other', '?part=', '?part=screen&part=screen', '?part[]=screen', '?part=%E2%80', '?since=abc', `?part=${'x'.repeat(3000)}`]) {
        const res = await live(query);
        assert.ok(res.statusCode < 500, `${query}: ${res.statusCode}`);
        if (res.statusCode === 200) assert.match(res.body, /^<!doctype html>/, `${query} is the page`);
      }
    });

    test('join.svg: the QR code of the running session’s join address, no-cache with an ETag per code; 404 once it ends', async () => {
      const { slug, board } = await setup();
      assert.equal((await t.app.inject(`/b/${slug}/join.svg`)).statusCode, 404);
      const first = await startSession(t.db, bus(), await board());
      const res = await t.app.inject(`/b/${slug}/join.svg`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/svg+xml');
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.equal(res.headers.etag, `"join-${first.code}"`);
      assert.match(res.body, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
      assert.equal((await t.app.inject({ url: `/b/${slug}/join.svg`, headers: { 'if-none-match': `"join-${first.code}"` } })).statusCode, 304);
      // The ?code= in the page's address only tells browsers a new code is a new image; the current one is always served.
      assert.equal((await t.app.inject(`/b/${slug}/join.svg?code=OTHER`)).headers.etag, `"join-${first.code}"`);
      await endSession(t.db, bus(), await board());
      assert.equal((await t.app.inject(`/b/${slug}/join.svg`)).statusCode, 404);
      const second = await startSession(t.db, bus(), await board());
      const next = await t.app.inject({ url: `/b/${slug}/join.svg`, headers: { 'if-none-match': `"join-${first.code}"` } });
      assert.equal(next.statusCode, second.code === first.code ? 304 : 200);
    });

    test('a pending, held (crisis), rejected or hidden answer never reaches the projector, not even in the spotlight', async () => {
      const { change, board, live, send, decide } = await setup();
      const pending = await send({ body: 'Pending: still waiting for a moderator.' });
      const held = await send({ body: crisisText, perspective: 'p2' });
      const rejected = await send({ body: 'Rejected: off topic for this board.' });
      const hidden = await send({ body: 'Hidden: approved, then hidden.', email: sentinel });
      // A published answer's author gave an email too: it is never on the projector either (TRUST PR-3).
      const shown = await send({ body: 'Shown: approved and still published.', question: 'q2', email: `shown-${sentinel}` });
      const row = await t.db.selectFrom('answers').select(['status', 'heldFor']).where('id', '=', held).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'pending', heldFor: 'crisis' });
      await decide(rejected, 'approve');
      await decide(rejected, 'reject');
      await decide(hidden, 'approve');
      await decide(shown, 'approve');
      await startSession(t.db, bus(), await board());
      for (const id of [pending, held]) {
        assert.equal((await changeSession(t.db, bus(), await board(), { spotlight: id })).kind, 'invalid', 'only a published answer can be spotlit');
      }
      await change({ spotlight: hidden });
      assert.match((await live()).body, /Hidden: approved, then hidden\./, 'spotlit while published');
      await decide(hidden, 'hide');

      const never = ['Pending:', 'tablets', 'Rejected:', 'Hidden:', sentinel];
      const look = async (label: string) => {
        for (const res of [await live(), await live('?part=screen')]) {
          assert.equal(res.statusCode, 200);
          for (const text of never) assert.ok(!res.body.includes(text), `${label}: "${text}" is not on the projector`);
        }
      };
      await look('the hidden answer was in the spotlight');
      for (const question of ['q1', 'q2', null]) {
        await change({ question });
        await look(`question ${question}`);
      }
      // Even a spotlight pointing at an answer that is not published (as a stale row might) shows nothing of it.
      for (const id of [pending, held, rejected, hidden]) {
        await t.db.updateTable('liveSessions').set({ spotlightAnswerId: id, updatedAt: new Date().toISOString() }).where('endedAt', 'is', null).execute();
        await look(`spotlight on ${id}`);
      }
      await change({ question: 'q1' });
      // The spotlight's answer was hidden: the screen falls back to the question.
      assert.match((await live()).body, /data-state="question"/);
      assert.match((await live()).body.replace(/\s+/g, ' '), /No answers yet from practitioners/);
      await change({ question: 'q2' });
      assert.match((await live()).body, /Shown: approved and still published\./);
      await change({ spotlight: shown });
      for (const res of [await live(), await live('?part=screen')]) {
        assert.match(res.body, /Shown: approved and still published\./);
        assert.ok(!res.body.includes(sentinel), 'no email, even in the spotlight');
      }
    });

    test('the XSS corpus as answer text and author name shows as text, in the spotlight, the columns and the table', async () => {
      const { slug, change, board, live } = await setup();
      const ids = await addAnswers(
        t.db,
        slug,
        xssPayloads.map((p, i) => ({ question: i % 2 ? 'q1' : 'q2', perspective: i % 3 ? 'p1' : 'p2', body: p, displayName: p.slice(0, 60) })),
      );
      await startSession(t.db, bus(), await board());
      const check = (html: string, label: string) => {
        assert.deepEqual(foreignMarkup(html, viewTags), [], `${label}: only the view's own tags, no event handlers`);
        assert.ok((html.match(/<img /g) ?? []).length <= 1, `${label}: the QR code is the one image`);
      };
      for (const [i, id] of ids.entries()) {
        await change({ spotlight: id });
        const screen = (await live('?part=screen')).body;
        check(screen, `spotlight ${i}`);
        assert.ok(decodedHtml(screen).includes(xssPayloads[i]!), `payload ${i} shows as text`);
        assert.ok(decodedHtml(screen).includes(xssPayloads[i]!.slice(0, 60)), `payload ${i} as a name shows as text`);
      }
      for (const question of ['q1', 'q2', null]) {
        await change({ question });
        check((await live('?part=screen')).body, `question ${question}`);
      }
    });

    test('in Welsh (/cy/b/…/live): lang, Welsh words and plurals, the Welsh join address and QR code, its own screen and ETag', async () => {
      const { slug, board, change } = await setup();
      await addAnswers(t.db, slug, [
        { question: 'q1', perspective: 'p1', body: 'Ateb cyntaf.' },
        { question: 'q1', perspective: 'p1', body: 'Ail ateb.' },
        { question: 'q1', perspective: 'p1', body: 'Trydydd ateb.' },
      ]);
      const idle = await t.app.inject(`/cy/b/${slug}/live`);
      assert.equal(idle.statusCode, 200);
      assert.match(idle.body, /<html lang="cy" class="projector-html">/);
      assert.match(idle.body, /Nid oes sesiwn fyw ar waith\./);
      assert.match(idle.body, new RegExp(`Cyfeiriad y bwrdd yw <a href="/cy/b/${slug}">localhost:3000/cy/b/${slug}</a>`));

      const session = await startSession(t.db, bus(), await board());
      const res = await t.app.inject(`/cy/b/${slug}/live`);
      assert.match(res.body, /<html lang="cy" class="projector-html">/);
      // Welsh numerals take the singular noun, and zero is "dim".
      assert.match(res.body, /<p class="projector__total">3 ateb hyd yma<\/p>/);
      assert.match(res.body, /<span class="projector__count">3 ateb<\/span>/);
      assert.match(res.body, /<span class="projector__count">dim atebion<\/span>/);
      assert.match(res.body, /<p class="projector-column__empty">Dim atebion eto o safbwynt “Manager”<\/p>/);
      assert.match(res.body, /<title>Yn fyw: What do I do first\? – Roundtable<\/title>/);
      assert.match(res.body, /<h1 class="projector__question" lang="en-GB">What do I do first\?<\/h1>/, 'the untranslated question is marked as English');
      assert.match(res.body, /<h2 class="projector-join__heading" id="projector-join-heading">Ymunwch<\/h2>/);
      assert.match(res.body, /Wedi oedi/);
      assert.match(res.body, /<a class="projector__help" href="\/cy\/help">/);
      // The room joins in Welsh: the typed address, the QR code's picture and what it encodes.
      assert.match(res.body, new RegExp(`localhost:3000/cy<wbr/><span class="projector-join__path">/j/${session.code}</span>`));
      assert.match(
        res.body,
        new RegExp(
          `<img class="projector-join__qr" src="/cy/b/${slug}/join.svg\\?code=${session.code}" alt="Cod QR: sganiwch ef i agor localhost:3000/cy/j/${session.code}"`,
        ),
      );
      assert.ok(res.body.includes(`data-screen-url="/cy/b/${slug}/live?part=screen"`));
      assert.ok(res.body.includes(`data-events-url="/cy/b/${slug}/events"`));
      assert.match(res.body, /data-more-words="[^"]*arall/);
      const qr = await t.app.inject(`/cy/b/${slug}/join.svg`);
      assert.equal(qr.statusCode, 200);
      assert.notEqual(qr.headers.etag, (await t.app.inject(`/b/${slug}/join.svg`)).headers.etag);

      // The screen fragment is cached per language, and its validator says which.
      const welsh = await t.app.inject(`/cy/b/${slug}/live?part=screen`);
      const english = await t.app.inject(`/b/${slug}/live?part=screen`);
      assert.notEqual(welsh.headers.etag, english.headers.etag);
      assert.match(welsh.body, /3 ateb hyd yma/);
      assert.match(english.body, /3 answers so far/);
      const crossed = await t.app.inject({ url: `/cy/b/${slug}/live?part=screen`, headers: { 'if-none-match': String(english.headers.etag) } });
      assert.equal(crossed.statusCode, 200);

      await change({ question: null });
      const table = await t.app.inject(`/cy/b/${slug}/live?part=screen`);
      assert.match(table.body, /<p class="projector-table__count">3 ateb<\/p>/);
      assert.match(table.body, /<caption class="visually-hidden">Faint o atebion sydd gan bob cwestiwn o bob safbwynt/);
    });
  });
}
