import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

const crisisText = "I don't want to be here any more. I've been saving up my tablets and I think tonight is the night.";
const phoneText = 'A client rang me on 07700 900123 at home, which was a shock.';

for (const dialect of dialects) {
  describe(`safety holds (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const answerRow = (id: string) => t.db.selectFrom('answers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const countAnswers = async (boardId: string) => (await t.db.selectFrom('answers').select('id').where('boardId', '=', boardId).execute()).length;
    const post = (slug: string, fields: Record<string, string | undefined>, remoteAddress = '10.1.0.1') =>
      t.app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: formHeaders, payload: answerForm(fields), remoteAddress });

    async function moderatorOf(boardId: string) {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, boardId, me.id, 'moderator');
      return me;
    }

    test('a possible crisis is kept, never published even on a post-moderated board, and the author sees help at once', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await post(board.slug, { body: crisisText });
      assert.equal(res.statusCode, 303);
      const id = answerIdFrom(res.headers.location);
      const row = await answerRow(id);
      assert.equal(row.status, 'pending');
      assert.equal(row.heldFor, 'crisis');
      assert.ok(row.urgentAt, 'marked urgent');

      const received = await t.app.inject({ url: String(res.headers.location).replace(/#.*$/, '') });
      assert.equal(received.statusCode, 200);
      assert.match(received.body, /<div class="help-panel" role="status"/);
      assert.match(received.body, /will read it before it appears anywhere/);
      assert.match(received.body, /href="tel:116123"/, 'Samaritans as a tel: link');
      assert.match(received.body, /href="tel:111"/);
      assert.match(received.body, /href="tel:999"/);
      assert.match(received.body, /href="sms:85258\?body=SHOUT"/);
      assert.doesNotMatch(received.body, /not accepted|rejected|problem/i, 'calm, not a rejection');

      const page = await t.app.inject({ url: `/b/${board.slug}` });
      assert.ok(!page.body.includes('saving up my tablets'), 'not on the board');
    });

    test('the crisis answer is first in the queue, marked urgent, with a link to guidance for moderators', async () => {
      const board = await createBoard(t.db, { moderation: 'pre' });
      const me = await moderatorOf(board.id);
      await post(board.slug, { body: 'An ordinary answer sent first.' });
      await post(board.slug, { body: crisisText });
      const queue = await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: me.cookie } });
      assert.equal(queue.statusCode, 200);
      assert.ok(queue.body.indexOf('saving up my tablets') < queue.body.indexOf('An ordinary answer sent first.'), 'urgent first');
      assert.match(queue.body, /Urgent: read this first/);
      assert.match(queue.body, /The author may be at risk/);
      assert.match(queue.body, /href="\/admin\/guidance"/);
      const guidance = await t.app.inject({ url: '/admin/guidance', headers: { cookie: me.cookie } });
      assert.equal(guidance.statusCode, 200);
      assert.match(guidance.body, /call 999/);
      const signedOut = await t.app.inject({ url: '/admin/guidance' });
      assert.equal(signedOut.statusCode, 303, 'guidance is for signed-in facilitators');
    });

    test('the guidance for moderators reads in Welsh at /cy/admin/guidance, with the Welsh pages’ helplines', async () => {
      const board = await createBoard(t.db);
      const me = await moderatorOf(board.id);
      const res = await t.app.inject({ url: '/cy/admin/guidance', headers: { cookie: me.cookie } });
      assert.equal(res.statusCode, 200);
      const page = res.body.replace(/&#x27;/g, "'");
      assert.match(page, /<html lang="cy"/);
      assert.match(page, /<h1>Ymateb i atebion sy'n awgrymu bod rhywun mewn perygl<\/h1>/);
      assert.match(page, /ffoniwch 999/);
      assert.match(page, /Gwasanaethau brys, GIG 111, opsiwn 2, Samariaid, Shout, Samariaid yn Gymraeg/, 'what the author was shown, named in Welsh');
      assert.doesNotMatch(page, /What to do|Look after yourself/);
    });

    test('the API reports the decision in safety, and holds the answer', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const send = (body: string) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/boards/${board.slug}/answers`,
          payload: { question: 'q1', perspective: 'p1', body, use: 'board' },
          remoteAddress: '10.1.0.2',
        });
      const crisis = await send(crisisText);
      assert.equal(crisis.statusCode, 201);
      assert.deepEqual({ status: crisis.json().status, safety: crisis.json().safety }, { status: 'pending', safety: { crisis: true, identifying: [] } });
      const phone = await send(phoneText);
      assert.deepEqual({ status: phone.json().status, safety: phone.json().safety }, { status: 'pending', safety: { crisis: false, identifying: ['phone'] } });
      const plain = await send('Agree the boundaries with your manager before you start.');
      assert.deepEqual({ status: plain.json().status, safety: plain.json().safety }, { status: 'published', safety: { crisis: false, identifying: [] } });
    });

    test('identifying details come back to the author highlighted; nothing is stored until they edit or send anyway', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await post(board.slug, { body: phoneText, displayName: 'Sam' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Check your answer before you send it/);
      assert.match(res.body, /seems to include a phone number/);
      assert.match(res.body, /<mark class="found">07700 900123<span class="visually-hidden"> \(a phone number\)<\/span><\/mark>/);
      assert.match(res.body, /name="identifying" value="send-anyway"/);
      assert.match(res.body, /<textarea[^>]*>A client rang me on 07700 900123 at home, which was a shock.<\/textarea>/, 'what they wrote is kept');
      assert.match(res.body, /value="Sam"/);
      assert.equal(await countAnswers(board.id), 0);

      // They take the number out: published straight away on this board.
      const edited = await post(board.slug, { body: 'A client rang me at home, which was a shock.' });
      assert.equal(edited.statusCode, 303);
      assert.equal((await answerRow(answerIdFrom(edited.headers.location))).status, 'published');

      // Or they send it as it is: held for a moderator.
      const anyway = await post(board.slug, { body: phoneText, identifying: 'send-anyway' });
      assert.equal(anyway.statusCode, 303);
      const row = await answerRow(answerIdFrom(anyway.headers.location));
      assert.equal(row.status, 'pending');
      assert.equal(row.heldFor, 'identifying');
    });

    test('in the queue the details are highlighted, and one action replaces a detail with a placeholder, keeping the original privately', async () => {
      const board = await createBoard(t.db, { moderation: 'pre' });
      const me = await moderatorOf(board.id);
      const sent = await post(board.slug, { body: 'Dr Patel told me to ring 07700 900123 if it happened again.', identifying: 'send-anyway' });
      const id = answerIdFrom(sent.headers.location);
      const queue = await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: me.cookie } });
      assert.match(queue.body, /<mark class="found">07700 900123/);
      assert.match(queue.body, /<mark class="found">Dr Patel/);
      assert.match(queue.body, /May identify someone/);
      const span = /name="span" value="([^"]+:phone)"/.exec(queue.body)?.[1];
      assert.ok(span, 'a redact button for the phone number');

      const redacted = await t.app.inject({
        method: 'POST',
        url: `/admin/b/${board.slug}/answers/${id}/redact`,
        headers: { ...formHeaders, cookie: me.cookie },
        payload: `span=${encodeURIComponent(span)}`,
      });
      assert.equal(redacted.statusCode, 303);
      const row = await answerRow(id);
      assert.equal(row.body, 'Dr Patel told me to ring [phone] if it happened again.');
      assert.equal(row.originalBody, 'Dr Patel told me to ring 07700 900123 if it happened again.');

      // The same button again: the text has changed, so nothing more is done.
      const stale = await t.app.inject({
        method: 'POST',
        url: `/admin/b/${board.slug}/answers/${id}/redact`,
        headers: { ...formHeaders, cookie: me.cookie },
        payload: `span=${encodeURIComponent(span)}`,
      });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /has changed since you opened the page/);
      assert.equal((await answerRow(id)).body, row.body);

      await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/answers/${id}/approve`, headers: { ...formHeaders, cookie: me.cookie } });
      const permalink = await t.app.inject({ url: `/a/${id}` });
      assert.match(permalink.body, /ring \[phone\] if/);
      assert.ok(!permalink.body.includes('07700'), 'the original is not public');
    });

    test('a bot that fills the hidden field is answered like a person, and nothing is stored; a made-up id is still a 404', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await post(board.slug, { body: 'Buy cheap followers now', website: 'http://spam.example' });
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), new RegExp(`^/b/${board.slug}/received/[0-9a-z]{19}$`));
      const page = await t.app.inject({ url: String(res.headers.location) });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Your answer has been received/);
      assert.equal(await countAnswers(board.id), 0);
      const madeUp = await t.app.inject({ url: `/b/${board.slug}/received/000000000aaaaaaaaaa` });
      assert.equal(madeUp.statusCode, 404);
    });

    test('an answer without the browser check (JavaScript off, or a bot) is stored and held, never refused', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await post(board.slug, { body: 'Answered with JavaScript switched off.', check: undefined });
      assert.equal(res.statusCode, 303);
      const row = await answerRow(answerIdFrom(res.headers.location));
      assert.equal(row.status, 'pending');
      assert.equal(row.heldFor, 'unchecked');
      const received = await t.app.inject({ url: String(res.headers.location).replace(/#.*$/, '') });
      assert.match(received.body, /A facilitator will read it before it appears on the board/);
    });

    test('the same text again is held; beyond three copies it is not stored, and the sender cannot tell', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const text = 'Visit my page for the best deals on everything!';
      const statuses: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await post(board.slug, { body: i % 2 ? text.toUpperCase() : text }, `10.2.0.${i}`);
        assert.equal(res.statusCode, 303, 'every sender sees the usual confirmation');
        const row = await t.db.selectFrom('answers').select(['status', 'heldFor']).where('id', '=', answerIdFrom(res.headers.location)).executeTakeFirst();
        statuses.push(row ? `${row.status}${row.heldFor ? `:${row.heldFor}` : ''}` : 'not stored');
        const page = await t.app.inject({ url: String(res.headers.location).replace(/#.*$/, '') });
        assert.equal(page.statusCode, 200);
      }
      assert.deepEqual(statuses, ['published', 'pending:repeat', 'pending:repeat', 'not stored', 'not stored']);
    });

    test('more than two links hold an answer rather than refuse it', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const body = 'Useful: https://one.example/a https://two.example/b https://three.example/c';
      const res = await post(board.slug, { body, identifying: 'send-anyway' });
      assert.equal(res.statusCode, 303);
      const row = await answerRow(answerIdFrom(res.headers.location));
      assert.equal(row.status, 'pending');
      assert.equal(row.heldFor, 'identifying links');
    });
  });
}

describe('rate limits per client address', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('sqlite');
  });
  after(() => t.close());

  test('60 people behind one hospital address can all answer within the same minute', async () => {
    const board = await createBoard(t.db, { moderation: 'post' });
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: `/b/${board.slug}/answers`,
          headers: formHeaders,
          payload: answerForm({ body: `Answer number ${i} from the ward.` }),
          remoteAddress: '10.50.0.1',
        }),
      ),
    );
    assert.deepEqual([...new Set(results.map((r) => r.statusCode))], [303]);
    const stored = await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).execute();
    assert.equal(stored.length, 60);
  });

  test('one client sending hundreds is stopped with a clear 429, keeping what was typed; others are not affected', async () => {
    const board = await createBoard(t.db, { moderation: 'post' });
    const statuses: number[] = [];
    let last = '';
    const started = Date.now();
    for (let i = 0; i < 300; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/b/${board.slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ body: `Flood message ${i}` }),
        remoteAddress: '10.60.0.1',
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) last = res.body;
    }
    const stored = (await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).execute()).length;
    const refused = statuses.filter((s) => s === 429).length;
    // A burst of 90, then one a second while the flood lasts.
    const allowance = 90 + Math.ceil((Date.now() - started) / 1000);
    assert.ok(stored <= allowance, `at most the burst is stored (${stored} of ${allowance})`);
    assert.equal(refused, 300 - stored, 'the rest are refused');
    assert.ok(refused >= 150, `most of the flood is refused (${refused})`);
    assert.match(last, /Wait a minute, then send your answer again/);
    assert.match(last, /<textarea[^>]*>Flood message 299<\/textarea>/, 'what was typed is kept');
    const api = await t.app.inject({
      method: 'POST',
      url: `/api/v1/boards/${board.slug}/answers`,
      payload: { question: 'q1', perspective: 'p1', body: 'From the API', use: 'board' },
      remoteAddress: '10.60.0.1',
    });
    assert.equal(api.statusCode, 429);
    assert.ok(Number(api.headers['retry-after']) >= 1);
    const other = await t.app.inject({
      method: 'POST',
      url: `/b/${board.slug}/answers`,
      headers: formHeaders,
      payload: answerForm({ body: 'Someone else entirely.' }),
      remoteAddress: '10.60.0.2',
    });
    assert.equal(other.statusCode, 303);
  });
});
