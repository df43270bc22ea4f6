import http from 'node:http';
import { CompiledQuery } from 'kysely';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest, FastifyServerFactory } from 'fastify';
import type { Db } from '../db/database.ts';
import { type Encoded, encodingFor, etagMatches, sendEncoded } from './encoded.ts';

// The board page, question pages and the embed are the same bytes for every reader of a board's revision. Once a
// reader has been sent one, the HTTP server answers the next GET of that address itself, before Fastify: one query
// (the board's revision, by its id and address) says whether the bytes are still current, so a change reaches every
// instance at once (TRUST PR-4), and nothing else runs. The headers are the ones Fastify sent the first reader.

/** The board whose revision a page shows. */
export interface PageBoard {
  readonly id: string;
  readonly slug: string;
  readonly revision: number;
}

type Headers = Record<string, http.OutgoingHttpHeader | undefined>;

interface Remembered {
  readonly board: PageBoard;
  readonly page: Encoded;
  readonly etag: string;
  /** Fastify's headers for this page, without the encoding and length. */
  readonly headers: Headers;
  readonly notModified: Headers;
}

export interface SharedPages {
  /** Fastify's serverFactory: the HTTP server that answers remembered addresses itself. */
  readonly serverFactory: FastifyServerFactory;
  /** Sends a page every reader of this revision gets (sendEncoded), and remembers it once it has gone out with a 200. */
  send(request: FastifyRequest, reply: FastifyReply, board: PageBoard, page: Encoded): FastifyReply;
  /** The hook that remembers pages; `served` counts the responses the server sends itself (for /metrics). */
  attach(
    app: { addHook(name: 'onResponse', hook: (request: FastifyRequest, reply: FastifyReply) => Promise<void>): unknown; log: FastifyBaseLogger },
    served: (status: number) => void,
  ): void;
}

/** Addresses remembered at once; the oldest is forgotten first. The pages themselves are shared with the snapshot caches. */
const maxRemembered = 500;
const pending = Symbol('sharedPage');

export function createSharedPages(db: Db): SharedPages {
  const remembered = new Map<string, Remembered>();
  let log: FastifyBaseLogger | undefined;
  let count: (status: number) => void = () => {};
  // Compiled once: the query builder costs more than the query.
  const marks = { id: '\u0001id', slug: '\u0001slug' };
  const revisionQuery = db.selectFrom('boards').select('revision').where('id', '=', marks.id).where('slug', '=', marks.slug).compile();
  const currentRevision = async (board: PageBoard) => {
    const parameters = revisionQuery.parameters.map((value) => (value === marks.id ? board.id : board.slug));
    const { rows } = await db.executeQuery<{ revision: number }>(CompiledQuery.raw(revisionQuery.sql, parameters));
    return rows[0]?.revision;
  };

  const answer = (request: http.IncomingMessage, response: http.ServerResponse, entry: Remembered) => {
    const started = performance.now();
    if (etagMatches(request.headers['if-none-match'], entry.etag)) {
      response.writeHead(304, entry.notModified).end();
    } else {
      const encoding = encodingFor(request.headers['accept-encoding']);
      const body = encoding ? entry.page[encoding] : entry.page.body;
      response.writeHead(200, { ...entry.headers, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': body.length }).end(body);
    }
    count(response.statusCode);
    log?.info(
      { req: { method: request.method, url: request.url }, res: { statusCode: response.statusCode }, responseTime: performance.now() - started },
      'request completed',
    );
  };

  return {
    serverFactory(handler, options) {
      const server = http.createServer((request, response) => {
        const entry = request.method === 'GET' && request.url !== undefined ? remembered.get(request.url) : undefined;
        if (!entry) return handler(request, response);
        currentRevision(entry.board).then(
          (revision) => {
            if (revision === entry.board.revision) return answer(request, response, entry);
            remembered.delete(request.url!);
            handler(request, response);
          },
          // The database did not answer: Fastify's own route says so as it would to any reader.
          () => handler(request, response),
        );
      });
      // What Fastify sets on a server it makes itself, from its options with their defaults.
      const timeouts = options as { keepAliveTimeout: number; requestTimeout: number; connectionTimeout: number };
      server.keepAliveTimeout = timeouts.keepAliveTimeout;
      server.requestTimeout = timeouts.requestTimeout;
      server.setTimeout(timeouts.connectionTimeout);
      return server;
    },

    send(request, reply, board, page) {
      if (request.method === 'GET') (reply as FastifyReply & { [pending]?: unknown })[pending] = { board, page };
      return sendEncoded(request, reply, page);
    },

    attach(app, served) {
      log = app.log;
      count = served;
      app.addHook('onResponse', async (request, reply) => {
        const sent = (reply as FastifyReply & { [pending]?: { board: PageBoard; page: Encoded } })[pending];
        // A response that sets a cookie is one reader's, whatever the route said: it is never given to the next.
        if (!sent || reply.statusCode !== 200 || reply.hasHeader('set-cookie')) return;
        const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = reply.getHeaders();
        const { 'content-type': _type, vary: _vary, ...notModified } = headers;
        if (remembered.size >= maxRemembered) remembered.delete(remembered.keys().next().value!);
        remembered.set(request.originalUrl, { ...sent, etag: String(headers.etag), headers, notModified });
      });
    },
  };
}
