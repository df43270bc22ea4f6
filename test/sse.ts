import http from 'node:http';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

export interface SseReader {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Every event received so far (comments such as heartbeats are counted in `comments`). */
  events: SseEvent[];
  comments: number;
  /** Waits for the first event (received before or after the call) that matches, or fails after `ms`. */
  next(match: (event: SseEvent) => boolean, ms?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** The whole body received so far, as text. */
  text(): string;
  close(): void;
}

/** Opens a Server-Sent Events stream as a browser's EventSource would, and parses what arrives. */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      response.setEncoding('utf8');
      let body = '';
      let buffer = '';
      const events: SseEvent[] = [];
      const waiters: { match: (e: SseEvent) => boolean; done: (e: SseEvent) => void }[] = [];
      let endedResolve: () => void = () => {};
      const ended = new Promise<void>((r) => {
        endedResolve = r;
      });
      const reader: SseReader = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        events,
        comments: 0,
        ended,
        text: () => body,
        next(match, ms = 5000) {
          const found = events.find(match);
          if (found) return Promise.resolve(found);
          return new Promise((ok, fail) => {
            const timer = setTimeout(() => fail(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`)), ms);
            waiters.push({
              match,
              done: (e) => {
                clearTimeout(timer);
                ok(e);
              },
            });
          });
        },
        close: () => request.destroy(),
      };
      response.on('data', (chunk: string) => {
        body += chunk;
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const event: SseEvent = { event: 'message', data: '' };
          let isComment = true;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const at = line.indexOf(':');
            const field = at < 0 ? line : line.slice(0, at);
            const value = at < 0 ? '' : line.slice(at + 1).replace(/^ /, '');
            if (field === 'retry') continue;
            isComment = false;
            if (field === 'id') event.id = value;
            else if (field === 'event') event.event = value;
            else if (field === 'data') event.data += value;
          }
          if (isComment) {
            if (block.startsWith(':')) reader.comments += 1;
            continue;
          }
          events.push(event);
          for (const waiter of [...waiters]) {
            if (waiter.match(event)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.done(event);
            }
          }
        }
      });
      response.on('end', endedResolve);
      response.on('close', endedResolve);
      resolve(reader);
    });
    request.on('error', reject);
  });
}

/**
 * app.inject for a route that may answer with a live stream: app.inject waits for the response to end, and a
 * stream ends only when the app closes it, so open streams are ended every `afterMs` until this response is done.
 */
export async function injectStream(app: FastifyInstance, options: InjectOptions, afterMs = 25): Promise<LightMyRequestResponse> {
  let done = false;
  const response = app.inject(options).finally(() => {
    done = true;
  });
  while (!done) {
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    if (!done) app.liveStreams.closeAll();
  }
  return response;
}
