import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../web/deps.ts';
import { renderPage } from '../web/html.ts';
import { requireFacilitator } from '../web/session.ts';
import { eraseAnswersByEmail, exportAnswersByEmail, normaliseRequestEmail } from './requests.actions.ts';
import { findAnswersByEmail } from './requests.queries.ts';
import { RequestsPage } from './requests.views.tsx';

const html = 'text/html; charset=utf-8';
const badEmail = 'Enter an email address in the correct format, like name@example.com';

function emailField(body: unknown): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).email : undefined;
  return typeof value === 'string' ? value : '';
}

// Email addresses travel in POST bodies only, so they never appear in an address or a log line.
export function requestRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, bus, config } = deps;

  app.get<{ Querystring: { erased?: unknown } }>('/admin/data-requests', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const notice =
      typeof request.query.erased === 'string' && /^\d+$/.test(request.query.erased)
        ? `${request.query.erased} answers erased. The erasure is logged by answer id only.`
        : undefined;
    return reply.type(html).send(renderPage(h(RequestsPage, { ctx: deps.pageContext(reply.cspNonce), name: me.name, email: '', notice })));
  });

  app.post('/admin/data-requests', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const typed = emailField(request.body);
    const email = normaliseRequestEmail(typed);
    const ctx = deps.pageContext(reply.cspNonce);
    if (!email)
      return reply
        .code(422)
        .type(html)
        .send(renderPage(h(RequestsPage, { ctx, name: me.name, email: typed, error: badEmail })));
    const results = await findAnswersByEmail(db, me.facilitatorId, email);
    return reply.type(html).send(renderPage(h(RequestsPage, { ctx, name: me.name, email, results })));
  });

  app.post('/admin/data-requests/export', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const email = normaliseRequestEmail(emailField(request.body));
    if (!email)
      return reply
        .code(422)
        .type(html)
        .send(renderPage(h(RequestsPage, { ctx: deps.pageContext(reply.cspNonce), name: me.name, email: '', error: badEmail })));
    const file = await exportAnswersByEmail(db, me.facilitatorId, email);
    return reply
      .header('content-disposition', 'attachment; filename="roundtable-answers.json"')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(file, null, 2));
  });

  app.post('/admin/data-requests/erase', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const email = normaliseRequestEmail(emailField(request.body));
    const action = (request.body as Record<string, unknown> | undefined)?.action === 'anonymise' ? 'anonymise' : 'delete';
    if (!email)
      return reply
        .code(422)
        .type(html)
        .send(renderPage(h(RequestsPage, { ctx: deps.pageContext(reply.cspNonce), name: me.name, email: '', error: badEmail })));
    if ((request.body as Record<string, unknown>).confirm !== 'yes') {
      const results = await findAnswersByEmail(db, me.facilitatorId, email);
      const page = h(RequestsPage, {
        ctx: deps.pageContext(reply.cspNonce),
        name: me.name,
        email,
        results,
        error: 'Tick the box to confirm: erasing cannot be undone',
      });
      return reply.code(422).type(html).send(renderPage(page));
    }
    const erased = await eraseAnswersByEmail(db, bus, config, me.facilitatorId, email, action);
    return reply.redirect(`/admin/data-requests?erased=${erased}`, 303);
  });
}
