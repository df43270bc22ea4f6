import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { answerPath, apiReferencePath, openApiPath } from '../web/paths.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { submitAnswer } from '../answers/answers.actions.ts';
import { type FieldErrors, parseAnswerJson } from '../answers/answers.input.ts';
import { newDecoyId } from '../safety/abuse/decoys.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { openApiDocument } from './api.openapi.ts';
import { type AnswerCreatedResponse, type BoardResponse, type ErrorResponse, type InvalidFieldsResponse, idempotencyKey } from './api.schemas.ts';
import { ApiReferencePage } from './api.views.tsx';

const json = 'application/json; charset=utf-8';

// Every reply body is typed by a schema in api.schemas.ts, which the OpenAPI document is made from.
function problem(message: string): ErrorResponse;
function problem(message: string, fields: FieldErrors): InvalidFieldsResponse;
function problem(message: string, fields?: FieldErrors): ErrorResponse | InvalidFieldsResponse {
  return fields ? { error: 'invalid', message, fields } : { error: 'invalid', message };
}

export function apiRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const document = openApiDocument(deps.config.baseUrl);
  const documentJson = JSON.stringify(document);

  app.get(openApiPath, async (_request, reply) =>
    reply.header('cache-control', 'no-cache').header('access-control-allow-origin', '*').type(json).send(documentJson),
  );

  app.get(apiReferencePath, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(renderPage(ApiReferencePage({ ctx: deps.pageContext(reply.request, reply.cspNonce), document }))),
  );

  app.get<{ Params: { slug: string } }>('/api/v1/boards/:slug', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const etag = `W/"${board.id}.${board.revision}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache').header('access-control-allow-origin', '*');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const snapshot = await loadBoardSnapshot(db, board, board.language);
    const body = snapshot.rendered('api', () =>
      JSON.stringify({
        slug: board.slug,
        language: board.language,
        title: board.title,
        translatedTitle: board.translatedTitle,
        intro: board.intro,
        translatedIntro: board.translatedIntro,
        questions: snapshot.questions.map((q) => ({ key: q.key, text: q.text, translatedText: q.translatedText })),
        perspectives: snapshot.perspectives.map((p) => ({ key: p.key, label: p.label, translatedLabel: p.translatedLabel })),
        answers: snapshot.answers.map((a) => ({
          id: a.id,
          question: a.questionKey,
          perspective: a.perspectiveKey,
          body: a.body,
          displayName: a.displayName,
          createdAt: a.createdAt,
          helpful: a.helpfulCount,
        })),
      } satisfies BoardResponse),
    );
    return reply.type(json).send(body);
  });

  app.post<{ Params: { slug: string } }>('/api/v1/boards/:slug/answers', async (request, reply) => {
    // Messages in the address's language (/cy/api/… is Welsh); the codes and field names are the API's and stay as they are.
    const said = catalogues[request.locale].api;
    if (!request.headers['content-type']?.toLowerCase().startsWith('application/json')) {
      return reply.code(415).type(json).send(problem(said.notJson));
    }
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const rawKey = request.headers['idempotency-key'];
    const key = rawKey === undefined ? undefined : idempotencyKey.safeParse(rawKey);
    if (key && !key.success) {
      return reply.code(400).type(json).send(problem(said.badIdempotencyKey));
    }
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
      return reply.code(400).type(json).send(problem(said.notObject));
    }
    if (!(await deps.answerLimiter.take(request.ip))) {
      reply.header('retry-after', String(await deps.answerLimiter.retryAfter(request.ip)));
      return reply
        .code(429)
        .type(json)
        .send({ error: 'rate-limited', message: said.rateLimited } satisfies ErrorResponse);
    }
    const parsed = parseAnswerJson(request.body, request.locale);
    if (!parsed.ok) return reply.code(422).type(json).send(problem(said.invalid, parsed.errors));
    // A program has no review step: what the checks find is held for a moderator and reported in `safety`.
    const result = await submitAnswer(db, deps, board, parsed.input, {
      key: key?.data ? { from: 'api', value: key.data } : undefined,
      sendAnyway: true,
      checked: true,
      locale: request.locale,
    });
    switch (result.kind) {
      case 'closed':
        return reply
          .code(409)
          .type(json)
          .send({ error: 'closed', message: said.closed } satisfies ErrorResponse);
      case 'invalid':
        return reply.code(422).type(json).send(problem(said.invalid, result.errors));
      case 'key-reused':
        return reply
          .code(422)
          .type(json)
          .send({ error: 'idempotency-key-reused', message: said.keyReused } satisfies ErrorResponse);
      case 'check-identifying':
        throw new Error('the API always sends answers as they are');
      case 'suppressed':
        // Answered as if stored, so a flood of one text cannot tell it is being dropped.
        return reply
          .code(201)
          .type(json)
          .send({ id: newDecoyId(deps.secrets), status: 'pending', safety: result.safety } satisfies AnswerCreatedResponse);
      case 'saved':
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        return reply
          .code(201)
          .header('location', answerPath(result.answerId))
          .type(json)
          .send({ id: result.answerId, status: result.status, safety: result.safety } satisfies AnswerCreatedResponse);
    }
  });
}
