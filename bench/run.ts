// `npm run bench`: Roundtable's performance figures, each beside a baseline measured in the same run
// on the same machine. See docs/BENCHMARKS.md for what each figure means and the goals.
//   1. GET /b/:slug (1,000 published answers), 50 connections, as browsers ask (Accept-Encoding: br, gzip) and
//      uncompressed, each vs a bare node:http server sending the same bytes with the same headers; load from wrk
//   2. durable answer submits from a crowd (each request its own X-Forwarded-For, the app behind TRUST_PROXY):
//      SQLite vs raw better-sqlite3, and PostgreSQL vs raw node-postgres, same rows
//   3. compressed bytes (br, gzip) of the board page, the embed and the compact embed, each with its CSS and JS
//   4. RSS of the server: at start-up step by step (what holds it), and its peak across the runs
//   5. live viewers (bench/live.ts): an approved answer reaching 5,000 SSE streams, vs a bare node:http SSE server; two instances on PostgreSQL
//   6. themes by perspective (bench/themes.ts): one question with 1,000 answers analysed, goal under 1 s
//   7. scaling out (bench/scale.ts): three instances on PostgreSQL behind HAProxy vs one, board page and submits, three ÷ one
// Every server is a child process on 127.0.0.1; every load is bounded in time; everything is torn down at the end.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { parseConfig } from '../src/config.ts';
import { freePort } from '../test/ports.ts';
import { ensurePostgresBinaries, startCluster, type Cluster } from '../test/postgres.ts';
import { seed, answerText, bigBoardAnswers } from './seed.ts';
import { mulberry32 } from '../src/prng.ts';
import { combine, rawInserts, type RawResult } from './raw-sqlite.ts';
import { appPoolSize, freshDatabase, rawPgInserts } from './raw-pg.ts';
import { fmt, table } from './stats.ts';
import { nextMessage } from './ipc.ts';
import { compiledServerScript } from './compiled.ts';
import { startFlags } from '../test/server-process.ts';
import { get, pageWeight, type Encoding, type PageWeight } from './wire.ts';
import { aptInstall, ensureWrk, failureText, failures, settled, pageScript, runWrk, submitScript, type WrkResult } from './wrk.ts';
import type { StartupStep } from './server.ts';
import { liveBench } from './live.ts';
import { themesBench } from './themes.ts';
import { scaleBench } from './scale.ts';

const quick = process.env.BENCH_QUICK === '1'; // shorter runs, for checking the script itself
const pageSeconds = quick ? 3 : 10;
const submitSeconds = quick ? 3 : 10;
const rawSeconds = quick ? 1 : 3; // twice: just before and just after the app's submits
const warmSeconds = quick ? 1 : 2;
const submitWarmSeconds = quick ? 1 : 3;
const pageConnections = 50;
const submitConnections = 20;
/** One wrk thread (one core) is enough: the plain server's figure shows it is not the ceiling. */
const wrkThreads = 1;
const browserAcceptEncoding = 'br, gzip';
const goals = { pageRatio: 0.5, submitsPerSecond: 1000, submitRatio: 0.6, embedBytes: 15_000, peakRssMib: 200 };
const hardStopMinutes = 8;

const startedAt = new Date();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-bench-'));
const children = new Set<ChildProcess>();
const teardowns: (() => void)[] = [];

function cleanup(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
  for (const undo of teardowns.splice(0).reverse()) {
    try {
      undo();
    } catch (err) {
      console.error('bench: cleaning up:', err);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers and removing ${tmp}`);
    process.exit(130);
  });
}
// Whatever happens, the bench ends: a hard stop well past its normal ~4 minutes.
setTimeout(() => {
  console.error(`bench: still running after ${hardStopMinutes} minutes; stopping`);
  process.exit(1);
}, hardStopMinutes * 60_000).unref();

const log = (line = '') => console.log(line);
const step = (line: string) => process.stderr.write(`… ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Child servers

interface Usage {
  maxRssKb: number;
  rssKb: number;
  cpuMs: number;
}

interface Server {
  name: string;
  port: number;
  startup: StartupStep[];
  usage(): Promise<Usage>;
  stop(): Promise<void>;
}

type ChildMessage = { type: 'ready'; port: number; startup: StartupStep[] } | ({ type: 'rss' } & Usage);

const serverScript = await compiledServerScript();

function startServer(name: string, args: string[], env: Record<string, string> = {}): Promise<Server> {
  const child = fork(serverScript, args, {
    execArgv: startFlags,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <T extends ChildMessage['type']>(type: T, ms: number) => nextMessage<Extract<ChildMessage, { type: T }>>(child, name, type, ms);
  return next('ready', 60_000).then(({ port, startup }) => ({
    name,
    port,
    startup,
    async usage() {
      const reply = next('rss', 5_000);
      child.send({ type: 'rss' });
      const { maxRssKb, rssKb, cpuMs } = await reply;
      return { maxRssKb, rssKb, cpuMs };
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

// ---------------------------------------------------------------------------------------------
// Load

interface Load extends WrkResult {
  /** 2xx responses ÷ seconds. */
  perSecond: number;
  /** The server's CPU time over the measured run, as a share of one core. */
  serverCpu: number;
  /** The server's memory at the end of the run. */
  serverAfter: Usage;
}

/** A warm-up, then the measured run, with the server's CPU time over the latter. */
async function measure(
  wrk: string,
  server: Server,
  run: { path: string; script: string; connections: number; seconds: number; warm: number; args?: (warm: boolean) => string[] },
): Promise<Load> {
  const base = { url: `http://127.0.0.1:${server.port}${run.path}`, script: run.script, connections: run.connections, threads: wrkThreads, dir: tmp };
  await runWrk(wrk, { ...base, seconds: run.warm, args: run.args?.(true) });
  const before = await server.usage();
  const started = performance.now();
  const result = await runWrk(wrk, { ...base, seconds: run.seconds, args: run.args?.(false) });
  const after = await server.usage();
  const wall = performance.now() - started;
  return { ...result, perSecond: result.ok / result.seconds, serverCpu: (after.cpuMs - before.cpuMs) / wall, serverAfter: after };
}

/** Publishes one answer to the board, then times the next GET of each path: the snapshot of the new revision is built by that GET. */
async function firstViewsAfterAnswer(port: number, slug: string, question: string, perspective: string, paths: string[], rounds: number): Promise<number[][]> {
  const times: number[][] = paths.map(() => []);
  for (let i = 0; i < rounds; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/boards/${slug}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, perspective, body: `A new answer, number ${i + 1}, arrives and changes the board.`, use: 'board' }),
    });
    if (response.status !== 201) throw new Error(`POST an answer to ${slug}: ${response.status} ${await response.text()}`);
    for (const [j, p] of paths.entries()) {
      const started = performance.now();
      const page = await get(port, p, 'br', browserAcceptEncoding);
      if (page.status !== 200) throw new Error(`GET ${p}: ${page.status}`);
      times[j]!.push(performance.now() - started);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b));
}

interface SubmitRun {
  load: Load;
  /** Rows the board gained over the measured run. */
  rows: number;
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
const cpu = (share: number) => (Number.isNaN(share) ? '—' : `${fmt.int(share * 100)} %`);

// ---------------------------------------------------------------------------------------------

async function main() {
  const m = machine();
  log(`Roundtable benchmark — ${startedAt.toISOString()}`);
  log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} RAM; Node ${m.node}; ${m.os}`);
  const load = os.loadavg();
  log(
    `Load average before the run: ${load.map((x) => x.toFixed(2)).join(' ')}${load[0]! > m.cores / 2 ? ' — other processes are busy on this machine: expect noisier figures' : ''}`,
  );
  const wrk = ensureWrk();
  log(`Load generator: ${wrk} (wrk, ${wrkThreads} thread); every server on 127.0.0.1 in a child process, LOG_LEVEL=warn`);
  log(`Data: SQLite in a temporary DATA_DIR under ${os.tmpdir()} (removed at the end); PostgreSQL in a throwaway cluster (removed too)`);
  log('');

  step('seeding the database (demo board, 1,000-answer board)');
  const appDir = path.join(tmp, 'app');
  const appPort = await freePort();
  const config = parseConfig({ DATA_DIR: appDir, PORT: String(appPort), LOG_LEVEL: 'warn' });
  const seeded = await seed(config);

  step('starting Roundtable on SQLite, behind TRUST_PROXY=127.0.0.1 (child process)');
  const app = await startServer('Roundtable', ['app', appDir, String(appPort)], { TRUST_PROXY: '127.0.0.1' });
  const idle = await app.usage();

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
  const afterSizes = await app.usage();

  // 1. The board page, as browsers ask for it and uncompressed, beside a plain server with the app's own bytes and headers.
  const bigPath = `/b/${seeded.bigSlug}`;
  const fetched = {
    br: await get(app.port, bigPath, 'br', browserAcceptEncoding),
    gzip: await get(app.port, bigPath, 'gzip', 'gzip'),
    identity: await get(app.port, bigPath, 'identity', null),
  };
  for (const [want, f] of Object.entries(fetched)) {
    if (f.status !== 200 || f.contentEncoding !== want) throw new Error(`GET ${bigPath} for ${want}: ${f.status}, content-encoding ${f.contentEncoding}`);
  }
  const hopByHop = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
  const spec = Object.fromEntries(
    Object.entries(fetched).map(([enc, f]) => {
      const file = path.join(tmp, `board-page.${enc}`);
      fs.writeFileSync(file, f.body);
      const headers = Object.fromEntries(Object.entries(f.headers).filter(([name, value]) => !hopByHop.has(name) && typeof value === 'string')) as Record<
        string,
        string
      >;
      return [enc, { file, headers }];
    }),
  );
  const specFile = path.join(tmp, 'board-page.json');
  fs.writeFileSync(specFile, JSON.stringify(spec));
  const plain = await startServer('plain node:http', ['plain-encoded', specFile]);
  const plainIdle = await plain.usage();
  const pageRun = (server: Server, headers: Record<string, string>) =>
    measure(wrk, server, { path: bigPath, script: pageScript(headers), connections: pageConnections, seconds: pageSeconds, warm: warmSeconds });
  const browserHeaders = { 'Accept-Encoding': browserAcceptEncoding };
  step(`board page, Accept-Encoding: ${browserAcceptEncoding}: Roundtable, ${pageConnections} connections, ${warmSeconds} s warm-up + ${pageSeconds} s`);
  const appBr = await pageRun(app, browserHeaders);
  step(`board page, Accept-Encoding: ${browserAcceptEncoding}: plain node:http with the same ${fmt.int(fetched.br.bodyBytes)} bytes`);
  const plainBr = await pageRun(plain, browserHeaders);
  step('board page, uncompressed: Roundtable');
  const appRaw = await pageRun(app, {});
  step(`board page, uncompressed: plain node:http with the same ${fmt.int(fetched.identity.bodyBytes)} bytes`);
  const plainRaw = await pageRun(plain, {});
  const plainUsage = await plain.usage();
  await plain.stop();
  for (const [label, run, body] of [
    ['Roundtable, br', appBr, fetched.br.bodyBytes],
    ['plain, br', plainBr, fetched.br.bodyBytes],
    ['Roundtable, uncompressed', appRaw, fetched.identity.bodyBytes],
    ['plain, uncompressed', plainRaw, fetched.identity.bodyBytes],
  ] as const) {
    // Every response carried the whole body (headers aside): check the bytes did not shrink.
    if (run.responses > 0 && run.bytes / run.responses < body) throw new Error(`${label}: ${run.bytes / run.responses} bytes a response, expected ≥ ${body}`);
  }

  // For information: the first view after an answer is published pays for rebuilding and compressing the page.
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
    await get(app.port, bigPath, 'br', browserAcceptEncoding);
    return performance.now() - started;
  })();
  const afterPage = await app.usage();

  // 2. Durable submits on SQLite, from a crowd.
  const keys = { questions: seeded.questionKeys, perspectives: seeded.perspectiveKeys };
  step(`raw better-sqlite3 inserts: ${rawSeconds} s (before)`);
  const rawBefore = await rawInserts(path.join(tmp, 'raw-before'), rawSeconds);
  step(`answer submits on SQLite: ${submitConnections} connections, ${submitWarmSeconds} s warm-up + ${submitSeconds} s`);
  const sqlite = new SQLite(path.join(appDir, 'roundtable.sqlite'), { readonly: true });
  const countSqlite = async () => (sqlite.prepare('select count(*) as n from answers where board_id = ?').get(seeded.submitBoardId) as { n: number }).n;
  const sqliteSubmits = await crowdSubmits(wrk, app, seeded.submitSlug, keys, countSqlite);
  sqlite.close();
  step(`raw better-sqlite3 inserts: ${rawSeconds} s (after)`);
  const rawAfter = await rawInserts(path.join(tmp, 'raw-after'), rawSeconds);
  const raw: RawResult = combine(rawBefore, rawAfter);
  const submitRatio = sqliteSubmits.load.perSecond / raw.perSecond;

  const appUsage = await app.usage();
  await app.stop();

  // 2b. The same on PostgreSQL.
  const postgres = await postgresSubmits(wrk, keys);

  // -------------------------------------------------------------------------------------------
  log(`1. Board page GET ${bigPath}: ${fmt.int(bigBoardAnswers)} published answers, ${fmt.int(fetched.identity.bodyBytes)} bytes uncompressed`);
  log(
    `   ${pageConnections} connections, ${pageSeconds} s each after a ${warmSeconds} s warm-up; the plain server sends the app's own bytes with the app's headers`,
  );
  const pageRow = (label: string, r: Load, body: number) => [
    label,
    fmt.int(r.perSecond),
    fmt.ms(r.p50Ms),
    fmt.ms(r.p99Ms),
    fmt.int(body),
    fmt.int(r.responses ? r.bytes / r.responses : 0),
    fmt.int(r.ok),
    fmt.int(failures(r)),
    cpu(r.serverCpu),
    cpu(r.cpuShare),
  ];
  log(
    table([
      ['', 'req/s', 'p50 ms', 'p99 ms', 'body B', 'bytes/resp', '2xx', 'failed', 'server CPU', 'wrk CPU'],
      pageRow(`Roundtable, Accept-Encoding: ${browserAcceptEncoding} (br)`, appBr, fetched.br.bodyBytes),
      pageRow('plain node:http, same br bytes and headers', plainBr, fetched.br.bodyBytes),
      pageRow('Roundtable, no Accept-Encoding', appRaw, fetched.identity.bodyBytes),
      pageRow('plain node:http, same bytes and headers', plainRaw, fetched.identity.bodyBytes),
    ]),
  );
  const brRatio = appBr.perSecond / plainBr.perSecond;
  const rawRatio = appRaw.perSecond / plainRaw.perSecond;
  log(`   compressed (br), Roundtable / plain: ${fmt.pct(brRatio)} — goal ≥ ${fmt.pct(goals.pageRatio)}: ${verdict(brRatio >= goals.pageRatio)}`);
  log(`   uncompressed, Roundtable / plain: ${fmt.pct(rawRatio)} — goal ≥ ${fmt.pct(goals.pageRatio)}: ${verdict(rawRatio >= goals.pageRatio)}`);
  // The plain server is the ceiling of this machine, this generator and these bytes: if it is not well above the app,
  // the generator or the machine set both figures and the ratio says little.
  for (const [what, app, plain] of [
    ['compressed', appBr, plainBr],
    ['uncompressed', appRaw, plainRaw],
  ] as const) {
    const headroom = plain.perSecond > app.perSecond && plain.cpuShare < 0.9;
    log(
      `   headroom, ${what}: wrk got ${fmt.int(plain.perSecond)} req/s from the plain server using ${cpu(plain.cpuShare)} of a core (the server ${cpu(plain.serverCpu)})` +
        (headroom
          ? ` — above Roundtable's ${fmt.int(app.perSecond)}: the generator is not the ceiling`
          : ` — NOT above Roundtable's ${fmt.int(app.perSecond)} with wrk's core to spare: the machine (other processes, the kernel) held both back; this ratio says little`),
    );
  }
  const pageFailures = [appBr, plainBr, appRaw, plainRaw].map(failureText).filter(Boolean);
  log(`   failures (non-2xx, socket errors, timeouts): ${pageFailures.length ? pageFailures.join('; ') : 'none'}`);
  const list = (xs: number[]) => xs.map((x) => fmt.int(x)).join(', ');
  log(`   First GET (br) after a new answer is published (one client, ms, 5 rounds): board page ${list(afterAnswerPage!)}; embed ${list(afterAnswerEmbed!)}`);
  log(`   (the same board page once this revision is cached: ${fmt.ms(warmView)} ms)`);
  log('');

  log('2. Durable answer submits from a crowd: POST /api/v1/boards/:slug/answers (JSON), one answer per request,');
  log(
    `   each request from its own X-Forwarded-For address (the app behind TRUST_PROXY=127.0.0.1), ${submitConnections} connections, ${submitSeconds} s after a ${submitWarmSeconds} s warm-up`,
  );
  log('   Failed = refused (429), other 4xx, 5xx, socket errors and timeouts. Baselines: the same rows, one insert per transaction.');
  const submitRow = (label: string, r: SubmitRun) => [
    label,
    fmt.int(r.load.perSecond),
    fmt.ms(r.load.p50Ms),
    fmt.ms(r.load.p99Ms),
    fmt.int(r.load.ok),
    fmt.int(r.load.refused429),
    fmt.int(failures(r.load) - r.load.refused429),
    cpu(r.load.serverCpu),
    cpu(r.load.cpuShare),
  ];
  const rawRow = (label: string, r: RawResult) => [label, fmt.int(r.perSecond), fmt.ms(r.p50Ms), fmt.ms(r.p99Ms), fmt.int(r.inserts), '—', '—', '—', '—'];
  const header = ['', 'answers/s', 'p50 ms', 'p99 ms', 'accepted', '429', 'other failed', 'server CPU', 'wrk CPU'];
  log('   SQLite (WAL, synchronous=FULL):');
  log(table([header, submitRow('Roundtable (201s)', sqliteSubmits), rawRow('raw better-sqlite3, 1 process, serial', raw)]));
  log(`   Roundtable / raw: ${fmt.pct(submitRatio)} — goal ≥ ${fmt.pct(goals.submitRatio)}: ${verdict(submitRatio >= goals.submitRatio)}`);
  log(`   answers/s goal ≥ ${fmt.int(goals.submitsPerSecond)}: ${verdict(sqliteSubmits.load.perSecond >= goals.submitsPerSecond)}`);
  log(`   ${rowsText(sqliteSubmits)}`);
  log(
    `   (raw baseline: ${fmt.int(raw.inserts)} inserts in ${fmt.one(raw.seconds)} s; ${fmt.int(rawBefore.perSecond)}/s just before the app's run, ${fmt.int(rawAfter.perSecond)}/s just after)`,
  );
  if (failures(sqliteSubmits.load) > 0) log(`   failures: ${failureText(sqliteSubmits.load)}`);
  if (postgres.skipped) {
    log(`   PostgreSQL: SKIPPED — ${postgres.skipped}`);
  } else if (postgres.result) {
    const p = postgres.result;
    log(`   PostgreSQL (${p.version}; fsync and synchronous_commit on), the app's pool of ${appPoolSize} connections:`);
    log(table([header, submitRow('Roundtable (201s)', p.submits), rawRow(`raw node-postgres, ${appPoolSize} connections`, p.raw)]));
    log(`   Roundtable / raw: ${fmt.pct(p.submits.load.perSecond / p.raw.perSecond)} (no goal: printed for comparison)`);
    log(`   ${rowsText(p.submits)}`);
    log(
      `   (raw baseline: ${fmt.int(p.raw.inserts)} inserts in ${fmt.one(p.raw.seconds)} s; ${fmt.int(p.rawBefore.perSecond)}/s just before the app's run, ${fmt.int(p.rawAfter.perSecond)}/s just after)`,
    );
    if (failures(p.submits.load) > 0) log(`   failures: ${failureText(p.submits.load)}`);
  }
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

  log('4. Server memory (RSS): peak so far (process.resourceUsage().maxRSS) and RSS at each point');
  log(
    table([
      ['', 'peak RSS', 'RSS then'],
      ['Roundtable on SQLite, across every run above', fmt.mib(appUsage.maxRssKb), fmt.mib(appUsage.rssKb)],
      ['  … after start-up, before any request', fmt.mib(idle.maxRssKb), fmt.mib(idle.rssKb)],
      ['  … after the page weights (one request at a time)', fmt.mib(afterSizes.maxRssKb), fmt.mib(afterSizes.rssKb)],
      ['  … after the board page, br, 50 connections', fmt.mib(appBr.serverAfter.maxRssKb), fmt.mib(appBr.serverAfter.rssKb)],
      ['  … after the board page, uncompressed, 50 connections', fmt.mib(appRaw.serverAfter.maxRssKb), fmt.mib(appRaw.serverAfter.rssKb)],
      ['  … after the first views of 5 new revisions', fmt.mib(afterPage.maxRssKb), fmt.mib(afterPage.rssKb)],
      ['  … after the answer submits (the end)', fmt.mib(appUsage.maxRssKb), fmt.mib(appUsage.rssKb)],
      ...(postgres.result
        ? [
            ['Roundtable on PostgreSQL, after start-up', fmt.mib(postgres.result.idle.maxRssKb), fmt.mib(postgres.result.idle.rssKb)],
            ['  … after its answer submits', fmt.mib(postgres.result.usage.maxRssKb), fmt.mib(postgres.result.usage.rssKb)],
          ]
        : []),
      ['plain node:http (page baseline), after start-up', fmt.mib(plainIdle.maxRssKb), fmt.mib(plainIdle.rssKb)],
      ['  … after its page runs', fmt.mib(plainUsage.maxRssKb), fmt.mib(plainUsage.rssKb)],
    ]),
  );
  const peakMib = appUsage.maxRssKb / 1024;
  log(
    `   peak RSS of the SQLite instance across the runs: ${fmt.mib(appUsage.maxRssKb)} — goal ≤ ${goals.peakRssMib} MiB: ${verdict(peakMib <= goals.peakRssMib)}`,
  );
  log('   Start-up, step by step (the SQLite instance; RSS includes the node binary’s pages, about 40 MiB for node alone):');
  const steps: string[][] = [['', 'RSS', '+RSS', 'JS heap used']];
  let previous = 0;
  for (const s of app.startup) {
    steps.push([s.label, fmt.mib(s.rssKb), previous ? `+${fmt.mib(s.rssKb - previous)}` : '', fmt.mib(s.heapUsedKb)]);
    previous = s.rssKb;
  }
  log(table(steps));
  log('');

  await liveBench({ quick, log, step });
  log('');
  step('themes of a question with 1,000 answers');
  await themesBench({ quick, log });
  log('');
  await scaleBench({ quick, wrk, log, step });
  log('');
  log(
    `Load average after the run: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  log(`Finished in ${fmt.one((Date.now() - startedAt.getTime()) / 1000)} s.`);
}

function rowsText(r: SubmitRun): string {
  // wrk stops at its deadline without reading the replies in flight: those answers may be stored unacknowledged.
  const extra = r.rows - r.load.ok;
  const fine = extra >= 0 && extra <= submitConnections;
  return `rows the board gained in the measured run: ${fmt.int(r.rows)}; 201 responses: ${fmt.int(r.load.ok)} — ${
    extra === 0 ? 'equal' : fine ? `${extra} more: requests in flight when wrk stopped (≤ ${submitConnections} connections)` : 'MISMATCH'
  }`;
}

/** Runs submitLoad between two counts of the board's rows. */
async function crowdSubmits(
  wrk: string,
  server: Server,
  slug: string,
  keys: { questions: string[]; perspectives: string[] },
  count: () => Promise<number>,
): Promise<SubmitRun> {
  const rand = mulberry32(7);
  const texts = Array.from({ length: 512 }, () => answerText(rand));
  const script = submitScript({ path: `/api/v1/boards/${slug}/answers`, questions: keys.questions, perspectives: keys.perspectives, texts });
  const base = { url: `http://127.0.0.1:${server.port}/api/v1/boards/${slug}/answers`, script, connections: submitConnections, threads: wrkThreads, dir: tmp };
  // The warm-up from number 0, the measured run from 8,000,000: every answer and every address of the bench is its own.
  const warm = await runWrk(wrk, { ...base, seconds: submitWarmSeconds, args: ['0', String(wrkThreads)] });
  if (warm.ok === 0) throw new Error(`answer submits: no 201 during the warm-up (${failureText(warm)})`);
  const before = await settled(count);
  const usageBefore = await server.usage();
  const started = performance.now();
  const result = await runWrk(wrk, { ...base, seconds: submitSeconds, args: ['8000000', String(wrkThreads)] });
  const usageAfter = await server.usage();
  const wall = performance.now() - started;
  const after = await settled(count);
  return {
    load: { ...result, perSecond: result.ok / result.seconds, serverCpu: (usageAfter.cpuMs - usageBefore.cpuMs) / wall, serverAfter: usageAfter },
    rows: after - before,
  };
}

interface PostgresResult {
  version: string;
  submits: SubmitRun;
  raw: RawResult;
  rawBefore: RawResult;
  rawAfter: RawResult;
  idle: Usage;
  usage: Usage;
}

/** Section 2 on PostgreSQL: a throwaway cluster, the app on it, and raw node-postgres inserts into a database of its own. */
async function postgresSubmits(wrk: string, keys: { questions: string[]; perspectives: string[] }): Promise<{ result?: PostgresResult; skipped?: string }> {
  let bin: string;
  try {
    bin = ensurePostgresBinaries((pkg) => aptInstall(pkg, 'the PostgreSQL submits'));
  } catch (err) {
    return { skipped: `${(err as Error).message}` };
  }
  step('PostgreSQL: starting a throwaway cluster');
  const cluster: Cluster = await startCluster(bin);
  const stopCluster = () => cluster.stop();
  teardowns.push(stopCluster);
  try {
    const pgDir = path.join(tmp, 'postgres');
    const port = await freePort();
    const config = parseConfig({ DATA_DIR: pgDir, DATABASE_URL: cluster.url, PORT: String(port), LOG_LEVEL: 'warn' });
    step('PostgreSQL: seeding, and a database of its own for the raw inserts');
    const seeded = await seed(config);
    const rawUrl = await freshDatabase(cluster.url, 'raw');
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const version = (await client.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v;
      step(`raw node-postgres inserts: ${rawSeconds} s (before)`);
      const rawBefore = await rawPgInserts(rawUrl, rawSeconds);
      step('PostgreSQL: starting Roundtable on it');
      const app = await startServer('Roundtable (PostgreSQL)', ['app', pgDir, String(port)], { TRUST_PROXY: '127.0.0.1', DATABASE_URL: cluster.url });
      try {
        const idle = await app.usage();
        step(`answer submits on PostgreSQL: ${submitConnections} connections, ${submitWarmSeconds} s warm-up + ${submitSeconds} s`);
        const count = async () =>
          Number((await client.query<{ n: string }>('select count(*) as n from answers where board_id = $1', [seeded.submitBoardId])).rows[0]!.n);
        const submits = await crowdSubmits(wrk, app, seeded.submitSlug, keys, count);
        const usage = await app.usage();
        step(`raw node-postgres inserts: ${rawSeconds} s (after)`);
        const rawAfter = await rawPgInserts(rawUrl, rawSeconds);
        return { result: { version, submits, raw: combine(rawBefore, rawAfter), rawBefore, rawAfter, idle, usage } };
      } finally {
        await app.stop();
      }
    } finally {
      await client.end();
    }
  } finally {
    step('PostgreSQL: stopping the cluster');
    teardowns.splice(teardowns.indexOf(stopCluster), 1);
    stopCluster();
  }
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
