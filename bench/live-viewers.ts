// One load-generator process of the live-viewers bench (bench/live.ts forks several): it holds many SSE
// streams open on 127.0.0.1 as browsers' EventSources would, each from its own X-Forwarded-For address,
// and stamps when each stream has received one awaited message. It parses only enough to find that message: it
// reads the raw socket (no HTTP client) and looks for the message's bytes, which the server writes in one chunk.
// Times are process.hrtime (CLOCK_MONOTONIC, the same clock in every process on the machine) minus an epoch the
// parent sends, in ms, so the parent can subtract the moment it sent the trigger.
//   ← { type: 'open', port, path, count, firstViewer, epoch }   → { type: 'opened', open, refused, failed, reasons, ms }
//   (open may come several times, for several servers: the streams add up)
//   ← { type: 'expect', round, ports, marker, capture }         → { type: 'armed', round }   (streams to those ports only)
//   → { type: 'received', round, times, missing, dropped, cpuMs, busyMs, windowMs, runMs?, waitMs?, loopDelayMaxMs, loopDelayP99Ms, captured? }
//     (when every armed stream has the message, or on ← { type: 'collect', round })
//   ← { type: 'close' }                                           → { type: 'closed' }
//   ← { type: 'stop' }                                            exits
import net from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { schedstat } from './live-cpu.ts';

type Command =
  | { type: 'open'; port: number; path: string; count: number; firstViewer: number; epoch: string }
  | { type: 'expect'; round: number; ports: number[]; marker: string; capture: boolean }
  | { type: 'collect'; round: number }
  | { type: 'close' }
  | { type: 'stop' };

interface Stream {
  socket: net.Socket;
  /** The server's port. */
  port: number;
  /** Whether this round awaits a message on this stream. */
  armed: boolean;
  /** The last bytes of the previous chunk, so that a marker split across two chunks is still found. */
  tail: Buffer | null;
  /** Where the awaited message has got to in this round: 0 not seen, 1 its start seen, 2 received whole. */
  state: 0 | 1 | 2;
  at: number;
  /** Everything received this round, on the one stream that captures the message's bytes. */
  kept?: Buffer[];
  open: boolean;
}

const send = (message: object) => process.send?.(message);
const blankLine = Buffer.from('\n\n');
const firstBytes = Buffer.from('retry: ');
const crlf = Buffer.from('\r\n');
/** Streams being opened at once by this process: the server's listen backlog (511) must hold all processes' at once. */
const opening = 50;

let epoch = 0n;
const now = () => Number(process.hrtime.bigint() - epoch) / 1e6;

const streams: Stream[] = [];
let dropped = 0;
let round = -1;
let marker = Buffer.alloc(0);
let waiting = 0;
let capture: Stream | undefined;
const delay = monitorEventLoopDelay({ resolution: 1 });
let armedAt = 0;
let schedAtArm = schedstat();
let cpuAtArm = process.cpuUsage();
let eluAtArm = performance.eventLoopUtilization();

function openOne(port: number, path: string, viewer: number): Promise<{ stream?: Stream; refused?: string; failed?: string }> {
  return new Promise((resolve) => {
    // Each viewer its own address (10.x.y.z), as a real audience comes from many networks.
    const address = `10.${(viewer >> 16) & 255}.${(viewer >> 8) & 255}.${viewer & 255}`;
    const socket = net.connect({ host: '127.0.0.1', port });
    const stream: Stream = { socket, port, armed: false, tail: null, state: 2, at: 0, open: false };
    let head = Buffer.alloc(0);
    let settled = false;
    const done = (result: { stream?: Stream; refused?: string; failed?: string }) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      if (!result.stream) socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done({ failed: 'no first bytes within 30 s' }), 30_000);
    socket.setNoDelay(true);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: text/event-stream\r\nX-Forwarded-For: ${address}\r\n\r\n`);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (stream.open) lost(stream);
      else done({ failed: error.code ?? error.message });
    });
    socket.on('close', () => {
      if (stream.open) lost(stream);
      else done({ failed: 'closed before its first bytes' });
    });
    socket.on('data', (chunk: Buffer) => {
      if (stream.open) return onData(stream, chunk);
      // The stream counts as open once the status line says 200 and the first bytes (`retry: 2000`) have come.
      head = Buffer.concat([head, chunk]);
      if (head.length < 12) return;
      const status = head.subarray(0, 12).toString('latin1');
      if (!status.startsWith('HTTP/1.1 ')) return done({ failed: `not HTTP: ${JSON.stringify(status)}` });
      if (!status.endsWith(' 200')) return done({ refused: `HTTP ${status.slice(9)}` });
      if (head.indexOf(firstBytes) < 0) return;
      stream.open = true;
      done({ stream });
    });
  });
}

function onData(stream: Stream, chunk: Buffer): void {
  if (stream.state === 2) return;
  stream.kept?.push(chunk);
  const hay = stream.tail ? Buffer.concat([stream.tail, chunk]) : chunk;
  let from = 0;
  if (stream.state === 0) {
    const at = hay.indexOf(marker);
    if (at < 0) {
      stream.tail = hay.subarray(Math.max(0, hay.length - marker.length));
      return;
    }
    stream.state = 1;
    from = at + marker.length;
  }
  // The message ends at the first blank line after its start (its data is one line of JSON).
  if (hay.indexOf(blankLine, from) >= 0) {
    stream.at = now();
    stream.state = 2;
    settle();
  } else stream.tail = hay.subarray(hay.length - 1);
}

/** A stream the server closed (or that failed) once open: counted as dropped, and as missing if a message was awaited. */
function lost(stream: Stream): void {
  if (!stream.open) return;
  stream.open = false;
  dropped++;
  if (stream.state !== 2) {
    stream.state = 2;
    settle();
  }
}

function settle(): void {
  waiting--;
  if (waiting === 0) report();
}

function report(): void {
  if (round < 0) return;
  const cpu = process.cpuUsage(cpuAtArm);
  const elu = performance.eventLoopUtilization(eluAtArm);
  const sched = schedstat();
  delay.disable();
  const times: number[] = [];
  let missing = 0;
  for (const stream of streams) {
    if (!stream.armed) continue;
    if (stream.state === 2 && stream.at > 0) times.push(stream.at);
    else missing++;
    stream.armed = false;
    stream.state = 2;
    stream.tail = null;
  }
  let captured: string | undefined;
  if (capture?.kept) {
    const all = Buffer.concat(capture.kept);
    const at = all.indexOf(marker);
    if (at >= 0) {
      // The message is one HTTP chunk (one write by the server): it starts after the chunk's size line.
      const start = all.lastIndexOf(crlf, at);
      const end = all.indexOf(blankLine, at);
      if (start >= 0 && end >= 0) captured = all.subarray(start + 2, end + 2).toString('base64');
    }
    capture.kept = undefined;
  }
  send({
    type: 'received',
    round,
    times,
    missing,
    dropped,
    cpuMs: (cpu.user + cpu.system) / 1000,
    busyMs: elu.active,
    windowMs: now() - armedAt,
    runMs: sched && schedAtArm ? sched.runMs - schedAtArm.runMs : undefined,
    waitMs: sched && schedAtArm ? sched.waitMs - schedAtArm.waitMs : undefined,
    loopDelayMaxMs: delay.max / 1e6,
    loopDelayP99Ms: delay.percentile(99) / 1e6,
    captured,
  });
  round = -1;
}

async function open(command: Extract<Command, { type: 'open' }>): Promise<void> {
  epoch = BigInt(command.epoch);
  const started = now();
  const before = streams.length;
  let next = 0;
  let refused = 0;
  let failed = 0;
  const reasons = new Map<string, number>();
  const worker = async () => {
    while (next < command.count) {
      const viewer = command.firstViewer + next++;
      const result = await openOne(command.port, command.path, viewer);
      if (result.stream) streams.push(result.stream);
      else {
        const reason = (result.refused ?? result.failed)!;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        if (result.refused) refused++;
        else failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: opening }, worker));
  send({
    type: 'opened',
    open: streams.slice(before).filter((s) => s.open).length,
    refused,
    failed,
    reasons: Object.fromEntries(reasons),
    ms: now() - started,
  });
}

process.on('message', (command: Command) => {
  if (command.type === 'open') void open(command);
  else if (command.type === 'expect') {
    round = command.round;
    marker = Buffer.from(command.marker);
    waiting = 0;
    capture = undefined;
    for (const stream of streams) {
      stream.tail = null;
      stream.at = 0;
      stream.armed = command.ports.includes(stream.port);
      if (!stream.armed || !stream.open) continue;
      stream.state = 0;
      waiting++;
      if (command.capture && !capture) {
        capture = stream;
        stream.kept = [];
      }
    }
    delay.reset();
    delay.enable();
    armedAt = now();
    schedAtArm = schedstat();
    cpuAtArm = process.cpuUsage();
    eluAtArm = performance.eventLoopUtilization();
    send({ type: 'armed', round });
    if (waiting === 0) report();
  } else if (command.type === 'collect') {
    if (command.round === round) report();
  } else if (command.type === 'stop') {
    process.exit(0);
  } else if (command.type === 'close') {
    for (const stream of streams) {
      stream.open = false;
      stream.socket.destroy();
    }
    streams.length = 0;
    dropped = 0;
    send({ type: 'closed' });
  }
});
// The parent is gone (finished, crashed or killed): never outlive it.
process.on('disconnect', () => process.exit(0));
