import assert from 'node:assert/strict';
import { after, describe, test, type TestContext } from 'node:test';
import { createDatabase, type Db, type Dialect } from '../../src/db/database.ts';
import { mulberry32 } from '../../src/prng.ts';
import { bodyHash } from '../../src/safety/safety.ts';
import { createBoard, createTestDb, dialects } from '../helpers.ts';
import { killServerProcesses, type ServerProcess, startServerProcess } from '../server-process.ts';

// Issue 13, point 2: lose nothing when a process dies. The real server (bin/roundtable.js start) takes answers
// through the JSON API from a crowd of clients, each answer with its own Idempotency-Key and its own forwarded
// address (TRUST_PROXY=127.0.0.1, so the per-address limit sees a crowd), several in flight at once. It is killed
// with SIGKILL a random 30–600 ms after each restart is ready (/readyz answers 200) (seeded, CRASH_SEED), CRASH_KILLS times per
// database (50 unless set), then started again. Afterwards every acknowledged answer must be stored exactly once and
// whole, and every answer stored without an acknowledgement (a kill between commit and reply) must be whole and
// answered with its id when its request is sent again.

const kills = Number(process.env.CRASH_KILLS ?? 50);
const seed = Number(process.env.CRASH_SEED ?? 20261207);
/** Clients sending at once, per database. */
const clients = 12;
/** Share of the requests a kill cut off that the client sends again (the rest are given up, as a closed tab would). */
const retryShare = 0.5;
/** The killing stops after this long even if fewer kills were made, so the file stays well under five minutes. */
const killPhaseMs = Number(process.env.CRASH_SECONDS ?? 180) * 1000;
const requestTimeoutMs = 15_000;

interface Request {
  key: string;
  address: string;
  answer: { question: string; perspective: string; body: string; displayName: string | null; use: 'board' };
}

type Outcome = { kind: 'created'; id: string; replayed: boolean } | { kind: 'cut-off' } | { kind: 'refused'; status: number; text: string };

async function send(url: string, slug: string, request: Request): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/api/v1/boards/${slug}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': request.key, 'x-forwarded-for': request.address },
      body: JSON.stringify(request.answer),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const text = await response.text();
    if (response.status !== 201) return { kind: 'refused', status: response.status, text: text.slice(0, 300) };
    return { kind: 'created', id: (JSON.parse(text) as { id: string }).id, replayed: response.headers.get('idempotent-replayed') === 'true' };
  } catch {
    // Connection reset or refused, or no reply in time: the client cannot know whether the answer was stored.
    return { kind: 'cut-off' };
  }
}

/** The clients: they send while a server is up, wait while it is down, and retry some of what a kill cut off. */
class Crowd {
  private url: string | undefined;
  private waiting: (() => void)[] = [];
  private stopping = false;
  private workers: Promise<void>[] = [];
  private next = 0;
  private readonly random: () => number;
  /** Every request made, by key. */
  readonly requests = new Map<string, Request>();
  /** Acknowledged: key → the id the 201 gave (the same id on every 201 for that key, or the test fails). */
  readonly acknowledged = new Map<string, string>();
  /** Keys whose request a kill cut off and the client sent again. */
  readonly retried = new Set<string>();
  /** Keys sent again whose 201 said Idempotent-Replayed: the first attempt was stored, but its reply was lost. */
  readonly replayedAfterKill = new Set<string>();
  /** Requests a kill cut off that the client gave up on. */
  readonly abandoned: Request[] = [];
  readonly refused: string[] = [];
  cutOff = 0;
  sent = 0;

  constructor(
    private readonly slug: string,
    private readonly dialect: Dialect,
    random: () => number,
  ) {
    this.random = random;
  }

  up(url: string): void {
    this.url = url;
    for (const wake of this.waiting.splice(0)) wake();
  }

  down(): void {
    this.url = undefined;
  }

  start(): void {
    for (let i = 0; i < clients; i++) this.workers.push(this.work());
  }

  /** Lets each client finish the request it is retrying (the server must be up), then stops them. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(this.workers);
  }

  private async server(): Promise<string | undefined> {
    while (!this.url && !this.stopping) await new Promise<void>((wake) => this.waiting.push(wake));
    return this.url;
  }

  private newRequest(): Request {
    const n = ++this.next;
    const request: Request = {
      key: `crash-${this.dialect}-${n}`,
      // 10.0.0.0/8: one address per answer, so no client meets the per-address limit.
      address: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      answer: {
        question: n % 2 ? 'q1' : 'q2',
        perspective: n % 3 ? 'p1' : 'p2',
        body: `Answer ${n} sent while the server was being killed: ask the team what worked last week, then try one change at a time.`,
        displayName: n % 4 ? `Reader ${n}` : null,
        use: 'board',
      },
    };
    this.requests.set(request.key, request);
    return request;
  }

  private async work(): Promise<void> {
    let retry: Request | undefined;
    for (;;) {
      if (this.stopping && !retry) return;
      const url = await this.server();
      if (!url) break;
      const request = retry ?? this.newRequest();
      retry = undefined;
      this.sent++;
      const outcome = await send(url, this.slug, request);
      if (outcome.kind === 'created') {
        const before = this.acknowledged.get(request.key);
        if (before !== undefined && before !== outcome.id) this.refused.push(`${request.key}: acknowledged as ${before}, then as ${outcome.id}`);
        this.acknowledged.set(request.key, outcome.id);
        if (outcome.replayed && this.retried.has(request.key)) this.replayedAfterKill.add(request.key);
      } else if (outcome.kind === 'refused') {
        this.refused.push(`${request.key}: ${outcome.status} ${outcome.text}`);
      } else {
        this.cutOff++;
        // Once a client retries a request it keeps at it until it is answered, as a real one would.
        if (this.retried.has(request.key) || this.random() < retryShare) {
          this.retried.add(request.key);
          retry = request;
        } else {
          this.abandoned.push(request);
        }
      }
    }
    if (retry) this.abandoned.push(retry);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const isIso = (value: string | null) => value !== null && !Number.isNaN(Date.parse(value));

async function storedAnswers(db: Db, boardId: string) {
  const answers = await db.selectFrom('answers').selectAll().where('boardId', '=', boardId).execute();
  const keys = await db.selectFrom('submissionKeys').selectAll().where('key', 'like', `api:${boardId}:%`).execute();
  return { answers, keys };
}

async function killAndRestart(t: TestContext, dialect: Dialect) {
  const testDb = await createTestDb(dialect);
  const board = await createBoard(testDb.db, { moderation: 'post' });
  const questionKeys = new Map([
    [board.questionIds[0], 'q1'],
    [board.questionIds[1], 'q2'],
  ]);
  const perspectiveKeys = new Map([
    [board.perspectiveIds[0], 'p1'],
    [board.perspectiveIds[1], 'p2'],
  ]);
  // The test's own connection is closed while the server runs: on SQLite, every restart recovers the file alone.
  await testDb.db.destroy();
  const env: Record<string, string> = { DATA_DIR: testDb.config.dataDir, TRUST_PROXY: '127.0.0.1', BASE_URL: 'http://127.0.0.1' };
  if (testDb.config.databaseUrl) env.DATABASE_URL = testDb.config.databaseUrl;

  const random = mulberry32(seed + (dialect === 'sqlite' ? 0 : 1));
  const crowd = new Crowd(board.slug, dialect, mulberry32(seed + 100));
  let server: ServerProcess | undefined;
  let verify: Db | undefined;
  try {
    server = await startServerProcess(env);
    const firstStartMs = server.startMs;
    const started = performance.now();
    crowd.start();
    crowd.up(server.url);
    const restartMs: number[] = [];
    let made = 0;
    while (made < kills && performance.now() - started < killPhaseMs) {
      await sleep(30 + random() * 570);
      const victim: ServerProcess = server;
      const killedAt = performance.now();
      const killed = victim.kill();
      crowd.down();
      made++;
      await killed;
      server = await startServerProcess(env);
      // From the kill to the new process answering /readyz: the time no answer can be taken.
      restartMs.push(performance.now() - killedAt);
      crowd.up(server.url);
    }
    const killPhaseSeconds = (performance.now() - started) / 1000;
    const downSeconds = restartMs.reduce((a, b) => a + b, 0) / 1000;
    // Every retried request is answered by the last server before the clients stop.
    await crowd.stop();

    verify = createDatabase(testDb.config);
    const running = await storedAnswers(verify, board.id);
    const byBody = new Map(running.answers.map((a) => [a.body, a]));
    // A request a kill cut off and the client gave up on may still have been stored (killed between commit and
    // reply): sent again with its key, it is answered with that answer, and nothing new is stored.
    const abandonedStored: string[] = [];
    for (const request of crowd.abandoned) {
      const stored = byBody.get(request.answer.body);
      if (!stored) continue;
      abandonedStored.push(stored.id);
      const replay = await send(server.url, board.slug, request);
      assert.deepEqual(replay, { kind: 'created', id: stored.id, replayed: true }, `replaying ${request.key} after the restart`);
    }
    const api = (await (await fetch(`${server.url}/api/v1/boards/${board.slug}`)).json()) as { answers: { id: string }[] };
    await server.stop();

    const { answers, keys } = await storedAnswers(verify, board.id);
    // Every acknowledged answer is stored exactly once, with the id its 201 gave.
    const byId = new Map(answers.map((a) => [a.id, a]));
    for (const [key, id] of crowd.acknowledged) {
      const stored = byId.get(id);
      assert.ok(stored, `the answer acknowledged for ${key} as ${id} is in the database`);
      assert.equal(stored.body, crowd.requests.get(key)!.answer.body, `${id} holds the answer sent with ${key}`);
    }
    assert.deepEqual(crowd.refused, [], 'every request the server answered was accepted, each key always with the same id');
    // Nothing is stored twice, nothing is stored that was not sent, and nothing is half-written.
    const bodies = new Set<string>();
    const keyByAnswer = new Map(keys.map((k) => [k.answerId, k]));
    for (const answer of answers) {
      assert.ok(!bodies.has(answer.body), `one answer per request: ${answer.body.slice(0, 40)}`);
      bodies.add(answer.body);
      const key = keyByAnswer.get(answer.id);
      assert.ok(key, `answer ${answer.id} has its Idempotency-Key stored with it`);
      const request = crowd.requests.get(key.key.slice(`api:${board.id}:`.length));
      assert.ok(request, `answer ${answer.id} was sent with ${key.key}`);
      const sent = request.answer;
      assert.deepEqual(
        {
          body: answer.body,
          question: questionKeys.get(answer.questionId),
          perspective: perspectiveKeys.get(answer.perspectiveId),
          displayName: answer.displayName,
          email: answer.email,
          use: answer.useAllowed,
          isExample: answer.isExample,
        },
        { body: sent.body, question: sent.question, perspective: sent.perspective, displayName: sent.displayName, email: null, use: 'board', isExample: 0 },
      );
      assert.ok(['published', 'pending'].includes(answer.status), `${answer.id} is published or waiting, not ${answer.status}`);
      assert.ok(answer.consentVersion, `${answer.id} has its consent version`);
      assert.ok(isIso(answer.createdAt) && isIso(answer.updatedAt) && isIso(key.createdAt), `${answer.id} has its times`);
      assert.equal(answer.publishedAt !== null, answer.status === 'published', `${answer.id} has a publication time when published`);
      assert.ok(answer.editTokenHash, `${answer.id} has its private link`);
      assert.equal(answer.bodyHash, bodyHash(answer.body), `${answer.id} has its text's hash`);
    }
    assert.equal(keys.length, answers.length, 'one stored key per stored answer');
    // The count: the distinct acknowledged ids plus those stored without an acknowledgement the client gave up on.
    const acknowledgedIds = new Set(crowd.acknowledged.values());
    assert.deepEqual(new Set(answers.map((a) => a.id)), new Set([...acknowledgedIds, ...abandonedStored]), 'stored = acknowledged + stored unacknowledged');
    assert.equal(answers.length, acknowledgedIds.size + abandonedStored.length);
    assert.equal(api.answers.length, answers.filter((a) => a.status === 'published').length, 'the board shows every published answer');
    // The run did what it says: it killed the server under load, with requests in flight.
    assert.ok(made >= Math.min(kills, 10), `at least ${Math.min(kills, 10)} kills (made ${made})`);
    assert.ok(crowd.cutOff > 0, 'some requests were cut off by a kill');
    assert.ok(crowd.retried.size > 0 && [...crowd.retried].every((key) => crowd.acknowledged.has(key)), 'every retried request was acknowledged');

    const figures = {
      dialect,
      seed,
      kills: `${made} of ${kills}${made < kills ? ' (time budget reached)' : ''}`,
      killPhaseSeconds: Number(killPhaseSeconds.toFixed(1)),
      killsPerSecond: Number((made / killPhaseSeconds).toFixed(3)),
      firstStartMs: Math.round(firstStartMs),
      meanRestartMs: Math.round(mean(restartMs)),
      maxRestartMs: Math.round(Math.max(...restartMs)),
      shareOfTimeDown: Number((downSeconds / killPhaseSeconds).toFixed(2)),
      requestsSent: crowd.sent,
      answersAcknowledged: acknowledgedIds.size,
      acknowledgedPerSecondUp: Math.round(acknowledgedIds.size / Math.max(0.001, killPhaseSeconds - downSeconds)),
      cutOffByKill: crowd.cutOff,
      retriedAfterKill: crowd.retried.size,
      storedWithoutAcknowledgement: crowd.replayedAfterKill.size + abandonedStored.length,
      ofWhichRetried: crowd.replayedAfterKill.size,
      ofWhichGivenUp: abandonedStored.length,
      givenUpNotStored: crowd.abandoned.length - abandonedStored.length,
      answersStored: answers.length,
      answersPublished: api.answers.length,
    };
    t.diagnostic(JSON.stringify(figures));
  } catch (err) {
    if (server) console.error(`The last server printed:\n${server.output()}`);
    throw err;
  } finally {
    await crowd.stop().catch(() => {});
    await server?.kill();
    await verify?.destroy();
    await testDb.cleanup();
  }
}

describe('lose nothing when a process dies: SIGKILL under load, then restart', { concurrency: true }, () => {
  // Should a test time out, no server is left running (its pipes would keep this file from ending).
  after(killServerProcesses);
  for (const dialect of dialects) {
    test(`${kills} kills on ${dialect}: every acknowledged answer is stored once and whole; retries store nothing twice`, { timeout: 280_000 }, (t) =>
      killAndRestart(t, dialect),
    );
  }
});
