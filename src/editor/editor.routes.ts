import { h } from 'preact';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Board } from '../db/tables.ts';
import type { AppDeps } from '../deps.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { localised, otherLocale } from '../i18n/locale.ts';
import { renderPage } from '../web/html.ts';
import { requireFacilitator } from '../accounts/session.ts';
import { requireBoardRole, type BoardAccess } from '../admin/access.ts';
import { parseForm, readForm } from '../web/input.ts';
import {
  editQuery,
  newBoardForm,
  perspectiveEditForm,
  perspectiveForm,
  questionEditForm,
  questionForm,
  settingsForm,
  settingsValues,
  type SettingsValues,
} from './editor.input.ts';
import { adminBoardPath } from '../web/paths.ts';
import {
  addPerspective,
  addQuestion,
  archiveBoard,
  createBoardAsOwner,
  editPerspective,
  editQuestion,
  moveItem,
  setRetired,
  updateBoardSettings,
} from './editor.actions.ts';
import { listAllPerspectives, listAllQuestions, type ItemTable } from './editor.queries.ts';
import { EditBoardPage, NewBoardPage, type Errors } from './editor.views.tsx';

const html = 'text/html; charset=utf-8';

function valuesOf(board: Board): SettingsValues {
  return {
    slug: board.slug,
    language: board.language,
    title: board.title,
    translatedTitle: board.translatedTitle ?? '',
    intro: board.intro,
    translatedIntro: board.translatedIntro ?? '',
    moderation: board.moderation,
    accepting: Boolean(board.accepting),
    listed: Boolean(board.listed),
  };
}

const editorOf = (request: FastifyRequest) => catalogues[request.locale].editor;

export function editorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  async function renderEdit(
    reply: FastifyReply,
    access: BoardAccess,
    options: { errors?: Errors; values?: SettingsValues; notice?: string; status?: number } = {},
  ) {
    const [questions, perspectives] = await Promise.all([listAllQuestions(db, access.board.id), listAllPerspectives(db, access.board.id)]);
    const page = h(EditBoardPage, {
      ctx: deps.pageContext(reply.request, reply.cspNonce),
      name: access.me.name,
      board: access.board,
      values: options.values ?? valuesOf(access.board),
      questions,
      perspectives,
      errors: options.errors ?? {},
      notice: options.notice,
    });
    return reply
      .code(options.status ?? 200)
      .type(html)
      .send(renderPage(page));
  }

  // Redirects keep the page's language: a facilitator working in Welsh stays on the /cy pages.
  const back = (reply: FastifyReply, access: BoardAccess, anchor = '') =>
    reply.redirect(localised(reply.request.locale, adminBoardPath(access.board.slug, `/edit?done=saved${anchor}`)), 303);

  app.get('/admin/boards/new', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const values: SettingsValues = {
      slug: '',
      language: request.locale,
      title: '',
      translatedTitle: '',
      intro: '',
      translatedIntro: '',
      moderation: 'pre',
      accepting: true,
      listed: true,
    };
    return reply.type(html).send(renderPage(h(NewBoardPage, { ctx: deps.pageContext(request, reply.cspNonce), name: me.name, values, errors: {} })));
  });

  app.post('/admin/boards', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const m = editorOf(request);
    const parsed = parseForm(newBoardForm(m), request.body);
    const values: SettingsValues = readForm(settingsValues, request.body);
    let errors: Errors;
    if (parsed.ok) {
      const { slug, ...settings } = parsed.input;
      const result = await createBoardAsOwner(db, me.facilitatorId, slug, settings);
      if (result.kind === 'created') return reply.redirect(localised(request.locale, adminBoardPath(result.slug, '/edit?done=created')), 303);
      errors = { slug: m.errors.slugTaken };
    } else {
      errors = parsed.errors;
    }
    return reply
      .code(422)
      .type(html)
      .send(renderPage(h(NewBoardPage, { ctx: deps.pageContext(request, reply.cspNonce), name: me.name, values, errors })));
  });

  app.get<{ Params: { slug: string }; Querystring: { done?: unknown } }>('/admin/b/:slug/edit', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const { done } = readForm(editQuery, request.query);
    return renderEdit(reply, access, { notice: done && editorOf(request).notices[done] });
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/settings', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const m = editorOf(request);
    const parsed = parseForm(settingsForm(m, access.board), request.body, settingsValues);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, values: { ...parsed.values, slug: access.board.slug }, status: 422 });
    const saved = await updateBoardSettings(db, access.board, access.me.facilitatorId, parsed.input);
    if (saved.kind === 'untranslated') {
      const errors = { language: m.errors.untranslatedItems(parsed.input.language, saved.count) };
      const values = { ...readForm(settingsValues, request.body), slug: access.board.slug };
      return renderEdit(reply, access, { errors, values, status: 422 });
    }
    return back(reply, access);
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/archive', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    await archiveBoard(db, access.board, access.me.facilitatorId);
    return reply.redirect(localised(request.locale, adminBoardPath(access.board.slug, '/edit?done=archived')), 303);
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/questions', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const parsed = parseForm(questionForm(editorOf(request)), request.body);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, status: 422 });
    await addQuestion(db, access.board, access.me.facilitatorId, parsed.input);
    return back(reply, access, '#questions');
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/perspectives', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const parsed = parseForm(perspectiveForm(editorOf(request), otherLocale(access.board.language)), request.body);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, status: 422 });
    await addPerspective(db, access.board, access.me.facilitatorId, parsed.input);
    return back(reply, access, '#perspectives');
  });

  app.post<{ Params: { slug: string; id: string } }>('/admin/b/:slug/questions/:id', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const parsed = parseForm(questionEditForm(editorOf(request), request.params.id), request.body);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, status: 422 });
    if (!(await editQuestion(db, access.board, access.me.facilitatorId, request.params.id, parsed.input))) return reply.callNotFound();
    return back(reply, access, '#questions');
  });

  app.post<{ Params: { slug: string; id: string } }>('/admin/b/:slug/perspectives/:id', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const id = request.params.id;
    const parsed = parseForm(perspectiveEditForm(editorOf(request), otherLocale(access.board.language), id), request.body);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, status: 422 });
    if (!(await editPerspective(db, access.board, access.me.facilitatorId, id, parsed.input))) return reply.callNotFound();
    return back(reply, access, '#perspectives');
  });

  for (const table of ['questions', 'perspectives'] as ItemTable[]) {
    for (const action of ['move-up', 'move-down', 'retire', 'restore'] as const) {
      app.post<{ Params: { slug: string; id: string } }>(`/admin/b/:slug/${table}/:id/${action}`, async (request, reply) => {
        const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
        if (!access) return reply;
        const id = request.params.id;
        const found =
          action === 'move-up' || action === 'move-down'
            ? await moveItem(db, access.board, access.me.facilitatorId, table, id, action === 'move-up' ? 'up' : 'down')
            : await setRetired(db, access.board, access.me.facilitatorId, table, id, action === 'retire');
        if (!found) return reply.callNotFound();
        return back(reply, access, `#${table}`);
      });
    }
  }
}
