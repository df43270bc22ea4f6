import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { absoluteUrl, boardsRoot } from '../web/paths.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { etagMatches } from '../web/encoded.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { oembedSnippet } from './embed.snippet.ts';
import { EmbedPage } from './embed.views.tsx';
import { parseForm } from '../web/input.ts';
import { embedQuery, oembedQuery } from './embed.input.ts';
import { CompactEmbedPage } from './embed.compact.tsx';
import { boardIn } from '../boards/board-language.ts';
import { catalogues } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locale.ts';

export function embedRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config, assets } = deps;
  const frameable = { config: { frameable: true } };
  // oEmbed's messages in the language of the request's address.
  const oembedQueries: Record<Locale, ReturnType<typeof oembedQuery>> = { en: oembedQuery(config.baseUrl, 'en'), cy: oembedQuery(config.baseUrl, 'cy') };

  app.get<{ Params: { slug: string }; Querystring: Record<string, unknown> }>('/embed/b/:slug', frameable, async (request, reply) => {
    const found = await findBoardBySlug(db, request.params.slug);
    if (!found) return reply.callNotFound();
    const { locale } = request;
    const board = boardIn(found, locale);
    const query = parseForm(embedQuery, request.query);
    if (!query.ok) return reply.callNotFound();
    const { perspective: filterKey, compact, q } = query.input;
    const view = compact ? `compact:${q}:${filterKey}` : `embed:${filterKey}`;
    // The language is in the tag: /embed/… and /cy/embed/… are different bytes of the same revision.
    const etag = `W/"embed.${board.id}.${board.revision}.${locale}.${view}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=60, stale-while-revalidate=600').header('referrer-policy', 'no-referrer');
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    // The snapshot's pages are cached per language (loadBoardSnapshot), so `view` need not name it.
    const snapshot = await loadBoardSnapshot(db, found, locale);
    const filter = snapshot.perspectives.find((p) => p.key === filterKey) ?? null;
    if (filterKey && !filter) return reply.callNotFound();
    if (compact) {
      const question = q ? snapshot.questions.find((x) => x.key === q) : snapshot.questions[0];
      if (!question) return reply.callNotFound();
      const page = snapshot.page(view, () => renderPage(h(CompactEmbedPage, { assets, baseUrl: config.baseUrl, locale, board, snapshot, question, filter })));
      return deps.sharedPages.send(request, reply.type('text/html; charset=utf-8'), found, page);
    }
    const page = snapshot.page(view, () => renderPage(h(EmbedPage, { assets, baseUrl: config.baseUrl, locale, board, snapshot, filter })));
    return deps.sharedPages.send(request, reply.type('text/html; charset=utf-8'), found, page);
  });

  // oEmbed (https://oembed.com): lets WordPress and others turn a pasted board address into the embed.
  app.get<{ Querystring: Record<string, unknown> }>('/oembed', async (request, reply) => {
    const said = catalogues[request.locale].embed.oembed;
    const query = parseForm(oembedQueries[request.locale], request.query);
    if (!query.ok) {
      const message = Object.values(query.errors).join(' ');
      return reply.code(400).type('application/json; charset=utf-8').send({ error: said.badRequest, message });
    }
    // A Welsh board address (/cy/b/…) is answered with the Welsh embed and the board's Welsh title.
    const { slug, locale, width } = query.input;
    // The compact embed is made to fit 1,000 px, the most WordPress's wp-embed.js gives a frame.
    const height = Math.min(query.input.height, 1000);
    const found = slug ? await findBoardBySlug(db, slug) : undefined;
    if (!found) {
      return reply
        .code(404)
        .type('application/json; charset=utf-8')
        .send({ error: said.noBoard, message: said.notBoardAddress(absoluteUrl(config.baseUrl, boardsRoot)) });
    }
    const board = boardIn(found, locale);
    const html = oembedSnippet(config.baseUrl, board, height, locale);
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
