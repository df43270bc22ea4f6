import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { plural } from '../i18n/format.ts';
import { requireBoardRole, type BoardAccess } from '../admin/access.ts';
import { approveAnswer, approveAnswers, editAnswer, hideAnswer, redactAnswer, rejectAnswer, setExample, type ModerationResult } from './moderation.actions.ts';
import { sendError } from '../web/errors.ts';
import { countAnswersByStatus, findAnswerOnBoard, listAnswersForModeration } from '../answers/answers.queries.ts';
import { adminBoardPath } from '../web/paths.ts';
import { listAuditLog } from './moderation.queries.ts';
import { AuditPage, EditAnswerPage, QueuePage, type ReportsByAnswer } from './moderation.views.tsx';
import { listReportReasons } from '../reports/reports.queries.ts';
import { readForm } from '../web/input.ts';
import { bulkApproveForm, editAnswerForm, queueQuery, redactForm, rejectForm } from './moderation.input.ts';

const html = 'text/html; charset=utf-8';
// The facilitator area is served in English whatever the address (issue 14): its strings still come from the catalogue.
const m = catalogues.en.moderation;

type Params = { slug: string; id: string };

export function moderationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  app.get<{ Params: { slug: string }; Querystring: { status?: unknown; done?: unknown } }>('/admin/b/:slug/queue', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { status, done, count } = readForm(queueQuery, request.query);
    const [answers, counts] = await Promise.all([listAnswersForModeration(db, access.board.id, status), countAnswersByStatus(db, access.board.id)]);
    const notice = done === 'imported' && count !== undefined ? plural('en', count, m.importedCount) : done && m.notices[done];
    const reports: ReportsByAnswer = new Map();
    for (const r of await listReportReasons(
      db,
      answers.filter((a) => a.reportedAt).map((a) => a.id),
    )) {
      // Only reports since the last decision are open.
      const decidedAt = answers.find((a) => a.id === r.answerId)?.moderatedAt ?? '';
      if (r.createdAt > decidedAt) reports.set(r.answerId, [...(reports.get(r.answerId) ?? []), r]);
    }
    const page = h(QueuePage, {
      ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }),
      name: access.me.name,
      board: access.board,
      role: access.role,
      status,
      counts,
      answers,
      reports,
      notice,
    });
    return reply.type(html).send(renderPage(page));
  });

  const decisions: [string, (access: BoardAccess, id: string, body: unknown) => Promise<ModerationResult>][] = [
    ['approve', (a, id) => approveAnswer(db, deps, a.me.facilitatorId, a.board, id)],
    ['reject', (a, id, body) => rejectAnswer(db, deps, a.me.facilitatorId, a.board, id, readForm(rejectForm, body).reason)],
    ['hide', (a, id) => hideAnswer(db, deps, a.me.facilitatorId, a.board, id)],
    ['mark-example', (a, id) => setExample(db, deps, a.me.facilitatorId, a.board, id, true)],
    ['unmark-example', (a, id) => setExample(db, deps, a.me.facilitatorId, a.board, id, false)],
  ];
  for (const [action, decide] of decisions) {
    app.post<{ Params: Params }>(`/admin/b/:slug/answers/:id/${action}`, async (request, reply) => {
      const access = await requireBoardRole(request, reply, db, request.params.slug);
      if (!access) return reply;
      const result = await decide(access, request.params.id, request.body);
      if (result.kind === 'not-found') return reply.callNotFound();
      return reply.redirect(adminBoardPath(access.board.slug, `/queue?done=${action}`), 303);
    });
  }

  app.post<{ Params: Params }>('/admin/b/:slug/answers/:id/redact', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { span } = readForm(redactForm, request.body);
    const result = await redactAnswer(db, deps, access.me.facilitatorId, access.board, request.params.id, span);
    if (result.kind === 'not-found') return reply.callNotFound();
    if (result.kind === 'invalid') return sendError(request, reply, deps.pageContext, 409, result.error);
    return reply.redirect(adminBoardPath(access.board.slug, `/queue?done=redact#answer-${request.params.id}`), 303);
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/answers/approve', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { ids } = readForm(bulkApproveForm, request.body);
    const approved = await approveAnswers(db, deps, access.me.facilitatorId, access.board, ids);
    return reply.redirect(adminBoardPath(access.board.slug, `/queue?done=${approved > 0 ? 'bulk' : 'bulk-none'}`), 303);
  });

  app.get<{ Params: Params }>('/admin/b/:slug/answers/:id/edit', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const answer = await findAnswerOnBoard(db, access.board.id, request.params.id);
    if (!answer) return reply.callNotFound();
    const page = h(EditAnswerPage, {
      ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }),
      name: access.me.name,
      board: access.board,
      answerId: answer.id,
      body: answer.body,
      originalBody: answer.originalBody,
    });
    return reply.type(html).send(renderPage(page));
  });

  app.post<{ Params: Params }>('/admin/b/:slug/answers/:id/edit', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { body } = readForm(editAnswerForm, request.body);
    const result = await editAnswer(db, deps, access.me.facilitatorId, access.board, request.params.id, body);
    if (result.kind === 'not-found') return reply.callNotFound();
    if (result.kind === 'invalid') {
      const answer = await findAnswerOnBoard(db, access.board.id, request.params.id);
      const page = h(EditAnswerPage, {
        ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }),
        name: access.me.name,
        board: access.board,
        answerId: request.params.id,
        body,
        originalBody: answer?.originalBody ?? null,
        error: result.error,
      });
      return reply.code(422).type(html).send(renderPage(page));
    }
    return reply.redirect(adminBoardPath(access.board.slug, '/queue?done=edit'), 303);
  });

  app.get<{ Params: { slug: string } }>('/admin/b/:slug/audit', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const entries = await listAuditLog(db, access.board.id);
    return reply
      .type(html)
      .send(renderPage(h(AuditPage, { ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }), name: access.me.name, board: access.board, entries })));
  });
}
