import { h } from 'preact';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import type { Board } from '../db/tables.ts';
import { renderPage } from '../web/html.ts';
import { formBody, readForm } from '../web/input.ts';
import { joinPath, joinSentPath } from '../web/paths.ts';
import { latestEventId } from '../live/live.store.ts';
import { isDecoyId } from '../safety/abuse/decoys.ts';
import { parseHoldReasons } from '../safety/safety.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { findAnswerStatus } from '../answers/answers.queries.ts';
import { hasErrors, newFormState, type FormState } from '../answers/answers.pages.ts';
import { takeAnswerForm } from '../answers/answers.routes.ts';
import { boardIn } from '../boards/board-language.ts';
import { localised } from '../i18n/locale.ts';
import { normaliseJoinCode } from './join-code.ts';
import { joinCodeQuery, perspectiveCookie, perspectiveCookieValue, readPerspectiveCookie } from './workshop.input.ts';
import { findAnswerQuestionId, findSessionByCode } from './workshop.queries.ts';
import { JoinCodePage, JoinNotFoundPage, JoinPage, JoinSentPage, type NextStep } from './join.views.tsx';

const html = 'text/html; charset=utf-8';

/** People in the room: `/j/:code` (the session's question and the form), sending an answer, the confirmation, and typing a code. */
export function joinRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  /** The session a code in the address belongs to, with its board; or undefined after the friendly 404. */
  async function sessionFor(reply: FastifyReply, typed: string) {
    const code = normaliseJoinCode(typed);
    const found = code ? await findSessionByCode(db, code) : undefined;
    const board = found && (await findBoardBySlug(db, found.boardSlug));
    if (!found || !board) {
      notFound(reply, typed);
      return undefined;
    }
    return { session: found, board };
  }

  function notFound(reply: FastifyReply, typed: string, board?: Board) {
    const shown = board && boardIn(board, reply.request.locale);
    const page = h(JoinNotFoundPage, { ctx: deps.pageContext(reply.request, reply.cspNonce), board: shown, typed: typed.slice(0, 40) });
    return reply.code(404).header('cache-control', 'no-store').type(html).send(renderPage(page));
  }

  /** The join page: the session's question (or a choice of question) with the form, in the state given. */
  async function sendJoinPage(reply: FastifyReply, board: Board, code: string, questionId: string | null, form: FormState, status = 200) {
    const snapshot = await loadBoardSnapshot(db, board, reply.request.locale);
    const question = snapshot.questions.find((q) => q.id === questionId) ?? null;
    const page = h(JoinPage, {
      ctx: deps.pageContext(reply.request, reply.cspNonce),
      board: boardIn(board, reply.request.locale),
      code,
      question,
      questions: snapshot.questions,
      perspectives: snapshot.perspectives,
      form,
      hasErrors: hasErrors(form),
    });
    return reply.code(status).header('cache-control', 'no-store').type(html).send(renderPage(page));
  }

  app.get<{ Querystring: { code?: unknown } }>('/j', async (request, reply) => {
    const typed = formBody(request.query).code;
    if (typed === undefined) return reply.type(html).send(renderPage(h(JoinCodePage, { ctx: deps.pageContext(request, reply.cspNonce) })));
    const { code } = readForm(joinCodeQuery, request.query);
    if (!code) return notFound(reply, typeof typed === 'string' ? typed : '');
    return reply.redirect(localised(request.locale, joinPath(code)), 303);
  });

  app.get<{ Params: { code: string } }>('/j/:code', async (request, reply) => {
    const found = await sessionFor(reply, request.params.code);
    if (!found) return reply;
    const { session, board } = found;
    if (session.endedAt) return notFound(reply, request.params.code, board);
    const snapshot = await loadBoardSnapshot(db, board, request.locale);
    // The perspective this browser chose last on this board, if the board still has it.
    const remembered = readPerspectiveCookie(request.cookies[perspectiveCookie], board.id);
    const perspective = snapshot.perspectives.some((p) => p.key === remembered) ? remembered : '';
    const question = snapshot.questions.find((q) => q.id === session.questionId);
    return sendJoinPage(reply, board, session.code, session.questionId, newFormState({ question: question?.key ?? '', perspective }));
  });

  // An answer sent just as the session ends is still an answer to the board: it is taken the same way.
  app.post<{ Params: { code: string } }>('/j/:code/answers', async (request, reply) => {
    const found = await sessionFor(reply, request.params.code);
    if (!found) return reply;
    const { session, board } = found;
    return takeAnswerForm(deps, request, reply, board, {
      received(answerId, key, sent) {
        if (sent) {
          reply.setCookie(perspectiveCookie, perspectiveCookieValue(board.id, sent.perspective), {
            // Under /cy/j/ for a Welsh page: a cookie's path is a prefix of the addresses it is sent to.
            path: localised(request.locale, joinPath('')),
            httpOnly: true,
            sameSite: 'lax',
            secure: config.baseUrl.startsWith('https:'),
            maxAge: 7 * 24 * 60 * 60,
          });
        }
        return reply.redirect(localised(request.locale, joinSentPath(session.code, answerId, key)), 303);
      },
      async showFormAgain(typed, errors, status, spotted) {
        const { question, perspective, body, displayName, email, use } = typed;
        const form: FormState = { ...newFormState({ question, perspective, body, displayName, email, use }), errors, found: spotted };
        if (typed.formKey) form.formKey = typed.formKey;
        // The question the person was answering stays fixed, even if the facilitator has moved on meanwhile.
        const snapshot = await loadBoardSnapshot(db, board, request.locale);
        const answering = typed.from === 'question' ? snapshot.questions.find((q) => q.key === question) : undefined;
        return sendJoinPage(reply, board, session.code, answering?.id ?? null, form, status);
      },
    });
  });

  app.get<{ Params: { code: string; id: string } }>('/j/:code/sent/:id', async (request, reply) => {
    // Read before the session: a change made after it reaches the page's stream (joined.js) as a missed event.
    const since = await latestEventId(db);
    const found = await sessionFor(reply, request.params.code);
    if (!found) return reply;
    const { session, board } = found;
    const answer =
      (await findAnswerStatus(db, board.id, request.params.id)) ??
      (isDecoyId(deps.secrets, request.params.id)
        ? { id: request.params.id, status: 'pending' as const, heldFor: null, useAllowed: 'board' as const }
        : undefined);
    if (!answer) return reply.callNotFound();
    const [snapshot, answeredId] = await Promise.all([loadBoardSnapshot(db, board, request.locale), findAnswerQuestionId(db, board.id, answer.id)]);
    // A decoy (nothing stored) reads as an answer to the question on the screen.
    const answered = answeredId ?? session.questionId;
    const next: NextStep = session.endedAt ? 'ended' : session.questionId === null ? 'another' : answered !== session.questionId ? 'next' : 'same';
    const page = h(JoinSentPage, {
      ctx: deps.pageContext(request, reply.cspNonce),
      board: boardIn(board, request.locale),
      code: session.code,
      answerId: answer.id,
      status: answer.status,
      use: answer.useAllowed,
      held: parseHoldReasons(answer.heldFor),
      answered: snapshot.questions.find((q) => q.id === answered)?.key ?? '',
      next,
      since,
    });
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    return reply.type(html).send(renderPage(page));
  });
}
