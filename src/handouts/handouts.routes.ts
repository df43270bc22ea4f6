import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../deps.ts';
import type { Board } from '../db/tables.ts';
import { requireBoardRole } from '../admin/access.ts';
import { renderPage } from '../web/html.ts';
import { parseForm, readForm } from '../web/input.ts';
import { handoutPath } from '../web/paths.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { handoutPdf } from './handout-pdf.ts';
import { loadHandout, pickAnswer, saveIntro, saveNote } from './handouts.actions.ts';
import { builderQuery, introAsTyped, introForm, type PickMove, pickForm, readNoteForm, sizeOf } from './handouts.input.ts';
import { type BuilderError, type BuilderNotice, HandoutBuilderPage, HandoutPrintPage } from './handouts.views.tsx';

const html = 'text/html; charset=utf-8';
type Params = { slug: string };

// The builder is served in English whatever the address (issue 14); the handout it prints is in the board's language.
const said = catalogues.en.handouts.builder.errors;

const doneOf: Record<PickMove, BuilderNotice['done']> = { add: 'added', remove: 'removed', up: 'up', down: 'down' };

/** A file name that is safe in a Content-Disposition header whatever the slug holds. */
function fileName(board: Board, large: boolean): string {
  const base = board.slug.replace(/[^a-z0-9-]/gi, '').slice(0, 60) || 'board';
  return `${base}-handout${large ? '-large-print' : ''}.pdf`;
}

/** The handout builder, its print preview and its PDF: for owners and moderators of the board. */
export function handoutRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  const builder = async (reply: FastifyReply, name: string, board: Board, status: number, options: { notice?: BuilderNotice; error?: BuilderError }) => {
    const handout = await loadHandout(db, config, board);
    const page = h(HandoutBuilderPage, { ctx: deps.pageContext(reply.request, reply.cspNonce, { locale: 'en' }), name, handout, ...options });
    return reply.code(status).type(html).header('cache-control', 'no-store').send(renderPage(page));
  };

  app.get<{ Params: Params }>('/admin/b/:slug/handout', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { done, q } = readForm(builderQuery, request.query);
    return builder(reply, access.me.name, access.board, 200, { notice: done ? { done, questionKey: q } : undefined });
  });

  app.post<{ Params: Params }>('/admin/b/:slug/handout/answers', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { me, board } = access;
    const form = parseForm(pickForm, request.body);
    if (!form.ok) {
      return builder(reply, me.name, board, 422, { error: { field: 'main', message: form.errors.answer ?? form.errors.move ?? said.chooseAnswer } });
    }
    const { answer, move } = form.input;
    const result = await pickAnswer(db, board, answer, move);
    if (result.kind === 'invalid') return builder(reply, me.name, board, 422, { error: { field: 'main', message: result.message } });
    return reply.redirect(handoutPath(board.slug, `?done=${doneOf[move]}&q=${encodeURIComponent(result.questionKey)}#answer-${answer}`), 303);
  });

  app.post<{ Params: Params }>('/admin/b/:slug/handout/note', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { me, board } = access;
    const form = readNoteForm(request.body);
    if (!form.ok) {
      const { question, note } = form.values;
      return builder(reply, me.name, board, 422, {
        error: { field: `note-${question}`, message: form.errors.note ?? said.checkNote, typed: { questionKey: question, text: note } },
      });
    }
    const question = await saveNote(db, board, form.input.question, form.input.note);
    if (!question)
      return builder(reply, me.name, board, 422, {
        error: { field: 'main', message: said.notOnBoard },
      });
    return reply.redirect(handoutPath(board.slug, `?done=note&q=${encodeURIComponent(question.key)}#q-${encodeURIComponent(question.key)}`), 303);
  });

  app.post<{ Params: Params }>('/admin/b/:slug/handout/intro', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { me, board } = access;
    const form = parseForm(introForm, request.body, introAsTyped);
    if (!form.ok) {
      return builder(reply, me.name, board, 422, {
        error: { field: 'intro', message: form.errors.intro ?? said.checkIntro, typed: { text: form.values.intro } },
      });
    }
    await saveIntro(db, board, form.input.intro);
    return reply.redirect(handoutPath(board.slug, '?done=intro#handout-intro'), 303);
  });

  app.get<{ Params: Params }>('/admin/b/:slug/handout/print', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const handout = await loadHandout(db, config, access.board);
    const size = sizeOf(request.query);
    const page = h(HandoutPrintPage, { ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }), name: access.me.name, handout, size });
    return reply.type(html).header('cache-control', 'no-store').send(renderPage(page));
  });

  app.get<{ Params: Params }>('/admin/b/:slug/handout.pdf', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const size = sizeOf(request.query);
    const file = await handoutPdf(await loadHandout(db, config, access.board), size);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${fileName(access.board, size === 'large')}"`)
      .header('cache-control', 'no-store')
      .send(file);
  });
}
