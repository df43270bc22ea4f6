// Section 7 of `npm run bench` (alone: `node --import tsx bench/scale.ts`): scaling out. Three real instances
// (`bin/roundtable.js start`, as an operator runs them) on one throwaway PostgreSQL database, behind Debian's HAProxy
// running docs/OPERATIONS.md's configuration (TLS, health checks on /readyz, `option forwardfor`). The same load is
// sent through HAProxy twice: with one server line (the document's other two removed), then with all three:
//   - the 1,000-answer board page as browsers ask for it (Accept-Encoding: br, gzip), 50 connections;
//   - durable answer submits from a crowd, each request from its own X-Forwarded-For address.
// Printed: requests/s, latency, failures, the CPU of wrk, HAProxy and each instance, and three ÷ one for each.
// Every process is a child on 127.0.0.1; every run is bounded in time; on exit, error or the end of the section the
// instances and HAProxy are killed, the cluster stopped and the temporary folder removed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { parseConfig } from '../src/config.ts';
import { mulberry32 } from '../src/prng.ts';
import { haproxyConfig, haproxyInstalled, makeCertificate, startHaproxy, type Haproxy } from '../test/haproxy.ts';
import { freePort } from '../test/ports.ts';
import { ensurePostgresBinaries, startCluster } from '../test/postgres.ts';
import { startServerProcess, type ServerProcess } from '../test/server-process.ts';
import { machineCpu } from './live-cpu.ts';
import { answerText, seed } from './seed.ts';
import { fmt, table } from './stats.ts';
import { aptInstall, ensureWrk, failureText, failures, settled, pageScript, runWrk, submitScript, type WrkResult } from './wrk.ts';

export interface ScaleOptions {
  quick: boolean;
  /** wrk's path (bench/wrk.ts ensureWrk). */
  wrk: string;
  log(line?: string): void;
  step(line: string): void;
}

const instanceCount = 3;
const pageConnections = 50;
const submitConnections = 20;
const wrkThreads = 1;
const browserAcceptEncoding = 'br, gzip';

// ---------------------------------------------------------------------------------------------
// Teardown: whatever happens, no instance, HAProxy, cluster or folder outlives the bench.

const teardowns: (() => void)[] = [];

function teardown(): void {
  for (const undo of teardowns.splice(0).reverse()) {
    try {
      undo();
    } catch (error) {
      console.error('scaling bench teardown:', error);
    }
  }
}
process.on('exit', teardown);

// ---------------------------------------------------------------------------------------------
// CPU time from /proc (Linux; NaN elsewhere)

const clockTicks = (() => {
  const found = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return found.status === 0 ? Number(found.stdout.trim()) || 100 : 100;
})();

/** /proc/<pid>/stat from field 3 on (the command name, field 2, may hold spaces), or undefined once it has gone. */
function statFields(pid: number | string | undefined): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

const ticksToMs = (ticks: number) => (ticks / clockTicks) * 1000;

/** A process's CPU time so far, every thread, user and system (fields 14 and 15), in ms. */
function processCpuMs(pid: number | undefined): number {
  const f = statFields(pid);
  return f ? ticksToMs(Number(f[11]) + Number(f[12])) : Number.NaN;
}

/** The postmaster listening on this port (its command line holds `-p <port>`), found in /proc. */
function findPostmaster(port: string): number | undefined {
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args[0]?.endsWith('/postgres') && args[args.indexOf('-p') + 1] === port) return Number(pid);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/**
 * PostgreSQL's CPU time so far, in ms: the postmaster, its children still running (one backend per connection, the
 * writers) and those that have exited (cutime and cstime, fields 16 and 17).
 */
function postgresCpuMs(postmaster: number | undefined): number {
  const own = statFields(postmaster);
  if (!own) return Number.NaN;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const f = statFields(pid);
    if (f && Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticksToMs(ticks);
}

interface Run extends WrkResult {
  /** 2xx responses ÷ seconds. */
  perSecond: number;
  /** CPU over the measured run as a share of one core: HAProxy, each instance in order, and PostgreSQL. */
  haproxyCpu: number;
  instanceCpu: number[];
  postgresCpu: number;
  /** Busy CPU of the whole machine over the run, in cores. */
  machineCores: number;
}

interface Processes {
  haproxy: Haproxy;
  instances: ServerProcess[];
  postmaster: number | undefined;
}

/** One measured wrk run with the CPU time HAProxy, the instances, PostgreSQL and the machine spent on it. */
async function measured(wrk: string, { haproxy, instances, postmaster }: Processes, run: Parameters<typeof runWrk>[1]): Promise<Run> {
  const pids = [haproxy.child.pid, ...instances.map((i) => i.child.pid)];
  const before = pids.map(processCpuMs);
  const postgresBefore = postgresCpuMs(postmaster);
  const machineBefore = machineCpu();
  const started = performance.now();
  const result = await runWrk(wrk, run);
  const wall = performance.now() - started;
  const after = pids.map(processCpuMs);
  const postgresAfter = postgresCpuMs(postmaster);
  const shares = after.map((ms, i) => (ms - before[i]!) / wall);
  return {
    ...result,
    perSecond: result.ok / result.seconds,
    haproxyCpu: shares[0]!,
    instanceCpu: shares.slice(1),
    postgresCpu: (postgresAfter - postgresBefore) / wall,
    machineCores: (machineCpu().busy - machineBefore.busy) / wall,
  };
}

/** One GET through HAProxy as a browser asks: status, content-encoding and body bytes. */
function getThrough(port: number, ca: Buffer, urlPath: string): Promise<{ status: number; encoding: string | undefined; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = https.get({ host: '127.0.0.1', port, path: urlPath, ca, agent: false, headers: { 'accept-encoding': browserAcceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], bytes }));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${urlPath} through HAProxy timed out`)));
    req.on('error', reject);
  });
}

/** Stops an instance as a process manager would (SIGTERM), killing it if it has not gone in 10 s. */
async function stopInstance(instance: ServerProcess): Promise<void> {
  const timer = setTimeout(() => void instance.kill(), 10_000);
  await instance.stop();
  clearTimeout(timer);
}

/** Debian's HAProxy, installed with apt-get (as root) when missing; otherwise why the section is skipped. */
function ensureHaproxy(): string | undefined {
  if (haproxyInstalled()) return undefined;
  if (process.getuid?.() !== 0) return 'HAProxy is not installed: sudo apt-get update && sudo apt-get install -y haproxy';
  aptInstall('haproxy', 'the load balancer of section 7');
  return haproxyInstalled() ? undefined : 'HAProxy is still missing after apt-get install haproxy';
}

interface Phase {
  label: string;
  page: Run;
  submits: Run;
  /** Rows the submits board gained over the measured submit run. */
  rows: number;
}

const verdict = (met: boolean) => (met ? 'yes' : 'NO');
const cpu = (share: number) => (Number.isNaN(share) ? '—' : `${fmt.int(share * 100)} %`);

function skippedBanner(log: ScaleOptions['log'], why: string): void {
  const line = '!'.repeat(100);
  log(line);
  log(`!! SKIPPED: section 7, three instances behind HAProxy — ${why}`);
  log(line);
}

export async function scaleBench({ quick, wrk, log, step }: ScaleOptions): Promise<void> {
  const seconds = quick ? 3 : 10;
  const pageWarm = quick ? 1 : 2;
  const submitWarm = quick ? 1 : 3;
  const title = '7. Scaling out: three instances on PostgreSQL behind HAProxy';
  const missing = ensureHaproxy();
  if (missing) {
    log(title);
    skippedBanner(log, missing);
    return;
  }
  let bin: string;
  try {
    bin = ensurePostgresBinaries((pkg) => aptInstall(pkg, 'section 7, instances on PostgreSQL'));
  } catch (error) {
    log(title);
    skippedBanner(log, (error as Error).message);
    return;
  }

  const startedAt = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-bench-scale-'));
  teardowns.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const instances: ServerProcess[] = [];
  let haproxy: Haproxy | undefined;
  let client: pg.Client | undefined;
  try {
    step('scaling out: a throwaway PostgreSQL cluster, seeded (1,000-answer board, submits board)');
    const cluster = await startCluster(bin);
    teardowns.push(() => cluster.stop());
    const lbPort = await freePort();
    const baseUrl = `https://127.0.0.1:${lbPort}`;
    const seeded = await seed(parseConfig({ DATA_DIR: path.join(tmp, 'seed'), DATABASE_URL: cluster.url, BASE_URL: baseUrl, LOG_LEVEL: 'warn' }));
    client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const db = client;
    const version = (await db.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v;
    const count = async () =>
      Number((await db.query<{ n: string }>('select count(*) as n from answers where board_id = $1', [seeded.submitBoardId])).rows[0]!.n);

    // One after the other: the first start of an install migrates, and each start may rebuild dist/ (bin/roundtable.js).
    for (let i = 1; i <= instanceCount; i++) {
      step(`scaling out: starting instance ${i} of ${instanceCount} (node bin/roundtable.js start)`);
      const instance = await startServerProcess({
        DATABASE_URL: cluster.url,
        DATA_DIR: path.join(tmp, `instance-${i}`),
        TRUST_PROXY: '127.0.0.1',
        BASE_URL: baseUrl,
        LOG_LEVEL: 'warn',
      });
      teardowns.push(() => instance.child.kill('SIGKILL'));
      instances.push(instance);
    }
    const ports = instances.map((i) => Number(new URL(i.url).port));
    const postmaster = findPostmaster(new URL(cluster.url).port);
    const certificate = makeCertificate(tmp);

    const bigPath = `/b/${seeded.bigSlug}`;
    const submitPath = `/api/v1/boards/${seeded.submitSlug}/answers`;
    const rand = mulberry32(7);
    const texts = Array.from({ length: 512 }, () => answerText(rand));
    const submits = submitScript({ path: submitPath, questions: seeded.questionKeys, perspectives: seeded.perspectiveKeys, texts });
    const page = pageScript({ 'Accept-Encoding': browserAcceptEncoding });
    const base = { threads: wrkThreads, dir: tmp };
    let pageBytes = 0;

    const phases: Phase[] = [];
    for (const [n, backends] of [ports.slice(0, 1), ports].entries()) {
      const label = backends.length === 1 ? 'one instance' : `${backends.length} instances`;
      step(`scaling out: HAProxy with ${backends.length} server line${backends.length === 1 ? '' : 's'} on 127.0.0.1:${lbPort}`);
      haproxy = await startHaproxy(haproxyConfig(backends, lbPort, certificate.pem), tmp, lbPort, certificate.cert);
      const running = haproxy;
      const killHaproxy = () => running.child.kill('SIGKILL');
      teardowns.push(killHaproxy);
      if (n === 0) {
        const first = await getThrough(lbPort, certificate.cert, bigPath);
        if (first.status !== 200 || first.encoding !== 'br')
          throw new Error(`GET ${bigPath} through HAProxy: ${first.status}, content-encoding ${first.encoding}`);
        pageBytes = first.bytes;
      }
      const pageRun = { ...base, url: `${baseUrl}${bigPath}`, script: page, connections: pageConnections };
      step(`scaling out, ${label}: board page, ${pageConnections} connections, ${pageWarm} s warm-up + ${seconds} s`);
      await runWrk(wrk, { ...pageRun, seconds: pageWarm });
      const pageResult = await measured(wrk, { haproxy, instances, postmaster }, { ...pageRun, seconds });

      // Every answer of the section its own number and address: warm-ups from n × 2,000,000, runs 1,000,000 later.
      const submitRun = { ...base, url: `${baseUrl}${submitPath}`, script: submits, connections: submitConnections };
      const first = n * 2_000_000;
      step(`scaling out, ${label}: answer submits from a crowd, ${submitConnections} connections, ${submitWarm} s warm-up + ${seconds} s`);
      const warm = await runWrk(wrk, { ...submitRun, seconds: submitWarm, args: [String(first), String(wrkThreads)] });
      if (warm.ok === 0) {
        const printed = instances.map((instance, i) => `instance ${i + 1}:\n${instance.output().slice(-2_000)}`).join('\n');
        throw new Error(`answer submits through HAProxy: no 201 during the warm-up (${failureText(warm)}). The instances printed:\n${printed}`);
      }
      const rowsBefore = await settled(count);
      const submitResult = await measured(
        wrk,
        { haproxy, instances, postmaster },
        { ...submitRun, seconds, args: [String(first + 1_000_000), String(wrkThreads)] },
      );
      const rowsAfter = await settled(count);
      phases.push({ label, page: pageResult, submits: submitResult, rows: rowsAfter - rowsBefore });

      // The next HAProxy binds the same port (the instances' BASE_URL): this one must be gone first.
      await haproxy.stop();
      teardowns.splice(teardowns.indexOf(killHaproxy), 1);
      haproxy = undefined;
    }

    // -------------------------------------------------------------------------------------------
    const [one, three] = phases as [Phase, Phase];
    const cores = os.cpus().length;
    log(title);
    log(`   docs/OPERATIONS.md's HAProxy configuration (${haproxyVersion()}; TLS on 127.0.0.1, roundrobin, health checks on /readyz, option forwardfor),`);
    log(`   first with one server line (the document's other two removed), then with all ${instanceCount}; the same load through it each time, wrk over TLS.`);
    log(
      `   Instances: node bin/roundtable.js start, each its own DATA_DIR, TRUST_PROXY=127.0.0.1, on one PostgreSQL ${version} database (fsync and synchronous_commit on).`,
    );
    log(`   Board page: GET ${bigPath}, Accept-Encoding: ${browserAcceptEncoding} (${fmt.int(pageBytes)} bytes of br), ${pageConnections} connections.`);
    log(
      `   Submits: POST ${submitPath}, each request its own X-Forwarded-For (HAProxy appends 127.0.0.1), ${submitConnections} connections; failed = 429, other 4xx, 5xx, socket errors, timeouts.`,
    );
    log(`   ${seconds} s each after a warm-up. CPU over the measured run, 100 % = one core; instances in order, the first alone behind HAProxy in the`);
    log("   one-instance runs; PostgreSQL = its postmaster and every backend; machine busy = every process on the machine, other people's too.");
    const row = (what: string, r: Run) => [
      what,
      fmt.int(r.perSecond),
      fmt.ms(r.p50Ms),
      fmt.ms(r.p99Ms),
      fmt.int(r.ok),
      fmt.int(failures(r)),
      cpu(r.cpuShare),
      cpu(r.haproxyCpu),
      r.instanceCpu.map(cpu).join(' + '),
      cpu(r.postgresCpu),
      `${fmt.one(r.machineCores)} of ${cores}`,
    ];
    log(
      table([
        ['', 'per s', 'p50 ms', 'p99 ms', '2xx', 'failed', 'wrk CPU', 'HAProxy CPU', 'instances CPU', 'PostgreSQL CPU', 'machine busy (cores)'],
        row('board page, one instance', one.page),
        row(`board page, ${instanceCount} instances`, three.page),
        row('answer submits, one instance', one.submits),
        row(`answer submits, ${instanceCount} instances`, three.submits),
      ]),
    );
    log("   In the one-instance submit runs the other instances still work: every published answer's live event reaches each instance (LISTEN/NOTIFY).");
    const factor = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)} ×` : '—');
    log(
      `   scaling factor, ${instanceCount} instances ÷ one: board page ${factor(three.page.perSecond, one.page.perSecond)}, answer submits ${factor(three.submits.perSecond, one.submits.perSecond)}`,
    );
    log(`   This machine has ${cores} cores. On a 2-core machine the load generator, HAProxy, PostgreSQL and three instances share two cores, so the factor`);
    log('   shows overhead more than capacity; it measures capacity only when each instance, HAProxy, PostgreSQL and wrk have cores of their own.');
    for (const phase of phases) {
      const r = phase.page;
      const perResponse = r.responses ? r.bytes / r.responses : 0;
      if (perResponse < pageBytes)
        log(`   board page, ${phase.label}: ${fmt.int(perResponse)} bytes a response, less than the br page: NOT the whole page every time`);
      if (r.cpuShare > 0.9) log(`   board page, ${phase.label}: wrk used ${cpu(r.cpuShare)} of a core, so it may be what set this figure`);
    }
    const accepted = one.submits.ok + three.submits.ok;
    const refused = one.submits.refused429 + three.submits.refused429;
    log(
      `   the app saw the crowd's addresses, not HAProxy's: ${verdict(refused === 0 && accepted > 0)} — ${fmt.int(refused)} refused (429) in ${fmt.int(accepted)} accepted submits ` +
        '(from one address, all but its burst would be refused)',
    );
    for (const phase of phases) {
      // wrk stops at its deadline without reading the replies in flight: those answers may be stored unacknowledged.
      const extra = phase.rows - phase.submits.ok;
      const fine = extra >= 0 && extra <= submitConnections;
      log(
        `   submits, ${phase.label}: rows the board gained ${fmt.int(phase.rows)}, 201 responses ${fmt.int(phase.submits.ok)} — ${
          extra === 0 ? 'equal' : fine ? `${extra} more: requests in flight when wrk stopped` : 'MISMATCH'
        }`,
      );
    }
    const failed = phases.flatMap(
      (p) =>
        [
          [`board page, ${p.label}`, p.page],
          [`submits, ${p.label}`, p.submits],
        ] as const,
    );
    const failureLines = failed.filter(([, r]) => failures(r) > 0).map(([what, r]) => `${what}: ${failureText(r)}`);
    log(`   failures (non-2xx, socket errors, timeouts): ${failureLines.length ? failureLines.join('; ') : 'none'}`);
    log(
      `   (section 7 took ${fmt.one((Date.now() - startedAt) / 1000)} s; load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} at its end)`,
    );
  } finally {
    await haproxy?.stop();
    await Promise.all(instances.map(stopInstance));
    await client?.end();
    teardown();
  }
}

function haproxyVersion(): string {
  const version = /HAProxy version (\S+)/.exec(spawnSync('haproxy', ['-v'], { encoding: 'utf8' }).stdout ?? '')?.[1];
  return version ? `HAProxy ${version}` : 'HAProxy';
}

// This section alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the scaling bench's processes`);
      process.exit(130);
    });
  }
  setTimeout(() => {
    console.error('scaling bench: still running after 4 minutes; stopping');
    process.exit(1);
  }, 240_000).unref();
  const cpus = os.cpus();
  console.log(`Roundtable scaling benchmark — ${new Date().toISOString()}`);
  console.log(
    `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log('');
  scaleBench({
    quick: process.env.BENCH_QUICK === '1',
    wrk: ensureWrk(),
    log: (line = '') => console.log(line),
    step: (line) => process.stderr.write(`… ${line}\n`),
  })
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error('scaling bench failed:', error);
      process.exit(1);
    });
}
