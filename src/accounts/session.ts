import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { adminPath, signInNextPath, signInPath } from '../web/paths.ts';
import { resolveSession, sessionPolicy, type SignedIn } from './accounts.actions.ts';

export const sessionCookie = 'rt_session';

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.baseUrl.startsWith('https:'),
    maxAge: Math.floor(sessionPolicy.absoluteMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.baseUrl.startsWith('https:') });
}

export function sessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[sessionCookie];
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
}

export async function currentFacilitator(request: FastifyRequest, db: Db): Promise<SignedIn | undefined> {
  const token = sessionToken(request);
  return token ? resolveSession(db, token) : undefined;
}

/** The signed-in facilitator, or undefined after sending the sign-in redirect. Admin pages are never cached. */
export async function requireFacilitator(request: FastifyRequest, reply: FastifyReply, db: Db): Promise<SignedIn | undefined> {
  reply.header('cache-control', 'no-store');
  const signedIn = await currentFacilitator(request, db);
  if (!signedIn) {
    reply.redirect(request.method === 'GET' ? signInNextPath(request.url) : signInPath, 303);
  }
  return signedIn;
}

/** Only paths inside the admin area may be a post-sign-in destination (no open redirects). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/admin(?:[/?#]|$)/.test(next) && !next.includes('//') && !next.includes('\\') ? next : adminPath;
}
