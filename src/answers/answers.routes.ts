import { h } from 'preact';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Board } from '../db/tables.ts';
import { honeypotField, isDecoyId, newDecoyId } from '../safety/decoys.ts';
import type { IdentifyingSpan } from '../safety/identifying.ts';
import { parseHoldReasons } from '../safety/safety.ts';
import type { AppDeps } from '../web/deps.ts';
import { renderPage } from '../web/html.ts';
import { sendError } from '../web/errors.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { boardPageHtml, newFormState, questionPageHtml, type FormState } from '../boards/boards.pages.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { afterSubmit, submitAnswer } from './answers.actions.ts';
import { cleanText, parseAnswerForm, type FieldErrors } from './answers.input.ts';
import { findAnswerStatus, findPublishedAnswer } from './answers.queries.ts';
import { AnswerPage, ReceivedPage } from './answers.views.tsx';

const html = 'text/html; charset=utf-8';
const tooManyAnswers =
  'A lot of answers have come from your network in the last minute. Wait a minute, then send your answer again: what you wrote is kept below.';

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
    const received = (answerId: string, key = '') => reply.redirect(`/b/${encodeURIComponent(board.slug)}/received/${answerId}${key}`, 303);

    if (!deps.answerLimiter.take(request.ip)) {
      reply.header('retry-after', String(deps.answerLimiter.retryAfter(request.ip)));
      return showFormAgain(request, reply, board, body, { body: tooManyAnswers }, 429);
    }
    // Only a bot fills in the hidden field: it is answered as a person would be, and nothing is stored.
    if (field(body, honeypotField) !== '') return received(newDecoyId(deps.secrets));

    const parsed = parseAnswerForm(body);
    if (!parsed.ok) return showFormAgain(request, reply, board, body, parsed.errors, 422);
    const result = await submitAnswer(db, bus, board, parsed.input, {
      key: parsed.formKey ? { from: 'form', value: parsed.formKey } : undefined,
      sendAnyway: body.identifying === 'send-anyway',
      checked: await deps.proofOfWork.verify(body.check),
    });
    afterSubmit(deps, board, parsed.input, result);
    switch (result.kind) {
      case 'saved':
        // The private link's key rides in the #fragment: browsers keep it across the redirect and never send it back.
        return received(result.answerId, result.editToken ? `#key=${result.editToken}` : '');
      case 'suppressed':
        return received(newDecoyId(deps.secrets));
      case 'closed':
        return sendError(request, reply, deps.pageContext, 409, 'This board is closed for new answers.');
      case 'check-identifying':
        return showFormAgain(request, reply, board, body, {}, 200, result.spans);
      case 'invalid':
        return showFormAgain(request, reply, board, body, result.errors, 422);
      case 'key-reused':
        return showFormAgain(request, reply, board, body, {}, 422);
    }
  });

  /** The same page again with what the person typed, and what to fix or check. */
  async function showFormAgain(
    request: FastifyRequest,
    reply: FastifyReply,
    board: Board,
    body: Record<string, unknown>,
    errors: FieldErrors,
    status: number,
    found?: IdentifyingSpan[],
  ) {
    const snapshot = await loadBoardSnapshot(db, board);
    const form: FormState = {
      ...newFormState({
        question: field(body, 'question'),
        perspective: field(body, 'perspective'),
        body: cleanText(field(body, 'body')),
        displayName: field(body, 'displayName'),
        email: field(body, 'email'),
        consent: body.consent === 'yes',
      }),
      errors,
      found,
    };
    // Keep the one-time key, so fixing a mistake and sending again still stores one answer.
    const keptKey = field(body, 'formKey');
    if (/^[A-Za-z0-9_-]{16,64}$/.test(keptKey)) form.formKey = keptKey;
    const ctx = deps.pageContext(reply.cspNonce);
    const question = field(body, 'from') === 'question' ? snapshot.questions.find((q) => q.key === form.values.question) : undefined;
    reply.code(status).type(html).header('cache-control', 'no-store');
    return reply.send(question ? questionPageHtml(ctx, board, snapshot, question, form) : boardPageHtml(ctx, config.baseUrl, board, snapshot, null, form));
  }

  app.get<{ Params: { slug: string; id: string } }>('/b/:slug/received/:id', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const answer =
      (await findAnswerStatus(db, board.id, request.params.id)) ??
      (isDecoyId(deps.secrets, request.params.id) ? { id: request.params.id, status: 'pending' as const, heldFor: null } : undefined);
    if (!answer) return reply.callNotFound();
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    const page = h(ReceivedPage, {
      ctx: deps.pageContext(reply.cspNonce),
      board,
      answerId: answer.id,
      status: answer.status,
      held: parseHoldReasons(answer.heldFor),
    });
    return reply.type(html).send(renderPage(page));
  });

  app.get<{ Params: { id: string } }>('/a/:id', async (request, reply) => {
    const answer = await findPublishedAnswer(db, request.params.id);
    if (!answer) return reply.callNotFound();
    return reply.type(html).send(renderPage(h(AnswerPage, { ctx: deps.pageContext(reply.cspNonce), answer })));
  });
}
