import { h } from 'preact';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { suggestsRisk } from '../safety/safety.ts';
import { changeOwnAnswer, changeOwnAnswerUse, deleteOwnAnswer, openOwnAnswer } from './authors.actions.ts';
import { findAnswerForAuthor } from '../answers/answers.queries.ts';
import { managePath } from '../web/paths.ts';
import { ManageDonePage, ManageHelpPage, ManagePage, ManageStartPage } from './authors.views.tsx';
import { readForm } from '../web/input.ts';
import { changeAnswerForm, changeUseForm, deleteAnswerForm, manageDoneQuery, openAnswerForm } from './authors.input.ts';
import { keptOffBoard } from '../answers/answers.views.tsx';
import { useWording } from '../answers/answers.input.ts';

const html = 'text/html; charset=utf-8';
const wrongKey = 'This private key is not right. Copy the whole link from where you kept it, or the part after “#key=”.';

/** The author's pages: never cached, never leaking their address to another site. */
function privately(reply: FastifyReply): FastifyReply {
  return reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store').type(html);
}

export function authorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;

  app.get<{ Params: { id: string } }>('/a/:id/manage', async (request, reply) => {
    if (!(await findAnswerForAuthor(db, request.params.id))) return reply.callNotFound();
    return privately(reply).send(renderPage(h(ManageStartPage, { ctx: deps.pageContext(request, reply.cspNonce), answerId: request.params.id })));
  });

  app.post<{ Params: { id: string } }>('/a/:id/manage', async (request, reply) => {
    const { key } = readForm(openAnswerForm, request.body);
    const answer = await openOwnAnswer(db, request.params.id, key);
    const ctx = deps.pageContext(request, reply.cspNonce);
    if (!answer) return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: wrongKey })));
    return privately(reply).send(renderPage(h(ManagePage, { ctx, answer, keyValue: key, body: answer.body })));
  });

  app.post<{ Params: { id: string } }>('/a/:id/manage/edit', async (request, reply) => {
    const { key, body } = readForm(changeAnswerForm, request.body);
    const result = await changeOwnAnswer(db, deps, request.params.id, key, body);
    const ctx = deps.pageContext(request, reply.cspNonce);
    if (result.kind === 'forbidden')
      return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: wrongKey })));
    if (result.kind === 'invalid')
      return privately(reply.code(422)).send(renderPage(h(ManagePage, { ctx, answer: result.answer, keyValue: key, body, error: result.error })));
    if (suggestsRisk(result.held)) {
      return reply.redirect(`${managePath(request.params.id, 'done')}?changed=${result.status}&help=1`, 303);
    }
    return reply.redirect(`${managePath(request.params.id, 'done')}?changed=${result.status}`, 303);
  });

  app.post<{ Params: { id: string } }>('/a/:id/manage/use', async (request, reply) => {
    const { key, use } = readForm(changeUseForm, request.body);
    const ctx = deps.pageContext(request, reply.cspNonce);
    if (!use) {
      const answer = await openOwnAnswer(db, request.params.id, key);
      if (!answer) return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: wrongKey })));
      const page = h(ManagePage, { ctx, answer, keyValue: key, body: answer.body, useError: 'Choose where your answer may be used' });
      return privately(reply.code(422)).send(renderPage(page));
    }
    const result = await changeOwnAnswerUse(db, deps, request.params.id, key, use);
    if (result.kind === 'forbidden')
      return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: wrongKey })));
    return reply.redirect(`${managePath(request.params.id, 'done')}?use=${result.use}`, 303);
  });

  app.post<{ Params: { id: string } }>('/a/:id/manage/delete', async (request, reply) => {
    const result = await deleteOwnAnswer(db, deps, request.params.id, readForm(deleteAnswerForm, request.body).key);
    const ctx = deps.pageContext(request, reply.cspNonce);
    if (result.kind === 'forbidden')
      return privately(reply.code(403)).send(renderPage(h(ManageStartPage, { ctx, answerId: request.params.id, error: wrongKey })));
    return reply.redirect(`${managePath(request.params.id, 'done')}?deleted=${encodeURIComponent(result.boardSlug)}`, 303);
  });

  app.get<{ Params: { id: string }; Querystring: { changed?: unknown; deleted?: unknown; help?: unknown } }>('/a/:id/manage/done', async (request, reply) => {
    const ctx = deps.pageContext(request, reply.cspNonce);
    const query = readForm(manageDoneQuery, request.query);
    if (query.deleted) {
      return privately(reply).send(
        renderPage(h(ManageDonePage, { ctx, title: 'Your answer is deleted', message: 'It has been removed everywhere it appeared.' })),
      );
    }
    const answer = await findAnswerForAuthor(db, request.params.id);
    if (!answer) return reply.callNotFound();
    // After a change that suggests the author may be at risk: the same calm help as after a new answer.
    if (query.help) return privately(reply).send(renderPage(h(ManageHelpPage, { ctx, boardSlug: answer.boardSlug, boardTitle: answer.boardTitle })));
    const onBoard = answer.useAllowed === 'board';
    const message = query.use
      ? `Your answer: ${useWording[query.use].short.toLowerCase()}. ${keptOffBoard(query.use) ?? (answer.status === 'published' ? 'It is on the board for everyone to read.' : 'It appears on the board once a facilitator has read it.')}`
      : answer.status !== 'published'
        ? `A facilitator will read your changed answer before it ${onBoard ? 'appears' : 'is used'}.`
        : onBoard
          ? 'Your changed answer is published.'
          : 'Your changed answer is saved.';
    return privately(reply).send(
      renderPage(h(ManageDonePage, { ctx, title: 'Your changes are saved', message, boardSlug: answer.boardSlug, boardTitle: answer.boardTitle })),
    );
  });
}
