import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { listListedBoards } from './boards.queries.ts';
import { HomePage } from './boards.views.tsx';

const html = 'text/html; charset=utf-8';

// The home page. A board's own page and its question pages carry the answer form: answers.routes.ts serves them.
export function boardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  app.get('/', async (_request, reply) => {
    const boards = await listListedBoards(db);
    return reply.type(html).send(renderPage(h(HomePage, { ctx: deps.pageContext(reply.request, reply.cspNonce), boards })));
  });
}
