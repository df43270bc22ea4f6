import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { requireFacilitator } from '../accounts/session.ts';
import { findAnswersByEmail } from '../answers/answers.queries.ts';
import { dataRequestsPath } from '../web/paths.ts';
import { plural } from '../i18n/format.ts';
import { parseForm, readForm } from '../web/input.ts';
import { eraseAnswersByEmail, exportAnswersByEmail } from './requests.actions.ts';
import { dataRequestForm, dataRequestValues, eraseForm, requestsQuery } from './requests.input.ts';
import { RequestsPage } from './requests.views.tsx';

const html = 'text/html; charset=utf-8';
// The facilitator area is served in English whatever the address, until it is translated (docs/TRANSLATION.md).
const english = { locale: 'en' } as const;

// Email addresses travel in POST bodies only, so they never appear in an address or a log line.
export function requestRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  app.get<{ Querystring: { erased?: unknown } }>('/admin/data-requests', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const { erased } = readForm(requestsQuery, request.query);
    const ctx = deps.pageContext(request, reply.cspNonce, english);
    const notice = erased ? plural(ctx.locale, Number(erased), ctx.t.requests.erased) : undefined;
    return reply.type(html).send(renderPage(h(RequestsPage, { ctx, name: me.name, email: '', notice })));
  });

  app.post('/admin/data-requests', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const parsed = parseForm(dataRequestForm, request.body, dataRequestValues);
    const ctx = deps.pageContext(request, reply.cspNonce, english);
    if (!parsed.ok)
      return reply
        .code(422)
        .type(html)
        .send(renderPage(h(RequestsPage, { ctx, name: me.name, email: parsed.values.email, error: parsed.errors.email })));
    const { email } = parsed.input;
    const results = await findAnswersByEmail(db, me.facilitatorId, email);
    return reply.type(html).send(renderPage(h(RequestsPage, { ctx, name: me.name, email, results })));
  });

  app.post('/admin/data-requests/export', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const parsed = parseForm(dataRequestForm, request.body);
    if (!parsed.ok)
      return reply
        .code(422)
        .type(html)
        .send(renderPage(h(RequestsPage, { ctx: deps.pageContext(request, reply.cspNonce, english), name: me.name, email: '', error: parsed.errors.email })));
    const { email } = parsed.input;
    const file = await exportAnswersByEmail(db, me.facilitatorId, email);
    return reply
      .header('content-disposition', 'attachment; filename="roundtable-answers.json"')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(file, null, 2));
  });

  app.post('/admin/data-requests/erase', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const parsed = parseForm(dataRequestForm, request.body);
    if (!parsed.ok)
      return reply
        .code(422)
        .type(html)
        .send(renderPage(h(RequestsPage, { ctx: deps.pageContext(request, reply.cspNonce, english), name: me.name, email: '', error: parsed.errors.email })));
    const { email } = parsed.input;
    const erase = parseForm(eraseForm, request.body);
    if (!erase.ok) {
      const results = await findAnswersByEmail(db, me.facilitatorId, email);
      const page = h(RequestsPage, { ctx: deps.pageContext(request, reply.cspNonce, english), name: me.name, email, results, error: erase.errors.confirm });
      return reply.code(422).type(html).send(renderPage(page));
    }
    const erased = await eraseAnswersByEmail(db, deps, config, me.facilitatorId, email, erase.input.action);
    return reply.redirect(`${dataRequestsPath}?erased=${erased}`, 303);
  });
}
