import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { requireFacilitator } from '../accounts/session.ts';
import { listBoardsOfFacilitator } from './admin.queries.ts';
import { AdminHomePage } from './admin.views.tsx';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { coverageOf } from './coverage.ts';
import { CoverageSection } from './coverage.views.tsx';

export function adminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  app.get('/admin', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    // The facilitator area is served in English whatever the address, until it is translated (docs/TRANSLATION.md).
    const ctx = deps.pageContext(request, reply.cspNonce, { locale: 'en' });
    const rows = await listBoardsOfFacilitator(db, me.facilitatorId);
    const boards = rows.map((r) => ({ ...r, pending: Number(r.pending ?? 0), published: Number(r.published ?? 0), urgent: Number(r.urgent ?? 0) }));
    // Each board's snapshot is cached per revision, so coverage costs one indexed read per board while nothing changes.
    const coverage = await Promise.all(
      rows.map(async (row) => {
        const board = await findBoardBySlug(db, row.slug);
        return (
          board &&
          h(CoverageSection, {
            key: board.slug,
            t: ctx.t,
            locale: ctx.locale,
            slug: board.slug,
            title: board.title,
            coverage: coverageOf(await loadBoardSnapshot(db, board, ctx.locale)),
          })
        );
      }),
    );
    const page = h(AdminHomePage, { ctx, name: me.name, boards, coverage });
    return reply.type('text/html; charset=utf-8').send(renderPage(page));
  });
}
