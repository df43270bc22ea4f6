import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../web/deps.ts';
import { renderPage } from '../web/html.ts';
import { sendError } from '../web/errors.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { boardPageHtml, newFormState, questionPageHtml, type FormState } from '../boards/boards.pages.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { afterSubmit, submitAnswer } from './answers.actions.ts';
import { parseAnswerForm, type FieldErrors } from './answers.input.ts';
import { findAnswerStatus, findPublishedAnswer } from './answers.queries.ts';
import { AnswerPage, ReceivedPage } from './answers.views.tsx';

const html = 'text/html; charset=utf-8';

function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

export function answerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, bus, config } = deps;

  app.post<{ Params: { slug: string } }>('/b/:slug/answers', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const parsed = parseAnswerForm(body);
    let errors: FieldErrors;
    if (parsed.ok) {
      const result = await submitAnswer(db, bus, board, parsed.input, parsed.formKey ? { from: 'form', value: parsed.formKey } : undefined);
      afterSubmit(deps, board, parsed.input, result);
      if (result.kind === 'saved') {
        // The private link's key rides in the #fragment: browsers keep it across the redirect and never send it back.
        const key = result.editToken ? `#key=${result.editToken}` : '';
        return reply.redirect(`/b/${encodeURIComponent(board.slug)}/received/${result.answerId}${key}`, 303);
      }
      if (result.kind === 'closed') return sendError(request, reply, deps.pageContext, 409, 'This board is closed for new answers.');
      errors = result.kind === 'invalid' ? result.errors : {};
    } else {
      errors = parsed.errors;
    }

    // Show the same page again with what the person typed and what to fix.
    const snapshot = await loadBoardSnapshot(db, board);
    const form: FormState = {
      ...newFormState({
        question: field(body, 'question'),
        perspective: field(body, 'perspective'),
        body: field(body, 'body'),
        displayName: field(body, 'displayName'),
        email: field(body, 'email'),
        consent: body.consent === 'yes',
      }),
      errors,
    };
    // Keep the one-time key, so fixing a mistake and sending again still stores one answer.
    const keptKey = field(body, 'formKey');
    if (/^[A-Za-z0-9_-]{16,64}$/.test(keptKey)) form.formKey = keptKey;
    const ctx = deps.pageContext(reply.cspNonce);
    const question = field(body, 'from') === 'question' ? snapshot.questions.find((q) => q.key === form.values.question) : undefined;
    reply.code(422).type(html);
    return reply.send(question ? questionPageHtml(ctx, board, snapshot, question, form) : boardPageHtml(ctx, config.baseUrl, board, snapshot, null, form));
  });

  app.get<{ Params: { slug: string; id: string } }>('/b/:slug/received/:id', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    const answer = board && (await findAnswerStatus(db, board.id, request.params.id));
    if (!board || !answer) return reply.callNotFound();
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    return reply.type(html).send(renderPage(h(ReceivedPage, { ctx: deps.pageContext(reply.cspNonce), board, answerId: answer.id, status: answer.status })));
  });

  app.get<{ Params: { id: string } }>('/a/:id', async (request, reply) => {
    const answer = await findPublishedAnswer(db, request.params.id);
    if (!answer) return reply.callNotFound();
    return reply.type(html).send(renderPage(h(AnswerPage, { ctx: deps.pageContext(reply.cspNonce), answer })));
  });
}
