import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { sendError } from '../web/errors.ts';
import { renderPage } from '../web/html.ts';
import { readForm } from '../web/input.ts';
import { loadBoardSnapshot } from './board-snapshot.ts';
import { findBoardBySlug } from './boards.queries.ts';
import { drawShareImage } from './share-image.ts';
import { mastodonShareQuery, shareLimits } from './share.input.ts';
import { mastodonHost, mastodonShareUrl } from './share.ts';
import { MastodonErrorPage, MastodonOnwardPage } from './share.views.tsx';
import { catalogues } from '../i18n/catalogue.ts';

export function shareRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  // Sends the reader to their own Mastodon server's share page; only a plain hostname is accepted.
  app.get('/share/mastodon', async (request, reply) => {
    const query = readForm(mastodonShareQuery, request.query);
    const ours = query.url.startsWith(`${config.baseUrl}/`) && query.url.length <= shareLimits.url && !/\s/.test(query.url);
    const t = catalogues[request.locale].embed;
    if (!ours || query.text.length > shareLimits.text) return sendError(request, reply, deps.pageContext, 400, t.notOurs);
    const host = query.instance.length <= shareLimits.instance ? mastodonHost(query.instance) : null;
    if (!host) {
      const error = query.instance.trim() ? t.mastodonBadHost : t.mastodonNoHost;
      const share = { url: query.url, title: query.text || query.url, text: query.text };
      const page = h(MastodonErrorPage, { ctx: deps.pageContext(request, reply.cspNonce), share, value: query.instance.slice(0, shareLimits.instance), error });
      return reply.code(400).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderPage(page));
    }
    // A page that moves on at once, not a 303: the form's page allows `form-action 'self'` only, and browsers
    // apply that to where a form's redirect leads too. A refresh is a new navigation; the link is there in case.
    const page = h(MastodonOnwardPage, { ctx: deps.pageContext(request, reply.cspNonce), host, href: mastodonShareUrl(host, query.text, query.url) });
    return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').type('text/html; charset=utf-8').send(renderPage(page));
  });

  app.get<{ Params: { slug: string } }>('/b/:slug/share.png', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board || board.archivedAt) return reply.callNotFound();
    // Drawn in the address's language (/cy/b/…/share.png in Welsh), as the page that links to it.
    const etag = `"share-${board.id}-${board.revision}-${request.locale}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=3600');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    // Drawn once per board revision, with the snapshot: a board changes far less often than its link is previewed.
    const snapshot = await loadBoardSnapshot(db, board, request.locale);
    const png = snapshot.rendered('share.png', () =>
      drawShareImage(
        snapshot.questions.map((q) => snapshot.perspectives.map((p) => snapshot.cell(q.key, p.key).length)),
        request.locale,
      ),
    );
    return reply.type('image/png').send(png);
  });
}
