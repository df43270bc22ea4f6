import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import type { Db } from '../db/database.ts';
import type { Secrets } from '../web/secrets.ts';
import { RateLimiter } from '../safety/abuse/rate-limit.ts';
import { renderPage } from '../web/html.ts';
import { readForm } from '../web/input.ts';
import { answerPath } from '../web/paths.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { localised, splitLocale } from '../i18n/locale.ts';
import { toggleHelpful } from './votes.actions.ts';
import { helpfulForm, newVoterToken, voterCookie, voterToken } from './votes.input.ts';
import { TooManyVotesPage } from './votes.views.tsx';

const yearInSeconds = 365 * 24 * 60 * 60;

/** Limits shared by every instance: one browser's flood is stopped, a room of 60 behind one address is not (TRUST SEC-7). */
export function createVoteLimits(db: Db, secrets: Secrets) {
  return {
    // Per client address: 60 people pressing ten answers each at once, then ten a second.
    address: new RateLimiter(db, secrets, 'vote-address', 600, 10),
    // Per browser (its vote cookie): 30 presses at once, then one every two seconds.
    browser: new RateLimiter(db, secrets, 'vote-browser', 30, 0.5),
    // Browsers without a cookie yet, per address: a room's worth, then one every five seconds, so a script
    // that drops its cookie to vote again is held to that.
    newBrowser: new RateLimiter(db, secrets, 'vote-new-browser', 120, 0.2),
  };
}

export function voteRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config, secrets } = deps;
  const limits = createVoteLimits(db, secrets);

  /** Seconds to wait when this press is over a limit, else 0 (and the press is counted against them). */
  async function overLimit(address: string, voter: string | undefined): Promise<number> {
    if (!(await limits.address.take(address))) return limits.address.retryAfter(address);
    const [limiter, key] = voter ? [limits.browser, voter] : [limits.newBrowser, address];
    return (await limiter.take(key)) ? 0 : limiter.retryAfter(key);
  }

  // The Helpful button: a plain form (303 back to where the reader was), or votes.js asking for JSON.
  app.post<{ Params: { id: string } }>('/a/:id/helpful', async (request, reply) => {
    const script = request.headers['x-fragment'] === '1' || /application\/json/i.test(request.headers.accept ?? '');
    reply.header('vary', 'X-Fragment, Accept').header('cache-control', 'no-store');
    const { back } = readForm(helpfulForm, request.body);
    // Back where the reader was, in the language they pressed in (the form's address says it; `back` may be either).
    const { locale } = request;
    const returnTo = localised(locale, back ? splitLocale(back).path : answerPath(request.params.id));
    const existing = voterToken(request.cookies[voterCookie]);
    const wait = await overLimit(request.ip, existing);
    if (wait > 0) {
      reply.code(429).header('retry-after', String(wait));
      if (script) return reply.type('application/json; charset=utf-8').send({ error: 'rate-limited', message: catalogues[locale].votes.tooMany });
      const page = h(TooManyVotesPage, { ctx: deps.pageContext(request, reply.cspNonce), back: returnTo });
      return reply.type('text/html; charset=utf-8').send(renderPage(page));
    }
    const voter = existing ?? newVoterToken();
    const result = await toggleHelpful(db, deps, request.params.id, secrets.keyedHash(`helpful:${voter}`));
    if (result.kind === 'not-found') return reply.callNotFound();
    if (!existing) {
      // Sent only to these forms' addresses, in both languages (a cookie has one path: the same token under each, so a
      // browser is one voter in English and Welsh); a year, so "one vote per browser" holds across visits.
      for (const path of ['/a/', localised('cy', '/a/')]) {
        reply.setCookie(voterCookie, voter, { path, httpOnly: true, sameSite: 'lax', secure: config.baseUrl.startsWith('https:'), maxAge: yearInSeconds });
      }
    }
    if (script) return reply.type('application/json; charset=utf-8').send({ count: result.count, pressed: result.pressed });
    return reply.redirect(returnTo, 303);
  });
}
