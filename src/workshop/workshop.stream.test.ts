import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createApp } from '../app.ts';
import { latestEventId } from '../live/live.store.ts';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, translateBoard, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { openSse, type SseReader } from '../../test/sse.ts';
import { foreignMarkup, xssPayloads } from '../../test/app/xss-payloads.ts';
import type { AddressInfo } from 'node:net';

const crisisText = "I don't want to be here any more. I've been saving up my tablets and I think tonight is the night.";
const sentinel = 'sentinel-stream-51c@example.org';
/** The tags an answer's card is made of. */
const cardTags = new Set(['li', 'article', 'p', 'span', 'a', 'time', 'strong', 'form', 'input', 'button']);

for (const dialect of dialects) {
  describe(`live streams (${dialect})`, () => {
    let t: TestApp;
    let origin: string;
    const open: SseReader[] = [];
    const watch = async (path: string, headers: Record<string, string> = {}) => {
      const reader = await openSse(`${origin}${path}`, headers);
      open.push(reader);
      return reader;
    };
    before(async () => {
      t = await createTestApp(dialect);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    });
    // Each test's streams are closed after it: they count against the address's limit.
    afterEach(() => {
      for (const reader of open.splice(0)) reader.close();
    });
    after(() => t.close());

    let sent = 0;
    async function boardWithModerator() {
      const board = await createBoard(t.db, { moderation: 'pre' });
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      const send = async (fields: Record<string, string>) => {
        // Each from its own address, as a room's would be: the XSS corpus sends more than one address may at once.
        const res = await t.app.inject({
          method: 'POST',
          url: `/b/${board.slug}/answers`,
          headers: formHeaders,
          payload: answerForm(fields),
          remoteAddress: `10.8.${sent++ % 250}.1`,
        });
        assert.equal(res.statusCode, 303, res.body.slice(0, 300));
        return answerIdFrom(res.headers.location);
      };
      const decide = async (id: string, action: 'approve' | 'hide' | 'reject') => {
        const res = await t.app.inject({
          method: 'POST',
          url: `/admin/b/${board.slug}/answers/${id}/${action}`,
          headers: { ...formHeaders, cookie: owner.cookie },
          payload: action === 'reject' ? 'reason=Off+topic' : '',
        });
        assert.equal(res.statusCode, 303);
      };
      return { board, owner, send, decide };
    }

    test('a reader’s stream gets an approved answer once, rendered, and hears when it is hidden; the console hears it waiting', async () => {
      const { board, owner, send, decide } = await boardWithModerator();
      const reader = await watch(`/b/${board.slug}/events`);
      assert.equal(reader.status, 200);
      assert.match(String(reader.headers['content-type']), /^text\/event-stream/);
      assert.equal(reader.headers['x-accel-buffering'], 'no');
      assert.match(String(reader.headers['cache-control']), /no-transform/);
      const console = await watch(`/admin/b/${board.slug}/live/events`, { cookie: owner.cookie });
      assert.equal(console.status, 200);

      const id = await send({ body: 'Ask your team lead before you reply.', displayName: 'Priya', email: sentinel, perspective: 'p1' });
      await console.next((e) => e.event === 'change' && JSON.parse(e.data).kind === 'queue');
      await decide(id, 'approve');
      const arrived = await reader.next((e) => e.event === 'answer');
      const data = JSON.parse(arrived.data);
      assert.equal(data.id, id);
      assert.deepEqual([data.question, data.perspective, data.count, data.countText, data.from], ['q1', 'p1', 1, '1 answer', 'practitioners']);
      assert.match(data.html, /^<li id="answer-[^"]+">/);
      assert.match(data.html, /Ask your team lead before you reply\./);
      assert.match(data.html, /Priya/);
      assert.match(arrived.id ?? '', /^\d+$/);

      await decide(id, 'hide');
      const removed = await reader.next((e) => e.event === 'removed');
      assert.equal(JSON.parse(removed.data).id, id);
      assert.ok(!reader.text().includes(sentinel) && !console.text().includes(sentinel), 'no email in any stream');
      assert.equal(reader.events.filter((e) => e.event === 'answer').length, 1);
    });

    test('a Welsh page’s stream (/cy/b/…/events) gets its messages made in Welsh; the English page’s stay English', async () => {
      const { board, send, decide } = await boardWithModerator();
      await translateBoard(t.db, board.id, { perspectives: { p1: { label: 'Ymarferydd', plural: 'ymarferwyr' } } });
      const since = await latestEventId(t.db);
      const welsh = await watch(`/cy/b/${board.slug}/events`);
      const welshEmbed = await watch(`/cy/b/${board.slug}/events?view=embed`);
      const english = await watch(`/b/${board.slug}/events`);
      assert.equal(welsh.status, 200);

      const id = await send({ body: 'Gofynnwch i’ch rheolwr tîm yn gyntaf.', perspective: 'p1' });
      await decide(id, 'approve');
      const inWelsh = JSON.parse((await welsh.next((e) => e.event === 'answer')).data);
      const inEnglish = JSON.parse((await english.next((e) => e.event === 'answer')).data);
      assert.equal(inWelsh.id, id);
      assert.deepEqual([inWelsh.countText, inWelsh.from], ['1 ateb', 'ymarferwyr']);
      assert.deepEqual([inEnglish.countText, inEnglish.from], ['1 answer', 'practitioners']);
      assert.match(inWelsh.html, /Gofynnwch i’ch rheolwr tîm yn gyntaf\./, 'the answer as its author wrote it');
      assert.ok(inWelsh.html.includes(`href="/cy/a/${id}"`), 'its links lead to Welsh pages');
      assert.ok(inEnglish.html.includes(`href="/a/${id}"`));
      assert.notEqual(inWelsh.html, inEnglish.html);
      const framed = JSON.parse((await welshEmbed.next((e) => e.event === 'answer')).data);
      assert.equal(framed.countText, '1 ateb');

      // A Welsh page that reconnects is sent what it missed, in Welsh too.
      const replay = await watch(`/cy/b/${board.slug}/events?since=${since}`);
      const missed = JSON.parse((await replay.next((e) => e.event === 'answer')).data);
      assert.deepEqual([missed.id, missed.countText], [id, '1 ateb']);

      const bad = await t.app.inject(`/cy/b/${board.slug}/events?view=nope`);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Nid yw’r cyfeiriad byw hwn yn gywir/);
    });

    test('waiting, held and rejected answers never reach a reader’s stream, the embed’s, the feed or the embed page', async () => {
      const { board, owner, send, decide } = await boardWithModerator();
      const page = await watch(`/b/${board.slug}/events`);
      const embed = await watch(`/b/${board.slug}/events?view=embed`);
      const console = await watch(`/admin/b/${board.slug}/live/events`, { cookie: owner.cookie });
      const crisis = await send({ body: crisisText });
      const waiting = await send({ body: 'A waiting answer that nobody has read yet.' });
      const rejected = await send({ body: 'An answer a moderator turns down.' });
      await decide(rejected, 'reject');
      // A published answer after them proves the streams were listening all along.
      const published = await send({ body: 'The answer that is published.' });
      await decide(published, 'approve');
      await page.next((e) => e.event === 'answer' && JSON.parse(e.data).id === published);
      await embed.next((e) => e.event === 'answer' && JSON.parse(e.data).id === published);
      await console.next((e) => e.event === 'change' && JSON.parse(e.data).kind === 'answer');
      for (const stream of [page, embed]) {
        for (const id of [crisis, waiting, rejected]) assert.ok(!stream.text().includes(id), `${id} is not in a reader's stream`);
        for (const text of ['saving up my tablets', 'nobody has read yet', 'turns down']) assert.ok(!stream.text().includes(text));
      }
      const feed = await t.app.inject({ url: `/b/${board.slug}/feed.atom` });
      const embedPage = await t.app.inject({ url: `/embed/b/${board.slug}` });
      for (const body of [feed.body, embedPage.body]) {
        assert.ok(body.includes('The answer that is published.'));
        assert.ok(!body.includes('saving up my tablets') && !body.includes('nobody has read yet') && !body.includes('turns down'));
      }
      // The console's stream says only that the queue changed: no answer text, no email.
      assert.ok(!console.text().includes('tablets'));
    });

    test('an approved answer kept for workshops never rides a reader’s stream, and arrives once its author allows it on the board', async () => {
      const { board, send, decide } = await boardWithModerator();
      const reader = await watch(`/b/${board.slug}/events`);
      const res = await t.app.inject({
        method: 'POST',
        url: `/b/${board.slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ body: 'For the workshop room only.', use: 'workshop' }),
        remoteAddress: '10.9.0.1',
      });
      const kept = answerIdFrom(res.headers.location);
      const key = /#key=([\w-]+)$/.exec(String(res.headers.location))![1]!;
      await decide(kept, 'approve');
      const published = await send({ body: 'An answer for everyone.' });
      await decide(published, 'approve');
      await reader.next((e) => e.event === 'answer' && JSON.parse(e.data).id === published);
      assert.ok(!reader.text().includes('For the workshop room only.'), 'the workshop answer is not in the stream');
      assert.ok(!reader.events.some((e) => e.event === 'answer' && JSON.parse(e.data).id === kept));

      const change = (use: string) => t.app.inject({ method: 'POST', url: `/a/${kept}/manage/use`, headers: formHeaders, payload: `key=${key}&use=${use}` });
      assert.equal((await change('board')).statusCode, 303);
      const arrived = await reader.next((e) => e.event === 'answer' && JSON.parse(e.data).id === kept);
      assert.match(JSON.parse(arrived.data).html, /For the workshop room only\./);
      assert.equal((await change('facilitators')).statusCode, 303);
      await reader.next((e) => e.event === 'removed' && JSON.parse(e.data).id === kept);
    });

    test('an answer arriving in a full cell comes with the cell’s link to all its answers', async () => {
      const { board, send, decide } = await boardWithModerator();
      const reader = await watch(`/b/${board.slug}/events`);
      const ids: string[] = [];
      for (let i = 1; i <= 7; i++) ids.push(await send({ body: `Cell answer ${i}.`, question: 'q2', perspective: 'p2' }));
      for (const id of ids.slice(0, 6)) await decide(id, 'approve');
      const sixth = JSON.parse((await reader.next((e) => e.event === 'answer' && JSON.parse(e.data).id === ids[5])).data);
      assert.equal(sixth.more, '', 'six answers fit the cell');
      await decide(ids[6]!, 'approve');
      const seventh = JSON.parse((await reader.next((e) => e.event === 'answer' && JSON.parse(e.data).id === ids[6])).data);
      assert.equal(seventh.count, 7);
      assert.match(seventh.more, new RegExp(`^<p class="cell-more"><a href="/b/${board.slug}/q/q2#p-p2">See all 7 answers from managers`));
    });

    test('the embed’s stream links answers for a frame; the whole XSS corpus arrives as escaped text', async () => {
      const { board, send, decide } = await boardWithModerator();
      const embed = await watch(`/b/${board.slug}/events?view=embed`);
      const ids: string[] = [];
      for (const payload of xssPayloads) {
        // Some payloads look like a phone number or a date: their author sends them anyway, and a moderator approves them.
        const id = await send({ body: `Payload: ${payload}`, displayName: payload.slice(0, 60), identifying: 'send-anyway' });
        await decide(id, 'approve');
        ids.push(id);
      }
      for (const id of ids) {
        const event = await embed.next((e) => e.event === 'answer' && JSON.parse(e.data).id === id);
        const html: string = JSON.parse(event.data).html;
        assert.deepEqual(foreignMarkup(html, cardTags), [], html);
        assert.match(html, /target="_blank"/);
        assert.ok(html.includes(t.config.baseUrl), 'links are absolute, for a frame on another site');
      }
    });

    test('a stream that reconnects gets what it missed, or one reload when it missed too much', async () => {
      const { board, send, decide } = await boardWithModerator();
      const first = await watch(`/b/${board.slug}/events`);
      const a = await send({ body: 'First answer.' });
      await decide(a, 'approve');
      const seen = await first.next((e) => e.event === 'answer');
      first.close();
      const b = await send({ body: 'Second answer, sent while the reader was away.' });
      await decide(b, 'approve');
      const again = await watch(`/b/${board.slug}/events`, { 'last-event-id': seen.id! });
      const missed = await again.next((e) => e.event === 'answer');
      assert.equal(JSON.parse(missed.data).id, b);
      assert.ok(Number(missed.id) > Number(seen.id));
      assert.equal(again.events.filter((e) => e.event === 'answer' && JSON.parse(e.data).id === a).length, 0, 'nothing seen before is sent again');

      // The same through ?since= (what live-stream.js sends after an HTTP error).
      const viaQuery = await watch(`/b/${board.slug}/events?since=${seen.id}`);
      assert.equal(JSON.parse((await viaQuery.next((e) => e.event === 'answer')).data).id, b);

      const stored = () => latestEventId(t.db, board.id);
      const before = await stored();
      for (let i = 0; i < 101; i++) await decide(a, i % 2 ? 'approve' : 'hide');
      // Events are stored just after each commit (on PostgreSQL a moment later): wait until all 101 are.
      for (let waited = 0; (await stored()) < before + 101 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      const tooLate = await watch(`/b/${board.slug}/events`, { 'last-event-id': seen.id! });
      await tooLate.next((e) => e.event === 'reload');
      assert.equal(tooLate.events.filter((e) => e.event === 'answer').length, 0);
    });

    test('an open board’s pages and embeds say where their stream starts; an archived board’s offer no live updates', async () => {
      const { board, send, decide } = await boardWithModerator();
      const id = await send({ body: 'Published before the page was read.' });
      await decide(id, 'approve');
      // The event is stored just after the approval's commit.
      const reader = await watch(`/b/${board.slug}/events?since=0`);
      const published = await reader.next((e) => e.event === 'answer');
      for (const [path, events] of [
        [`/b/${board.slug}`, `/b/${board.slug}/events`],
        [`/b/${board.slug}/q/q1`, `/b/${board.slug}/events`],
        [`/embed/b/${board.slug}`, `/b/${board.slug}/events?view=embed`],
        [`/embed/b/${board.slug}?compact=1`, `/b/${board.slug}/events?view=embed`],
      ]) {
        const page = (await t.app.inject(path!)).body;
        const since = new RegExp(`data-live="${events!.replace('?', '\\?').replace('&', '&amp;')}" data-live-since="(\\d+)"`).exec(page)?.[1];
        assert.ok(since !== undefined, `${path} offers its live stream`);
        // Where the page starts is never after the answer it shows: from there, nothing can be missed
        // (it may be before, when the snapshot was read before the event was stored: the answer is then sent again).
        assert.ok(Number(since) <= Number(published.id), `${path} starts after event ${since}, not after ${published.id}`);
        if (!path!.includes('compact')) assert.ok(page.includes(`answer-${id}`), `${path} shows the answer`);
      }
      await t.db.updateTable('boards').set({ archivedAt: new Date().toISOString(), revision: 999 }).where('id', '=', board.id).execute();
      for (const path of [`/b/${board.slug}`, `/embed/b/${board.slug}`, `/embed/b/${board.slug}?compact=1`]) {
        assert.ok(!(await t.app.inject(path)).body.includes('data-live='), `${path} of an archived board has no live status`);
      }
    });

    test('bad addresses get clear refusals, and the console’s stream is for the board’s team only', async () => {
      const { board } = await boardWithModerator();
      const stranger = await createFacilitator(t.db, t.config.baseUrl);
      const cases: [string, Record<string, string>, number][] = [
        [`/b/no-such-board/events`, {}, 404],
        [`/b/${board.slug}/events?view=projector-of-doom`, {}, 400],
        [`/b/${board.slug}/events?since=yesterday`, {}, 400],
        [`/b/${board.slug}/events?since=-4`, {}, 400],
        [`/admin/b/${board.slug}/live/events`, {}, 303],
        [`/admin/b/${board.slug}/live/events`, { cookie: stranger.cookie }, 404],
      ];
      for (const [path, headers, status] of cases) {
        const res = await t.app.inject({ url: path, headers });
        assert.equal(res.statusCode, status, `${path}: ${res.body.slice(0, 200)}`);
      }
      // A nonsense Last-Event-ID is ignored rather than failing the stream.
      const odd = await watch(`/b/${board.slug}/events`, { 'last-event-id': '../../etc' });
      assert.equal(odd.status, 200);
    });

    test('one address cannot hold hundreds of streams; closing the app ends every stream', async () => {
      const { board } = await boardWithModerator();
      const many: SseReader[] = [];
      for (let i = 0; i < 150; i++) many.push(await watch(`/b/${board.slug}/events`));
      await new Promise((r) => setTimeout(r, 50));
      assert.ok(many.every((r) => r.status === 200));
      const metrics = await t.app.inject({ url: '/metrics' });
      assert.match(metrics.body, /^roundtable_live_streams 150$/m, 'an operator sees the open streams');
      const refused = await t.app.inject({ url: `/b/${board.slug}/events`, remoteAddress: '127.0.0.1' });
      assert.equal(refused.statusCode, 429);
      assert.match(refused.body, /Too many live connections/);
      assert.ok(refused.headers['retry-after']);
    });
  });
}

describe('closing the app (sqlite)', () => {
  test('app.close() ends open streams at once, so browsers reconnect elsewhere', async () => {
    const t = await createTestApp('sqlite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const board = await createBoard(t.db);
    const reader = await openSse(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/b/${board.slug}/events`);
    const started = Date.now();
    await t.close();
    await reader.ended;
    assert.ok(Date.now() - started < 3000, `closed in ${Date.now() - started} ms`);
  });
});

// Two instances on one PostgreSQL database: an approval on one reaches a viewer of the other (LISTEN/NOTIFY).
if (dialects.includes('postgres')) {
  describe('two instances (postgres)', () => {
    test('an answer approved on instance A arrives on a viewer of instance B', async () => {
      const a = await createTestApp('postgres');
      const b = await createApp(a.config, a.db);
      try {
        await b.listen({ port: 0, host: '127.0.0.1' });
        const board = await createBoard(a.db);
        const owner = await createFacilitator(a.db, a.config.baseUrl);
        await addMember(a.db, board.id, owner.id, 'owner');
        const viewer = await openSse(`http://127.0.0.1:${(b.server.address() as AddressInfo).port}/b/${board.slug}/events`);
        const sent = await a.app.inject({
          method: 'POST',
          url: `/b/${board.slug}/answers`,
          headers: formHeaders,
          payload: answerForm({ body: 'Approved on A.' }),
        });
        const id = answerIdFrom(sent.headers.location);
        await a.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/answers/${id}/approve`, headers: { ...formHeaders, cookie: owner.cookie } });
        const event = await viewer.next((e) => e.event === 'answer');
        assert.equal(JSON.parse(event.data).id, id);
        assert.match(JSON.parse(event.data).html, /Approved on A\./);

        // The LISTEN connections are cut (PostgreSQL restarted, a network blip): an approval made meanwhile still
        // arrives once they are back, read from the stored events.
        await sql`select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen roundtable_live'`.execute(a.db);
        const later = await a.app.inject({
          method: 'POST',
          url: `/b/${board.slug}/answers`,
          headers: formHeaders,
          payload: answerForm({ body: 'Approved while B was reconnecting.' }),
        });
        const laterId = answerIdFrom(later.headers.location);
        await a.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/answers/${laterId}/approve`, headers: { ...formHeaders, cookie: owner.cookie } });
        const caughtUp = await viewer.next((e) => e.event === 'answer' && JSON.parse(e.data).id === laterId, 10_000);
        assert.match(JSON.parse(caughtUp.data).html, /Approved while B was reconnecting\./);
        viewer.close();
      } finally {
        await b.close();
        await a.close();
      }
    });
  });
}
