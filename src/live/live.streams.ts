import type { ServerResponse } from 'node:http';

// Server-Sent Events connections, grouped by topic (a board and the view it is for). A message is made
// once as bytes and the same bytes are written to every connection on the topic.

export interface StreamLimits {
  /** A comment sent on every open stream this often keeps proxies from closing quiet ones. */
  heartbeatMs: number;
  /** Open streams one client address may hold (a room behind one address opens one or two each). */
  perClient: number;
  /** Open streams this instance holds in all. */
  total: number;
}

export const defaultStreamLimits: StreamLimits = { heartbeatMs: 25_000, perClient: 150, total: 20_000 };

/** How long a browser waits before reconnecting, sent once on every new stream. */
const retryMs = 2000;
/** A viewer this far behind (a stalled connection) is dropped; its browser reconnects and catches up. */
const maxBuffered = 1024 * 1024;

/** One SSE message as bytes: `data` is sent as one line of JSON. */
export function sseMessage(event: string, data: unknown, id?: number): Buffer {
  return Buffer.from(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`, 'utf8');
}

const heartbeat = Buffer.from(':\n\n');
const noCatchUp = async () => ({ messages: [], lastId: 0 });

export class StreamHub {
  readonly #topics = new Map<string, Set<ServerResponse>>();
  readonly #perClient = new Map<string, number>();
  readonly #catchingUp = new Map<ServerResponse, { bytes: Buffer; id: number }[]>();
  #open = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(private readonly limits: StreamLimits = defaultStreamLimits) {}

  /** Whether this client may open one more stream now. */
  admits(client: string): boolean {
    return this.#open < this.limits.total && (this.#perClient.get(client) ?? 0) < this.limits.perClient;
  }

  /**
   * Starts the event stream on `res` (the caller has checked `admits`). `catchUp` makes what the client missed;
   * messages sent to the topic meanwhile wait, and go after it unless it already held them (by event number).
   */
  async open(topic: string, client: string, res: ServerResponse, catchUp: () => Promise<{ messages: Buffer[]; lastId: number }> = noCatchUp): Promise<void> {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: compressing proxies must not hold events back to fill a block.
      'cache-control': 'no-cache, no-transform',
      // nginx buffers responses unless told not to.
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    res.write(`retry: ${retryMs}\n\n`);
    const waiting: { bytes: Buffer; id: number }[] = [];
    this.#catchingUp.set(res, waiting);
    const viewers = this.#topics.get(topic) ?? new Set<ServerResponse>();
    this.#topics.set(topic, viewers);
    viewers.add(res);
    this.#open += 1;
    this.#perClient.set(client, (this.#perClient.get(client) ?? 0) + 1);
    this.#timer ??= setInterval(() => this.#beat(), this.limits.heartbeatMs).unref();
    res.on('close', () => {
      viewers.delete(res);
      if (viewers.size === 0 && this.#topics.get(topic) === viewers) this.#topics.delete(topic);
      this.#open -= 1;
      const left = (this.#perClient.get(client) ?? 1) - 1;
      if (left > 0) this.#perClient.set(client, left);
      else this.#perClient.delete(client);
      if (this.#open === 0) {
        clearInterval(this.#timer);
        this.#timer = undefined;
      }
    });
    try {
      const { messages, lastId } = await catchUp();
      // The viewer may have gone (or the app closed the stream) while the missed events were read.
      if (res.writableEnded || res.destroyed) return;
      for (const bytes of messages) res.write(bytes);
      for (const message of waiting) if (message.id > lastId) res.write(message.bytes);
    } catch {
      // The missed events could not be read (the database is away): the browser reconnects and asks again.
      res.end();
    } finally {
      this.#catchingUp.delete(res);
    }
  }

  /** Whether anyone is watching the topic (so a message for it is worth making). */
  watched(topic: string): boolean {
    return this.#topics.has(topic);
  }

  /** How many streams are open, in all or on one topic. */
  count(topic?: string): number {
    return topic === undefined ? this.#open : (this.#topics.get(topic)?.size ?? 0);
  }

  /** Sends a message to every viewer of the topic; `id` is its event's number (a stream still catching up may already have it). */
  send(topic: string, bytes: Buffer, id = Number.POSITIVE_INFINITY): void {
    for (const res of this.#topics.get(topic) ?? []) {
      const waiting = this.#catchingUp.get(res);
      if (waiting) waiting.push({ bytes, id });
      else this.#write(res, bytes);
    }
  }

  #write(res: ServerResponse, bytes: Buffer): void {
    if (res.writableLength > maxBuffered) res.destroy();
    else res.write(bytes);
  }

  #beat(): void {
    for (const viewers of this.#topics.values()) for (const res of viewers) this.#write(res, heartbeat);
  }

  /** Ends every stream (on shutdown): browsers reconnect, to another instance or to this one once it is back. */
  closeAll(): void {
    for (const viewers of this.#topics.values()) for (const res of viewers) res.end();
  }
}
