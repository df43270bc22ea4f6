import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../web/deps.ts';
import { renderPage } from '../web/html.ts';
import { loadBoardSnapshot } from './board-snapshot.ts';
import { boardPageHtml, newFormState, questionPageHtml } from './boards.pages.ts';
import { findBoardBySlug, listListedBoards } from './boards.queries.ts';
import { HomePage } from './boards.views.tsx';

const html = 'text/html; charset=utf-8';

export function boardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  app.get('/', async (_request, reply) => {
    const boards = await listListedBoards(db);
    return reply.type(html).send(renderPage(h(HomePage, { ctx: deps.pageContext(reply.cspNonce), boards })));
  });

  app.get<{ Params: { slug: string }; Querystring: { perspective?: unknown } }>('/b/:slug', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const filterKey = typeof request.query.perspective === 'string' ? request.query.perspective : null;
    // Not a key's shape: no such perspective, and it must not reach the ETag header (a control or non-Latin-1 character would throw).
    if (filterKey && !/^[a-z0-9-]{1,60}$/.test(filterKey)) return reply.callNotFound();
    // Weak: the form's one-time key differs between two 200s, the content does not.
    const etag = `W/"${board.id}.${board.revision}.${filterKey ?? ''}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const snapshot = await loadBoardSnapshot(db, board);
    if (filterKey && !snapshot.perspectives.some((p) => p.key === filterKey)) return reply.callNotFound();
    return reply.type(html).send(boardPageHtml(deps.pageContext(reply.cspNonce), config.baseUrl, board, snapshot, filterKey, newFormState()));
  });

  app.get<{ Params: { slug: string; question: string } }>('/b/:slug/q/:question', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const snapshot = await loadBoardSnapshot(db, board);
    const question = snapshot.questions.find((q) => q.key === request.params.question);
    if (!question) return reply.callNotFound();
    const form = newFormState({ question: question.key });
    return reply.type(html).send(questionPageHtml(deps.pageContext(reply.cspNonce), board, snapshot, question, form));
  });
}
