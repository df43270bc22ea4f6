// A server for the benchmark, run as a child process (node --import tsx bench/server.ts MODE …) so
// that the load generator in the parent does not share its event loop and its peak RSS is its own.
//   app DATA_DIR PORT  — Roundtable itself (createApp) on the SQLite database in DATA_DIR, LOG_LEVEL=warn
//   plain FILE         — a bare node:http server that answers every request with FILE's bytes (free port)
//   plain-encoded SPEC — a bare node:http server that sends bytes fetched from the app with the app's headers: SPEC is a
//                        JSON file { br?, gzip?, identity: { file, headers } }, chosen by Accept-Encoding as the app
//                        chooses (br, then gzip, else identity) (free port)
//   sse                — a bare node:http server that holds every request open as an SSE stream (free port);
//                        ← { type: 'send', bytes: base64 } writes those bytes to all of them → { type: 'sent', streams }
// The app takes TRUST_PROXY and DATABASE_URL from the environment when set (the live-viewers bench).
// All listen on 127.0.0.1 and talk to the parent over IPC:
//   → { type: 'ready', port, startup }     ← { type: 'rss' } → { type: 'rss', maxRssKb, rssKb, cpuMs }     ← { type: 'stop' }
// `startup` is the process's memory at each step of its start (the app's: after node, after importing the
// app's modules, after opening the database, after createApp, after listen), so the bench can say what holds it.
import fs from 'node:fs';
import http from 'node:http';

type Message = { type: 'rss' } | { type: 'stop' } | { type: 'send'; bytes: string };

export interface StartupStep {
  label: string;
  rssKb: number;
  heapUsedKb: number;
}

const send = (message: object) => process.send?.(message);

const startup: StartupStep[] = [];
function mark(label: string): void {
  const { rss, heapUsed } = process.memoryUsage();
  startup.push({ label, rssKb: Math.round(rss / 1024), heapUsedKb: Math.round(heapUsed / 1024) });
}
mark('node, before any import');

async function startApp(dataDir: string, port: string): Promise<{ port: number; close(): Promise<void> }> {
  const { parseConfig } = await import('../src/config.ts');
  const { createDatabase, migrate } = await import('../src/db/database.ts');
  mark('config and database modules imported');
  const { createApp } = await import('../src/app.ts');
  mark('app.ts imported (every route and what it imports)');
  const { TRUST_PROXY, DATABASE_URL } = process.env;
  const config = parseConfig({
    DATA_DIR: dataDir,
    PORT: port,
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    ...(TRUST_PROXY ? { TRUST_PROXY } : {}),
    ...(DATABASE_URL ? { DATABASE_URL } : {}),
  });
  const db = createDatabase(config);
  await migrate(db);
  mark('database opened and migrated');
  const app = await createApp(config, db);
  mark('createApp (assets, secrets, plugins, routes)');
  await app.listen({ port: config.port, host: '127.0.0.1' });
  mark('listening');
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}

async function startPlain(file: string): Promise<{ port: number; close(): Promise<void> }> {
  const body = fs.readFileSync(file);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    response.end(body);
  });
  return listening(server);
}

interface EncodedSpec {
  br?: { file: string; headers: Record<string, string> };
  gzip?: { file: string; headers: Record<string, string> };
  identity: { file: string; headers: Record<string, string> };
}

/** The page baseline: the app's own bytes and headers, with no work per request but choosing the encoding. */
async function startPlainEncoded(specFile: string): Promise<{ port: number; close(): Promise<void> }> {
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8')) as EncodedSpec;
  const load = (variant: { file: string; headers: Record<string, string> }) => ({
    body: fs.readFileSync(variant.file),
    headers: variant.headers,
  });
  const identity = load(spec.identity);
  const br = spec.br ? load(spec.br) : identity;
  const gzip = spec.gzip ? load(spec.gzip) : identity;
  const server = http.createServer((request, response) => {
    const accept = String(request.headers['accept-encoding'] ?? '');
    const variant = /\bbr\b/.test(accept) ? br : /\bgzip\b/.test(accept) ? gzip : identity;
    response.writeHead(200, { ...variant.headers, 'content-length': variant.body.length });
    response.end(variant.body);
  });
  return listening(server);
}

/** The live-viewers baseline: SSE streams opened as the app's hub opens them, and the same bytes written to each. */
async function startSse(): Promise<{ port: number; send(bytes: Buffer): number; close(): Promise<void> }> {
  const streams = new Set<http.ServerResponse>();
  const server = http.createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    response.write('retry: 2000\n\n');
    response.socket?.setNoDelay(true);
    streams.add(response);
    response.on('close', () => streams.delete(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    send(bytes) {
      for (const response of streams) response.write(bytes);
      return streams.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of streams) response.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main() {
  const [mode, a, b] = process.argv.slice(2);
  const sse = mode === 'sse' ? await startSse() : undefined;
  const server =
    mode === 'app' && a && b
      ? await startApp(a, b)
      : mode === 'plain' && a
        ? await startPlain(a)
        : mode === 'plain-encoded' && a
          ? await startPlainEncoded(a)
          : sse;
  if (!server) throw new Error('usage: server.ts app DATA_DIR PORT | plain FILE | plain-encoded SPEC | sse');
  process.on('message', (message: Message) => {
    if (message.type === 'send' && sse) {
      send({ type: 'sent', streams: sse.send(Buffer.from(message.bytes, 'base64')) });
    } else if (message.type === 'rss') {
      const usage = process.resourceUsage();
      send({
        type: 'rss',
        maxRssKb: usage.maxRSS,
        rssKb: Math.round(process.memoryUsage().rss / 1024),
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      });
    } else if (message.type === 'stop') {
      void server.close().finally(() => process.exit(0));
    }
  });
  // The parent is gone (finished, crashed or killed): never outlive it.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port: server.port, startup });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/** Listens on a free port of 127.0.0.1; close() ends open connections too. */
async function listening(server: http.Server): Promise<{ port: number; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
