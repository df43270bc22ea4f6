import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { catalogues } from '../i18n/catalogue.ts';

/** The answer id from a 303 to the confirmation page of the given board. */
function receivedId(res: LightMyRequestResponse, slug: string): string {
  assert.equal(res.statusCode, 303, `expected a redirect, got ${res.statusCode}: ${res.body.slice(0, 300)}`);
  const match = new RegExp(`^/b/${slug}/received/([0-9a-z]+)(?:#key=[A-Za-z0-9_-]{43})?$`).exec(String(res.headers.location));
  assert.ok(match, `redirects to the confirmation page, got ${res.headers.location}`);
  return match[1]!;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The value attribute of the input with this name, as the browser would read it. */
function inputValue(html: string, name: string): string | undefined {
  const tag = new RegExp(`<input(?:[^>"]|"[^"]*")*\\bname="${name}"(?:[^>"]|"[^"]*")*>`).exec(html)?.[0];
  const value = tag && /\bvalue="([^"]*)"/.exec(tag)?.[1];
  return value
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function textareaValue(html: string, id: string): string | undefined {
  const text = new RegExp(`<textarea[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1];
  return text
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A 422 that shows the GOV.UK error pattern for one field: title, summary link and inline message. */
function assertFieldError(res: LightMyRequestResponse, field: string, message: string | RegExp) {
  assert.equal(res.statusCode, 422);
  assert.match(res.headers['content-type'] as string, /^text\/html/);
  assert.match(res.body, /<title>Error: /);
  assert.match(res.body, /There is a problem/);
  const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? '';
  const link = new RegExp(`<a href="#${field}">([^<]+)</a>`).exec(summary);
  assert.ok(link, `the error summary links to #${field}`);
  const inline = new RegExp(`<p class="error-message" id="${field}-error"><span class="visually-hidden">Error: </span>([^<]+)</p>`).exec(res.body);
  assert.ok(inline, `an inline message sits by the ${field} field`);
  assert.equal(inline[1], link[1], 'the summary and the inline message say the same');
  if (typeof message === 'string') assert.equal(link[1], message);
  else assert.match(link[1]!, message);
  // The field the link points at exists, so the link moves focus to it.
  assert.match(res.body, new RegExp(`id="${field}"[ >/]`));
}

for (const dialect of dialects) {
  describe(`answer form (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const post = (slug: string, payload: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: { ...formHeaders, ...headers }, payload });

    async function answersOf(boardId: string) {
      return t.db.selectFrom('answers').selectAll().where('boardId', '=', boardId).where('isExample', '=', 0).execute();
    }

    test('on a pre-moderated board an answer is received, not published: not on the board, no permalink', async () => {
      const board = await createBoard(t.db, { moderation: 'pre' });
      const res = await post(board.slug, answerForm({ body: 'Check the safeguarding policy first.', displayName: 'Priya' }));
      const id = receivedId(res, board.slug);

      const received = await t.app.inject(res.headers.location as string);
      assert.equal(received.statusCode, 200);
      assert.match(received.body, /<h1 class="panel__title">Your answer has been received<\/h1>/);
      assert.match(received.body, /A facilitator will read it before it appears on the board/);
      assert.match(received.headers['cache-control'] as string, /no-store/);
      assert.doesNotMatch(received.body, new RegExp(`href="/a/${id}"`));

      const page = await t.app.inject(`/b/${board.slug}`);
      assert.doesNotMatch(page.body, /Check the safeguarding policy first\./);
      assert.equal((await t.app.inject(`/a/${id}`)).statusCode, 404);

      const rows = await answersOf(board.id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.status, 'pending');
      assert.equal(rows[0]!.body, 'Check the safeguarding policy first.');
      assert.equal(rows[0]!.displayName, 'Priya');
    });

    test('on a post-moderated board an answer is published at once: on the board and at its permalink', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await post(board.slug, answerForm({ question: 'q2', perspective: 'p2', body: 'Block out an hour each week.', displayName: 'Jo' }));
      const id = receivedId(res, board.slug);

      const received = await t.app.inject(res.headers.location as string);
      assert.equal(received.statusCode, 200);
      assert.match(received.body, /<h1 class="panel__title">Your answer is published<\/h1>/);
      assert.match(received.body, new RegExp(`<a href="/a/${id}">See your answer</a>`));

      const page = await t.app.inject(`/b/${board.slug}`);
      assert.match(page.body, /Block out an hour each week\./);
      assert.match(page.body, new RegExp(`href="/a/${id}"`));
      const permalink = await t.app.inject(`/a/${id}`);
      assert.equal(permalink.statusCode, 200);
      assert.match(permalink.body, /Block out an hour each week\./);
      assert.match(permalink.body, /Where do I find the time\?/);
      assert.match(permalink.body, /Manager/);
      assert.match(permalink.body, /Jo, <time/);
    });

    test('a confirmation page for another board, or an unknown id, is a 404', async () => {
      const board = await createBoard(t.db);
      const other = await createBoard(t.db);
      const id = receivedId(await post(board.slug, answerForm()), board.slug);
      assert.equal((await t.app.inject(`/b/${other.slug}/received/${id}`)).statusCode, 404);
      assert.equal((await t.app.inject(`/b/${board.slug}/received/nope`)).statusCode, 404);
    });

    test('an empty submit names every field to fix, in page order, and stores nothing', async () => {
      const board = await createBoard(t.db);
      const res = await post(board.slug, '');
      assertFieldError(res, 'question', 'Choose the question you are answering');
      assertFieldError(res, 'perspective', 'Choose the perspective you are answering from');
      assertFieldError(res, 'body', 'Enter your answer');
      assertFieldError(res, 'use', 'Choose where your answer may be used');
      const order = ['#question', '#perspective', '#body', '#use'].map((href) => res.body.indexOf(`href="${href}"`));
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        order,
        'summary follows the order of the form',
      );
      assert.equal((await answersOf(board.id)).length, 0);
    });

    test('without a choice of where it may be used the answer is refused and everything typed is kept', async () => {
      const board = await createBoard(t.db);
      const form = answerForm({
        use: undefined,
        question: 'q2',
        perspective: 'p2',
        body: 'Keep a log & ask for help.',
        displayName: 'Sam <Lead>',
        email: 'sam@example.org',
      });
      const formKey = new URLSearchParams(form).get('formKey')!;
      const res = await post(board.slug, form);
      assertFieldError(res, 'use', 'Choose where your answer may be used');
      assert.doesNotMatch(res.body, /href="#body"/, 'only the choice needs making');
      assert.equal(textareaValue(res.body, 'body'), 'Keep a log & ask for help.');
      assert.equal(inputValue(res.body, 'displayName'), 'Sam <Lead>');
      assert.equal(inputValue(res.body, 'email'), 'sam@example.org');
      assert.equal(inputValue(res.body, 'formKey'), formKey, 'the one-time key is kept, so a resend still stores one answer');
      assert.match(res.body, /<input[^>]*id="question-2"[^>]*value="q2"[^>]*checked/);
      assert.match(res.body, /<input[^>]*id="perspective-2"[^>]*value="p2"[^>]*checked/);
      assert.doesNotMatch(res.body, /<input[^>]*name="use"[^>]*checked/, 'no choice is made for the author');
      assert.equal((await answersOf(board.id)).length, 0);
    });

    test('a 2,001-character answer is refused with the limit; 2,000 characters are accepted', async () => {
      const board = await createBoard(t.db);
      const long = 'a'.repeat(2001);
      const res = await post(board.slug, answerForm({ body: long, displayName: 'Ali', email: 'ali@example.org' }));
      assertFieldError(res, 'body', 'Your answer must be 2,000 characters or fewer');
      assert.equal(textareaValue(res.body, 'body'), long, 'the answer is kept so it can be shortened');
      assert.equal(inputValue(res.body, 'displayName'), 'Ali');
      assert.equal(inputValue(res.body, 'email'), 'ali@example.org');

      receivedId(await post(board.slug, answerForm({ body: 'a'.repeat(2000) })), board.slug);
      const rows = await answersOf(board.id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.body.length, 2000);
    });

    test('the limit counts characters, not UTF-16 units: 2,000 emoji are accepted, 2,001 are not', async () => {
      const board = await createBoard(t.db);
      receivedId(await post(board.slug, answerForm({ body: '💙'.repeat(2000) })), board.slug);
      assertFieldError(await post(board.slug, answerForm({ body: '💙'.repeat(2001) })), 'body', 'Your answer must be 2,000 characters or fewer');
      const rows = await answersOf(board.id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.body, '💙'.repeat(2000));
    });

    test('a badly formed email is refused and kept for correcting', async () => {
      const board = await createBoard(t.db);
      const res = await post(board.slug, answerForm({ email: 'sam at example.org', body: 'My answer.' }));
      assertFieldError(res, 'email', 'Enter an email address in the correct format, like name@example.com');
      assert.equal(inputValue(res.body, 'email'), 'sam at example.org');
      assert.equal(textareaValue(res.body, 'body'), 'My answer.');
      assert.equal((await answersOf(board.id)).length, 0);
    });

    test('a display name over 60 characters is refused', async () => {
      const board = await createBoard(t.db);
      const res = await post(board.slug, answerForm({ displayName: 'N'.repeat(61) }));
      assertFieldError(res, 'displayName', 'Your name must be 60 characters or fewer');
      assert.equal(inputValue(res.body, 'displayName'), 'N'.repeat(61));
    });

    test('a question or perspective that is not on this board is refused, keeping the answer', async () => {
      const board = await createBoard(t.db);
      const form = answerForm({ question: 'q9', perspective: 'nobody', body: 'Answer to a missing question.', displayName: 'Kim', email: 'kim@example.org' });
      const formKey = new URLSearchParams(form).get('formKey')!;
      const res = await post(board.slug, form);
      assertFieldError(res, 'question', 'Choose one of the questions on this board');
      assertFieldError(res, 'perspective', 'Choose one of the perspectives on this board');
      assert.equal(textareaValue(res.body, 'body'), 'Answer to a missing question.');
      assert.equal(inputValue(res.body, 'displayName'), 'Kim');
      assert.equal(inputValue(res.body, 'email'), 'kim@example.org');
      assert.equal(inputValue(res.body, 'formKey'), formKey);
      assert.equal((await answersOf(board.id)).length, 0);
    });

    test('a field sent twice is refused as that field, never stored or a server error', async () => {
      const board = await createBoard(t.db);
      const cases: [string, string][] = [
        ['body', `${answerForm({ body: 'First.' })}&body=Second.`],
        ['question', `${answerForm()}&question=q2`],
        ['perspective', `${answerForm()}&perspective=p2`],
        ['displayName', `${answerForm({ displayName: 'A' })}&displayName=B`],
        ['email', `${answerForm({ email: 'a@example.org' })}&email=b@example.org`],
      ];
      for (const [field, payload] of cases) {
        const res = await post(board.slug, payload);
        assert.equal(res.statusCode, 422, `${field} twice`);
        assert.match(res.body, new RegExp(`<a href="#${field}">`), `${field} twice is named in the summary`);
        assert.match(res.body, new RegExp(`id="${field}-error"`));
      }
      assertFieldError(await post(board.slug, `${answerForm()}&use=workshop`), 'use', /Choose where your answer may be used/);
      assert.equal((await answersOf(board.id)).length, 0, 'no answer from an ambiguous repeated field is stored');
    });

    test('an error on a question page shows the question page again, not the whole board', async () => {
      const board = await createBoard(t.db);
      const form = await t.app.inject(`/b/${board.slug}/q/q2`);
      assert.match(form.body, /<input type="hidden" name="from" value="question"\/>/);
      const res = await post(board.slug, answerForm({ question: 'q2', from: 'question', body: '', displayName: 'Lee' }));
      assertFieldError(res, 'body', 'Enter your answer');
      assert.match(res.body, /<title>Error: Where do I find the time\? – Roundtable<\/title>/);
      assert.match(res.body, /<h1>Where do I find the time\?<\/h1>/);
      assert.match(res.body, /Add your answer to this question/);
      assert.match(res.body, /<input type="hidden" name="question" value="q2"\/>/);
      assert.match(res.body, /<input type="hidden" name="from" value="question"\/>/);
      assert.doesNotMatch(res.body, /<table/, 'not the board table');
      assert.equal(inputValue(res.body, 'displayName'), 'Lee');
    });

    test('an error from the board page shows the board page again, with its table', async () => {
      const board = await createBoard(t.db, { title: 'Fears about social media' });
      const res = await post(board.slug, answerForm({ body: '' }));
      assertFieldError(res, 'body', 'Enter your answer');
      assert.match(res.body, /<title>Error: Fears about social media – Roundtable<\/title>/);
      assert.match(res.body, /<table/);
    });

    test('the same form sent five times in a row stores one answer, and each send lands on it', async () => {
      const board = await createBoard(t.db);
      const form = answerForm({ body: 'Sent on a flaky connection.' });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(receivedId(await post(board.slug, form), board.slug));
      assert.equal(new Set(ids).size, 1, `one id for all five: ${ids.join(', ')}`);
      const rows = await answersOf(board.id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.id, ids[0]);
    });

    test('the same form sent five times at once stores one answer, and each send lands on it', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const form = answerForm({ body: 'Double, triple, quadruple clicked.' });
      const responses = await Promise.all(Array.from({ length: 5 }, () => post(board.slug, form)));
      const ids = responses.map((res) => receivedId(res, board.slug));
      assert.equal(new Set(ids).size, 1, `one id for all five: ${ids.join(', ')}`);
      const rows = await answersOf(board.id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.id, ids[0]);
      const page = await t.app.inject(`/b/${board.slug}`);
      assert.equal(page.body.split('Double, triple, quadruple clicked.').length - 1, 1, 'shown once on the board');
    });

    test('the same form key with a different answer stores a new answer', async () => {
      const board = await createBoard(t.db);
      const formKey = 'same-key-from-a-cached-page';
      const first = receivedId(await post(board.slug, answerForm({ formKey, body: 'First answer.' })), board.slug);
      const second = receivedId(await post(board.slug, answerForm({ formKey, body: 'A different answer.' })), board.slug);
      assert.notEqual(first, second);
      const bodies = (await answersOf(board.id)).map((r) => r.body).sort();
      assert.deepEqual(bodies, ['A different answer.', 'First answer.']);
    });

    test('a form sent twice without its key (a cached page with JavaScript off) stores one answer; another answer is stored', async () => {
      const board = await createBoard(t.db);
      const keyless = answerForm({ formKey: '', body: 'Sent from a page with no key.', displayName: 'Ceri', email: 'ceri@example.org' });
      const first = await post(board.slug, keyless);
      const id = receivedId(first, board.slug);
      assert.match(String(first.headers.location), /#key=/, 'the first send gets its private link');
      const again = await post(board.slug, keyless);
      assert.equal(receivedId(again, board.slug), id, 'the resend lands on the first answer');
      assert.doesNotMatch(String(again.headers.location), /#key=/, 'and issues no second private link');
      // The same text under another name, or another text, is another answer.
      receivedId(await post(board.slug, answerForm({ formKey: '', body: 'Sent from a page with no key.', displayName: 'Dai' })), board.slug);
      receivedId(
        await post(board.slug, answerForm({ formKey: '', body: 'Something else entirely.', displayName: 'Ceri', email: 'ceri@example.org' })),
        board.slug,
      );
      assert.equal((await answersOf(board.id)).length, 3);
    });

    test('every reader of a revision gets the same bytes, compressed once, and a 304 while nothing changed', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      for (const path of [`/b/${board.slug}`, `/b/${board.slug}/q/q1?perspective=p2`, `/embed/b/${board.slug}`]) {
        const plain = await t.app.inject(path);
        assert.equal(plain.statusCode, 200);
        assert.equal((await t.app.inject(path)).body, plain.body, `${path}: the same bytes twice`);
        if (!path.startsWith('/embed/')) assert.match(plain.body, /name="formKey" value\/>/, `${path}: no one-time key in the page`);
        const ids = [...plain.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
        assert.deepEqual(
          ids.filter((id, i) => ids.indexOf(id) !== i),
          [],
          `${path}: no id is used twice (hints are found by id)`,
        );
        for (const encoding of ['br', 'gzip'] as const) {
          const res = await t.app.inject({ url: path, headers: { 'accept-encoding': `${encoding}` } });
          assert.equal(res.headers['content-encoding'], encoding);
          assert.match(String(res.headers.vary), /accept-encoding/i);
          const raw = res.rawPayload;
          const decoded = encoding === 'br' ? brotliDecompressSync(raw) : gunzipSync(raw);
          assert.equal(decoded.toString('utf8'), plain.body, `${path}: ${encoding} decodes to the page`);
        }
        const etag = String(plain.headers.etag);
        assert.ok(etag, `${path} has an ETag`);
        const unchanged = await t.app.inject({ url: path, headers: { 'if-none-match': etag } });
        assert.equal(unchanged.statusCode, 304, `${path}: 304 while nothing changed`);
      }
      const etag = String((await t.app.inject(`/b/${board.slug}`)).headers.etag);
      receivedId(await post(board.slug, answerForm({ body: 'A change readers can see.' })), board.slug);
      const changed = await t.app.inject({ url: `/b/${board.slug}`, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200, 'a new answer is a new page');
      assert.match(changed.body, /A change readers can see\./);
    });

    test('fixing a mistake and sending again with the kept key stores one answer', async () => {
      const board = await createBoard(t.db);
      const form = answerForm({ use: undefined, body: 'Forgot the choice.' });
      const refused = await post(board.slug, form);
      assert.equal(refused.statusCode, 422);
      const fixed = answerForm({ formKey: inputValue(refused.body, 'formKey'), body: 'Forgot the choice.' });
      const id = receivedId(await post(board.slug, fixed), board.slug);
      assert.equal(receivedId(await post(board.slug, fixed), board.slug), id);
      assert.equal((await answersOf(board.id)).length, 1);
    });

    test('a closed board refuses answers with a clear 409 and shows no form', async () => {
      const board = await createBoard(t.db, { accepting: false });
      const res = await post(board.slug, answerForm());
      assert.equal(res.statusCode, 409);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      assert.match(res.body, /This board is closed for new answers\./);
      assert.equal((await answersOf(board.id)).length, 0);

      const page = await t.app.inject(`/b/${board.slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /This board is closed for new answers\./);
      // No answer form; the share section's Mastodon form (a GET) stays.
      assert.doesNotMatch(page.body, /<form method="post"/);
      assert.doesNotMatch(page.body, /Ask a /, 'a closed board asks nobody to answer');
      const question = await t.app.inject(`/b/${board.slug}/q/q1`);
      assert.doesNotMatch(question.body, /<form method="post"/);
    });

    test('answering an unknown board is a 404 page', async () => {
      const res = await post('no-such-board', answerForm());
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Page not found/);
    });

    test('a permalink to an unknown answer is a 404 page', async () => {
      const res = await t.app.inject('/a/000000000ffffffffff');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Page not found/);
    });

    test('text is cleaned before it is stored: Windows newlines, control characters, surrounding spaces', async () => {
      const board = await createBoard(t.db);
      receivedId(await post(board.slug, answerForm({ body: '  Line one\r\nLine\u0007 two\u0000  ', displayName: '  Ann\t  Lee ' })), board.slug);
      const [row] = await answersOf(board.id);
      assert.equal(row!.body, 'Line one\nLine two');
      assert.equal(row!.displayName, 'Ann Lee');
      assert.equal(row!.email, null);
      assert.equal(row!.consentVersion.length > 0, true);
    });

    test('an answer is stored with the email given, and blank optional fields as empty', async () => {
      const board = await createBoard(t.db);
      receivedId(await post(board.slug, answerForm({ email: ' Someone@Example.org ', displayName: '' })), board.slug);
      const [row] = await answersOf(board.id);
      assert.equal(row!.email, 'Someone@Example.org');
      assert.equal(row!.displayName, null);
      const page = await t.app.inject(`/b/${board.slug}/received/${row!.id}`);
      assert.doesNotMatch(page.body, new RegExp(escapeRegExp('Someone@Example.org'), 'i'));
    });
  });

  describe(`answer form in Welsh (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const post = (slug: string, payload: string) => t.app.inject({ method: 'POST', url: `/cy/b/${slug}/answers`, headers: formHeaders, payload });

    /** The error summary's links and the inline messages, which must say the same. */
    function welshErrors(res: LightMyRequestResponse): Record<string, string> {
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /<title>Gwall: /);
      assert.match(res.body, /<h2 id="error-summary-title" class="error-summary__title">Mae problem wedi codi<\/h2>/);
      const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? '';
      const said: Record<string, string> = {};
      for (const [, field, message] of summary.matchAll(/<a href="#(\w+)">([^<]+)<\/a>/g)) {
        const inline = new RegExp(`<p class="error-message" id="${field}-error"><span class="visually-hidden">Gwall: </span>([^<]+)</p>`).exec(res.body);
        assert.equal(inline?.[1], message, `the inline message by ${field} says the same, after a Welsh "Gwall:"`);
        said[field!] = message!.replace(/&#39;/g, "'");
      }
      return said;
    }

    test('an empty Welsh form is shown again in Welsh with a Welsh error summary, and the switch leads to the English board', async () => {
      const board = await createBoard(t.db);
      const res = await post(board.slug, '');
      assert.deepEqual(welshErrors(res), {
        question: "Dewiswch y cwestiwn rydych chi'n ei ateb",
        perspective: "Dewiswch y safbwynt rydych chi'n ateb ohono",
        body: 'Rhowch eich ateb',
        use: 'Dewiswch ble gellir defnyddio eich ateb',
      });
      assert.match(res.body, new RegExp(`<form method="post" action="/cy/b/${board.slug}/answers"`));
      assert.match(res.body, new RegExp(`<a class="site-header__language" href="/b/${board.slug}"`));
      assert.match(res.body, new RegExp(`<link rel="alternate" hreflang="cy" href="http://localhost:3000/cy/b/${board.slug}"/>`));
      assert.doesNotMatch(res.body, /There is a problem|Choose the question|Enter your answer/);
      // No sentence of the English form's messages is left anywhere on it.
      for (const sentence of [...Object.values(catalogues.en.answers.form), ...Object.values(catalogues.en.answers.errors)]) {
        if (typeof sentence === 'string' && sentence.trim().includes(' ')) assert.ok(!res.body.includes(sentence.trim()), `no English "${sentence}"`);
      }
    });

    test('Welsh messages for a too-long answer and name, a bad email, and a question not on the board; what was typed is kept', async () => {
      const board = await createBoard(t.db);
      const long = await post(
        board.slug,
        answerForm({ body: 'a'.repeat(2001), displayName: 'n'.repeat(61), email: 'nid-e-bost', question: 'q9', perspective: 'p1' }),
      );
      assert.deepEqual(welshErrors(long), {
        body: "Rhaid i'ch ateb fod yn 2,000 nod neu lai",
        displayName: "Rhaid i'ch enw fod yn 60 nod neu lai",
        email: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
      });
      assert.equal(inputValue(long.body, 'email'), 'nid-e-bost');
      const elsewhere = await post(board.slug, answerForm({ question: 'q9', body: 'Siaradwch â’ch goruchwyliwr.' }));
      assert.deepEqual(welshErrors(elsewhere), { question: "Dewiswch un o'r cwestiynau ar y bwrdd hwn" });
      assert.equal(textareaValue(elsewhere.body, 'body'), 'Siaradwch â’ch goruchwyliwr.');
    });

    test('an error sent from a Welsh question page shows that page again, its switch leading to the English question', async () => {
      const board = await createBoard(t.db);
      const res = await post(board.slug, answerForm({ from: 'question', question: 'q2', body: '' }));
      assert.deepEqual(welshErrors(res), { body: 'Rhowch eich ateb' });
      assert.match(res.body, /Ychwanegu eich ateb i(?:&#39;|')r cwestiwn hwn/);
      assert.match(res.body, new RegExp(`<a class="site-header__language" href="/b/${board.slug}/q/q2"`));
    });

    test('a Welsh answer lands on the Welsh confirmation, which says in Welsh what happens next', async () => {
      const board = await createBoard(t.db);
      const res = await post(board.slug, answerForm({ body: 'Siaradwch â’ch goruchwyliwr a dilynwch y polisi.' }));
      assert.equal(res.statusCode, 303);
      const location = String(res.headers.location);
      assert.match(location, new RegExp(`^/cy/b/${board.slug}/received/[0-9a-z]+#key=[A-Za-z0-9_-]{43}$`), 'the redirect keeps /cy');
      const page = await t.app.inject(location.replace(/#.*$/, ''));
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="cy">/);
      assert.match(page.body, /<h1 class="panel__title">Mae eich ateb wedi dod i law<\/h1>/);
      assert.match(page.body, /Bydd hwylusydd yn ei ddarllen cyn iddo ymddangos ar y bwrdd\./);
      assert.match(page.body, /<h2 id="private-link-heading">Eich dolen breifat<\/h2>/);
      assert.match(page.body, /data-manage-path="\/cy\/a\/[0-9a-z]+\/manage"/, 'the private link opens the Welsh page');
      assert.match(page.body, new RegExp(`<a href="/cy/b/${board.slug}">Yn ôl i “Board ${board.slug}”</a>`));
      assert.doesNotMatch(page.body, /Your answer has been received|Your private link/);
    });

    test('on a post-moderated board the Welsh confirmation says it is published and links to the Welsh permalink', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await post(board.slug, answerForm({ body: 'Siaradwch â’ch goruchwyliwr a dilynwch y polisi.' }));
      const page = await t.app.inject(String(res.headers.location).replace(/#.*$/, ''));
      assert.match(page.body, /<h1 class="panel__title">Mae eich ateb wedi(?:&#39;|')i gyhoeddi<\/h1>/);
      const permalink = /<a href="(\/cy\/a\/[0-9a-z]+)">Gweld eich ateb<\/a>/.exec(page.body)?.[1];
      assert.ok(permalink, 'links to the answer in Welsh');
      const answer = await t.app.inject(permalink);
      assert.equal(answer.statusCode, 200);
      assert.match(answer.body, /<html lang="cy">/);
      assert.match(
        answer.body,
        /<p class="answer__text">Siaradwch â’ch goruchwyliwr a dilynwch y polisi\.<\/p>/,
        'a Welsh answer needs no lang on a Welsh page',
      );
      assert.match(answer.body, /Rhoi gwybod am yr ateb hwn/);
      assert.match(answer.body, /<h1 class="heading-m" lang="en-GB"><a href="\/cy\/b\/[^"]+\/q\/q1">What do I do first\?<\/a><\/h1>/);
    });

    test('a closed board refuses a Welsh answer in Welsh', async () => {
      const board = await createBoard(t.db, { accepting: false });
      const res = await post(board.slug, answerForm());
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /Mae(?:&#39;|')r bwrdd hwn ar gau i atebion newydd\./);
    });
  });
}
