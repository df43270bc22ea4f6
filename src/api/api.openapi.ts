// The OpenAPI 3.1 document of the JSON API, served at /api/v1/openapi.json and shown as the reference page.
// Every schema in it is generated with z.toJSONSchema from the zod schemas the routes validate requests with
// (answers.input.ts) and type their replies by (api.schemas.ts); only the prose is written here.
import { z } from 'zod';
import { answerApiSchema } from '../answers/answers.input.ts';
import { boardKey } from '../boards/boards.input.ts';
import { apiReferencePath, openApiPath } from '../web/paths.ts';
import { answerCreatedResponse, boardResponse, errorResponse, idempotencyKey, invalidFieldsResponse } from './api.schemas.ts';

/** A JSON Schema (draft 2020-12) as z.toJSONSchema makes it. */
export type JsonSchema = Record<string, unknown>;

// Requests are described as they may be sent (io: 'input'); replies as they are sent (io: 'output', which also
// forbids properties the schema does not name).
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io });
  return rest;
}

const json = 'application/json';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function errorReply(description: string, schema: object = ref('Error')) {
  return { description, content: { [json]: { schema } } };
}

const notFound = errorReply('There is no board with this slug.');

export function openApiDocument(baseUrl: string) {
  return {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Roundtable API',
      version: '1',
      summary: "Read a board's published answers and send new answers.",
      description:
        'Every reply is JSON; an error has a short `error` code and a `message` that says what to do. Answers sent through the API go through the same safety checks and moderation as the form.',
    },
    servers: [{ url: baseUrl }],
    externalDocs: { description: 'The reference page', url: `${baseUrl}${apiReferencePath}` },
    paths: {
      '/api/v1/boards/{slug}': {
        get: {
          operationId: 'getBoard',
          summary: 'A board with its published answers',
          description:
            'Anyone may read it, from any website (CORS allows every origin). Send the ETag back in If-None-Match to get 304 until something changes.',
          parameters: [
            { $ref: '#/components/parameters/slug' },
            {
              name: 'If-None-Match',
              in: 'header',
              required: false,
              description: 'The ETag of a reply you already have.',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'The board.',
              headers: {
                ETag: { description: 'Changes whenever readers would see a change.', schema: { type: 'string' } },
                'Cache-Control': { description: 'no-cache: check with the ETag before using a stored copy.', schema: { type: 'string' } },
                'Access-Control-Allow-Origin': { description: '*', schema: { type: 'string' } },
              },
              content: { [json]: { schema: ref('Board') } },
            },
            '304': { description: 'Nothing changed since the ETag sent in If-None-Match. No body.' },
            '404': notFound,
          },
        },
      },
      '/api/v1/boards/{slug}/answers': {
        post: {
          operationId: 'submitAnswer',
          summary: 'Send an answer',
          description:
            'The answer is checked as the form checks it. What a safety check holds waits for a moderator, and is reported in `safety`. Each client address may send 90 answers at once, then one a second. Browsers may only send from this website (a cross-site request is refused with 403), so call it from a server.',
          parameters: [
            { $ref: '#/components/parameters/slug' },
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description:
                'Any unique key, so that a retry stores one answer: the same key with the same answer on the same board replies with the first answer (and Idempotent-Replayed: true); with a different answer it is refused with 422.',
              schema: jsonSchema(idempotencyKey, 'input'),
            },
          ],
          requestBody: {
            required: true,
            description: 'Text fields are trimmed and normalised (NFC, no control characters) before they are checked.',
            content: {
              [json]: {
                schema: ref('AnswerInput'),
                example: {
                  question: 'finding-time',
                  perspective: 'manager',
                  body: 'Block out half an hour a week in the team diary, and protect it like any other meeting.',
                  displayName: 'Sam',
                  use: 'board',
                },
              },
            },
          },
          responses: {
            '201': {
              description: 'Stored (or replayed for a repeated Idempotency-Key).',
              headers: {
                Location: { description: "The answer's page, /a/{id}; public once it is published.", schema: { type: 'string' } },
                'Idempotent-Replayed': { description: 'true when this replies to a repeated Idempotency-Key.', schema: { type: 'string', const: 'true' } },
              },
              content: { [json]: { schema: ref('AnswerCreated') } },
            },
            '400': errorReply('The body is not valid JSON, or is not a JSON object; or the Idempotency-Key is not 1 to 255 visible ASCII characters.'),
            '403': {
              description: 'A browser sent it from another website.',
              content: { 'text/plain': { schema: { type: 'string' } } },
            },
            '404': notFound,
            '409': errorReply('The board is closed for new answers (error: closed).'),
            '413': errorReply('The body is larger than 64 KB.'),
            '415': errorReply('The body is not sent as Content-Type: application/json.'),
            '422': errorReply(
              'Fields need correcting (error: invalid, with a message per field), or the Idempotency-Key was already used for a different answer (error: idempotency-key-reused).',
              {
                anyOf: [ref('InvalidFields'), ref('Error')],
              },
            ),
            '429': {
              description: 'Too many answers from this address (error: rate-limited).',
              headers: { 'Retry-After': { description: 'Seconds to wait before sending again.', schema: { type: 'string', pattern: '^[0-9]+$' } } },
              content: { [json]: { schema: ref('Error') } },
            },
          },
        },
      },
      [openApiPath]: {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { [json]: { schema: { type: 'object' } } } } },
        },
      },
      [apiReferencePath]: {
        get: {
          operationId: 'getApiReference',
          summary: 'The reference page',
          description: 'This document as a web page, with an example of each call.',
          responses: { '200': { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: {
      parameters: {
        slug: {
          name: 'slug',
          in: 'path',
          required: true,
          description: "The board's slug, as in its address /b/{slug}.",
          example: 'social-media-questions',
          schema: jsonSchema(boardKey, 'input'),
        },
      },
      schemas: {
        AnswerInput: jsonSchema(answerApiSchema, 'input'),
        AnswerCreated: jsonSchema(answerCreatedResponse, 'output'),
        Board: jsonSchema(boardResponse, 'output'),
        Error: jsonSchema(errorResponse, 'output'),
        InvalidFields: jsonSchema(invalidFieldsResponse, 'output'),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
