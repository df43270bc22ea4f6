import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { requireFacilitator } from '../accounts/session.ts';
import { GuidancePage } from './guidance.views.tsx';

/** `boardExists` is handed in by createApp, so that safety reads no feature's tables: features import safety, never back. */
export function safetyRoutes(app: FastifyInstance, deps: AppDeps, boardExists: (slug: string) => Promise<boolean>): void {
  const { db } = deps;

  // The answer form's invisible check: a fresh proof-of-work challenge, solved by answer-form.js.
  app.get<{ Params: { slug: string } }>('/b/:slug/check', async (request, reply) => {
    if (!(await boardExists(request.params.slug))) return reply.callNotFound();
    reply.header('cache-control', 'no-store');
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(await deps.proofOfWork.challenge()));
  });

  app.get('/admin/guidance', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    return reply.type('text/html; charset=utf-8').send(renderPage(h(GuidancePage, { ctx: deps.pageContext(request, reply.cspNonce), name: me.name })));
  });
}
