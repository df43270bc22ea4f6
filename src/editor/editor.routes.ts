import { h } from 'preact';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Board } from '../db/tables.ts';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { requireFacilitator } from '../accounts/session.ts';
import { requireBoardRole, type BoardAccess } from '../admin/access.ts';
import { boardSettingsSchema, newBoardSchema, perspectiveFormSchema, questionFormSchema } from '../boards/boards.input.ts';
import { parseForm, readForm } from '../web/input.ts';
import { editQuery, perspectiveEditForm, questionEditForm, settingsValues, type EditNotice } from './editor.input.ts';
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
import { EditBoardPage, NewBoardPage, type Errors, type SettingsValues } from './editor.views.tsx';

const html = 'text/html; charset=utf-8';

function valuesOf(board: Board): SettingsValues {
  return {
    slug: board.slug,
    title: board.title,
    intro: board.intro,
    moderation: board.moderation,
    accepting: Boolean(board.accepting),
    listed: Boolean(board.listed),
  };
}

const notices: Record<EditNotice, string> = {
  saved: 'Your changes are saved.',
  created: 'The board is created. Add its questions and perspectives below.',
  archived: 'The board is archived.',
};

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

  const back = (reply: FastifyReply, access: BoardAccess, anchor = '') => reply.redirect(adminBoardPath(access.board.slug, `/edit?done=saved${anchor}`), 303);

  app.get('/admin/boards/new', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const values: SettingsValues = { slug: '', title: '', intro: '', moderation: 'pre', accepting: true, listed: true };
    return reply.type(html).send(renderPage(h(NewBoardPage, { ctx: deps.pageContext(request, reply.cspNonce), name: me.name, values, errors: {} })));
  });

  app.post('/admin/boards', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const parsed = parseForm(newBoardSchema, request.body);
    const values: SettingsValues = readForm(settingsValues, request.body);
    let errors: Errors;
    if (parsed.ok) {
      const { slug, ...settings } = parsed.input;
      const result = await createBoardAsOwner(db, me.facilitatorId, slug, { ...settings, moderation: settings.moderation! });
      if (result.kind === 'created') return reply.redirect(adminBoardPath(result.slug, '/edit?done=created'), 303);
      errors = { slug: 'There is already a board at that web address: choose another' };
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
    return renderEdit(reply, access, { notice: done && notices[done] });
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/settings', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const parsed = parseForm(boardSettingsSchema, request.body, settingsValues);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, values: { ...parsed.values, slug: access.board.slug }, status: 422 });
    await updateBoardSettings(db, access.board, access.me.facilitatorId, { ...parsed.input, moderation: parsed.input.moderation! });
    return back(reply, access);
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/archive', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    await archiveBoard(db, access.board, access.me.facilitatorId);
    return reply.redirect(adminBoardPath(access.board.slug, '/edit?done=archived'), 303);
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/questions', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const parsed = parseForm(questionFormSchema, request.body);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, status: 422 });
    await addQuestion(db, access.board, access.me.facilitatorId, parsed.input.text);
    return back(reply, access, '#questions');
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/perspectives', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const parsed = parseForm(perspectiveFormSchema, request.body);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, status: 422 });
    await addPerspective(db, access.board, access.me.facilitatorId, { ...parsed.input, plural: parsed.input.plural || null });
    return back(reply, access, '#perspectives');
  });

  app.post<{ Params: { slug: string; id: string } }>('/admin/b/:slug/questions/:id', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const parsed = parseForm(questionEditForm(request.params.id), request.body);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, status: 422 });
    if (!(await editQuestion(db, access.board, access.me.facilitatorId, request.params.id, parsed.input.text))) return reply.callNotFound();
    return back(reply, access, '#questions');
  });

  app.post<{ Params: { slug: string; id: string } }>('/admin/b/:slug/perspectives/:id', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const id = request.params.id;
    const parsed = parseForm(perspectiveEditForm(id), request.body);
    if (!parsed.ok) return renderEdit(reply, access, { errors: parsed.errors, status: 422 });
    if (!(await editPerspective(db, access.board, access.me.facilitatorId, id, { ...parsed.input, plural: parsed.input.plural || null })))
      return reply.callNotFound();
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
