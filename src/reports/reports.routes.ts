import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../web/deps.ts';
import { renderPage } from '../web/html.ts';
import type { Secrets } from '../web/secrets.ts';
import { cleanText } from '../answers/answers.input.ts';
import { findPublishedAnswer } from '../answers/answers.queries.ts';
import { reportAnswer, reportReasons, type ReportReason } from './reports.actions.ts';
import { findBoardOfAnswer } from './reports.queries.ts';
import { ReportPage, ReportedPage } from './reports.views.tsx';

const html = 'text/html; charset=utf-8';

export function reportRoutes(app: FastifyInstance, deps: AppDeps, secrets: Secrets): void {
  const { db, bus, config } = deps;

  app.get<{ Params: { id: string } }>('/a/:id/report', async (request, reply) => {
    const answer = await findPublishedAnswer(db, request.params.id);
    if (!answer) return reply.callNotFound();
    return reply.type(html).send(renderPage(h(ReportPage, { ctx: deps.pageContext(reply.cspNonce), answer, values: { reason: '', details: '' } })));
  });

  app.post<{ Params: { id: string } }>('/a/:id/report', async (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const reason = typeof body.reason === 'string' && body.reason in reportReasons ? (body.reason as ReportReason) : undefined;
    const details = cleanText(typeof body.details === 'string' ? body.details : '').slice(0, 500);
    const answer = await findPublishedAnswer(db, request.params.id);
    if (!answer) return reply.callNotFound();
    if (!reason) {
      const page = h(ReportPage, {
        ctx: deps.pageContext(reply.cspNonce),
        answer,
        error: 'Choose what is wrong with the answer',
        values: { reason: '', details },
      });
      return reply.code(422).type(html).send(renderPage(page));
    }
    const result = await reportAnswer(db, bus, config, answer.id, secrets.keyedHash(`report:${request.ip}`), reason, details);
    if (result.kind === 'reported' && reason === 'harmful') {
      const board = await findBoardOfAnswer(db, answer.id);
      if (board) deps.notifier.answerUrgent(board.id);
    }
    return reply.redirect(`/a/${answer.id}/reported`, 303);
  });

  app.get<{ Params: { id: string } }>('/a/:id/reported', async (request, reply) => {
    const board = await findBoardOfAnswer(db, request.params.id);
    if (!board) return reply.callNotFound();
    return reply.type(html).send(renderPage(h(ReportedPage, { ctx: deps.pageContext(reply.cspNonce), boardSlug: board.slug, boardTitle: board.title })));
  });
}
