import { h } from 'preact';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { suggestsRisk } from '../safety/safety.ts';
import { changeOwnAnswer, changeOwnAnswerUse, deleteOwnAnswer, openOwnAnswer } from './authors.actions.ts';
import { findAnswerForAuthor, type AuthorAnswer } from '../answers/answers.queries.ts';
import { managePath } from '../web/paths.ts';
import { ManageDonePage, ManageHelpPage, ManagePage, ManageStartPage, type AuthorAnswerShown } from './authors.views.tsx';
import { readForm } from '../web/input.ts';
import { changeAnswerForm, changeUseForm, deleteAnswerForm, manageDoneQuery, openAnswerForm } from './authors.input.ts';
import { keptOffBoard } from '../answers/answers.views.tsx';
import { answerLimits, useWordingIn } from '../answers/answers.input.ts';
import { boardIn } from '../boards/board-language.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';
import { type Locale, localised } from '../i18n/locale.ts';

const html = 'text/html; charset=utf-8';

/** The author's pages: never cached, never leaking their address to another site. */
function privately(reply: FastifyReply): FastifyReply {
  return reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store').type(html);
}

export function authorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  /** The answer with its board's title in the reader's language when the board is translated, and the language each text is in. */
  async function shown(answer: AuthorAnswer, locale: Locale): Promise<AuthorAnswerShown> {
    const board = await findBoardBySlug(db, answer.boardSlug);
    if (!board) return answer;
    const inLocale = boardIn(board, locale);
    // The question and perspective show as written: findAnswerForAuthor does not read their translations.
    return { ...answer, boardTitle: inLocale.title, boardLang: { title: inLocale.lang, question: board.language, perspective: board.language } };
  }

  /** The done page, in the language the author made the change in. */
  const done = (locale: Locale, answerId: string, query: string) => localised(locale, `${managePath(answerId, 'done')}?${query}`);

  app.get<{ Params: { id: string } }>('/a/:id/manage', async (request, reply) => {
    if (!(await findAnswerForAuthor(db, request.params.id))) return reply.callNotFound();
    return privately(reply).send(renderPage(h(ManageStartPage, { ctx: deps.pageContext(request, reply.cspNonce), answerId: request.params.id })));
  });

  app.post<{ Params: { id: string } }>('/a/:id/manage', async (request, reply) => {
    const { key } = readForm(openAnswerForm, request.body);
    const answer = await openOwnAnswer(db, request.params.id, key);
    const ctx = deps.pageContext(request, reply.cspNonce);
    if (!answer) return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: ctx.t.authors.wrongKey })));
    return privately(reply).send(renderPage(h(ManagePage, { ctx, answer: await shown(answer, request.locale), keyValue: key, body: answer.body })));
  });

  app.post<{ Params: { id: string } }>('/a/:id/manage/edit', async (request, reply) => {
    const { key, body } = readForm(changeAnswerForm, request.body);
    const result = await changeOwnAnswer(db, deps, request.params.id, key, body);
    const ctx = deps.pageContext(request, reply.cspNonce);
    const { locale } = request;
    if (result.kind === 'forbidden')
      return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: ctx.t.authors.wrongKey })));
    if (result.kind === 'invalid') {
      const error = result.error === 'blank' ? ctx.t.authors.enterAnswer : ctx.t.authors.tooLong(formatNumber(locale, answerLimits.body));
      const page = h(ManagePage, { ctx, answer: await shown(result.answer, locale), keyValue: key, body, error });
      return privately(reply.code(422)).send(renderPage(page));
    }
    const help = suggestsRisk(result.held) ? '&help=1' : '';
    return reply.redirect(done(locale, request.params.id, `changed=${result.status}${help}`), 303);
  });

  app.post<{ Params: { id: string } }>('/a/:id/manage/use', async (request, reply) => {
    const { key, use } = readForm(changeUseForm, request.body);
    const ctx = deps.pageContext(request, reply.cspNonce);
    if (!use) {
      const answer = await openOwnAnswer(db, request.params.id, key);
      if (!answer) return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: ctx.t.authors.wrongKey })));
      const page = h(ManagePage, { ctx, answer: await shown(answer, request.locale), keyValue: key, body: answer.body, useError: ctx.t.authors.chooseUse });
      return privately(reply.code(422)).send(renderPage(page));
    }
    const result = await changeOwnAnswerUse(db, deps, request.params.id, key, use);
    if (result.kind === 'forbidden')
      return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: ctx.t.authors.wrongKey })));
    return reply.redirect(done(request.locale, request.params.id, `use=${result.use}`), 303);
  });

  app.post<{ Params: { id: string } }>('/a/:id/manage/delete', async (request, reply) => {
    const result = await deleteOwnAnswer(db, deps, request.params.id, readForm(deleteAnswerForm, request.body).key);
    const ctx = deps.pageContext(request, reply.cspNonce);
    if (result.kind === 'forbidden')
      return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: ctx.t.authors.wrongKey })));
    return reply.redirect(done(request.locale, request.params.id, `deleted=${encodeURIComponent(result.boardSlug)}`), 303);
  });

  app.get<{ Params: { id: string }; Querystring: { changed?: unknown; deleted?: unknown; help?: unknown } }>('/a/:id/manage/done', async (request, reply) => {
    const ctx = deps.pageContext(request, reply.cspNonce);
    const { locale } = request;
    const m = catalogues[locale].authors;
    const query = readForm(manageDoneQuery, request.query);
    if (query.deleted) return privately(reply).send(renderPage(h(ManageDonePage, { ctx, title: m.deletedTitle, message: m.deletedText })));
    const found = await findAnswerForAuthor(db, request.params.id);
    if (!found) return reply.callNotFound();
    const answer = await shown(found, locale);
    // After a change that suggests the author may be at risk: the same calm help as after a new answer.
    if (query.help) return privately(reply).send(renderPage(h(ManageHelpPage, { ctx, boardSlug: answer.boardSlug, boardTitle: answer.boardTitle })));
    const onBoard = answer.useAllowed === 'board';
    const message = query.use
      ? m.useSaved(useWordingIn(locale)[query.use].short, keptOffBoard(query.use, locale) ?? (answer.status === 'published' ? m.onBoardNow : m.onBoardOnceRead))
      : answer.status !== 'published'
        ? onBoard
          ? m.readBeforeAppears
          : m.readBeforeUsed
        : onBoard
          ? m.changedPublished
          : m.changedSaved;
    return privately(reply).send(
      renderPage(h(ManageDonePage, { ctx, title: m.savedTitle, message, boardSlug: answer.boardSlug, boardTitle: answer.boardTitle })),
    );
  });
}
