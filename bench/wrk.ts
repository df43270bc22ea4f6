// The load generator: Debian's wrk (C, epoll), driven by Lua scripts written here, which print one line of JSON
// at the end. autocannon (JavaScript) could not load the plain server on this kind of machine: it got 296
// requests/s out of it on a 682 KB page where wrk gets about 2,600, so the bench measured autocannon.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fmt } from './stats.ts';

let aptUpdated = false;

/** Installs a Debian package as test/run.ts does (as root, with apt-get); otherwise stops with the exact command. */
export function aptInstall(pkg: string, why: string): void {
  const command = `apt-get update && apt-get install -y ${pkg}`;
  if (process.getuid?.() !== 0 || spawnSync('which', ['apt-get']).status !== 0) {
    console.error(`\n${pkg} is needed by the bench (${why}) and is not installed. Run:\n\n  sudo ${command}\n`);
    process.exit(1);
  }
  process.stderr.write(`… installing ${pkg} (${why}): ${command}\n`);
  if (!aptUpdated) spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
  aptUpdated = true;
  const result = spawnSync('apt-get', ['install', '-y', '-qq', pkg], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`\nInstalling ${pkg} failed. Run:\n\n  sudo ${command}\n`);
    process.exit(1);
  }
}

/** wrk's path, installed from Debian's package when missing. */
export function ensureWrk(): string {
  const find = () => {
    const found = spawnSync('which', ['wrk'], { encoding: 'utf8' });
    return found.status === 0 ? found.stdout.trim() : undefined;
  };
  let wrk = find();
  if (!wrk) {
    aptInstall('wrk', 'the HTTP load generator');
    wrk = find();
  }
  if (!wrk) {
    console.error('\nwrk is still missing. Run:\n\n  sudo apt-get update && sudo apt-get install -y wrk\n');
    process.exit(1);
  }
  return wrk;
}

export interface WrkResult {
  /** Responses wrk read whole (any status). */
  responses: number;
  seconds: number;
  /** Every byte read: status lines, headers and bodies. */
  bytes: number;
  /** Responses with a 2xx status (the Lua response() count when the script counts statuses; else responses − status ≥ 400). */
  ok: number;
  /** Responses by kind of failure: HTTP 429, other 4xx, 5xx, anything else not 2xx. */
  refused429: number;
  other4xx: number;
  server5xx: number;
  otherStatus: number;
  /** Socket errors as wrk counts them. */
  connectErrors: number;
  readErrors: number;
  writeErrors: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** wrk's own CPU time over the run, as a share of one core (from /proc; NaN off Linux). */
  cpuShare: number;
}

/** What went wrong in a run, e.g. "3 429 refused, 1 timeouts" ('' when nothing did). */
export function failureText(r: WrkResult): string {
  const parts = [
    [r.refused429, '429 refused'],
    [r.other4xx, 'other 4xx'],
    [r.server5xx, '5xx'],
    [r.otherStatus, 'other non-2xx status'],
    [r.connectErrors, 'connect errors'],
    [r.readErrors, 'read errors'],
    [r.writeErrors, 'write errors'],
    [r.timeouts, 'timeouts'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${fmt.int(n)} ${what}`)
    .join(', ');
}

/** Waits until a count has not moved for a second: requests cut off at the end of a timed run may still commit. */
export async function settled(count: () => Promise<number>): Promise<number> {
  let last = -1;
  let still = 0;
  for (let i = 0; i < 100 && still < 5; i++) {
    const n = await count();
    still = n === last ? still + 1 : 0;
    last = n;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return count();
}

export const failures = (r: WrkResult) => r.responses - r.ok + r.connectErrors + r.readErrors + r.writeErrors + r.timeouts;

const jsonLine = 'BENCH_JSON ';

// Shared by both scripts: done() prints the summary, the latency percentiles and the status counts of every thread.
const doneLua = `
local threads = {}
setup = function(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
done = function(summary, latency, requests)
  local ok, r429, r4xx, r5xx, rother, counted = 0, 0, 0, 0, 0, false
  for _, thread in ipairs(threads) do
    local n = thread:get("ok")
    if n ~= nil then
      counted = true
      ok = ok + n
      r429 = r429 + thread:get("r429")
      r4xx = r4xx + thread:get("r4xx")
      r5xx = r5xx + thread:get("r5xx")
      rother = rother + thread:get("rother")
    end
  end
  local e = summary.errors
  io.write(string.format('${jsonLine}{"responses":%d,"us":%d,"bytes":%d,"counted":%s,"ok":%d,"r429":%d,"r4xx":%d,"r5xx":%d,"rother":%d,' ..
    '"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50":%d,"p99":%d,"max":%d}\\n',
    summary.requests, summary.duration, summary.bytes, tostring(counted), ok, r429, r4xx, r5xx, rother,
    e.status, e.connect, e.read, e.write, e.timeout, latency:percentile(50), latency:percentile(99), latency.max))
end
`;

// Counting statuses in Lua costs a call per response: only the submit script does it (the page's big bodies are
// then not copied into Lua); the page's failures come from wrk's own count of statuses ≥ 400.
const countLua = `
ok, r429, r4xx, r5xx, rother = 0, 0, 0, 0, 0
response = function(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1
  elseif status == 429 then r429 = r429 + 1
  elseif status >= 400 and status < 500 then r4xx = r4xx + 1
  elseif status >= 500 then r5xx = r5xx + 1
  else rother = rother + 1 end
end
`;

const luaString = (s: string) => {
  if (s.includes(']==]')) throw new Error('a Lua long string cannot hold "]==]"');
  return `[==[${s}]==]`;
};

/** GET one path with these headers. */
export function pageScript(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `wrk.headers[ ${luaString(name)} ] = ${luaString(value)}`);
  return `wrk.method = "GET"\n${lines.join('\n')}\n${doneLua}`;
}

export interface SubmitScript {
  path: string;
  questions: string[];
  perspectives: string[];
  /** Answer texts; each request sends one of them with its own number appended, so no two bodies are the same. */
  texts: string[];
}

/**
 * POST a JSON answer per request, each with its own number, its own X-Forwarded-For address (10.0.0.0/8, a
 * different one for every request of the run: the crowd behind a load balancer) and a varying question,
 * perspective, name and email. wrk's argument after `--` is the first number, so runs do not repeat each other.
 */
export function submitScript(spec: SubmitScript): string {
  const list = (xs: string[]) => `{ ${xs.map(luaString).join(',\n  ')} }`;
  // Each text as a JSON string without its closing quote: the number and the quote are added per request.
  const texts = spec.texts.map((t) => JSON.stringify(t).slice(0, -1));
  return `
local texts = ${list(texts)}
local questions = ${list(spec.questions)}
local perspectives = ${list(spec.perspectives)}
local path = ${luaString(spec.path)}
local n = 0
init = function(args)
  -- Threads take turns: thread t sends numbers first + t, first + t + threads, …
  first = tonumber(args[1] or "0")
  step = tonumber(args[2] or "1")
  n = first + tid
end
request = function()
  local i = n
  n = n + step
  local q = questions[(i % #questions) + 1]
  local p = perspectives[(math.floor(i / #questions) % #perspectives) + 1]
  local body = '{"question":"' .. q .. '","perspective":"' .. p .. '","body":' .. texts[(i % #texts) + 1] .. ' (answer #' .. i .. ')"'
  if i % 2 == 1 then body = body .. ',"displayName":"Bench ' .. i .. '"' end
  if i % 5 == 0 then body = body .. ',"email":"bench' .. i .. '@example.org"' end
  body = body .. ',"use":"board"}'
  local a = i % 16777216
  local address = "10." .. math.floor(a / 65536) .. "." .. (math.floor(a / 256) % 256) .. "." .. (a % 256)
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address }, body)
end
${countLua}
${doneLua}`;
}

function cpuTicks(pid: number): number | undefined {
  try {
    // utime and stime are fields 14 and 15; the command name (field 2) may hold spaces, so count after its ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

const clockTicks = (() => {
  const found = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return found.status === 0 ? Number(found.stdout.trim()) || 100 : 100;
})();

export interface WrkRun {
  url: string;
  script: string;
  connections: number;
  threads: number;
  seconds: number;
  /** Arguments for the script's init(). */
  args?: string[];
  /** Where the script file is written. */
  dir: string;
}

/** Runs wrk once; a hard stop kills it 15 s past its duration. */
export function runWrk(wrk: string, run: WrkRun): Promise<WrkResult> {
  const scriptFile = path.join(run.dir, `wrk-${process.hrtime.bigint()}.lua`);
  fs.writeFileSync(scriptFile, run.script);
  const args = [
    `-t${run.threads}`,
    `-c${run.connections}`,
    `-d${run.seconds}s`,
    '--timeout',
    '10s',
    '-s',
    scriptFile,
    run.url,
    ...(run.args?.length ? ['--', ...run.args] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(wrk, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    let ticks = 0;
    const started = performance.now();
    const poll = setInterval(() => {
      ticks = cpuTicks(child.pid!) ?? ticks;
    }, 250);
    const hardStop = setTimeout(() => child.kill('SIGKILL'), (run.seconds + 15) * 1000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(hardStop);
      fs.rmSync(scriptFile, { force: true });
      const wall = (performance.now() - started) / 1000;
      const line = out.split('\n').find((l) => l.startsWith(jsonLine));
      if (!line) {
        reject(new Error(`wrk ${args.join(' ')} ended (${signal ?? code}) without its summary:\n${out}\n${err}`));
        return;
      }
      const j = JSON.parse(line.slice(jsonLine.length)) as Record<string, number | boolean>;
      const num = (k: string) => Number(j[k]);
      const counted = j.counted === true;
      resolve({
        responses: num('responses'),
        seconds: num('us') / 1e6,
        bytes: num('bytes'),
        ok: counted ? num('ok') : num('responses') - num('status'),
        refused429: num('r429'),
        other4xx: num('r4xx'),
        server5xx: num('r5xx'),
        otherStatus: counted ? num('rother') : num('status'),
        connectErrors: num('connect'),
        readErrors: num('read'),
        writeErrors: num('write'),
        timeouts: num('timeout'),
        p50Ms: num('p50') / 1000,
        p99Ms: num('p99') / 1000,
        maxMs: num('max') / 1000,
        cpuShare: os.platform() === 'linux' ? ticks / clockTicks / wall : Number.NaN,
      });
    });
  });
}
