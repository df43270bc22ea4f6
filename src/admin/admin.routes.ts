import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { requireFacilitator } from '../accounts/session.ts';
import { listBoardsOfFacilitator } from './admin.queries.ts';
import { AdminHomePage } from './admin.views.tsx';

export function adminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  app.get('/admin', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const rows = await listBoardsOfFacilitator(db, me.facilitatorId);
    const boards = rows.map((r) => ({ ...r, pending: Number(r.pending ?? 0), published: Number(r.published ?? 0), urgent: Number(r.urgent ?? 0) }));
    return reply.type('text/html; charset=utf-8').send(renderPage(h(AdminHomePage, { ctx: deps.pageContext(reply.cspNonce), name: me.name, boards })));
  });
}
