// `npm run bench`: Roundtable's performance figures, each beside a baseline measured in the same run
// on the same machine. See docs/BENCHMARKS.md for what each figure means and the goals.
//   1. GET /b/:slug (1,000 published answers), 50 connections, vs a bare node:http server sending the same bytes
//   2. durable answer submits (POST /api/v1/boards/:slug/answers, SQLite WAL + synchronous=FULL) vs raw better-sqlite3
//   3. compressed bytes (br, gzip) of the board page, the embed and the compact embed, each with its CSS and JS
//   4. peak RSS of the server
//   5. live viewers (bench/live.ts): an approved answer reaching 5,000 SSE streams, vs a bare node:http SSE server; two instances on PostgreSQL
// Every server is a child process on 127.0.0.1; every load is bounded in time; everything is torn down at the end.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { parseConfig } from '../src/config.ts';
import { seed, answerText, bigBoardAnswers } from './seed.ts';
import { mulberry32 } from '../src/prng.ts';
import { combine, rawInserts, type RawResult } from './raw-sqlite.ts';
import { fmt, table } from './stats.ts';
import { nextMessage } from './ipc.ts';
import { get, pageWeight, type Encoding, type PageWeight } from './wire.ts';
import { liveBench } from './live.ts';

const quick = process.env.BENCH_QUICK === '1'; // shorter runs, for checking the script itself
const pageSeconds = quick ? 3 : 10;
const submitSeconds = quick ? 3 : 10;
const rawSeconds = quick ? 1 : 3; // twice: just before and just after the app's submits
const warmSeconds = quick ? 1 : 2;
const submitWarmSeconds = quick ? 1 : 3;
const extraSeconds = quick ? 2 : 5;
const pageConnections = 50;
const submitConnections = 20;
const goals = { pageRatio: 0.5, submitsPerSecond: 1000, submitRatio: 0.5, embedBytes: 15_000 };

const startedAt = new Date();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-bench-'));
const children = new Set<ChildProcess>();

function cleanup(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers and removing ${tmp}`);
    process.exit(130);
  });
}
// Whatever happens, the bench ends: a hard stop well past its normal ~1.5 minutes.
setTimeout(() => {
  console.error('bench: still running after 5 minutes; stopping');
  process.exit(1);
}, 300_000).unref();

const log = (line = '') => console.log(line);
const step = (line: string) => process.stderr.write(`… ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Child servers

interface Server {
  name: string;
  port: number;
  rss(): Promise<{ maxRssKb: number; rssKb: number }>;
  stop(): Promise<void>;
}

type ChildMessage = { type: 'ready'; port: number } | { type: 'rss'; maxRssKb: number; rssKb: number };

const serverScript = fileURLToPath(new URL('./server.ts', import.meta.url));

function startServer(name: string, args: string[]): Promise<Server> {
  const child = fork(serverScript, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <T extends ChildMessage['type']>(type: T, ms: number) => nextMessage<Extract<ChildMessage, { type: T }>>(child, name, type, ms);
  return next('ready', 60_000).then(({ port }) => ({
    name,
    port,
    async rss() {
      const reply = next('rss', 5_000);
      child.send({ type: 'rss' });
      const { maxRssKb, rssKb } = await reply;
      return { maxRssKb, rssKb };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.send({ type: 'stop' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
  }));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Load

function cannon(options: autocannon.Options, hardStopSeconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, result) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(result);
    });
    // A bound on every run, even one by request count.
    const timer = setTimeout(() => instance.stop(), hardStopSeconds * 1000);
  });
}

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
  errors: number;
  seconds: number;
}

function summarise(result: autocannon.Result, okStatus: number): Load {
  const ok = Number(result.statusCodeStats?.[`${okStatus}`]?.count ?? 0);
  const total = Object.values(result.statusCodeStats ?? {}).reduce((n, s) => n + Number(s.count ?? 0), 0);
  return {
    requestsPerSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    other: total - ok,
    errors: result.errors,
    seconds: result.duration,
  };
}

async function pageLoad(port: number, pagePath: string, expectedBytes: number, seconds = pageSeconds, headers: Record<string, string> = {}): Promise<Load> {
  const options: autocannon.Options = { url: `http://127.0.0.1:${port}${pagePath}`, connections: pageConnections, timeout: 10, headers };
  await cannon({ ...options, duration: warmSeconds }, warmSeconds + 10);
  const result = await cannon({ ...options, duration: seconds }, seconds + 10);
  const load = summarise(result, 200);
  // Every 200 carried the whole page (headers aside): check the body bytes did not shrink.
  const perResponse = result.throughput.total / Math.max(1, result.requests.total);
  if (load.ok > 0 && perResponse < expectedBytes)
    throw new Error(`GET ${pagePath} on port ${port}: ${perResponse} bytes a response, expected ≥ ${expectedBytes}`);
  return load;
}

/** Publishes one answer to the board, then times the next GET of each path: the snapshot of the new revision is built by that GET. */
async function firstViewsAfterAnswer(port: number, slug: string, question: string, perspective: string, paths: string[], rounds: number): Promise<number[][]> {
  const times: number[][] = paths.map(() => []);
  for (let i = 0; i < rounds; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/boards/${slug}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, perspective, body: `A new answer, number ${i + 1}, arrives and changes the board.`, consent: true }),
    });
    if (response.status !== 201) throw new Error(`POST an answer to ${slug}: ${response.status} ${await response.text()}`);
    for (const [j, p] of paths.entries()) {
      const started = performance.now();
      const page = await get(port, p, 'identity');
      if (page.status !== 200) throw new Error(`GET ${p}: ${page.status}`);
      times[j]!.push(performance.now() - started);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b));
}

// ---------------------------------------------------------------------------------------------
// Reporting helpers

const machine = () => {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memory: `${fmt.one(os.totalmem() / 1024 ** 3)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
};

const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

// ---------------------------------------------------------------------------------------------

async function main() {
  const m = machine();
  log(`Roundtable benchmark — ${startedAt.toISOString()}`);
  log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} RAM; Node ${m.node}; ${m.os}`);
  const load = os.loadavg();
  log(
    `Load average before the run: ${load.map((x) => x.toFixed(2)).join(' ')}${load[0]! > m.cores / 2 ? ' — other processes are busy on this machine: expect noisier figures' : ''}`,
  );
  log(`Data: SQLite in a temporary DATA_DIR under ${os.tmpdir()} (removed at the end); server LOG_LEVEL=warn`);
  log('');

  step('seeding the database (demo board, 1,000-answer board)');
  const appDir = path.join(tmp, 'app');
  const appPort = await freePort();
  const config = parseConfig({ DATA_DIR: appDir, PORT: String(appPort), LOG_LEVEL: 'warn' });
  const seeded = await seed(config);

  step('starting Roundtable (child process)');
  const app = await startServer('Roundtable', ['app', appDir, String(appPort)]);
  const idle = await app.rss();
  let rssAfterSizes = idle;

  // 3. Sizes first: they need no load, and they fill the board snapshot caches as a first visit would.
  step('measuring compressed page weights');
  const weights: { label: string; path: string; enc: Encoding; w: PageWeight }[] = [];
  const pages = [
    { label: `demo board (${seeded.demoAnswers} answers), board page`, path: `/b/${seeded.demoSlug}` },
    { label: `demo board (${seeded.demoAnswers} answers), embed`, path: `/embed/b/${seeded.demoSlug}` },
    { label: `${fmt.int(bigBoardAnswers)}-answer board, board page`, path: `/b/${seeded.bigSlug}` },
    { label: `${fmt.int(bigBoardAnswers)}-answer board, embed`, path: `/embed/b/${seeded.bigSlug}` },
    // What WordPress shows: the compact embed its oEmbed HTML points to (one question at a time)
    { label: `${fmt.int(bigBoardAnswers)}-answer board, compact embed`, path: `/embed/b/${seeded.bigSlug}?compact=1` },
  ];
  for (const page of pages) {
    for (const enc of ['br', 'gzip', 'identity'] as const) weights.push({ ...page, enc, w: await pageWeight(app.port, config.baseUrl, page.path, enc) });
  }
  rssAfterSizes = await app.rss();

  // 1. The board page.
  const bigPath = `/b/${seeded.bigSlug}`;
  const snapshot = await get(app.port, bigPath, 'identity');
  if (snapshot.status !== 200 || snapshot.contentEncoding !== 'identity') throw new Error(`GET ${bigPath}: ${snapshot.status} ${snapshot.contentEncoding}`);
  const pageFile = path.join(tmp, 'board-page.html');
  fs.writeFileSync(pageFile, snapshot.decoded);
  step(`board page: Roundtable, ${pageConnections} connections, ${warmSeconds} s warm-up + ${pageSeconds} s`);
  const appPage = await pageLoad(app.port, bigPath, snapshot.decoded.length);
  step(`board page: plain node:http with the same ${fmt.int(snapshot.decoded.length)} bytes`);
  const plain = await startServer('plain node:http', ['plain', pageFile]);
  const plainPage = await pageLoad(plain.port, bigPath, snapshot.decoded.length);
  const plainRss = await plain.rss();
  await plain.stop();
  const pageRatio = appPage.requestsPerSecond / plainPage.requestsPerSecond;
  const rssAfterPage = await app.rss();
  // For information: what browsers ask for. The page is compressed on every request.
  step(`board page: Roundtable with Accept-Encoding: gzip, deflate, br, ${extraSeconds} s`);
  const appPageBr = await pageLoad(app.port, bigPath, 0, extraSeconds, { 'accept-encoding': 'gzip, deflate, br' });
  const rssAfterBr = await app.rss();
  // For information: the first view after an answer is published pays for rebuilding the table.
  step('board page and embed: first view after a new answer');
  const embedBigPath = `/embed/b/${seeded.bigSlug}`;
  const [afterAnswerPage, afterAnswerEmbed] = await firstViewsAfterAnswer(
    app.port,
    seeded.bigSlug,
    seeded.questionKeys[0]!,
    seeded.perspectiveKeys[0]!,
    [bigPath, embedBigPath],
    5,
  );
  const warmView = await (async () => {
    const started = performance.now();
    await get(app.port, bigPath, 'identity');
    return performance.now() - started;
  })();

  // 2. Durable submits.
  step(`answer submits: ${submitConnections} connections, ${submitWarmSeconds} s warm-up + about ${submitSeconds} s`);
  const rand = mulberry32(7);
  const bodies = Array.from({ length: 512 }, () => answerText(rand));
  let sent = 0;
  const nextBody = () => {
    const n = sent++;
    return JSON.stringify({
      question: seeded.questionKeys[n % seeded.questionKeys.length],
      perspective: seeded.perspectiveKeys[Math.floor(n / seeded.questionKeys.length) % seeded.perspectiveKeys.length],
      body: `${bodies[n % bodies.length]} (submit #${n})`,
      ...(n % 2 ? { displayName: `Bench ${n}` } : {}),
      ...(n % 5 === 0 ? { email: `bench${n}@example.org` } : {}),
      consent: true,
    });
  };
  // The disk's fsync time drifts from minute to minute on a VM: take the raw baseline on both sides.
  step(`raw better-sqlite3 inserts: ${rawSeconds} s (before)`);
  const rawBefore = await rawInserts(path.join(tmp, 'raw-before'), rawSeconds);
  const submitOptions: autocannon.Options = {
    url: `http://127.0.0.1:${app.port}`,
    connections: submitConnections,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: `/api/v1/boards/${seeded.submitSlug}/answers`,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: nextBody() }),
      },
    ],
  };
  const sqlite = new SQLite(path.join(appDir, 'roundtable.sqlite'), { readonly: true });
  const countRows = () => (sqlite.prepare('select count(*) as n from answers where board_id = ?').get(seeded.submitBoardId) as { n: number }).n;
  const settledRows = async () => {
    // Requests cut off at the end of a timed run may still commit: wait until the count stops moving.
    let last = -1;
    for (let i = 0; i < 50; i++) {
      const n = countRows();
      if (n === last) return n;
      last = n;
      await new Promise((r) => setTimeout(r, 200));
    }
    return countRows();
  };
  // Warm-up; its rate over its second half (once the JIT has settled) sizes the measured run.
  let mark = { at: 0, sent: 0 };
  const marker = setTimeout(() => (mark = { at: performance.now(), sent }), (submitWarmSeconds / 2) * 1000);
  const warm = await cannon({ ...submitOptions, duration: submitWarmSeconds }, submitWarmSeconds + 10);
  clearTimeout(marker);
  if (Number(warm.statusCodeStats?.['201']?.count ?? 0) === 0)
    throw new Error(`answer submits: no 201 during the warm-up (${JSON.stringify(warm.statusCodeStats)})`);
  const warmRate = mark.at ? (sent - mark.sent) / ((performance.now() - mark.at) / 1000) : Number(warm.statusCodeStats?.['201']?.count ?? 0) / warm.duration;
  const rowsBefore = await settledRows();
  // The measured run is by count (about submitSeconds at the warm-up's rate) so that every request
  // sent gets its answer back and rows can be compared with 201s exactly; a hard stop still bounds it.
  const amount = Math.max(submitConnections * 10, Math.min(200_000, Math.round(warmRate * submitSeconds)));
  const submitResult = await cannon({ ...submitOptions, amount }, submitSeconds * 3 + 10);
  const submits = summarise(submitResult, 201);
  const rowsAfter = await settledRows();
  sqlite.close();
  const newRows = rowsAfter - rowsBefore;

  step(`raw better-sqlite3 inserts: ${rawSeconds} s (after)`);
  const rawAfter = await rawInserts(path.join(tmp, 'raw-after'), rawSeconds);
  const raw: RawResult = combine(rawBefore, rawAfter);
  const submitRatio = submits.requestsPerSecond / raw.perSecond;

  const appRss = await app.rss();
  await app.stop();

  // -------------------------------------------------------------------------------------------
  log(`1. Board page GET ${bigPath}: ${fmt.int(bigBoardAnswers)} published answers, ${fmt.int(snapshot.decoded.length)} bytes uncompressed`);
  log(`   ${pageConnections} connections, ${pageSeconds} s each after a ${warmSeconds} s warm-up, no Accept-Encoding`);
  log(
    table([
      ['', 'req/s', 'p50 ms', 'p99 ms', '200s', 'other', 'errors'],
      [
        'Roundtable',
        fmt.int(appPage.requestsPerSecond),
        fmt.ms(appPage.p50),
        fmt.ms(appPage.p99),
        fmt.int(appPage.ok),
        fmt.int(appPage.other),
        fmt.int(appPage.errors),
      ],
      [
        'plain node:http, same bytes',
        fmt.int(plainPage.requestsPerSecond),
        fmt.ms(plainPage.p50),
        fmt.ms(plainPage.p99),
        fmt.int(plainPage.ok),
        fmt.int(plainPage.other),
        fmt.int(plainPage.errors),
      ],
    ]),
  );
  log(`   Roundtable / plain: ${fmt.pct(pageRatio)} — goal ≥ ${fmt.pct(goals.pageRatio)}: ${verdict(pageRatio >= goals.pageRatio)}`);
  log(`   For information (no goal, no baseline):`);
  log(
    table([
      ['', 'req/s', 'p50 ms', 'p99 ms', '200s', 'errors'],
      [
        `Roundtable, Accept-Encoding: gzip, deflate, br (${extraSeconds} s)`,
        fmt.int(appPageBr.requestsPerSecond),
        appPageBr.ok ? fmt.ms(appPageBr.p50) : '—',
        appPageBr.ok ? fmt.ms(appPageBr.p99) : '—',
        fmt.int(appPageBr.ok),
        fmt.int(appPageBr.errors),
      ],
    ]),
  );
  if (appPageBr.ok === 0) log(`   (no compressed response completed within the ${extraSeconds} s: each took longer than that)`);
  const list = (xs: number[]) => xs.map((x) => fmt.int(x)).join(', ');
  log(`   First GET after a new answer is published (one client, ms, 5 rounds): board page ${list(afterAnswerPage!)}; embed ${list(afterAnswerEmbed!)}`);
  log(`   (the same board page once its table is cached: ${fmt.ms(warmView)} ms)`);
  log('');

  log(`2. Durable answer submits, SQLite WAL + synchronous=FULL, one answer per transaction`);
  log(
    `   POST /api/v1/boards/${seeded.submitSlug}/answers, ${submitConnections} connections, ${fmt.int(amount)} distinct answers (${fmt.one(submits.seconds)} s) after a ${submitWarmSeconds} s warm-up`,
  );
  log(
    table([
      ['', 'answers/s', 'p50 ms', 'p99 ms', 'accepted', 'other', 'errors'],
      [
        'Roundtable JSON API (201s)',
        fmt.int(submits.requestsPerSecond),
        fmt.ms(submits.p50),
        fmt.ms(submits.p99),
        fmt.int(submits.ok),
        fmt.int(submits.other),
        fmt.int(submits.errors),
      ],
      ['raw better-sqlite3, 1 process', fmt.int(raw.perSecond), fmt.ms(raw.p50Ms), fmt.ms(raw.p99Ms), fmt.int(raw.inserts), '0', '0'],
    ]),
  );
  log(`   Roundtable / raw: ${fmt.pct(submitRatio)} — goal ≥ ${fmt.pct(goals.submitRatio)}: ${verdict(submitRatio >= goals.submitRatio)}`);
  log(`   answers/s goal ≥ ${fmt.int(goals.submitsPerSecond)}: ${verdict(submits.requestsPerSecond >= goals.submitsPerSecond)}`);
  log(`   rows added during the measured run: ${fmt.int(newRows)}; 201 responses: ${fmt.int(submits.ok)} — ${newRows === submits.ok ? 'equal' : 'NOT EQUAL'}`);
  log(
    `   (raw baseline: ${fmt.int(raw.inserts)} inserts in ${fmt.one(raw.seconds)} s, ${fmt.int(raw.rowsInTable)} rows in its tables; ` +
      `${fmt.int(rawBefore.perSecond)}/s just before the app's run, ${fmt.int(rawAfter.perSecond)}/s just after)`,
  );
  log('');

  log('3. Bytes on the wire: page + its stylesheet + its scripts, each fetched with that Accept-Encoding');
  log('   body = compressed bodies only; wire = everything the sockets read (status lines and headers too)');
  const rows: string[][] = [['', 'enc', 'page', 'CSS+JS', 'body total', 'wire total', 'files']];
  for (const { label, enc, w } of weights) {
    if (enc === 'identity') continue;
    const assetBytes = w.assets.reduce((n, a) => n + a.bodyBytes, 0);
    rows.push([label, enc, fmt.int(w.page.bodyBytes), fmt.int(assetBytes), fmt.int(w.bodyBytes), fmt.int(w.wireBytes), String(1 + w.assets.length)]);
  }
  log(table(rows));
  const uncompressed: string[][] = [['uncompressed', 'page', 'CSS+JS', 'total']];
  for (const { label, enc, w } of weights) {
    if (enc !== 'identity') continue;
    uncompressed.push([label, fmt.int(w.page.decoded.length), fmt.int(w.decodedBytes - w.page.decoded.length), fmt.int(w.decodedBytes)]);
  }
  log(table(uncompressed));
  const demoEmbed = weights.filter((x) => x.path === `/embed/b/${seeded.demoSlug}` && x.enc !== 'identity');
  for (const { enc, w } of demoEmbed) {
    log(
      `   demo embed, ${enc}: ${fmt.int(w.wireBytes)} bytes on the wire (${fmt.int(w.bodyBytes)} of bodies) — goal ≤ ${fmt.int(goals.embedBytes)}: ${verdict(w.wireBytes <= goals.embedBytes)}`,
    );
  }
  const demoAssets = demoEmbed[0]?.w.assets.map((a) => a.path).join(', ');
  log(`   demo embed references: ${demoAssets}`);
  log('');

  log('4. Server memory: peak RSS so far (process.resourceUsage().maxRSS) and RSS at each point');
  log(
    table([
      ['', 'peak RSS', 'RSS then'],
      ['Roundtable, whole run', fmt.mib(appRss.maxRssKb), fmt.mib(appRss.rssKb)],
      ['  … after start-up, before any request', fmt.mib(idle.maxRssKb), fmt.mib(idle.rssKb)],
      ['  … after the page weights (one request at a time)', fmt.mib(rssAfterSizes.maxRssKb), fmt.mib(rssAfterSizes.rssKb)],
      ['  … after the board page at 50 connections', fmt.mib(rssAfterPage.maxRssKb), fmt.mib(rssAfterPage.rssKb)],
      ['  … after the same, compressed (gzip, deflate, br)', fmt.mib(rssAfterBr.maxRssKb), fmt.mib(rssAfterBr.rssKb)],
      ['  … after the answer submits (the end)', fmt.mib(appRss.maxRssKb), fmt.mib(appRss.rssKb)],
      ['plain node:http (page baseline)', fmt.mib(plainRss.maxRssKb), fmt.mib(plainRss.rssKb)],
    ]),
  );
  log('');

  await liveBench({ quick, log, step });
  log('');
  log(
    `Load average after the run: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  log(`Finished in ${fmt.one((Date.now() - startedAt.getTime()) / 1000)} s.`);
}

main()
  .then(() => {
    cleanup();
    process.exit(0);
  })
  .catch((err: unknown) => {
    console.error('bench failed:', err);
    cleanup();
    process.exit(1);
  });
