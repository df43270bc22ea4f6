// The live-viewers bench (section 5 of `npm run bench`; alone: `npm run bench:live`). How long an approved answer
// takes to reach everyone watching a board, and what holding them open costs, each beside a baseline in the same run:
//   a. 5,000 SSE streams on GET /b/:slug/events of one Roundtable instance (SQLite); a moderator approves a waiting
//      answer over HTTP, as a person would; each viewer stamps when that answer's `answer` event has arrived whole.
//   b. a bare node:http server holding 5,000 SSE streams, writing the same event bytes (captured from a) to them all.
//      a and b take turns, round by round, so that both meet the same conditions on a shared machine.
//   c. two Roundtable instances on one PostgreSQL database, 2,500 viewers each, the approval made on one.
// The viewers are separate processes (bench/live-viewers.ts) reading raw sockets, so that reading 5,000 streams is
// cheap and not in the servers' event loops; the bench prints how busy they were, to show whether they set the figures.
// Every process is a child on 127.0.0.1; every wait is bounded; children, the PostgreSQL cluster and the
// temporary folder are removed at the end, on error and on exit.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDatabase, migrate, type Db } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import type { NewAnswer } from '../src/db/tables.ts';
import { importBoard, parseBoardFile } from '../src/exports/board-files.ts';
import { insertAnswers } from '../src/answers/answers.queries.ts';
import { bumpBoardRevision } from '../src/boards/boards.queries.ts';
import { mulberry32 } from '../src/prng.ts';
import { addMember, createFacilitator } from '../test/accounts.ts';
import { freePort } from '../test/ports.ts';
import { ensurePostgresBinaries, startCluster, type Cluster } from '../test/postgres.ts';
import { machineCpu, schedstat } from './live-cpu.ts';
import { answerText, benchTitle, demoShape } from './seed.ts';
import { fmt, percentile, table } from './stats.ts';
import { nextMessage } from './ipc.ts';
import { compiledServerScript } from './compiled.ts';
import { startFlags } from '../test/server-process.ts';

export interface LiveOptions {
  quick: boolean;
  log(line?: string): void;
  step(line: string): void;
}

const liveSlug = 'bench-live';
/** Published answers already on the board: a busy workshop's board (8 in each of the 25 cells). */
const publishedAnswers = 200;
const generators = 4;
const goals = { p99Ms: 1000, p99Ratio: 2, rssRatio: 1.5 };
/** How long one approval may take to reach everyone before the missing viewers are counted as such. */
const roundTimeoutMs = 10_000;

const serverScript = await compiledServerScript();
const viewerScript = fileURLToPath(new URL('./live-viewers.ts', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Teardown: whatever happens, no child, cluster or folder outlives the bench.

const children = new Set<ChildProcess>();
const teardowns: (() => void)[] = [];

function teardown(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
  for (const undo of teardowns.splice(0).reverse()) {
    try {
      undo();
    } catch (error) {
      console.error('live bench teardown:', error);
    }
  }
}
process.on('exit', teardown);

// ---------------------------------------------------------------------------------------------
// Child processes and their IPC messages

type Message = { type: string; [key: string]: unknown };

class Child {
  readonly process: ChildProcess;
  readonly exited: Promise<void>;

  constructor(
    readonly name: string,
    script: string,
    args: string[],
    env: Record<string, string> = {},
  ) {
    this.process = fork(script, args, {
      execArgv: script.endsWith('.ts') ? ['--import', 'tsx'] : startFlags,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(this.process);
    this.exited = new Promise((resolve) => this.process.once('exit', () => resolve()));
  }

  /** The next message of this type (and matching `match`), or an error after `ms` or if the child exits first. */
  next<T extends Message>(type: string, ms: number, match: (message: T) => boolean = () => true): Promise<T> {
    return nextMessage<T>(this.process, this.name, type, ms, match);
  }

  send(message: Message): void {
    this.process.send(message);
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      if (this.process.connected) this.send({ type: 'stop' });
      const timer = setTimeout(() => this.process.kill('SIGKILL'), 5_000);
      await this.exited;
      clearTimeout(timer);
    }
    children.delete(this.process);
  }
}

interface Rss {
  maxRssKb: number;
  rssKb: number;
}

class Server extends Child {
  port = 0;

  static async start(name: string, args: string[], env: Record<string, string> = {}): Promise<Server> {
    const server = new Server(name, serverScript, args, env);
    server.port = (await server.next<Message & { port: number }>('ready', 60_000)).port;
    return server;
  }

  async rss(): Promise<Rss> {
    const reply = this.next<Message & Rss>('rss', 5_000);
    this.send({ type: 'rss' });
    const { maxRssKb, rssKb } = await reply;
    return { maxRssKb, rssKb };
  }
}

// ---------------------------------------------------------------------------------------------
// The viewers

interface Opened {
  open: number;
  refused: number;
  failed: number;
  reasons: Record<string, number>;
  ms: number;
}

interface Received {
  round: number;
  /** Arrival of the whole message at each viewer that got it, ms after the epoch. */
  times: number[];
  missing: number;
  dropped: number;
  cpuMs: number;
  busyMs: number;
  windowMs: number;
  /** The main thread's time on a CPU and waiting for one over the same window (Linux only). */
  runMs?: number;
  waitMs?: number;
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  captured?: string;
}

/** One approval (or baseline send) as the viewers saw it: each worker's receipts, relative to the trigger. */
interface Round {
  /** Delivery times (ms after the trigger), by worker. */
  latencies: number[][];
  received: Received[];
  /** The machine's CPU time, busy and in all, from the trigger to the last receipt. */
  machine: { busy: number; total: number };
  /** The server processes' main threads over the same window: on a CPU and waiting for one (ms; Linux only). */
  server?: { runMs: number; waitMs: number };
  /** From the trigger to the last receipt. */
  windowMs: number;
  /** The trigger's own answer: the approval's HTTP response time (ms), or the baseline's IPC round trip. */
  triggerMs: number;
}

// All processes read CLOCK_MONOTONIC (process.hrtime); the epoch only keeps the numbers small.
const epoch = process.hrtime.bigint();
const now = () => Number(process.hrtime.bigint() - epoch) / 1e6;

class Viewers {
  readonly workers: Child[];

  constructor(count: number) {
    this.workers = Array.from({ length: count }, (_, i) => new Child(`viewer process ${i + 1}`, viewerScript, []));
  }

  /** Opens streams: targets[i] for worker i. Resolves once every worker has opened (or failed) all of its own. */
  async open(targets: { port: number; path: string; count: number }[], firstViewer = 0): Promise<Opened[]> {
    let viewer = firstViewer;
    const replies = this.workers.map((worker, i) => {
      const target = targets[i]!;
      const reply = worker.next<Message & Opened>('opened', 90_000);
      worker.send({ type: 'open', ...target, firstViewer: viewer, epoch: epoch.toString() });
      viewer += target.count;
      return reply;
    });
    return Promise.all(replies);
  }

  /** Arms every worker for the message holding `marker`, runs `trigger`, and waits for every viewer's receipt (bounded). */
  /** Arms the streams to `ports` for the message holding `marker`, runs `trigger`, and waits for every armed viewer's receipt (bounded). */
  async round(round: number, ports: number[], marker: string, capture: boolean, trigger: () => Promise<void>, serverPids: number[]): Promise<Round> {
    await Promise.all(
      this.workers.map((worker, i) => {
        const armed = worker.next<Message & { round: number }>('armed', 5_000, (m) => m.round === round);
        worker.send({ type: 'expect', round, ports, marker, capture: capture && i === 0 });
        return armed;
      }),
    );
    const replies = this.workers.map((worker) => worker.next<Message & Received>('received', roundTimeoutMs + 5_000, (m) => m.round === round));
    const serverSched = () => {
      const each = serverPids.map((pid) => schedstat(pid));
      return each.every((x) => x) ? { runMs: sum(each.map((x) => x!.runMs)), waitMs: sum(each.map((x) => x!.waitMs)) } : undefined;
    };
    const cpuBefore = machineCpu();
    const serverBefore = serverSched();
    const sentAt = now();
    await trigger();
    const triggerMs = now() - sentAt;
    const deadline = setTimeout(() => {
      for (const worker of this.workers) worker.send({ type: 'collect', round });
    }, roundTimeoutMs);
    const received = await Promise.all(replies);
    clearTimeout(deadline);
    const cpuAfter = machineCpu();
    const serverAfter = serverSched();
    const latencies = received.map((r) => r.times.map((t) => t - sentAt));
    const last = Math.max(0, ...latencies.flat());
    return {
      latencies,
      received,
      machine: { busy: cpuAfter.busy - cpuBefore.busy, total: cpuAfter.total - cpuBefore.total },
      server: serverBefore && serverAfter ? { runMs: serverAfter.runMs - serverBefore.runMs, waitMs: serverAfter.waitMs - serverBefore.waitMs } : undefined,
      windowMs: last,
      triggerMs,
    };
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map((worker) => {
        const closed = worker.next('closed', 10_000);
        worker.send({ type: 'close' });
        return closed;
      }),
    );
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop()));
  }
}

// ---------------------------------------------------------------------------------------------
// Data

interface LiveBoard {
  slug: string;
  boardId: string;
  /** Answers waiting for moderation, one for each approval. */
  waiting: string[];
  /** The Cookie header of a signed-in owner of the board. */
  cookie: string;
}

/** A pre-moderated board with the demo's 5 × 5 shape, 200 published answers and `waiting` answers in the queue; and its owner, signed in. */
async function seedLiveBoard(db: Db, waiting: number): Promise<LiveBoard> {
  await migrate(db);
  const shape = demoShape();
  const board = await importBoard(
    db,
    parseBoardFile({
      slug: liveSlug,
      title: benchTitle('Benchmark: a live workshop', 'Meincnod: gweithdy byw'),
      intro: shape.intro,
      moderation: 'pre',
      accepting: true,
      listed: true,
      perspectives: shape.perspectives,
      questions: shape.questions,
      exampleAnswers: [],
    }),
  );
  const questions = await db.selectFrom('questions').select(['id']).where('boardId', '=', board.id).orderBy('position').execute();
  const perspectives = await db.selectFrom('perspectives').select(['id']).where('boardId', '=', board.id).orderBy('position').execute();
  const rand = mulberry32(20261207);
  const start = Date.parse('2026-12-07T09:00:00Z');
  const rows: NewAnswer[] = [];
  for (let i = 0; i < publishedAnswers + waiting; i++) {
    const at = new Date(start + i * 20_000).toISOString();
    const published = i < publishedAnswers;
    rows.push({
      id: newId(),
      boardId: board.id,
      questionId: questions[i % questions.length]!.id,
      perspectiveId: perspectives[Math.floor(i / questions.length) % perspectives.length]!.id,
      body: answerText(rand),
      displayName: rand() < 0.5 ? `Participant ${i + 1}` : null,
      email: null,
      status: published ? 'published' : 'pending',
      isExample: 0,
      consentVersion: '2026-11-25',
      createdAt: at,
      updatedAt: at,
      publishedAt: published ? at : null,
    });
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) await insertAnswers(trx, rows.slice(i, i + 200));
    await bumpBoardRevision(trx, board.id, new Date().toISOString());
  });
  const owner = await createFacilitator(db, '', 'bench-live-owner@example.org');
  await addMember(db, board.id, owner.id, 'owner');
  return { slug: board.slug, boardId: board.id, waiting: rows.slice(publishedAnswers).map((r) => r.id), cookie: owner.cookie };
}

/** What the viewers look for: the start of that answer's `answer` event (its data is JSON with the id first). */
const answerMarker = (answerId: string) => `event: answer\ndata: {"id":"${answerId}"`;

/** Approves the answer through the moderation queue's form action, as a moderator's browser would. */
async function approve(port: number, board: LiveBoard, answerId: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/admin/b/${board.slug}/answers/${answerId}/approve`, {
    method: 'POST',
    headers: { cookie: board.cookie, 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    body: '',
    redirect: 'manual',
  });
  await response.arrayBuffer();
  if (response.status !== 303 || !response.headers.get('location')?.includes('done=approve'))
    throw new Error(`approving ${answerId}: HTTP ${response.status} ${response.headers.get('location') ?? ''}`);
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Delivery {
  viewers: number;
  expected: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  perRoundP99: number[];
}

function delivery(rounds: Round[], viewersOf: (worker: number) => boolean, openStreams: number): Delivery {
  const all: number[] = [];
  const perRoundP99: number[] = [];
  for (const round of rounds) {
    const mine = round.latencies.filter((_, i) => viewersOf(i)).flat();
    all.push(...mine);
    perRoundP99.push(
      percentile(
        mine.sort((a, b) => a - b),
        99,
      ),
    );
  }
  all.sort((a, b) => a - b);
  return {
    viewers: openStreams,
    expected: openStreams * rounds.length,
    received: all.length,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    max: all.at(-1) ?? 0,
    perRoundP99,
  };
}

/** Who was busy while the messages went out, summed over a part's rounds (each from its trigger to its last receipt). */
interface Headroom {
  windowMs: number;
  /** The busiest viewer process's CPU use over its window (all its threads), the highest of any round: 1 = one core. */
  busiest: number;
  /** The viewer processes' main threads: time on a CPU and waiting for one, all of them together. */
  generatorRunMs?: number;
  generatorWaitMs?: number;
  /** The longest event-loop delay in any viewer process during a round (ms): its own work, or waiting for a CPU. */
  stallMs: number;
  /** The server processes' main threads. */
  serverRunMs?: number;
  serverWaitMs?: number;
  /** Share of the machine's CPU time (every core) that was busy. */
  machine: number;
  /** Busy CPU time on the machine not spent by the servers' or viewers' main threads: other processes, the kernel, GC threads (ms). */
  elsewhereMs?: number;
}

function headroom(rounds: Round[]): Headroom {
  const optional = (xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? sum(xs as number[]) : undefined);
  const received = rounds.flatMap((r) => r.received);
  const head: Headroom = {
    windowMs: sum(rounds.map((r) => r.windowMs)),
    busiest: Math.max(0, ...received.map((r) => r.cpuMs / Math.max(1, r.windowMs))),
    generatorRunMs: optional(received.map((r) => r.runMs)),
    generatorWaitMs: optional(received.map((r) => r.waitMs)),
    stallMs: Math.max(0, ...received.map((r) => r.loopDelayMaxMs)),
    serverRunMs: optional(rounds.map((r) => r.server?.runMs)),
    serverWaitMs: optional(rounds.map((r) => r.server?.waitMs)),
    machine: sum(rounds.map((r) => r.machine.busy)) / Math.max(1, sum(rounds.map((r) => r.machine.total))),
  };
  const ours = optional([head.serverRunMs, head.generatorRunMs]);
  if (ours !== undefined) head.elsewhereMs = Math.max(0, sum(rounds.map((r) => r.machine.busy)) - ours);
  return head;
}

const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

function describeOpened(opened: Opened[]): { open: number; refused: number; failed: number; reasons: string } {
  const reasons = new Map<string, number>();
  for (const o of opened) for (const [reason, n] of Object.entries(o.reasons)) reasons.set(reason, (reasons.get(reason) ?? 0) + n);
  return {
    open: sum(opened.map((o) => o.open)),
    refused: sum(opened.map((o) => o.refused)),
    failed: sum(opened.map((o) => o.failed)),
    reasons: [...reasons].map(([reason, n]) => `${fmt.int(n)} × ${reason}`).join(', '),
  };
}

// ---------------------------------------------------------------------------------------------

interface Part {
  opened: ReturnType<typeof describeOpened>;
  /** Streams open in each viewer process. */
  openBy: number[];
  openSeconds: number;
  rounds: Round[];
  rssBefore: Rss;
  rssWith: Rss;
}

/** What is measured: the servers, their streams in each viewer process, and what sets off each round. */
interface Subject {
  label: string;
  servers: Server[];
  targets: { port: number; path: string; count: number }[];
  capture: boolean;
  trigger(round: number): { marker: string; fire(): Promise<void> };
}

async function serversRss(servers: Server[]): Promise<Rss> {
  const each = await Promise.all(servers.map((s) => s.rss()));
  return { maxRssKb: sum(each.map((r) => r.maxRssKb)), rssKb: sum(each.map((r) => r.rssKb)) };
}

/** Opens the subject's streams, then reads its servers' RSS (rssBefore is read by the caller, before any stream opened). */
async function connect(viewers: Viewers, subject: Subject, rssBefore: Rss, step: (line: string) => void): Promise<Part> {
  const started = now();
  const each = await viewers.open(subject.targets);
  const opened = describeOpened(each);
  const openSeconds = (now() - started) / 1000;
  const expected = sum(subject.targets.map((t) => t.count));
  step(
    `  ${subject.label}: ${fmt.int(opened.open)} of ${fmt.int(expected)} streams open in ${fmt.one(openSeconds)} s${opened.reasons ? ` (not opened: ${opened.reasons})` : ''}`,
  );
  // A moment for the server to finish with the connections' start-up garbage before its memory is read.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssWith = await serversRss(subject.servers);
  return { opened, openBy: each.map((o) => o.open), openSeconds, rounds: [], rssBefore, rssWith };
}

/** `count` rounds of each subject, taking turns (a, b, a, b…) so that both meet the same conditions on a shared machine. */
async function takeTurns(viewers: Viewers, subjects: { subject: Subject; part: Part }[], count: number, step: (line: string) => void): Promise<void> {
  let id = 0;
  for (let i = 0; i < count; i++) {
    for (const { subject, part } of subjects) {
      const { marker, fire } = subject.trigger(i);
      const ports = subject.servers.map((s) => s.port);
      const round = await viewers.round(
        id++,
        ports,
        marker,
        subject.capture,
        fire,
        subject.servers.map((s) => s.process.pid!),
      );
      part.rounds.push(round);
      const all = round.latencies.flat().sort((a, b) => a - b);
      step(`  ${subject.label}, round ${i + 1}: ${fmt.int(all.length)} received, p99 ${fmt.ms(percentile(all, 99))} ms`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

const dropped = (part: Part) => Math.max(0, ...part.rounds.map((r) => sum(r.received.map((x) => x.dropped))));

export async function liveBench({ quick, log, step }: LiveOptions): Promise<void> {
  const viewerCount = quick ? 400 : 5000;
  const approvals = quick ? 2 : 5;
  const perWorker = viewerCount / generators;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-bench-live-'));
  teardowns.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const started = Date.now();
  const viewers = new Viewers(generators);
  try {
    // a. One instance on SQLite.
    step(`live viewers: seeding a pre-moderated board (${publishedAnswers} published, ${approvals} waiting)`);
    const sqliteDir = path.join(tmp, 'sqlite');
    const seedDb = createDatabase({ dataDir: sqliteDir, databaseUrl: undefined });
    const board = await seedLiveBoard(seedDb, approvals).finally(() => seedDb.destroy());
    const eventsPath = `/b/${board.slug}/events`;
    step('live viewers: starting Roundtable (SQLite, TRUST_PROXY=true) and a bare node:http SSE server');
    const app = await Server.start('Roundtable', ['app', sqliteDir, String(await freePort())], { TRUST_PROXY: 'true' });
    const bare = await Server.start('bare node:http SSE', ['sse']);
    const perServer = (port: number) => Array.from({ length: generators }, () => ({ port, path: eventsPath, count: perWorker }));
    const appSubject: Subject = {
      label: 'Roundtable',
      servers: [app],
      targets: perServer(app.port),
      capture: true,
      trigger: (i) => ({ marker: answerMarker(board.waiting[i]!), fire: () => approve(app.port, board, board.waiting[i]!) }),
    };
    // b. The baseline: the bytes the app sent in the same round, written by a bare node:http server.
    const captured = (i: number) => {
      const round = appPart.rounds[i];
      const bytes = round?.received[0]?.captured;
      if (!bytes) throw new Error(`live viewers: the answer event of approval ${i + 1} was not captured (${round?.latencies[0]?.length ?? 0} viewers saw it)`);
      return bytes;
    };
    const bareSubject: Subject = {
      label: 'bare node:http',
      servers: [bare],
      targets: perServer(bare.port),
      capture: false,
      trigger: (i) => ({
        marker: answerMarker(board.waiting[i]!),
        fire: async () => {
          const sent = bare.next<Message & { streams: number }>('sent', 5_000);
          bare.send({ type: 'send', bytes: captured(i) });
          await sent;
        },
      }),
    };
    const [appBefore, bareBefore] = [await app.rss(), await bare.rss()];
    step(
      `live viewers: ${fmt.int(viewerCount)} streams to each from ${generators} processes, then ${approvals} approvals and as many baseline sends, taking turns`,
    );
    const appPart = await connect(viewers, appSubject, appBefore, step);
    const barePart = await connect(viewers, bareSubject, bareBefore, step);
    await takeTurns(
      viewers,
      [
        { subject: appSubject, part: appPart },
        { subject: bareSubject, part: barePart },
      ],
      approvals,
      step,
    );
    await viewers.close();
    await Promise.all([app.stop(), bare.stop()]);

    // c. Two instances on PostgreSQL.
    let postgres: { a: Part; perInstance: [Delivery, Delivery]; rss: [Rss, Rss] } | undefined;
    let skipped: string | undefined;
    let bin: string | undefined;
    try {
      bin = ensurePostgresBinaries(() => {});
    } catch {
      skipped = 'PostgreSQL is not installed';
    }
    if (bin) {
      step('live viewers: starting a throwaway PostgreSQL cluster');
      const cluster: Cluster = await startCluster(bin);
      teardowns.push(() => cluster.stop());
      const pgDir = path.join(tmp, 'postgres');
      const pgDb = createDatabase({ dataDir: pgDir, databaseUrl: cluster.url });
      const pgBoard = await seedLiveBoard(pgDb, approvals).finally(() => pgDb.destroy());
      const env = { TRUST_PROXY: 'true', DATABASE_URL: cluster.url };
      step('live viewers: starting two Roundtable instances on PostgreSQL');
      // One after the other: both share DATA_DIR (its secrets), as instances behind one address would.
      const a = await Server.start('Roundtable A (PostgreSQL)', ['app', pgDir, String(await freePort())], env);
      const b = await Server.start('Roundtable B (PostgreSQL)', ['app', pgDir, String(await freePort())], env);
      const half = generators / 2;
      step(`live viewers: ${fmt.int(viewerCount / 2)} streams on each instance, ${approvals} approvals made on A`);
      const pgSubject: Subject = {
        label: 'A and B',
        servers: [a, b],
        targets: Array.from({ length: generators }, (_, i) => ({ port: i < half ? a.port : b.port, path: `/b/${pgBoard.slug}/events`, count: perWorker })),
        capture: false,
        trigger: (i) => ({ marker: answerMarker(pgBoard.waiting[i]!), fire: () => approve(a.port, pgBoard, pgBoard.waiting[i]!) }),
      };
      const part = await connect(viewers, pgSubject, await serversRss([a, b]), step);
      await takeTurns(viewers, [{ subject: pgSubject, part }], approvals, step);
      await viewers.close();
      const rss: [Rss, Rss] = [await a.rss(), await b.rss()];
      const openOn = (a: boolean) => sum(part.openBy.filter((_, i) => i < half === a));
      await Promise.all([a.stop(), b.stop()]);
      step('live viewers: stopping PostgreSQL');
      teardowns.pop();
      cluster.stop();
      postgres = {
        a: part,
        perInstance: [delivery(part.rounds, (i) => i < half, openOn(true)), delivery(part.rounds, (i) => i >= half, openOn(false))],
        rss,
      };
    }

    // -------------------------------------------------------------------------------------------
    const appD = delivery(appPart.rounds, () => true, appPart.opened.open);
    const bareD = delivery(barePart.rounds, () => true, barePart.opened.open);
    const appHead = headroom(appPart.rounds);
    const bareHead = headroom(barePart.rounds);
    const eventBytes = Buffer.from(captured(0), 'base64').length;
    log(
      `5. Live viewers: ${fmt.int(viewerCount)} SSE streams on GET ${eventsPath} (${publishedAnswers} published answers, pre-moderated), ${approvals} approvals`,
    );
    log(`   Viewers: ${generators} processes × ${fmt.int(perWorker)} streams, each from its own X-Forwarded-For address (TRUST_PROXY=true). A stream counts`);
    log("   once its first bytes arrive; time = the approval sent (POST …/answers/:id/approve, as a moderator) → that answer's");
    log(`   \`answer\` event received whole (${fmt.int(eventBytes)} bytes) at each viewer. Baseline: node:http writes the captured bytes on an IPC command.`);
    const row = (label: string, part: Part, d: Delivery) => [
      label,
      `${fmt.int(part.opened.open)}`,
      `${fmt.int(part.opened.refused)} / ${fmt.int(part.opened.failed)}`,
      `${fmt.int(d.received)} / ${fmt.int(viewerCount * approvals)}`,
      fmt.ms(d.p50),
      fmt.ms(d.p99),
      fmt.ms(d.max),
      fmt.mib(part.rssBefore.rssKb),
      fmt.mib(part.rssWith.rssKb),
    ];
    log(
      table([
        ['', 'streams open', 'refused / failed', 'received', 'p50 ms', 'p99 ms', 'max ms', 'RSS before', 'RSS with viewers'],
        row('Roundtable (SQLite)', appPart, appD),
        row('bare node:http, same bytes', barePart, bareD),
      ]),
    );
    const p99Ratio = appD.p99 / Math.max(0.001, bareD.p99);
    const rssRatio = appPart.rssWith.rssKb / barePart.rssWith.rssKb;
    const allReceived = appD.received === viewerCount * approvals && appPart.opened.open === viewerCount;
    log(`   every viewer open and every approval received by all: ${allReceived ? 'yes' : 'NO'}`);
    log(`   app p99 ${fmt.ms(appD.p99)} ms — goal < ${fmt.int(goals.p99Ms)} ms: ${verdict(allReceived && appD.p99 < goals.p99Ms)}`);
    log(`   app p99 / bare p99: ${p99Ratio.toFixed(2)} × — goal ≤ ${goals.p99Ratio} ×: ${verdict(allReceived && p99Ratio <= goals.p99Ratio)}`);
    log(`   app RSS / bare RSS with viewers: ${rssRatio.toFixed(2)} × — goal ≤ ${goals.rssRatio} ×: ${verdict(rssRatio <= goals.rssRatio)}`);
    const perViewer = (part: Part) => ((part.rssWith.rssKb - part.rssBefore.rssKb) * 1024) / Math.max(1, part.opened.open);
    log(
      `   memory added by the viewers: app ${fmt.mib(appPart.rssWith.rssKb - appPart.rssBefore.rssKb)} (${fmt.kb(perViewer(appPart))} each), ` +
        `bare ${fmt.mib(barePart.rssWith.rssKb - barePart.rssBefore.rssKb)} (${fmt.kb(perViewer(barePart))} each)`,
    );
    const list = (xs: number[]) => xs.map((x) => fmt.ms(x)).join(', ');
    log(`   p99 of each approval (ms): app ${list(appD.perRoundP99)}; bare ${list(bareD.perRoundP99)}`);
    log(
      `   the approval's own HTTP response (ms): ${list(appPart.rounds.map((r) => r.triggerMs))}; streams dropped during the rounds: app ${fmt.int(dropped(appPart))}, bare ${fmt.int(dropped(barePart))}`,
    );
    log(`   opening the streams took ${fmt.one(appPart.openSeconds)} s (app) and ${fmt.one(barePart.openSeconds)} s (bare)`);
    const ms = (x: number | undefined) => (x === undefined ? 'n/a' : fmt.int(x));
    const headRow = (label: string, h: Headroom) => [
      label,
      fmt.int(h.windowMs),
      ms(h.serverRunMs),
      ms(h.serverWaitMs),
      ms(h.generatorRunMs),
      ms(h.generatorWaitMs),
      fmt.pct(h.busiest),
      fmt.ms(h.stallMs),
      fmt.pct(h.machine),
      ms(h.elsewhereMs),
    ];
    const headHeader = [
      '',
      'window ms',
      'server CPU ms',
      'server waiting',
      'viewers CPU ms',
      'viewers waiting',
      'busiest viewer',
      'longest delay ms',
      'machine busy',
      'elsewhere ms',
    ];
    log(`   Who was busy, from each trigger to its last receipt (summed over the rounds; ${os.cpus().length} cores; CPU = main threads on a CPU,`);
    log('   waiting = runnable but waiting for a CPU; busiest viewer = the most CPU any viewer process used in a round, all threads, 100 % = a core;');
    log("   elsewhere = the rest of the machine's busy CPU time: other processes, the kernel, GC threads):");
    log(table([headHeader, headRow('Roundtable (SQLite)', appHead), headRow('bare node:http', bareHead)]));
    const generatorBound = bareHead.busiest > 0.8 || bareHead.stallMs > bareD.p99 / 2;
    log(
      generatorBound
        ? `   The viewer processes may be what sets the bare server's figure (one used > 80 % of a core, or its event loop was held up for more than half the bare p99, ${fmt.ms(bareD.p99)} ms): read the ratio with care.`
        : `   The viewer processes were not the bottleneck: none used 80 % of a core, and none was held up for half the bare p99 (${fmt.ms(bareD.p99)} ms).`,
    );
    const contended = [appHead, bareHead].some((h) => h.machine > 0.9 && (h.serverWaitMs ?? 0) > (h.serverRunMs ?? Number.POSITIVE_INFINITY));
    if (contended)
      log(
        '   The machine was saturated and the servers waited for a CPU longer than they ran: these times are mostly queueing for a core. Compare the app with the bare server (same conditions) rather than with the goal alone.',
      );
    log('');
    if (postgres) {
      const [da, db] = postgres.perInstance;
      log(`   Two Roundtable instances on one PostgreSQL database (LISTEN/NOTIFY), ${fmt.int(viewerCount / 2)} viewers each, approvals made on A:`);
      const pgRow = (label: string, d: Delivery, rss: Rss) => [
        label,
        fmt.int(d.viewers),
        `${fmt.int(d.received)} / ${fmt.int(d.viewers * approvals)}`,
        fmt.ms(d.p50),
        fmt.ms(d.p99),
        fmt.ms(d.max),
        fmt.mib(rss.rssKb),
      ];
      log(
        table([
          ['', 'streams open', 'received', 'p50 ms', 'p99 ms', 'max ms', 'RSS'],
          pgRow('A (approved here)', da, postgres.rss[0]),
          pgRow('B', db, postgres.rss[1]),
        ]),
      );
      const opened = postgres.a.opened;
      if (opened.refused + opened.failed > 0) log(`   NOT OPENED: ${opened.reasons}`);
      const pgAll = opened.open === viewerCount && da.received === da.viewers * approvals && db.received === db.viewers * approvals;
      log(`   every viewer open and every approval received by all: ${pgAll ? 'yes' : 'NO'}`);
      log(`   p99 on both < ${fmt.int(goals.p99Ms)} ms: ${verdict(pgAll && da.p99 < goals.p99Ms && db.p99 < goals.p99Ms)}`);
      log(`   p99 of each approval (ms): A ${list(da.perRoundP99)}; B ${list(db.perRoundP99)}`);
      log(table([headHeader, headRow('A and B (elsewhere: PostgreSQL too)', headroom(postgres.a.rounds))]));
    } else {
      const line = '!'.repeat(100);
      log(line);
      log(`!! SKIPPED: two instances on PostgreSQL — ${skipped}. Only this part was skipped. To run it, install`);
      log("!! Debian's PostgreSQL (its binaries under /usr/lib/postgresql/<version>/bin; no server needs to be running):");
      log('!!');
      log('!!   sudo apt-get update && sudo apt-get install -y postgresql');
      log(line);
    }
    log(
      `   (section 5 took ${fmt.one((Date.now() - started) / 1000)} s; load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} at its end)`,
    );
  } finally {
    await viewers.stop();
    teardown();
  }
}

// `npm run bench:live`: this section alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.env.BENCH_QUICK === '1';
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the live bench's processes`);
      process.exit(130);
    });
  }
  setTimeout(() => {
    console.error('bench:live: still running after 4 minutes; stopping');
    process.exit(1);
  }, 240_000).unref();
  const cpus = os.cpus();
  console.log(`Roundtable live-viewers benchmark — ${new Date().toISOString()}`);
  console.log(
    `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${fmt.one(os.totalmem() / 1024 ** 3)} GiB RAM; Node ${process.version}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log('');
  liveBench({ quick, log: (line = '') => console.log(line), step: (line) => process.stderr.write(`… ${line}\n`) })
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error('bench:live failed:', error);
      process.exit(1);
    });
}
