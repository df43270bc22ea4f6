// Debian's HAProxy running docs/OPERATIONS.md's configuration, for the load-balancer test and the scaling bench:
// the configuration taken from the document, a self-signed certificate made with openssl, and haproxy started and
// stopped. Everything listens on 127.0.0.1.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';

const root = new URL('../', import.meta.url).pathname;

export const haproxyInstalled = (): boolean => spawnSync('which', ['haproxy']).status === 0;

/**
 * docs/OPERATIONS.md's HAProxy configuration, listening on 127.0.0.1:`port` with the certificate file `pem`. Its
 * server lines are pointed, in order, at 127.0.0.1 and `instancePorts`; lines beyond those are removed, so one port
 * gives the same configuration with one instance behind it.
 */
export function haproxyConfig(instancePorts: number[], port: number, pem: string): string {
  const doc = fs.readFileSync(path.join(root, 'docs/OPERATIONS.md'), 'utf8');
  const block = /```haproxy\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/OPERATIONS.md has no ```haproxy block');
  let config = block.replace('bind 0.0.0.0:443 ssl crt /etc/haproxy/roundtable.pem', `bind 127.0.0.1:${port} ssl crt ${pem}`);
  let servers = 0;
  config = config.replace(/^([ \t]*server \S+ )\S+(.*)\n/gm, (_line, head: string, tail: string) => {
    const instance = instancePorts[servers++];
    return instance === undefined ? '' : `${head}127.0.0.1:${instance}${tail}\n`;
  });
  if (servers < instancePorts.length) throw new Error(`docs/OPERATIONS.md's configuration has ${servers} server lines, not ${instancePorts.length}`);
  if (/10\.0\.0\.|\/etc\/haproxy|0\.0\.0\.0/.test(config)) throw new Error(`an address of the document was not replaced:\n${config}`);
  // maxconn needs about two file descriptors per connection; a machine (or container) allowing fewer gets a lower one.
  const files = Number(spawnSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).stdout.trim());
  const fits = Number.isFinite(files) ? Math.floor((files - 100) / 2) : Number.POSITIVE_INFINITY;
  return config.replace(/maxconn (\d+)/, (line, n: string) => (Number(n) > fits ? `maxconn ${fits}` : line));
}

export interface Certificate {
  /** The certificate and its key in one file, as HAProxy's `crt` wants them. */
  pem: string;
  /** The certificate alone, for clients to trust. */
  cert: Buffer;
}

/** A self-signed certificate for 127.0.0.1, valid for a day, made with openssl in `dir`. */
export function makeCertificate(dir: string): Certificate {
  const key = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    key,
    '-out',
    certFile,
  ]);
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${String(made.stderr)}`);
  const pem = path.join(dir, 'roundtable.pem');
  const cert = fs.readFileSync(certFile);
  fs.writeFileSync(pem, Buffer.concat([cert, fs.readFileSync(key)]));
  return { pem, cert };
}

export interface Haproxy {
  child: ChildProcess;
  /** What haproxy wrote to stderr (the last 20,000 characters). */
  output(): string;
  /** SIGKILL; resolves once it has exited and its port is free again. */
  stop(): Promise<void>;
}

/** GET /readyz through HAProxy over TLS: its status, or 0 when the request failed. */
function readyz(port: number, ca: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = https.get({ host: '127.0.0.1', port, path: '/readyz', ca, agent: false, timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', () => resolve(0));
  });
}

/**
 * Writes `config` to `dir`/haproxy.cfg and runs haproxy on it in the foreground; resolves once GET /readyz through it
 * (TLS, trusting `ca`) answers 200. Rejects with what haproxy printed if it exits first or is not ready in `timeoutMs`.
 */
export async function startHaproxy(config: string, dir: string, port: number, ca: Buffer, timeoutMs = 10_000): Promise<Haproxy> {
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, config);
  const child = spawn('haproxy', ['-f', file, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const haproxy: Haproxy = {
    child,
    output: () => out,
    async stop() {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
  };
  const deadline = performance.now() + timeoutMs;
  while ((await readyz(port, ca)) !== 200) {
    if (gone() || performance.now() > deadline) {
      await haproxy.stop();
      throw new Error(`HAProxy did not answer /readyz with 200 on 127.0.0.1:${port}. It printed:\n${out}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return haproxy;
}
