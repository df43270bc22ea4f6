import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config.ts';

declare module 'fastify' {
  interface FastifyReply {
    cspNonce: string;
  }
  interface FastifyContextConfig {
    /** Read-only routes other sites may frame (the embed and its assets). */
    frameable?: boolean;
  }
}

const nonce = Symbol('cspNonce');
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function pagePolicy(nonce: string | undefined): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}'` : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// The embed is served byte-for-byte from a cache, so it carries no nonce; it has no inline script either.
const framePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

function withoutNul(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
  if (depth > 16 || typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((item) => withoutNul(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.replaceAll('\u0000', ''), withoutNul(item, depth + 1)]));
}

/** Security headers on every response (TRUST SEC-2/3) and refusal of cross-site state changes (SEC-4). */
export function registerSecurity(app: FastifyInstance, config: Config): void {
  const https = config.baseUrl.startsWith('https:');
  const ownOrigin = new URL(config.baseUrl).origin;
  // Made when a page first asks for it: a page whose scripts are all external (the board, question and embed pages,
  // the same bytes for every reader) has no nonce in its policy, and its request makes no random bytes.
  app.decorateReply('cspNonce', {
    getter(this: FastifyReply & { [nonce]?: string }) {
      this[nonce] ??= randomBytes(16).toString('base64');
      return this[nonce];
    },
  });
  const noNoncePolicy = pagePolicy(undefined);

  app.addHook('onRequest', async (request, reply) => {
    // No real address holds a NUL, and PostgreSQL refuses text containing one (a 500 if it reached a query).
    if (/%00/.test(request.url)) throw Object.assign(new Error('NUL in the address'), { statusCode: 400 });
    if (!unsafeMethods.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const sameHost = origin !== undefined && origin === `${request.protocol}://${request.host}`;
    const crossSite = site !== undefined ? site !== 'same-origin' && site !== 'none' : origin !== undefined && origin !== ownOrigin && !sameHost;
    if (crossSite) {
      return reply.code(403).type('text/plain; charset=utf-8').send('Forbidden: this form can only be sent from this website.');
    }
  });

  // A NUL in a parsed body is dropped, as the answer form's text cleaning does: no field needs one, and PostgreSQL cannot store it.
  app.addHook('preHandler', async (request) => {
    if (request.body !== undefined) request.body = withoutNul(request.body, 0);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const frameable = request.routeOptions.config?.frameable === true;
    if (!reply.hasHeader('content-security-policy')) {
      const made = (reply as { [nonce]?: string })[nonce];
      reply.header('content-security-policy', frameable ? framePolicy : made ? pagePolicy(made) : noNoncePolicy);
    }
    if (!frameable) reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    if (https) reply.header('strict-transport-security', 'max-age=63072000; includeSubDomains');
    return payload;
  });
}
