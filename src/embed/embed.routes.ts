import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { absoluteUrl, boardsRoot } from '../web/paths.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { embedSnippet } from './embed.snippet.ts';
import { EmbedPage } from './embed.views.tsx';
import { parseForm } from '../web/input.ts';
import { oembedQuery } from './embed.input.ts';
import { perspectiveFilterQuery } from '../boards/boards.input.ts';

export function embedRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config, assets } = deps;
  const frameable = { config: { frameable: true } };
  const oembed = oembedQuery(config.baseUrl);

  app.get<{ Params: { slug: string }; Querystring: { perspective?: unknown } }>('/embed/b/:slug', frameable, async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const query = parseForm(perspectiveFilterQuery, request.query);
    if (!query.ok) return reply.callNotFound();
    const filterKey = query.input.perspective;
    const etag = `W/"embed.${board.id}.${board.revision}.${filterKey}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=60, stale-while-revalidate=600').header('referrer-policy', 'no-referrer');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const snapshot = await loadBoardSnapshot(db, board);
    const filter = snapshot.perspectives.find((p) => p.key === filterKey) ?? null;
    if (filterKey && !filter) return reply.callNotFound();
    const page = snapshot.rendered(`embed:${filterKey}`, () => renderPage(h(EmbedPage, { assets, baseUrl: config.baseUrl, board, snapshot, filter })));
    return reply.type('text/html; charset=utf-8').send(page);
  });

  // oEmbed (https://oembed.com): lets WordPress and others turn a pasted board address into the embed.
  app.get<{ Querystring: Record<string, unknown> }>('/oembed', async (request, reply) => {
    const query = parseForm(oembed, request.query);
    if (!query.ok) return reply.code(501).type('application/json; charset=utf-8').send({ error: query.errors.format });
    const { slug, width, height } = query.input;
    const board = slug ? await findBoardBySlug(db, slug) : undefined;
    if (!board) {
      return reply
        .code(404)
        .type('application/json; charset=utf-8')
        .send({ error: 'No board at that address.', message: `url must be a board address starting ${absoluteUrl(config.baseUrl, boardsRoot)}` });
    }
    const html = embedSnippet(config.baseUrl, board, width, height);
    reply.header('cache-control', 'public, max-age=3600').header('access-control-allow-origin', '*');
    return reply.type('application/json; charset=utf-8').send({
      version: '1.0',
      type: 'rich',
      provider_name: 'Roundtable',
      provider_url: config.baseUrl,
      title: board.title,
      html,
      width,
      height,
      cache_age: 3600,
    });
  });
}
