import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { createDatabase, type Db, type Dialect } from '../../src/db/database.ts';
import { addMember, createFacilitator } from '../accounts.ts';
import { answerForm, answerIdFrom, createBoard, createTestDb, dialects, formHeaders, type TestDb } from '../helpers.ts';
import { freePort } from '../ports.ts';

// Several instances on one database agree (issue 13, point 1): nothing a request depends on lives in one process or on
// its disk. Instance B has a DATA_DIR of its own, and on PostgreSQL its own connection pool, as on another machine.

interface Instances {
  t: TestDb;
  a: FastifyInstance;
  b: FastifyInstance;
  close(): Promise<void>;
}

async function startTwo(dialect: Dialect, env: Record<string, string> = {}): Promise<Instances> {
  const t = await createTestDb(dialect, env);
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-instance-b-'));
  const configB = parseConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: otherDir,
    ...(t.config.databaseUrl ? { DATABASE_URL: t.config.databaseUrl } : {}),
    ...env,
  });
  // SQLite is one file on one machine: the instances share its connection. PostgreSQL: a pool each.
  const dbB: Db = dialect === 'postgres' ? createDatabase(configB) : t.db;
  const a = await createApp(t.config, t.db);
  const b = await createApp(configB, dbB);
  return {
    t,
    a,
    b,
    async close() {
      await a.close();
      await b.close();
      if (dbB !== t.db) await dbB.destroy();
      fs.rmSync(otherDir, { recursive: true, force: true });
      await t.cleanup();
    },
  };
}

/** What answer-form.js does in the browser: solve the challenge and send it back with the answer. */
async function solve(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution);
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

const post = (app: FastifyInstance, slug: string, fields: Record<string, string>, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'POST', url: `/b/${slug}/answers`, headers: formHeaders, payload: answerForm(fields), remoteAddress });

/** A real SMTP server in-process that keeps every message it receives. */
async function startSmtp() {
  const messages: { to: string; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) messages.push({ to: to.address, raw: raw.replace(/=\r?\n/g, '') });
        done();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const dialect of dialects) {
  describe(`two instances on one database (${dialect})`, () => {
    let i: Instances;
    before(async () => {
      i = await startTwo(dialect);
    });
    after(() => i.close());

    test('they share the secrets: B opens A’s private link, and knows A’s decoy confirmation from a made-up id', async () => {
      const board = await createBoard(i.t.db, { moderation: 'post' });
      const sent = await post(i.a, board.slug, { body: 'Sent to instance A.', check: 'not solved' });
      const location = String(sent.headers.location);
      const key = /#key=([A-Za-z0-9_-]+)/.exec(location)?.[1];
      assert.ok(key, location);
      const opened = await i.b.inject({ method: 'POST', url: `/a/${answerIdFrom(location)}/manage`, headers: formHeaders, payload: `key=${key}` });
      assert.equal(opened.statusCode, 200);
      assert.match(opened.body, />Sent to instance A\.<\/textarea>/);

      // A bot filling in the hidden field gets a signed decoy id from A; B must show it the same "received" page.
      const bot = await post(i.a, board.slug, { body: 'Buy now', website: 'https://spam.example' });
      const decoy = String(bot.headers.location);
      assert.equal((await i.b.inject(decoy)).statusCode, 200);
      assert.equal((await i.b.inject(decoy.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).statusCode, 404, 'a made-up id is still not found');
    });

    test('a proof of work made on A passes on B once, and the same solution is refused on A', async () => {
      const board = await createBoard(i.t.db, { moderation: 'post' });
      const check = await solve((await i.a.inject(`/b/${board.slug}/check`)).json());
      const onB = await post(i.b, board.slug, { body: 'Checked by A, sent to B.', check });
      const againOnA = await post(i.a, board.slug, { body: 'Same solution, sent to A.', check });
      const status = (location: unknown) =>
        i.t.db.selectFrom('answers').select(['status', 'heldFor']).where('id', '=', answerIdFrom(location)).executeTakeFirstOrThrow();
      assert.deepEqual(await status(onB.headers.location), { status: 'published', heldFor: null });
      assert.deepEqual(await status(againOnA.headers.location), { status: 'pending', heldFor: 'unchecked' }, 'the replay is held for a moderator');
    });

    test('an address’s answer limit spent on A and B together is spent on both', async () => {
      const board = await createBoard(i.t.db);
      const address = '203.0.113.50';
      const started = Date.now();
      let taken = 0;
      for (let n = 0; n < 90; n++) {
        const res = await post(n % 2 ? i.a : i.b, board.slug, { body: `Answer ${n} from one busy network.` }, address);
        if (res.statusCode === 303) taken++;
      }
      assert.equal(taken, 90, 'a room of 90 behind one address gets through, across both instances');
      // The bucket regains a token a second: spend what the run earned back first.
      const earned = Math.ceil((Date.now() - started) / 1000);
      let refusedOn: string | undefined;
      for (let n = 0; n <= earned + 1 && !refusedOn; n++) {
        for (const [name, app] of [
          ['A', i.a],
          ['B', i.b],
        ] as const) {
          const res = await post(app, board.slug, { body: `One more, number ${n}, via ${name}.` }, address);
          if (res.statusCode === 429) {
            refusedOn = name;
            assert.ok(Number(res.headers['retry-after']) >= 1);
            assert.match(res.body, /One more, number \d+, via [AB]\./, 'what they wrote is kept');
            break;
          }
        }
      }
      assert.ok(refusedOn, 'refused once the shared allowance is gone');
      const other = refusedOn === 'A' ? i.b : i.a;
      assert.equal((await post(other, board.slug, { body: 'And on the other instance?' }, address)).statusCode, 429, 'the other refuses too');
      assert.equal((await post(other, board.slug, { body: 'Another network.' }, '203.0.113.51')).statusCode, 303);
    });

    test('a browser’s helpful votes are limited across instances', async () => {
      const board = await createBoard(i.t.db, { moderation: 'post', examples: [{ question: 'q1', perspective: 'p1', body: 'An example.' }] });
      const answer = await i.t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).executeTakeFirstOrThrow();
      const first = await i.a.inject({ method: 'POST', url: `/a/${answer.id}/helpful`, headers: formHeaders, payload: '' });
      const cookie = String(first.headers['set-cookie']).split(';')[0]!;
      assert.equal(first.statusCode, 303);
      // 30 presses at once per browser, then one every two seconds: pressing again and again, alternating instances.
      const started = Date.now();
      let pressed = 0;
      let refused: { status: number; retryAfter: number } | undefined;
      while (!refused && pressed < 40) {
        const res = await (pressed % 2 ? i.b : i.a).inject({
          method: 'POST',
          url: `/a/${answer.id}/helpful`,
          headers: { ...formHeaders, cookie },
          payload: '',
        });
        if (res.statusCode === 303) pressed++;
        else refused = { status: res.statusCode, retryAfter: Number(res.headers['retry-after']) };
      }
      assert.equal(refused?.status, 429);
      assert.ok(refused.retryAfter >= 1 && refused.retryAfter <= 2);
      const earned = Math.floor(((Date.now() - started) / 1000) * 0.5);
      assert.ok(pressed >= 30 && pressed <= 30 + earned, `${pressed} presses: one browser's 30, not 30 per instance`);
    });
  });

  describe(`notices with two instances (${dialect})`, () => {
    let i: Instances;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      smtp = await startSmtp();
      i = await startTwo(dialect, { SMTP_URL: smtp.url, NOTIFY_DELAY_SECONDS: '1' });
    });
    after(async () => {
      await i.close();
      await smtp.close();
    });

    test('answers taken by both instances make one notice per team member, sent once', async () => {
      const board = await createBoard(i.t.db, { title: 'Shared board' });
      const owner = await createFacilitator(i.t.db, i.t.config.baseUrl, 'shared-owner@example.org');
      const moderator = await createFacilitator(i.t.db, i.t.config.baseUrl, 'shared-mod@example.org');
      await addMember(i.t.db, board.id, owner.id, 'owner');
      await addMember(i.t.db, board.id, moderator.id, 'moderator');
      const waiting = () => smtp.messages.filter((m) => m.raw.includes('waiting to be read'));

      for (const [n, app] of [i.a, i.b, i.a].entries()) assert.equal((await post(app, board.slug, { body: `Waiting answer ${n}.` })).statusCode, 303);
      const deadline = Date.now() + 8000;
      while (waiting().length < 2 && Date.now() < deadline) await sleep(50);
      // Both instances' timers have fired by now: a second batch would have arrived.
      await sleep(1500);
      assert.deepEqual(
        waiting()
          .map((m) => m.to)
          .sort(),
        ['shared-mod@example.org', 'shared-owner@example.org'],
      );
      for (const mail of waiting()) assert.match(mail.raw, /3 new answers are waiting to be read/);

      // A later answer on B starts a new batch of its own.
      assert.equal((await post(i.b, board.slug, { body: 'A later answer.' })).statusCode, 303);
      while (waiting().length < 4 && Date.now() < deadline + 8000) await sleep(50);
      await sleep(1500);
      assert.equal(waiting().length, 4);
      for (const mail of waiting().slice(2)) assert.match(mail.raw, /A new answer is waiting to be read/);
      assert.equal(await i.t.db.selectFrom('pendingNotices').select('boardId').executeTakeFirst(), undefined, 'nothing left to send');
    });

    test('at shutdown each instance sends what it gathered, and a batch another instance sent is not sent again', async () => {
      const board = await createBoard(i.t.db, { title: 'Closing board' });
      const owner = await createFacilitator(i.t.db, i.t.config.baseUrl, 'closing-owner@example.org');
      await addMember(i.t.db, board.id, owner.id, 'owner');
      // Both instances gather answers for the board; the batch is due in a second, but both shut down before.
      await post(i.a, board.slug, { body: 'Before shutdown, on A.' });
      await post(i.b, board.slug, { body: 'Before shutdown, on B.' });
      const gathered = async () => (await i.t.db.selectFrom('pendingNotices').select('count').where('boardId', '=', board.id).executeTakeFirst())?.count;
      while ((await gathered()) !== 2) await sleep(10);
      await Promise.all([i.a.close(), i.b.close()]);
      const mine = smtp.messages.filter((m) => m.to === 'closing-owner@example.org');
      assert.equal(mine.length, 1);
      assert.match(mine[0]!.raw, /2 new answers are waiting to be read/);
      await sleep(1200);
      assert.equal(smtp.messages.filter((m) => m.to === 'closing-owner@example.org').length, 1);
    });
  });
}
