import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { createBoard, createTestApp, dialects, importDemoBoard, type TestApp } from '../../test/helpers.ts';

const jsonHeaders = { 'content-type': 'application/json' };
const valid = { question: 'q1', perspective: 'p1', body: 'Ask your manager for the social media policy.', use: 'board' };

function json(res: LightMyRequestResponse): Record<string, unknown> {
  assert.match(String(res.headers['content-type']), /^application\/json/, `JSON reply, got ${res.headers['content-type']}: ${res.body.slice(0, 200)}`);
  return res.json();
}

/** An error reply: the status, a message a developer can act on, and no stack trace. */
function assertProblem(res: LightMyRequestResponse, status: number, fields?: string[]) {
  assert.equal(res.statusCode, status, `expected ${status}, got ${res.statusCode}: ${res.body.slice(0, 300)}`);
  const body = json(res);
  assert.equal(typeof body.message, 'string');
  assert.ok((body.message as string).length > 10, 'the message says what is wrong');
  assert.doesNotMatch(res.body, /\bat .+\.(ts|js):\d+/, 'no stack trace');
  if (fields) {
    assert.ok(body.fields && typeof body.fields === 'object', `names the fields: ${res.body}`);
    assert.deepEqual(Object.keys(body.fields as object).sort(), [...fields].sort());
    for (const message of Object.values(body.fields as Record<string, unknown>)) assert.equal(typeof message, 'string');
  }
  return body;
}

for (const dialect of dialects) {
  describe(`JSON API (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const submit = (slug: string, payload: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${slug}/answers`,
        headers: { ...jsonHeaders, ...headers },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });

    async function answerCount(boardId: string): Promise<number> {
      const row = await t.db
        .selectFrom('answers')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('boardId', '=', boardId)
        .where('isExample', '=', 0)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }

    test('GET a board returns exactly the documented shape with published answers only', async () => {
      const board = await createBoard(t.db, {
        moderation: 'pre',
        title: 'Fears about social media',
        examples: [{ question: 'q2', perspective: 'p2', body: 'Block out an hour.', name: 'Sam' }],
      });
      const pending = await submit(board.slug, { ...valid, body: 'Still waiting for a moderator.', displayName: 'Hidden', email: 'hidden@example.org' });
      assert.equal(pending.statusCode, 201);

      const res = await t.app.inject(`/api/v1/boards/${board.slug}`);
      assert.equal(res.statusCode, 200);
      const body = json(res);
      assert.deepEqual(Object.keys(body).sort(), [
        'answers',
        'intro',
        'language',
        'perspectives',
        'questions',
        'slug',
        'title',
        'translatedIntro',
        'translatedTitle',
      ]);
      assert.equal(body.slug, board.slug);
      assert.equal(body.language, 'en');
      assert.equal(body.title, 'Fears about social media');
      assert.equal(body.translatedTitle, null);
      assert.equal(body.intro, 'An introduction.\n\nIn two paragraphs.');
      assert.deepEqual(body.questions, [
        { key: 'q1', text: 'What do I do first?', translatedText: null },
        { key: 'q2', text: 'Where do I find the time?', translatedText: null },
      ]);
      assert.deepEqual(body.perspectives, [
        { key: 'p1', label: 'Practitioner', translatedLabel: null },
        { key: 'p2', label: 'Manager', translatedLabel: null },
      ]);
      const answers = body.answers as Record<string, unknown>[];
      assert.equal(answers.length, 1, 'the pending answer is not in the API');
      const [answer] = answers;
      assert.deepEqual(Object.keys(answer!).sort(), ['body', 'createdAt', 'displayName', 'helpful', 'id', 'perspective', 'question']);
      assert.equal(answer!.helpful, 0, 'nobody has marked it helpful yet');
      assert.equal(answer!.question, 'q2');
      assert.equal(answer!.perspective, 'p2');
      assert.equal(answer!.body, 'Block out an hour.');
      assert.equal(answer!.displayName, 'Sam');
      assert.ok(!Number.isNaN(Date.parse(answer!.createdAt as string)), 'createdAt is a date');
      assert.doesNotMatch(res.body, /hidden@example\.org|Still waiting|"status"|"email"|"isExample"/);
    });

    test('GET includes answers published on a post-moderated board, anonymous ones with a null name', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const created = json(await submit(board.slug, { ...valid, email: 'private@example.org' }));
      const body = json(await t.app.inject(`/api/v1/boards/${board.slug}`));
      assert.deepEqual(
        (body.answers as Record<string, unknown>[]).map(({ createdAt: _, ...rest }) => rest),
        [{ id: created.id, question: 'q1', perspective: 'p1', body: valid.body, displayName: null, helpful: 0 }],
      );
      assert.doesNotMatch(JSON.stringify(body), /private@example\.org/);
    });

    test('GET a translated board gives each text in the board’s language and its translation beside it', async () => {
      const slug = await importDemoBoard(t.db);
      const body = json(await t.app.inject(`/api/v1/boards/${slug}`));
      assert.equal(body.language, 'en');
      assert.equal(body.title, 'Social media: what clinicians and care workers really want to know');
      assert.equal(body.translatedTitle, 'Cyfryngau cymdeithasol: beth mae clinigwyr a gweithwyr gofal wir eisiau ei wybod');
      const perspectives = body.perspectives as Record<string, unknown>[];
      assert.deepEqual(perspectives[1], { key: 'practitioner', label: 'Practitioner', translatedLabel: 'Ymarferydd' });
    });

    test('GET an unknown board is a JSON 404', async () => {
      const res = await t.app.inject('/api/v1/boards/no-such-board');
      assert.equal(res.statusCode, 404);
      assert.equal(typeof json(res).message, 'string');
    });

    test('GET answers 304 to a matching ETag until an answer is published', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const first = await t.app.inject(`/api/v1/boards/${board.slug}`);
      const etag = String(first.headers.etag);
      assert.equal((await t.app.inject({ url: `/api/v1/boards/${board.slug}`, headers: { 'if-none-match': etag } })).statusCode, 304);
      await submit(board.slug, valid);
      const changed = await t.app.inject({ url: `/api/v1/boards/${board.slug}`, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.equal((json(changed).answers as unknown[]).length, 1);
    });

    test('POST to a pre-moderated board: 201 pending, not yet public', async () => {
      const board = await createBoard(t.db, { moderation: 'pre' });
      const res = await submit(board.slug, { ...valid, displayName: 'Alex', email: 'alex@example.org' });
      assert.equal(res.statusCode, 201);
      const body = json(res);
      assert.deepEqual(Object.keys(body).sort(), ['id', 'safety', 'status']);
      assert.match(body.id as string, /^[0-9a-z]+$/);
      assert.equal(body.status, 'pending');
      assert.deepEqual(body.safety, { crisis: false, identifying: [] });
      assert.equal((await t.app.inject(`/a/${body.id}`)).statusCode, 404);
      const row = await t.db
        .selectFrom('answers')
        .selectAll()
        .where('id', '=', body.id as string)
        .executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal(row.displayName, 'Alex');
      assert.equal(row.email, 'alex@example.org');
      assert.equal(row.body, valid.body);
    });

    test('POST to a post-moderated board: 201 published, with a permalink', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const res = await submit(board.slug, valid);
      assert.equal(res.statusCode, 201);
      const body = json(res);
      assert.equal(body.status, 'published');
      assert.deepEqual(body.safety, { crisis: false, identifying: [] });
      assert.equal(res.headers.location, `/a/${body.id}`);
      const permalink = await t.app.inject(`/a/${body.id}`);
      assert.equal(permalink.statusCode, 200);
      assert.match(permalink.body, /Ask your manager for the social media policy\./);
    });

    test('the same Idempotency-Key sent five times in a row stores one answer and replays its id', async () => {
      const board = await createBoard(t.db);
      const headers = { 'idempotency-key': 'retry-7f3a-0001' };
      const replies = [];
      for (let i = 0; i < 5; i++) replies.push(await submit(board.slug, valid, headers));
      for (const res of replies) assert.equal(res.statusCode, 201, res.body);
      const ids = replies.map((res) => json(res).id);
      assert.equal(new Set(ids).size, 1, `one id: ${ids.join(', ')}`);
      assert.equal(replies[0]!.headers['idempotent-replayed'], undefined);
      for (const res of replies.slice(1)) assert.equal(res.headers['idempotent-replayed'], 'true');
      assert.equal(await answerCount(board.id), 1);
    });

    test('the same Idempotency-Key sent five times at once stores one answer and every reply has its id', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const headers = { 'idempotency-key': 'concurrent-7f3a-0002' };
      const replies = await Promise.all(Array.from({ length: 5 }, () => submit(board.slug, valid, headers)));
      for (const res of replies) assert.equal(res.statusCode, 201, `never a 5xx: ${res.statusCode} ${res.body}`);
      const ids = replies.map((res) => json(res).id);
      assert.equal(new Set(ids).size, 1, `one id: ${ids.join(', ')}`);
      for (const res of replies) assert.equal(json(res).status, 'published');
      assert.equal(await answerCount(board.id), 1);
      const api = json(await t.app.inject(`/api/v1/boards/${board.slug}`));
      assert.equal((api.answers as unknown[]).length, 1);
    });

    test('a retry is answered from the stored answer before any safety check: it keeps the first decision, even if the checks changed since', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const headers = { 'idempotency-key': 'retry-after-upgrade-0004' };
      const first = json(await submit(board.slug, valid, headers));
      assert.deepEqual({ status: first.status, safety: first.safety }, { status: 'published', safety: { crisis: false, identifying: [] } });
      // As if the checks had held it when it was stored, and a newer version of them (the one running now) would not.
      await t.db.updateTable('answers').set({ heldFor: 'crisis' }).where('id', '=', String(first.id)).execute();
      const retry = await submit(board.slug, valid, headers);
      assert.equal(retry.statusCode, 201);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.deepEqual(
        { id: json(retry).id, safety: json(retry).safety },
        { id: first.id, safety: { crisis: true, identifying: [] } },
        'the stored decision, not a new check of the text',
      );
    });

    test('a retry of an answer held for identifying details names the same kinds of detail', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const headers = { 'idempotency-key': 'retry-identifying-0005' };
      const answer = { ...valid, body: 'A client rang me on 07700 900123 at home, which was a shock.' };
      const first = json(await submit(board.slug, answer, headers));
      const retry = json(await submit(board.slug, answer, headers));
      assert.deepEqual(first.safety, { crisis: false, identifying: ['phone'] });
      assert.deepEqual({ id: retry.id, status: retry.status, safety: retry.safety }, { id: first.id, status: 'pending', safety: first.safety });
    });

    test('the same Idempotency-Key with a different answer is refused with 422 and stores nothing new', async () => {
      const board = await createBoard(t.db);
      const headers = { 'idempotency-key': 'reused-key' };
      const first = await submit(board.slug, valid, headers);
      assert.equal(first.statusCode, 201);
      const second = await submit(board.slug, { ...valid, body: 'Something else entirely.' }, headers);
      const body = assertProblem(second, 422);
      assert.equal(body.error, 'idempotency-key-reused');
      assert.equal(await answerCount(board.id), 1);
    });

    test('an Idempotency-Key belongs to one board: the same key on another board stores its own answer', async () => {
      const one = await createBoard(t.db);
      const two = await createBoard(t.db);
      const headers = { 'idempotency-key': 'shared-key-0003' };
      const a = json(await submit(one.slug, valid, headers));
      const b = json(await submit(two.slug, valid, headers));
      assert.notEqual(a.id, b.id);
      assert.equal(await answerCount(one.id), 1);
      assert.equal(await answerCount(two.id), 1);
    });

    test('without an Idempotency-Key, each request stores an answer', async () => {
      const board = await createBoard(t.db);
      await submit(board.slug, valid);
      await submit(board.slug, valid);
      assert.equal(await answerCount(board.id), 2);
    });

    test('a bad Idempotency-Key is a 400', async () => {
      const board = await createBoard(t.db);
      assertProblem(await submit(board.slug, valid, { 'idempotency-key': 'k'.repeat(300) }), 400);
      assertProblem(await submit(board.slug, valid, { 'idempotency-key': 'has spaces in it' }), 400);
      assertProblem(await submit(board.slug, valid, { 'idempotency-key': 'ключ' }), 400);
      assert.equal(await answerCount(board.id), 0);
    });

    test('invalid JSON is a 400 that says so', async () => {
      const board = await createBoard(t.db);
      const body = assertProblem(await submit(board.slug, '{"question": "q1",'), 400);
      assert.match(body.message as string, /not valid JSON/);
      assertProblem(await submit(board.slug, ''), 400);
      assert.equal(await answerCount(board.id), 0);
    });

    test('JSON that is not an object is a 400', async () => {
      const board = await createBoard(t.db);
      for (const payload of ['[]', JSON.stringify([valid]), '"an answer"', '42', 'true', 'null']) {
        const res = await submit(board.slug, payload);
        assertProblem(res, 400);
      }
      assert.equal(await answerCount(board.id), 0);
    });

    test('a body that is not JSON is a 415', async () => {
      const board = await createBoard(t.db);
      const form = new URLSearchParams({ question: 'q1', perspective: 'p1', body: 'x', consent: 'true' }).toString();
      for (const [type, payload] of [
        ['application/x-www-form-urlencoded', form],
        ['text/plain', JSON.stringify(valid)],
        ['application/xml', '<answer/>'],
      ] as const) {
        const res = await t.app.inject({ method: 'POST', url: `/api/v1/boards/${board.slug}/answers`, headers: { 'content-type': type }, payload });
        assertProblem(res, 415);
      }
      const untyped = await t.app.inject({ method: 'POST', url: `/api/v1/boards/${board.slug}/answers`, payload: Buffer.from(JSON.stringify(valid)) });
      assert.equal(untyped.statusCode, 415);
      assert.equal(await answerCount(board.id), 0);
    });

    test('missing fields are a 422 naming each one', async () => {
      const board = await createBoard(t.db);
      const body = assertProblem(await submit(board.slug, {}), 422, ['question', 'perspective', 'body', 'use']);
      assert.equal((body.fields as Record<string, string>).body, 'Enter your answer');
      assertProblem(await submit(board.slug, { ...valid, body: '   ' }), 422, ['body']);
      assert.equal(await answerCount(board.id), 0);
    });

    test('use must be board, workshop or facilitators: missing or anything else is a 422 naming use', async () => {
      const board = await createBoard(t.db);
      const { use: _, ...withoutUse } = valid;
      for (const payload of [
        withoutUse,
        { ...valid, use: 'everywhere' },
        { ...valid, use: true },
        { ...withoutUse, consent: 'yes' },
        { ...withoutUse, consent: false },
      ]) {
        const body = assertProblem(await submit(board.slug, payload), 422, ['use']);
        assert.match((body.fields as Record<string, string>).use!, /"use" as "board", "workshop" or "facilitators"/);
      }
      assert.equal(await answerCount(board.id), 0);
    });

    test('the choice is stored; a first-version client sending consent: true stores "board"', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const { use: _, ...withoutUse } = valid;
      const sent = [
        { ...valid, body: 'For the workshop only.', use: 'workshop' },
        { ...valid, body: 'For the facilitators.', use: 'facilitators' },
        { ...withoutUse, body: 'From an old client.', consent: true },
      ];
      const ids = [];
      for (const payload of sent) {
        const res = await submit(board.slug, payload);
        assert.equal(res.statusCode, 201, res.body);
        ids.push(res.json().id as string);
      }
      const rows = await t.db.selectFrom('answers').select(['id', 'useAllowed']).where('boardId', '=', board.id).execute();
      assert.deepEqual(
        ids.map((id) => rows.find((r) => r.id === id)?.useAllowed),
        ['workshop', 'facilitators', 'board'],
      );
      // Published at once on this board, yet only the answer allowed on the board is in the board's API reply.
      const read = await t.app.inject({ method: 'GET', url: `/api/v1/boards/${board.slug}` });
      assert.deepEqual(
        read.json().answers.map((a: { body: string }) => a.body),
        ['From an old client.'],
      );
    });

    test('wrong types are a 422 naming the field', async () => {
      const board = await createBoard(t.db);
      assertProblem(await submit(board.slug, { ...valid, body: 42 }), 422, ['body']);
      assertProblem(await submit(board.slug, { ...valid, displayName: { first: 'Sam' } }), 422, ['displayName']);
      assertProblem(await submit(board.slug, { ...valid, email: ['a@example.org'] }), 422, ['email']);
      assertProblem(await submit(board.slug, { ...valid, question: 1 }), 422, ['question']);
      assertProblem(await submit(board.slug, { ...valid, email: 'not-an-email' }), 422, ['email']);
      assertProblem(await submit(board.slug, { ...valid, body: 'x'.repeat(2001) }), 422, ['body']);
      assert.equal(await answerCount(board.id), 0);
    });

    test('an answer of only unusable characters is empty: 422 naming body, nothing stored', async () => {
      const board = await createBoard(t.db);
      for (const body of ['\u0000\uFFFF\uD800', '\u200B\u200D\uFEFF']) {
        const res = assertProblem(await submit(board.slug, { ...valid, body }), 422, ['body']);
        assert.equal((res.fields as Record<string, string>).body, 'Enter your answer');
      }
      assert.equal(await answerCount(board.id), 0);
    });

    test('null optional fields are accepted as absent', async () => {
      const board = await createBoard(t.db);
      const res = await submit(board.slug, { ...valid, displayName: null, email: null });
      assert.equal(res.statusCode, 201, res.body);
    });

    test('an unknown question or perspective is a 422 naming it', async () => {
      const board = await createBoard(t.db);
      const q = assertProblem(await submit(board.slug, { ...valid, question: 'q9' }), 422, ['question']);
      assert.equal((q.fields as Record<string, string>).question, 'Choose one of the questions on this board');
      assertProblem(await submit(board.slug, { ...valid, perspective: 'p9' }), 422, ['perspective']);
      assert.equal(await answerCount(board.id), 0);
    });

    test('a body over 64 KB is a 413', async () => {
      const board = await createBoard(t.db);
      const res = await submit(board.slug, { ...valid, body: 'x'.repeat(70 * 1024) });
      assertProblem(res, 413);
      assert.equal(await answerCount(board.id), 0);
    });

    test('a closed board is a 409 with a clear message', async () => {
      const board = await createBoard(t.db, { accepting: false });
      const body = assertProblem(await submit(board.slug, valid), 409);
      assert.equal(body.message, 'This board is closed for new answers.');
      assert.equal(await answerCount(board.id), 0);
    });

    test('under /cy the messages are in Welsh; the codes and field names stay as they are', async () => {
      const welsh = (slug: string, payload: unknown, headers: Record<string, string> = jsonHeaders) =>
        t.app.inject({ method: 'POST', url: `/cy/api/v1/boards/${slug}/answers`, headers, payload: JSON.stringify(payload) });
      const closed = await createBoard(t.db, { accepting: false });
      const refused = assertProblem(await welsh(closed.slug, valid), 409);
      assert.deepEqual(refused, { error: 'closed', message: 'Mae’r bwrdd hwn ar gau i atebion newydd.' });
      const board = await createBoard(t.db);
      const invalid = assertProblem(await welsh(board.slug, {}), 422, ['question', 'perspective', 'body', 'use']);
      assert.equal(invalid.error, 'invalid');
      assert.equal(invalid.message, 'Mae angen cywiro rhai meysydd.');
      // Each field's message is Welsh too, the form's own words.
      const fields = invalid.fields as Record<string, string>;
      assert.equal(fields.body, 'Rhowch eich ateb');
      assert.equal(fields.question, "Dewiswch y cwestiwn rydych chi'n ei ateb");
      assert.equal(fields.use, 'Dewiswch ble gellir defnyddio eich ateb: anfonwch "use" fel "board", "workshop" neu "facilitators"');
      const notOnBoard = assertProblem(await welsh(board.slug, { ...valid, question: 'nope', perspective: 'nope' }), 422, ['question', 'perspective']);
      assert.deepEqual(notOnBoard.fields, {
        question: "Dewiswch un o'r cwestiynau ar y bwrdd hwn",
        perspective: "Dewiswch un o'r safbwyntiau ar y bwrdd hwn",
      });
      const notJson = assertProblem(await welsh(board.slug, valid, { 'content-type': 'text/plain' }), 415);
      assert.equal(notJson.message, 'Anfonwch yr ateb fel JSON gyda Content-Type: application/json.');
      assert.equal(await answerCount(board.id), 0);
    });

    if (dialect === 'postgres') {
      test('when PostgreSQL drops the idle connections, the process survives and the next request works', async () => {
        const board = await createBoard(t.db, { moderation: 'post' });
        assert.equal((await t.app.inject(`/api/v1/boards/${board.slug}`)).statusCode, 200);
        const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
        const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await admin.connect();
        try {
          const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
            rows[0]!.name,
          ]);
          assert.ok(killed.rowCount! > 0, 'the app had idle connections to drop');
        } finally {
          await admin.end();
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
        const res = await submit(board.slug, valid);
        assert.equal(res.statusCode, 201, res.body);
        assert.equal((json(await t.app.inject(`/api/v1/boards/${board.slug}`)).answers as unknown[]).length, 1);
      });
    }

    test('POST to an unknown board is a JSON 404', async () => {
      assertProblem(await submit('no-such-board', valid), 404);
    });
  });
}
