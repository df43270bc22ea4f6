import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import type { Secrets } from '../web/secrets.ts';
import { findBoardOfAnswer, findPublishedAnswer } from '../answers/answers.queries.ts';
import { reportedPath } from '../web/paths.ts';
import { parseForm } from '../web/input.ts';
import { localised } from '../i18n/locale.ts';
import { boardIn } from '../boards/board-language.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { reportAnswer } from './reports.actions.ts';
import { reportForm, reportValues } from './reports.input.ts';
import { ReportPage, ReportedPage } from './reports.views.tsx';

const html = 'text/html; charset=utf-8';

export function reportRoutes(app: FastifyInstance, deps: AppDeps, secrets: Secrets): void {
  const { db, config } = deps;

  app.get<{ Params: { id: string } }>('/a/:id/report', async (request, reply) => {
    const answer = await findPublishedAnswer(db, request.params.id);
    if (!answer) return reply.callNotFound();
    return reply.type(html).send(renderPage(h(ReportPage, { ctx: deps.pageContext(request, reply.cspNonce), answer, values: { reason: '', details: '' } })));
  });

  app.post<{ Params: { id: string } }>('/a/:id/report', async (request, reply) => {
    const parsed = parseForm(reportForm, request.body, reportValues);
    const answer = await findPublishedAnswer(db, request.params.id);
    if (!answer) return reply.callNotFound();
    if (!parsed.ok) {
      const ctx = deps.pageContext(request, reply.cspNonce);
      const page = h(ReportPage, {
        ctx,
        answer,
        // The form's one rule (reports.input.ts): a reason must be chosen.
        error: parsed.errors.reason && ctx.t.reports.chooseReason,
        values: { reason: '', details: parsed.values.details },
      });
      return reply.code(422).type(html).send(renderPage(page));
    }
    const { reason, details } = parsed.input;
    await reportAnswer(db, deps, config, answer.id, secrets.keyedHash(`report:${request.ip}`), reason, details);
    return reply.redirect(localised(request.locale, reportedPath(answer.id)), 303);
  });

  app.get<{ Params: { id: string } }>('/a/:id/reported', async (request, reply) => {
    const found = await findBoardOfAnswer(db, request.params.id);
    // The whole board, for its title in the reader's language.
    const board = found && (await findBoardBySlug(db, found.slug));
    if (!board) return reply.callNotFound();
    const shown = boardIn(board, request.locale);
    return reply
      .type(html)
      .send(renderPage(h(ReportedPage, { ctx: deps.pageContext(request, reply.cspNonce), boardSlug: shown.slug, boardTitle: shown.title })));
  });
}
