import { h } from 'preact';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Board } from '../db/tables.ts';
import { honeypotField, isDecoyId, newDecoyId } from '../safety/abuse/decoys.ts';
import type { IdentifyingSpan } from '../safety/identifying/identifying.ts';
import { parseHoldReasons } from '../safety/safety.ts';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { formBody, parseForm, readForm } from '../web/input.ts';
import { boardPageQuery } from '../boards/boards.input.ts';
import { sendError } from '../web/errors.ts';
import { etagMatches } from '../web/encoded.ts';
import { publicThemes } from '../themes/themes.actions.ts';
import { boardPath, questionPath, receivedPath } from '../web/paths.ts';
import { boardIn } from '../boards/board-language.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, localised } from '../i18n/locale.ts';
import { answerShare } from '../boards/share.ts';
import { ShareSection } from '../boards/share.views.tsx';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { submitAnswer } from './answers.actions.ts';
import { boardPageHtml, newFormState, questionPageHtml, shareMeta, type FormState } from './answers.pages.ts';
import { answerFormAsTyped, parseAnswerForm, type AnswerFormAsTyped, type AnswerInput, type FieldErrors } from './answers.input.ts';
import { findAnswerStatus, findPublishedAnswer } from './answers.queries.ts';
import { AnswerPage, ReceivedPage } from './answers.views.tsx';

const html = 'text/html; charset=utf-8';

/** What a sent answer form leads to, on each page that carries one (the board's pages, a live session's join page). */
export interface AnswerFormReplies {
  /** The confirmation; the private link's key when one was made, and the answer as sent when it was taken as a person's. */
  received(answerId: string, key?: string, sent?: AnswerInput): FastifyReply;
  /** The form again with what the person typed, and what to fix or check. */
  showFormAgain(typed: AnswerFormAsTyped, errors: FieldErrors, status: number, found?: IdentifyingSpan[]): Promise<FastifyReply>;
}

/** Takes a sent answer form: the rate limit, the honeypot, the form's shape, the browser check, then submitAnswer and each of its results. */
export async function takeAnswerForm(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, board: Board, replies: AnswerFormReplies) {
  const body = formBody(request.body);
  const typed = readForm(answerFormAsTyped, body);
  const said = catalogues[request.locale].answers.errors;

  if (!(await deps.answerLimiter.take(request.ip))) {
    reply.header('retry-after', String(await deps.answerLimiter.retryAfter(request.ip)));
    return replies.showFormAgain(typed, { body: said.tooMany }, 429);
  }
  // Only a bot fills in the hidden field: it is answered as a person would be, and nothing is stored.
  if (typed[honeypotField] !== '') return replies.received(newDecoyId(deps.secrets));

  const parsed = parseAnswerForm(body, request.locale);
  if (!parsed.ok) return replies.showFormAgain(typed, parsed.errors, 422);
  const result = await submitAnswer(deps.db, deps, board, parsed.input, {
    // Without its key (a cached page read with JavaScript off) a resend is still recognised: see findRecentDuplicate.
    key: { from: 'form', value: parsed.formKey ?? null },
    sendAnyway: typed.identifying === 'send-anyway',
    checked: await deps.proofOfWork.verify(body.check),
    // The private-link email goes out in the language the author was writing in.
    locale: request.locale,
  });
  switch (result.kind) {
    case 'saved':
      // The private link's key rides in the #fragment: browsers keep it across the redirect and never send it back.
      return replies.received(result.answerId, result.editToken, parsed.input);
    case 'suppressed':
      return replies.received(newDecoyId(deps.secrets), undefined, parsed.input);
    case 'closed':
      return sendError(request, reply, deps.pageContext, 409, catalogues[request.locale].answers.form.closed);
    case 'check-identifying':
      return replies.showFormAgain(typed, {}, 200, result.spans);
    case 'invalid':
      // Said by the action in the page's language (the locale above).
      return replies.showFormAgain(typed, result.errors, 422);
    case 'key-reused':
      return replies.showFormAgain(typed, {}, 422);
  }
}

export function answerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  // The board and question pages carry the answer form, so they are served here, with the answers they send.
  app.get<{ Params: { slug: string } }>('/b/:slug', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const query = parseForm(boardPageQuery, request.query);
    if (!query.ok) return reply.callNotFound();
    const filterKey = query.input.perspective || null;
    const { sort } = query.input;
    // Every change readers can see bumps the revision, so it names the page (weak: the encodings differ).
    const etag = `W/"${board.id}.${board.revision}.${request.locale}.${filterKey ?? ''}${sort ? `.${sort}` : ''}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    const snapshot = await loadBoardSnapshot(db, board, request.locale);
    if (filterKey && !snapshot.perspectives.some((p) => p.key === filterKey)) return reply.callNotFound();
    const page = snapshot.page(`board:${filterKey ?? ''}:${sort ?? ''}`, () =>
      boardPageHtml(
        deps.pageContext(request, '', { here: boardPath(board.slug, filterKey, sort) }),
        config.baseUrl,
        boardIn(board, request.locale),
        snapshot,
        filterKey,
        newFormState(),
        sort,
      ),
    );
    return deps.sharedPages.send(request, reply.type(html), board, page);
  });

  app.get<{ Params: { slug: string; question: string } }>('/b/:slug/q/:question', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    // "Ask a manager" links choose the perspective: checked like the board's filter. A key no longer on the board
    // (a link shared before the perspective was removed) chooses nothing rather than losing the reader.
    const query = parseForm(boardPageQuery, request.query);
    if (!query.ok) return reply.callNotFound();
    const { perspective, sort } = query.input;
    // The address's own parts, encoded: a header holds ASCII only.
    const etag = `W/"${board.id}.${board.revision}.${request.locale}.q.${encodeURIComponent(request.params.question)}.${encodeURIComponent(perspective)}${sort ? `.${sort}` : ''}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    const snapshot = await loadBoardSnapshot(db, board, request.locale);
    const question = snapshot.questions.find((q) => q.key === request.params.question);
    if (!question) return reply.callNotFound();
    const asking = snapshot.perspectives.find((p) => p.key === perspective) ?? null;
    const themes = await publicThemes(db, board.id, question.id, board.revision);
    const page = snapshot.page(`question:${question.key}:${asking?.key ?? ''}:${sort ?? ''}`, () => {
      const form = newFormState({ question: question.key, perspective: asking?.key ?? '' });
      const here = questionPath(board.slug, question.key, asking?.key, sort);
      return questionPageHtml(
        deps.pageContext(request, '', { here }),
        config.baseUrl,
        boardIn(board, request.locale),
        snapshot,
        question,
        form,
        asking,
        sort,
        themes,
      );
    });
    return deps.sharedPages.send(request, reply.type(html), board, page);
  });

  app.post<{ Params: { slug: string } }>('/b/:slug/answers', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    return takeAnswerForm(deps, request, reply, board, {
      // In the form's language: a Welsh reader stays in Welsh.
      received: (answerId, key) => reply.redirect(localised(request.locale, receivedPath(board.slug, answerId, key)), 303),
      showFormAgain: (typed, errors, status, found) => showFormAgain(reply, board, typed, errors, status, found),
    });
  });

  /** The same page again with what the person typed, and what to fix or check. */
  async function showFormAgain(reply: FastifyReply, board: Board, typed: AnswerFormAsTyped, errors: FieldErrors, status: number, found?: IdentifyingSpan[]) {
    const { locale } = reply.request;
    const snapshot = await loadBoardSnapshot(db, board, locale);
    const { question: questionKey, perspective, body, displayName, email, use } = typed;
    const form: FormState = { ...newFormState({ question: questionKey, perspective, body, displayName, email, use }), errors, found };
    // Keep the one-time key, so fixing a mistake and sending again still stores one answer.
    if (typed.formKey) form.formKey = typed.formKey;
    const question = typed.from === 'question' ? snapshot.questions.find((q) => q.key === questionKey) : undefined;
    // This address takes POSTs only: the language switch leads to the page the form is on.
    const here = question ? questionPath(board.slug, question.key) : boardPath(board.slug);
    const ctx = deps.pageContext(reply.request, reply.cspNonce, { here });
    const shown = boardIn(board, locale);
    reply.code(status).type(html).header('cache-control', 'no-store');
    return reply.send(
      question ? questionPageHtml(ctx, config.baseUrl, shown, snapshot, question, form) : boardPageHtml(ctx, config.baseUrl, shown, snapshot, null, form),
    );
  }

  app.get<{ Params: { slug: string; id: string } }>('/b/:slug/received/:id', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const answer =
      (await findAnswerStatus(db, board.id, request.params.id)) ??
      (isDecoyId(deps.secrets, request.params.id)
        ? { id: request.params.id, status: 'pending' as const, heldFor: null, useAllowed: 'board' as const }
        : undefined);
    if (!answer) return reply.callNotFound();
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    const page = h(ReceivedPage, {
      ctx: deps.pageContext(request, reply.cspNonce),
      board: boardIn(board, request.locale),
      answerId: answer.id,
      status: answer.status,
      use: answer.useAllowed,
      held: parseHoldReasons(answer.heldFor),
    });
    return reply.type(html).send(renderPage(page));
  });

  app.get<{ Params: { id: string } }>('/a/:id', async (request, reply) => {
    const answer = await findPublishedAnswer(db, request.params.id);
    if (!answer) return reply.callNotFound();
    const board = await findBoardBySlug(db, answer.boardSlug);
    const { locale } = request;
    // The board's texts in the reader's language where translated (the answer itself stays as written).
    let shown: { answer: typeof answer; langs?: { question: Locale; perspective: Locale } } = { answer };
    if (board) {
      const snapshot = await loadBoardSnapshot(db, board, locale);
      const inLocale = boardIn(board, locale);
      const question = snapshot.questions.find((q) => q.key === answer.questionKey);
      const perspective = snapshot.perspectives.find((p) => p.key === answer.perspectiveKey);
      if (question && perspective) {
        shown = {
          answer: { ...answer, boardTitle: inLocale.title, questionText: question.text, perspectiveLabel: perspective.label },
          langs: { question: question.lang, perspective: perspective.lang },
        };
      }
    }
    // Shared as it is shown: the board's texts and the words around them in the page's language, at its address.
    const sharing = answerShare(config.baseUrl, shown.answer, board?.archivedAt ?? null, locale);
    const page = h(AnswerPage, {
      ctx: deps.pageContext(request, reply.cspNonce),
      answer: shown.answer,
      ...(shown.langs && { shown: shown.langs }),
      head: shareMeta(sharing, 'article'),
      share: h(ShareSection, { share: sharing.share, heading: catalogues[locale].answers.share, locale }),
    });
    return reply.type(html).send(renderPage(page));
  });
}
