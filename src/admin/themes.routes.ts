import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../deps.ts';
import type { Board } from '../db/tables.ts';
import { listPublishedAnswers, listQuestions } from '../boards/boards.queries.ts';
import { changeTheme, loadQuestionThemes, setThemeDisplay, type QuestionThemes, type ThemeChange } from '../themes/themes.actions.ts';
import { listThemeSettings } from '../themes/themes.queries.ts';
import { sendError } from '../web/errors.ts';
import { renderPage } from '../web/html.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { parseForm, readForm } from '../web/input.ts';
import { themesPath } from '../web/paths.ts';
import { requireBoardRole } from './access.ts';
import { displayForm, mergeForm, phraseForm, readPhraseQuery, themesQuery } from './themes.input.ts';
import { ThemesIndexPage, ThemesPage } from './themes.views.tsx';

const html = 'text/html; charset=utf-8';
type Params = { slug: string; question: string };

// The facilitators' themes pages are served in English whatever the address (issue 14).
const said = catalogues.en.themes.admin.errors;
const badPhrase = said.badPhrase;

/** Themes by perspective, for the board's moderators and owners: they already decide what readers see. */
export function themeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  /** The board and the question's themes, or undefined after answering (sign-in, 404 for a board or question not there). */
  async function open(
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
  ): Promise<{ board: Board; name: string; current: QuestionThemes } | undefined> {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return undefined;
    const current = await loadQuestionThemes(db, access.board, request.params.question);
    if (!current) {
      sendError(request, reply, deps.pageContext, 404, said.noQuestion);
      return undefined;
    }
    return { board: access.board, name: access.me.name, current };
  }

  app.get<{ Params: { slug: string } }>('/admin/b/:slug/themes', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { board } = access;
    const [questions, answers, settings] = await Promise.all([
      listQuestions(db, board.id),
      listPublishedAnswers(db, board.id),
      listThemeSettings(db, board.id),
    ]);
    const rows = questions.map((question) => ({
      question,
      answers: answers.filter((a) => a.questionKey === question.key).length,
      settings: settings.get(question.id) ?? { showPublic: false, showHandout: false },
    }));
    return reply
      .type(html)
      .send(renderPage(h(ThemesIndexPage, { ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }), name: access.me.name, board, questions: rows })));
  });

  app.get<{ Params: Params }>('/admin/b/:slug/themes/:question', async (request, reply) => {
    const opened = await open(request, reply);
    if (!opened) return reply;
    const phrase = readPhraseQuery(request.query);
    if (!phrase.ok) return sendError(request, reply, deps.pageContext, 400, badPhrase);
    const { current } = opened;
    if (phrase.phrase !== undefined && !current.themes.known.has(phrase.phrase) && !current.choices.hidden.has(phrase.phrase)) {
      return sendError(request, reply, deps.pageContext, 400, badPhrase);
    }
    const { done } = readForm(themesQuery, request.query);
    const page = h(ThemesPage, {
      ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }),
      name: opened.name,
      board: opened.board,
      current,
      phrase: phrase.phrase,
      notice: done,
    });
    return reply.type(html).header('cache-control', 'no-store').send(renderPage(page));
  });

  // Hide, show again, merge, unmerge: each a small form on the themes page; the page again afterwards, with a notice.
  const changes = {
    hide: { notice: 'hidden', read: (body: unknown) => phraseChange(body, 'hide') },
    unhide: { notice: 'unhidden', read: (body: unknown) => phraseChange(body, 'unhide') },
    unmerge: { notice: 'unmerged', read: (body: unknown) => phraseChange(body, 'unmerge') },
    merge: {
      notice: 'merged',
      read: (body: unknown): ThemeChange | undefined => {
        const parsed = parseForm(mergeForm, body);
        return parsed.ok ? { kind: 'merge', phrase: parsed.input.phrase, into: parsed.input.into } : undefined;
      },
    },
  } as const;
  for (const [action, { notice, read }] of Object.entries(changes)) {
    app.post<{ Params: Params }>(`/admin/b/:slug/themes/:question/${action}`, async (request, reply) => {
      const opened = await open(request, reply);
      if (!opened) return reply;
      const { board, current } = opened;
      const change = read(request.body);
      if (!change) return sendError(request, reply, deps.pageContext, 400, badPhrase);
      const result = await changeTheme(db, board, current, change);
      if (result.kind === 'unknown-phrase') return sendError(request, reply, deps.pageContext, 400, badPhrase);
      if (result.kind !== 'done' && change.kind === 'merge') {
        const message = result.kind === 'same-phrase' ? said.samePhrase : said.mergedAlready(change.into, change.phrase);
        const error = { field: 'into' as const, message, phrase: change.phrase, into: change.into };
        const page = h(ThemesPage, { ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }), name: opened.name, board, current, error });
        return reply.code(422).type(html).send(renderPage(page));
      }
      return reply.redirect(themesPath(board.slug, current.question.key, { done: notice }), 303);
    });
  }

  app.post<{ Params: Params }>('/admin/b/:slug/themes/:question/display', async (request, reply) => {
    const opened = await open(request, reply);
    if (!opened) return reply;
    const { board, current } = opened;
    const choice = readForm(displayForm, request.body);
    await setThemeDisplay(db, board, current, { showPublic: choice.public, showHandout: choice.handout });
    return reply.redirect(themesPath(board.slug, current.question.key, { done: 'saved' }), 303);
  });
}

function phraseChange(body: unknown, kind: 'hide' | 'unhide' | 'unmerge'): ThemeChange | undefined {
  const parsed = parseForm(phraseForm, body);
  return parsed.ok ? { kind, phrase: parsed.input.phrase } : undefined;
}
