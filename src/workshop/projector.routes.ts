import { createRequire } from 'node:module';
import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { latestEventId } from '../live/live.store.ts';
import { renderFragment, renderPage } from '../web/html.ts';
import { oneOf, readForm } from '../web/input.ts';
import { absoluteUrl, joinPath } from '../web/paths.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { boardIn } from '../boards/board-language.ts';
import { localised } from '../i18n/locale.ts';
import { findRunningSession } from './workshop.queries.ts';
import { ProjectorPage, ProjectorScreen, projectorState, projectorTitle } from './projector.views.tsx';

// GET /b/:slug/live (the projector, public: published answers only, and the join code) and
// GET /b/:slug/join.svg (the QR code of the join address, drawn here: no third-party service).

const html = 'text/html; charset=utf-8';

/** `?part=screen`: the screen alone, for projector.js. Anything else reads as the whole page. */
const projectorQuery = z.object({ part: oneOf(['screen']) });

// Escaped text can never contain "<!--", so this marker only ever comes from the view.
const screenMarker = '<!--projector-screen-->';

/** True when an If-None-Match header (one tag or a list) names this ETag. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, '')) ?? false;
}

// A session's code lives for the session: its QR code is drawn once (a few sessions at a time per instance).
const qrCodes = new Map<string, Promise<string>>();

function qrSvg(text: string): Promise<string> {
  let svg = qrCodes.get(text);
  if (!svg) {
    if (qrCodes.size >= 200) qrCodes.delete(qrCodes.keys().next().value!);
    // loaded with the first join code shown, not at start
    svg = (createRequire(import.meta.url)('qrcode') as typeof import('qrcode')).toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    qrCodes.set(text, svg);
    svg.catch(() => qrCodes.delete(text));
  }
  return svg;
}

export function projectorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config, assets } = deps;

  app.get<{ Params: { slug: string }; Querystring: Record<string, unknown> }>('/b/:slug/live', async (request, reply) => {
    const { part } = readForm(projectorQuery, request.query);
    // Read before the board and its session: a change made meanwhile reaches the page's stream as a missed event.
    const since = part === 'screen' ? 0 : await latestEventId(db);
    const found = await findBoardBySlug(db, request.params.slug);
    if (!found) return reply.callNotFound();
    const { locale } = request;
    const board = boardIn(found, locale);
    const [snapshot, session] = await Promise.all([loadBoardSnapshot(db, found, locale), findRunningSession(db, board.id)]);
    // Rendered once per board revision and session change, however many projectors and phones open it.
    // Keyed by what the screen shows rather than when the session changed: two changes in one millisecond differ.
    // The snapshot's renders are per language; the version (and so the ETag) names the language too.
    const key = session
      ? `projector:${session.id}:${session.questionId ?? ''}:${session.paused}:${session.showJoin}:${session.spotlightAnswerId ?? ''}`
      : 'projector:none';
    const version = `${snapshot.revision}.${locale}.${key}`;
    const screen = snapshot.rendered(key, () => renderFragment(h(ProjectorScreen, { locale, board, snapshot, session, baseUrl: config.baseUrl, version })));
    reply.header('cache-control', 'no-cache');
    if (part === 'screen') {
      const etag = `W/"${board.id}.${version}"`;
      reply.header('etag', etag);
      if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type(html).send(screen);
    }
    const page = renderPage(
      h(ProjectorPage, {
        assets,
        nonce: reply.cspNonce,
        locale,
        board,
        title: projectorTitle(locale, board, projectorState(snapshot, session)),
        screen: screenMarker,
        since,
      }),
    );
    const at = page.indexOf(screenMarker);
    return reply.type(html).send(Buffer.concat([Buffer.from(page.slice(0, at), 'utf8'), screen, Buffer.from(page.slice(at + screenMarker.length), 'utf8')]));
  });

  app.get<{ Params: { slug: string } }>('/b/:slug/join.svg', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    const session = board && (await findRunningSession(db, board.id));
    if (!session) return reply.callNotFound();
    // Codes change with every session, so browsers ask each time; the same code is a 304.
    // The Welsh screen's code leads to the Welsh join page: a different picture, a different tag.
    const etag = request.locale === 'en' ? `"join-${session.code}"` : `"join-${request.locale}-${session.code}"`;
    reply.header('cache-control', 'no-cache').header('etag', etag);
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    const svg = await qrSvg(absoluteUrl(config.baseUrl, localised(request.locale, joinPath(session.code))));
    return reply.type('image/svg+xml').send(svg);
  });
}
