import type { FastifyReply, FastifyRequest } from 'fastify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Bytes compressed once and sent to every reader as they are: the built assets, and each revision of a board's
// pages and embeds (every reader of a revision gets the same bytes, so no request compresses anything).

export interface Encoded {
  readonly body: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

/**
 * The body with its brotli and gzip forms, each made the first time a reader asks for it. `best` (the assets,
 * made once at start-up) compresses hardest; pages use brotli 5 and gzip 6, within a few per cent of the best
 * for HTML at a tenth of the time, so the first reader of a new revision of a large board does not wait.
 */
export function encodeOnce(body: Buffer, effort: 'pages' | 'best' = 'pages'): Encoded {
  let br: Buffer | undefined;
  let gzip: Buffer | undefined;
  return {
    body,
    get br() {
      br ??= brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      });
      return br;
    },
    get gzip() {
      gzip ??= gzipSync(body, { level: effort === 'best' ? 9 : 6 });
      return gzip;
    },
  };
}

/** The form a browser asks for: brotli, then gzip, else none (the bytes as they are). */
export function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accept = acceptEncoding ?? '';
  return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
}

/** Sends the form the browser asks for (encodingFor); @fastify/compress leaves an encoded reply alone. */
export function sendEncoded(request: FastifyRequest, reply: FastifyReply, encoded: Encoded): FastifyReply {
  reply.header('vary', 'accept-encoding');
  const encoding = encodingFor(request.headers['accept-encoding']);
  return encoding ? reply.header('content-encoding', encoding).send(encoded[encoding]) : reply.send(encoded.body);
}

/** True when an If-None-Match header (one tag, a list, or "*") names this ETag, compared weakly as GET allows. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });
}
