import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

const crisisText = "I don't want to be here any more. I've been saving up my tablets and I think tonight is the night.";

for (const dialect of dialects) {
  describe(`joining a live session (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    let sent = 0;
    const post = (url: string, payload: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, headers: { ...formHeaders, ...headers }, payload, remoteAddress: `10.8.${sent++ % 250}.1` });

    /** A board with a running session; `facilitate` posts to its console as the owner. */
    async function running(options: { moderation?: 'pre' | 'post'; accepting?: boolean } = {}) {
      const board = await createBoard(t.db, options);
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      const facilitate = (action: string, payload = '') =>
        t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/live/${action}`, headers: { ...formHeaders, cookie: owner.cookie }, payload });
      assert.equal((await facilitate('start')).statusCode, 303);
      const { code } = await t.db.selectFrom('liveSessions').select('code').where('boardId', '=', board.id).executeTakeFirstOrThrow();
      return { board, owner, code, facilitate };
    }

    test('a running session’s code opens its question and the form; lower case and spaces work too', async () => {
      const { board, code } = await running();
      const page = await t.app.inject(`/j/${code}`);
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['cache-control'], 'no-store');
      assert.match(page.body, /<h1 class="join__question">What do I do first\?<\/h1>/);
      assert.ok(page.body.includes(`Live session · Board ${board.slug}`), 'the board’s title');
      assert.ok(page.body.includes(`action="/j/${code}/answers"`), 'the form is sent through the join flow');
      assert.match(page.body, /<input type="hidden" name="question" value="q1"/);
      assert.doesNotMatch(page.body, /Which question are you answering\?/);
      assert.match(page.body, /Which point of view are you answering from\?/);

      const lower = await t.app.inject(`/j/${code.toLowerCase()}`);
      assert.equal(lower.statusCode, 200);
      assert.match(lower.body, /What do I do first\?/);
      const typed = await t.app.inject(`/j?code=${encodeURIComponent(` ${code.slice(0, 2).toLowerCase()}-${code.slice(2)} `)}`);
      assert.equal(typed.statusCode, 303);
      assert.equal(typed.headers.location, `/j/${code}`);
      const form = await t.app.inject('/j');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<label class="label label--bold" for="code">/);
    });

    test('a wrong code, or an ended session’s, gets a friendly 404 with a way on', async () => {
      const { board, code, facilitate } = await running();
      for (const url of ['/j/ZZZZZ', '/j/0O1I0', '/j/%3Cscript%3E', `/j/${'A'.repeat(150)}`, '/j?code=nope', '/j?code=ZZZZZ']) {
        const res = await t.app.inject(url);
        const page = res.statusCode === 303 ? await t.app.inject(String(res.headers.location)) : res;
        assert.equal(page.statusCode, 404, url);
        assert.match(page.body, /This code is not for a session that is running/, url);
        assert.match(page.body, /href="\/"/, url);
        assert.match(page.body, /<form method="get" action="\/j"/, url);
        assert.doesNotMatch(page.body, /<script>/);
      }
      await facilitate('end');
      const ended = await t.app.inject(`/j/${code}`);
      assert.equal(ended.statusCode, 404);
      assert.match(ended.body, /The live session it was for has ended/);
      assert.ok(ended.body.includes(`href="/b/${board.slug}"`), 'links to the board');
      assert.equal((await post(`/j/ZZZZZ/answers`, answerForm())).statusCode, 404);
    });

    test('sending an answer: the same checks as the board’s form, a confirmation with the private link, the perspective remembered', async () => {
      const { board, code } = await running();
      const empty = await post(`/j/${code}/answers`, answerForm({ body: '', perspective: undefined, from: 'question' }));
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /<title>Error: What do I do first\?/);
      assert.match(empty.body, /Enter your answer/);
      assert.match(empty.body, /Choose the perspective you are answering from/);
      assert.ok(empty.body.includes(`action="/j/${code}/answers"`), 'the form comes back on the join page');

      const identifying = await post(`/j/${code}/answers`, answerForm({ body: 'Ring me on 07700 900123 about it.', from: 'question' }));
      assert.equal(identifying.statusCode, 200);
      assert.match(identifying.body, /Send it as it is/);

      const decoy = await post(`/j/${code}/answers`, answerForm({ website: 'http://spam.example' }));
      assert.equal(decoy.statusCode, 303, 'a bot is answered as a person would be');
      assert.match(String(decoy.headers.location), new RegExp(`^/j/${code}/sent/[0-9a-z]+$`));
      assert.equal(decoy.headers['set-cookie'], undefined);
      assert.equal((await t.app.inject(String(decoy.headers.location))).statusCode, 200);

      const res = await post(`/j/${code}/answers`, answerForm({ perspective: 'p2', body: 'Ask the person what matters to them.' }));
      assert.equal(res.statusCode, 303);
      const location = String(res.headers.location);
      assert.match(location, new RegExp(`^/j/${code}/sent/[0-9a-z]+#key=[A-Za-z0-9_-]{20,}$`), 'the private key rides in the #fragment');
      const cookie = String(res.headers['set-cookie']);
      assert.match(cookie, /^rt_perspective=[^;]+\.p2;/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/, 'not Secure-only on http');
      const row = await t.db.selectFrom('answers').select(['status', 'boardId']).where('id', '=', answerIdFrom(location)).executeTakeFirstOrThrow();
      assert.equal(row.boardId, board.id);
      assert.equal(row.status, 'pending');

      const sentPage = await t.app.inject(location.replace(/#.*$/, ''));
      assert.equal(sentPage.statusCode, 200);
      assert.equal(sentPage.headers['referrer-policy'], 'no-referrer');
      assert.match(sentPage.body, /Your answer is with the facilitator/);
      assert.match(sentPage.body, /Your private link/);
      assert.match(sentPage.body, /When the facilitator moves on to the next question/);
      assert.doesNotMatch(sentPage.body, /Answer the next question/);

      // The next visit chooses the same perspective; another board's cookie chooses nothing.
      const again = await t.app.inject({ url: `/j/${code}`, headers: { cookie: cookie.split(';')[0]! } });
      assert.match(again.body, /id="perspective-2" name="perspective" type="radio" value="p2" checked/);
      const elsewhere = await t.app.inject({ url: `/j/${code}`, headers: { cookie: 'rt_perspective=someotherboard.p2' } });
      assert.doesNotMatch(elsewhere.body, /value="p2" checked/);
      const junk = await t.app.inject({ url: `/j/${code}`, headers: { cookie: `rt_perspective=${board.id}.%3Cb%3E` } });
      assert.equal(junk.statusCode, 200);
      assert.doesNotMatch(junk.body, / checked/);
    });

    test('after the facilitator moves on, the confirmation links to the next question; the whole table lets people choose', async () => {
      const { code, facilitate } = await running();
      const res = await post(`/j/${code}/answers`, answerForm({ question: 'q1' }));
      const sentUrl = String(res.headers.location).replace(/#.*$/, '');
      assert.doesNotMatch((await t.app.inject(sentUrl)).body, /Answer the next question/);

      await facilitate('question', 'question=q2');
      const moved = await t.app.inject(sentUrl);
      assert.match(moved.body, new RegExp(`<a class="button" href="/j/${code}">Answer the next question</a>`));
      assert.match(moved.body, /data-answered="q1"/);
      const next = await t.app.inject(`/j/${code}`);
      assert.match(next.body, /<h1 class="join__question">Where do I find the time\?<\/h1>/);

      // An answer begun on q1 and sent after the move is still taken for q1, and its form comes back on q1.
      const late = await post(`/j/${code}/answers`, answerForm({ question: 'q1', body: '', from: 'question' }));
      assert.equal(late.statusCode, 422);
      assert.match(late.body, /<input type="hidden" name="question" value="q1"/);

      await facilitate('question', 'question=whole_table');
      const table = await t.app.inject(`/j/${code}`);
      assert.match(table.body, /Choose a question to answer/);
      assert.match(table.body, /Which question are you answering\?/);
      assert.match((await t.app.inject(sentUrl)).body, /Answer another question/);

      await facilitate('end');
      const ended = await t.app.inject(sentUrl);
      assert.equal(ended.statusCode, 200, 'the confirmation stays after the session ends');
      assert.match(ended.body, /The live session has ended/);
    });

    test('a crisis answer sent through the join flow is held, with the help panel exactly as on the board’s confirmation', async () => {
      const { board, code } = await running({ moderation: 'post' });
      const res = await post(`/j/${code}/answers`, answerForm({ body: crisisText }));
      assert.equal(res.statusCode, 303);
      const id = answerIdFrom(res.headers.location);
      const row = await t.db.selectFrom('answers').select(['status', 'heldFor']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal(row.heldFor, 'crisis');
      const sentPage = await t.app.inject(String(res.headers.location).replace(/#.*$/, ''));
      const received = await t.app.inject(`/b/${board.slug}/received/${id}`);
      const panel = (html: string) =>
        /<div class="help-panel"[\s\S]*?<\/section>|<div class="help-panel"[\s\S]*?(?=<section class="private-link")/.exec(html)?.[0];
      assert.ok(panel(sentPage.body), 'the help panel is there');
      assert.equal(panel(sentPage.body), panel(received.body));
      assert.match(sentPage.body, /href="tel:116123"/);
      assert.doesNotMatch(sentPage.body, /Your answer is with the facilitator|not accepted|rejected/i);
    });

    test('a closed board answers 409; an unknown answer id on the confirmation is 404', async () => {
      const { code, board } = await running();
      await t.db.updateTable('boards').set({ accepting: 0 }).where('id', '=', board.id).execute();
      const closed = await post(`/j/${code}/answers`, answerForm());
      assert.equal(closed.statusCode, 409);
      assert.match(closed.body, /This board is closed for new answers/);
      assert.equal((await t.app.inject(`/j/${code}/sent/nosuchanswer`)).statusCode, 404);
    });

    test('in Welsh (/cy/j/…): the join pages, the answer, the confirmation and what comes next stay Welsh', async () => {
      const { board, code, facilitate } = await running();
      const page = await t.app.inject(`/cy/j/${code}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="cy">/);
      assert.ok(page.body.includes(`Sesiwn fyw · <span lang="en-GB">Board ${board.slug}</span>`), 'the untranslated title, marked as English');
      assert.match(page.body, /<h1 class="join__question" lang="en-GB">What do I do first\?<\/h1>/);
      assert.ok(page.body.includes(`action="/cy/j/${code}/answers"`), 'the form is sent to the Welsh address');

      // Typing the code keeps the reader in Welsh.
      const typed = await t.app.inject(`/cy/j?code=${code.toLowerCase()}`);
      assert.equal(typed.statusCode, 303);
      assert.equal(typed.headers.location, `/cy/j/${code}`);
      const form = await t.app.inject('/cy/j');
      assert.match(form.body, /<h1>Ymuno â sesiwn fyw<\/h1>/);
      assert.match(form.body, /<form method="get" action="\/cy\/j"/);
      assert.match(form.body, /Cod ymuno/);
      const wrong = await t.app.inject('/cy/j/ZZZZZ');
      assert.equal(wrong.statusCode, 404);
      assert.match(wrong.body, /Nid yw’r cod hwn ar gyfer sesiwn sydd ar waith/);
      assert.match(wrong.body, /<a href="\/cy">weld y rhestr o fyrddau<\/a>/);

      // A form with a problem comes back on the Welsh page.
      const empty = await post(`/cy/j/${code}/answers`, answerForm({ body: '', from: 'question' }));
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /<html lang="cy">/);
      assert.match(empty.body, /Mae problem wedi codi/);
      assert.match(empty.body, /Rhowch eich ateb/);
      assert.ok(empty.body.includes(`action="/cy/j/${code}/answers"`));

      const res = await post(`/cy/j/${code}/answers`, answerForm({ question: 'q1', perspective: 'p2' }));
      assert.equal(res.statusCode, 303);
      const location = String(res.headers.location);
      assert.match(location, new RegExp(`^/cy/j/${code}/sent/[0-9a-z]+#key=`), 'the confirmation is Welsh too');
      assert.match(String(res.headers['set-cookie']), /Path=\/cy\/j\//, 'the remembered perspective reaches the Welsh join page');
      const sentUrl = location.replace(/#.*$/, '');
      const sentPage = await t.app.inject(sentUrl);
      assert.equal(sentPage.statusCode, 200);
      assert.match(sentPage.body, /<html lang="cy">/);
      assert.match(sentPage.body, /Mae eich ateb gyda’r hwylusydd/);
      assert.match(sentPage.body, /Pan fydd yr hwylusydd yn symud ymlaen i’r cwestiwn nesaf/);
      assert.ok(sentPage.body.includes('data-manage-path="/cy/'), 'the private link leads to the Welsh page');
      // joined.js listens to the Welsh stream, whose messages are made in Welsh.
      assert.ok(sentPage.body.includes(`data-events="/cy/b/${board.slug}/events"`));
      assert.doesNotMatch(sentPage.body, /Your answer is with the facilitator|When the facilitator moves on/);

      await facilitate('question', 'question=q2');
      const moved = await t.app.inject(sentUrl);
      assert.match(moved.body, new RegExp(`<a class="button" href="/cy/j/${code}">Atebwch y cwestiwn nesaf</a>`));
      await facilitate('end');
      const ended = await t.app.inject(sentUrl);
      assert.match(
        ended.body,
        new RegExp(`Mae’r sesiwn fyw wedi dod i ben\\. Diolch am gymryd rhan\\. <a href="/cy/b/${board.slug}">Gweld “Board ${board.slug}”</a>`),
      );
      const gone = await t.app.inject(`/cy/j/${code}`);
      assert.equal(gone.statusCode, 404);
      assert.match(gone.body, /Mae’r sesiwn fyw yr oedd ar ei chyfer wedi dod i ben/);
      assert.ok(gone.body.includes(`href="/cy/b/${board.slug}"`), 'links to the Welsh board');
    });
  });
}
