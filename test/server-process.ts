import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const bin = path.resolve('bin/roundtable.js');

/** Node's flags from `npm start` (package.json), which the tests and the benchmark start the server with too. */
export const startFlags: string[] = (() => {
  const start = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')).scripts.start as string;
  const flags = /^node((?: --[\w-]+(?:=\S+)?)*) bin\/roundtable\.js start$/.exec(start);
  if (!flags) throw new Error(`package.json's start script is not "node [--flags] bin/roundtable.js start": ${start}`);
  return flags[1]!.trim().split(' ').filter(Boolean);
})();
const running = new Set<ChildProcessWithoutNullStreams>();

/** Kills every server this module started that is still running: for an after() hook, should a test time out. */
export function killServerProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** The real server as a child process (`node bin/roundtable.js start`), as an operator runs it. */
export interface ServerProcess {
  /** Where it listens, e.g. http://127.0.0.1:43123 */
  url: string;
  /** Milliseconds from spawn to ready (/readyz answers 200). */
  startMs: number;
  child: ChildProcessWithoutNullStreams;
  /** Resolves once the process has exited (after kill('SIGKILL') or stop()). */
  exited: Promise<void>;
  /** The last lines it wrote (stdout and stderr), to show when something goes wrong. */
  output(): string;
  /** SIGKILL: no drain, no clean close; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, as a process manager stops it: in-flight requests finish first. */
  stop(): Promise<void>;
}

/** Asks /readyz, as a load balancer's health check does, until it answers 200; false if `givenUp` first. */
async function untilReady(url: string, givenUp: () => boolean): Promise<boolean> {
  while (!givenUp()) {
    const status = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/**
 * Starts the server with the given environment on top of this process's (PORT=0 picks a free port; HOST is
 * 127.0.0.1) and resolves once it is listening and its /readyz answers 200. Rejects, with what it printed, if it
 * exits first or is not ready within `timeoutMs`; the process is killed then.
 */
export function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const fullEnv: Record<string, string | undefined> = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env };
  // Not inherited from the test runner: a server without DATABASE_URL in `env` is on SQLite.
  if (!env.DATABASE_URL) delete fullEnv.DATABASE_URL;
  delete fullEnv.NODE_TEST_CONTEXT;
  const started = performance.now();
  const child = spawn(process.execPath, [...startFlags, bin, 'start'], { env: fullEnv, stdio: 'pipe' });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const signal = async (name: NodeJS.Signals) => {
    if (!gone()) child.kill(name);
    await exited;
  };

  return new Promise<ServerProcess>((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!gone()) child.kill('SIGKILL');
      reject(new Error(`The server ${why}. It printed:\n${out}`));
    };
    const timer = setTimeout(() => fail(`was not ready after ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code, sig) => fail(`exited before it was ready (code ${code}, signal ${sig})`));
    const listening = () => {
      const port = /listening on 127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      if (!port) return;
      child.stdout.off('data', listening);
      const url = `http://127.0.0.1:${port}`;
      void untilReady(url, () => settled || gone()).then((ready) => {
        if (!ready || settled) return; // failed already: the exit or the timer has rejected
        settled = true;
        clearTimeout(timer);
        resolve({
          url,
          startMs: performance.now() - started,
          child,
          exited,
          output: () => out,
          kill: () => signal('SIGKILL'),
          stop: () => signal('SIGTERM'),
        });
      });
    };
    child.stdout.on('data', listening);
  });
}
