import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../deps.ts';
import type { Board } from '../db/tables.ts';
import { requireBoardRole } from '../admin/access.ts';
import { sendError } from '../web/errors.ts';
import { renderPage } from '../web/html.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { readForm } from '../web/input.ts';
import { adminBoardPath, importPath } from '../web/paths.ts';
import { maxUploadBytes } from './google-forms.ts';
import { chosenMapping, importAnswers, openUpload, planImport, uploadFile } from './imports.actions.ts';
import { importUseForm, readMapping, uploadQuery } from './imports.input.ts';
import { MappingPage, UploadPage } from './imports.views.tsx';

const html = 'text/html; charset=utf-8';
type Params = { slug: string; id: string };
// The facilitator area is served in English whatever the address (issue 14); its words come from the catalogue.
const said = catalogues.en.imports.errors;

/** Import answers from a Google Form's CSV: upload, match the columns, preview, import. Owners and moderators of the board. */
export function importRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  const uploadPage = (reply: FastifyReply, name: string, board: Board, status: number, options: { error?: string; expired?: boolean } = {}) =>
    reply
      .code(status)
      .type(html)
      .send(renderPage(h(UploadPage, { ctx: deps.pageContext(reply.request, reply.cspNonce, { locale: 'en' }), name, board, ...options })));

  app.get<{ Params: { slug: string } }>('/admin/b/:slug/import', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { expired } = readForm(uploadQuery, request.query);
    return uploadPage(reply, access.me.name, access.board, 200, { expired });
  });

  // File uploads are read on this one route only, and never more than the limit.
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 10, parts: 11 } });
    scope.post<{ Params: { slug: string } }>('/admin/b/:slug/import', async (request, reply) => {
      const access = await requireBoardRole(request, reply, db, request.params.slug);
      if (!access) return reply;
      const { me, board } = access;
      if (!request.isMultipart()) return uploadPage(reply, me.name, board, 422, { error: said.noFile });
      let upload: { name: string; bytes: Buffer } | undefined;
      try {
        const file = await request.file();
        upload = file && file.filename !== '' ? { name: file.filename, bytes: await file.toBuffer() } : undefined;
      } catch (err) {
        // Whatever goes wrong reading the upload is about the request: the file too large, or a body that is not a form's.
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          return uploadPage(reply, me.name, board, 413, { error: said.tooLarge });
        }
        return uploadPage(reply, me.name, board, 400, { error: said.unreadable });
      }
      if (!upload) return uploadPage(reply, me.name, board, 422, { error: said.noFile });
      const result = await uploadFile(db, board, me.facilitatorId, upload.name, upload.bytes);
      if (result.kind === 'invalid') return uploadPage(reply, me.name, board, 422, { error: result.message });
      return reply.redirect(importPath(board.slug, result.id), 303);
    });
  });

  app.get<{ Params: Params }>('/admin/b/:slug/import/:id', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const open = await openUpload(db, access.board, request.params.id);
    if (!open) return reply.redirect(importPath(access.board.slug, { expired: true }), 303);
    if (open.questions.length === 0 || open.perspectives.length === 0) {
      return sendError(request, reply, deps.pageContext, 409, said.boardNotReady);
    }
    const input = readMapping(request.query, open.table.header.length);
    const mapping = chosenMapping(open, input);
    const plan = input.preview ? await planImport(db, access.board, open, mapping) : undefined;
    const page = h(MappingPage, {
      ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }),
      name: access.me.name,
      board: access.board,
      open,
      mapping,
      plan,
    });
    return reply.type(html).send(renderPage(page));
  });

  app.post<{ Params: Params }>('/admin/b/:slug/import/:id', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { board } = access;
    const open = await openUpload(db, board, request.params.id);
    if (!open) return reply.redirect(importPath(board.slug, { expired: true }), 303);
    if (open.questions.length === 0 || open.perspectives.length === 0) {
      return sendError(request, reply, deps.pageContext, 409, said.boardNotReady);
    }
    const mapping = chosenMapping(open, readMapping(request.body, open.table.header.length));
    const { use } = readForm(importUseForm, request.body);
    if (!use) {
      const plan = await planImport(db, board, open, mapping);
      const page = h(MappingPage, {
        ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }),
        name: access.me.name,
        board,
        open,
        mapping,
        plan,
        useError: said.useNotChosen,
      });
      return reply.code(422).type(html).send(renderPage(page));
    }
    const result = await importAnswers(db, deps, board, open, mapping, use);
    if (result.kind === 'imported') return reply.redirect(adminBoardPath(board.slug, `/queue?done=imported&count=${result.count}`), 303);
    const error = result.kind === 'nothing' ? said.nothing : said.raced;
    const plan = await planImport(db, board, open, mapping);
    const page = h(MappingPage, { ctx: deps.pageContext(request, reply.cspNonce, { locale: 'en' }), name: access.me.name, board, open, mapping, plan, error });
    return reply
      .code(result.kind === 'nothing' ? 422 : 409)
      .type(html)
      .send(renderPage(page));
  });
}
