// Three instances on one PostgreSQL database behind Debian's HAProxy, configured as docs/OPERATIONS.md says (only
// addresses, ports, the certificate's path, and maxconn where the file limit is lower, changed), each restarted in turn under steady load: readers, people
// sending answers from a crowd of addresses, and live viewers. Nobody may notice: no failed request, no lost answer,
// and every viewer reconnects by itself and hears what is published afterwards. Traffic stays on 127.0.0.1.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { haproxyConfig, haproxyInstalled, makeCertificate, startHaproxy, type Haproxy } from '../haproxy.ts';
import { createTestDb, type TestDb } from '../helpers.ts';
import { startFlags } from '../server-process.ts';

const root = new URL('../../', import.meta.url).pathname;
const slug = 'social-media-questions';

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Instance {
  port: number;
  child: ChildProcess;
  log: string[];
}

describe('three instances behind HAProxy, restarted one by one under load', { timeout: 300_000 }, () => {
  let testDb: TestDb;
  let dir: string;
  let lbPort: number;
  let agent: https.Agent;
  let haproxy: Haproxy | undefined;
  const instances: Instance[] = [];

  function startInstance(port: number): Promise<Instance> {
    const child = spawn(process.execPath, [...startFlags, 'bin/roundtable.js', 'start'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: testDb.config.databaseUrl,
        HOST: '127.0.0.1',
        PORT: String(port),
        BASE_URL: `https://127.0.0.1:${lbPort}`,
        TRUST_PROXY: '127.0.0.1',
        DRAIN_SECONDS: '3',
        DATA_DIR: path.join(dir, 'data'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const instance: Instance = { port, child, log: [] };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`instance on ${port} did not start: ${instance.log.join('')}`)), 60_000);
      const read = (chunk: Buffer) => {
        instance.log.push(chunk.toString());
        if (chunk.toString().includes('Roundtable is serving')) {
          clearTimeout(timer);
          resolve(instance);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`instance on ${port} exited (${code}): ${instance.log.join('')}`));
      });
    });
  }

  function stopInstance(instance: Instance): Promise<number | null> {
    return new Promise((resolve) => {
      if (instance.child.exitCode !== null) return resolve(instance.child.exitCode);
      instance.child.once('exit', (code) => resolve(code));
      instance.child.kill('SIGTERM');
    });
  }

  /** One request through the balancer; a network error is a failure like any non-2xx status. */
  function request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
    return new Promise((resolve) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = https.request(
        {
          host: '127.0.0.1',
          port: lbPort,
          method,
          path: url,
          agent,
          headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}) },
          timeout: 20_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', (err) => resolve({ status: 0, text: String(err) }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (err) => resolve({ status: 0, text: String(err) }));
      req.end(payload);
    });
  }

  /** A live viewer that reconnects as a browser's EventSource does, with Last-Event-ID. */
  function viewer() {
    const seen = new Set<string>();
    let opens = 0;
    let lastId: string | undefined;
    let stopped = false;
    let current: ReturnType<typeof https.request> | undefined;
    const open = () => {
      if (stopped) return;
      current = https.request(
        {
          host: '127.0.0.1',
          port: lbPort,
          path: `/b/${slug}/events`,
          ca: agent.options.ca,
          headers: { accept: 'text/event-stream', ...(lastId ? { 'last-event-id': lastId } : {}) },
        },
        (res) => {
          if (res.statusCode === 200) opens++;
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            let end = buffer.indexOf('\n\n');
            while (end >= 0) {
              const message = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const id = /^id: (.*)$/m.exec(message)?.[1];
              if (id) lastId = id;
              const data = /^data: (.*)$/m.exec(message)?.[1];
              if (/^event: answer$/m.test(message) && data) seen.add(JSON.parse(data).id as string);
              end = buffer.indexOf('\n\n');
            }
          });
          res.on('end', () => setTimeout(open, 200));
          res.on('error', () => setTimeout(open, 200));
        },
      );
      current.on('error', () => setTimeout(open, 200));
      current.end();
    };
    open();
    return {
      seen,
      opens: () => opens,
      stop() {
        stopped = true;
        current?.destroy();
      },
    };
  }

  before(async () => {
    assert.ok(process.env.TEST_DATABASE_URL, 'npm test provides a PostgreSQL cluster (TEST_DATABASE_URL)');
    assert.ok(haproxyInstalled(), 'HAProxy is installed: apt-get install -y haproxy');
    testDb = await createTestDb('postgres', {}, { migrate: false });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-lb-'));
    const { pem, cert } = makeCertificate(dir);
    agent = new https.Agent({ keepAlive: true, maxSockets: 32, ca: cert });
    lbPort = await freePort();
    const ports = [await freePort(), await freePort(), await freePort()];
    // The first start of a new install migrates and loads the demo board; the others start after it.
    instances.push(await startInstance(ports[0]!));
    instances.push(...(await Promise.all(ports.slice(1).map((p) => startInstance(p)))));
    // Answers publish at once here, so viewers hear of them.
    await testDb.db.updateTable('boards').set({ moderation: 'post' }).where('slug', '=', slug).execute();
    await testDb.db
      .updateTable('boards')
      .set((eb) => ({ revision: eb('revision', '+', 1) }))
      .where('slug', '=', slug)
      .execute();
    haproxy = await startHaproxy(haproxyConfig(ports, lbPort, pem), dir, lbPort, cert);
  });

  after(async () => {
    agent?.destroy();
    await haproxy?.stop();
    await Promise.all(instances.map((i) => stopInstance(i)));
    await testDb?.cleanup();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('no failed request, no lost answer, and live viewers reconnect by themselves', async () => {
    const failures: string[] = [];
    const acknowledged = new Map<string, string>();
    let sent = 0;
    let reads = 0;
    let running = true;

    const reader = async () => {
      while (running) {
        const page = await request('GET', `/b/${slug}`, undefined, { 'accept-encoding': 'br, gzip' });
        reads++;
        if (page.status !== 200) failures.push(`GET /b/${slug}: ${page.status} ${page.text.slice(0, 120)}`);
        await sleep(20);
      }
    };
    const submitter = async (n: number) => {
      while (running) {
        const i = sent++;
        const body = `Answer ${i} from the crowd, sent by submitter ${n}.`;
        // Each from its own address, as a room full of people behind the balancer would be.
        const res = await request(
          'POST',
          `/api/v1/boards/${slug}/answers`,
          { question: 'finding-time', perspective: 'practitioner', body, use: 'board' },
          { 'idempotency-key': `lb-${i}`, 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        );
        if (res.status === 201) acknowledged.set(JSON.parse(res.text).id as string, body);
        else failures.push(`POST answer ${i}: ${res.status} ${res.text.slice(0, 120)}`);
        await sleep(40);
      }
    };
    const viewers = Array.from({ length: 5 }, () => viewer());
    const load = [reader(), reader(), reader(), submitter(1), submitter(2), submitter(3)];

    await sleep(2_000);
    const restarts: number[] = [];
    for (const [i, instance] of instances.entries()) {
      const started = Date.now();
      assert.equal(await stopInstance(instance), 0, `instance ${i + 1} stopped cleanly`);
      instances[i] = await startInstance(instance.port);
      // The balancer takes it back after two good health checks (rise 2, inter 1s).
      await sleep(3_000);
      restarts.push(Date.now() - started);
    }
    await sleep(1_000);
    running = false;
    await Promise.all(load);

    // After every restart, a new answer reaches every viewer.
    const last = await request(
      'POST',
      `/api/v1/boards/${slug}/answers`,
      { question: 'finding-time', perspective: 'manager', body: 'The last answer, after every restart.', use: 'board' },
      { 'idempotency-key': 'lb-last', 'x-forwarded-for': '10.255.0.1' },
    );
    assert.equal(last.status, 201, last.text);
    const lastId = JSON.parse(last.text).id as string;
    for (let i = 0; i < 100 && viewers.some((v) => !v.seen.has(lastId)); i++) await sleep(100);
    for (const v of viewers) v.stop();

    console.log(
      `# ${reads} page reads and ${sent} answers sent through HAProxy while 3 instances restarted (${restarts.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}); ` +
        `${failures.length} failed; viewers opened ${viewers.map((v) => v.opens()).join(', ')} streams`,
    );
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} requests failed`);
    assert.ok(acknowledged.size > 100, `answers were sent throughout (${acknowledged.size})`);
    const stored = await testDb.db
      .selectFrom('answers')
      .select(['id', 'body'])
      .where('id', 'in', [...acknowledged.keys()])
      .execute();
    assert.equal(stored.length, acknowledged.size, 'every acknowledged answer is stored');
    for (const row of stored) assert.equal(row.body, acknowledged.get(row.id));
    const crowd = await testDb.db
      .selectFrom('answers')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('body', 'like', 'Answer % from the crowd%')
      .executeTakeFirstOrThrow();
    assert.equal(Number(crowd.n), acknowledged.size, 'and none twice');
    for (const [i, v] of viewers.entries()) {
      assert.ok(v.opens() >= 2, `viewer ${i + 1} reconnected by itself (${v.opens()} streams)`);
      assert.ok(v.seen.has(lastId), `viewer ${i + 1} heard the answer published after the restarts`);
    }
  });
});
