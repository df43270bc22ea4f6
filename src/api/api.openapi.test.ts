// The OpenAPI document holds the API to its word: it is a valid OpenAPI 3.1 document, it lists every /api/ route
// the app has, and each route answers every documented status, for the documented input, with a body that
// validates against the documented schema and the documented headers.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { createBoard, createTestApp, dialects, type TestApp } from '../../test/helpers.ts';
import { answerApiSchema } from '../answers/answers.input.ts';
import { demoBoardFile } from '../boards/boards.input.ts';
import { apiAnswersPath, apiBoardPath, apiReferencePath, openApiPath } from '../web/paths.ts';
import { type JsonSchema, type OpenApiDocument, openApiDocument } from './api.openapi.ts';
import { boardResponse } from './api.schemas.ts';

const document = openApiDocument('http://localhost:3000');

interface DocumentedResponse {
  description: string;
  headers?: Record<string, { schema: JsonSchema }>;
  content?: Record<string, { schema: JsonSchema }>;
}
type Operations = Record<string, Record<string, { operationId: string; responses: Record<string, DocumentedResponse> }>>;

/** The documented schema with every #/components/schemas/… reference replaced by the schema it names. */
function resolved(doc: OpenApiDocument, schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map((s) => resolved(doc, s));
  if (typeof schema !== 'object' || schema === null) return schema;
  const { $ref, ...rest } = schema as Record<string, unknown>;
  if (typeof $ref === 'string') return resolved(doc, (doc.components.schemas as Record<string, unknown>)[$ref.replace('#/components/schemas/', '')]);
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, resolved(doc, v)]));
}

function newAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

function validate(doc: OpenApiDocument, schema: unknown, value: unknown, label: string): void {
  const check = newAjv().compile(resolved(doc, schema) as object);
  assert.ok(check(value), `${label}: ${JSON.stringify(check.errors)} in ${JSON.stringify(value).slice(0, 300)}`);
}

/** `/api/v1/boards/{slug}` as Fastify writes it: `/api/v1/boards/:slug`. */
const routePattern = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

describe('the OpenAPI document', () => {
  test('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, '3.1');
  });

  test('every schema in it is valid JSON Schema 2020-12, and every example fits its schema', () => {
    for (const schema of Object.values(document.components.schemas)) newAjv().compile(schema);
    const [body] = Object.values(document.paths['/api/v1/boards/{slug}/answers'].post.requestBody.content);
    validate(document, body!.schema, body!.example, 'the request example');
    const slug = document.components.parameters.slug;
    validate(document, slug.schema, slug.example, 'the slug example');
  });

  test('the examples name the demo board every fresh install starts with, and a question and perspective on it', () => {
    const demo = JSON.parse(fs.readFileSync(demoBoardFile, 'utf8')) as { slug: string; questions: { key: string }[]; perspectives: { key: string }[] };
    assert.equal(document.components.parameters.slug.example, demo.slug);
    const [body] = Object.values(document.paths['/api/v1/boards/{slug}/answers'].post.requestBody.content);
    assert.ok(demo.questions.some((q) => q.key === body!.example.question));
    assert.ok(demo.perspectives.some((p) => p.key === body!.example.perspective));
  });

  test('request schemas are the ones that validate requests: a body the document accepts, the API accepts', () => {
    const [body] = Object.values(document.paths['/api/v1/boards/{slug}/answers'].post.requestBody.content);
    assert.equal(answerApiSchema.safeParse(body!.example).success, true);
    const documented = newAjv().compile(document.components.schemas.AnswerInput);
    for (const bad of [
      {},
      { question: 'q', perspective: 'p', body: 'b', consent: 'yes' },
      { question: 'q', perspective: 'p', body: 'x'.repeat(2001), use: 'board' },
    ]) {
      assert.equal(documented(bad), false, JSON.stringify(bad));
      assert.equal(answerApiSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
});

for (const dialect of dialects) {
  describe(`the API answers as its OpenAPI document says (${dialect})`, () => {
    let t: TestApp;
    let doc: OpenApiDocument;
    const seen = new Set<string>();
    before(async () => {
      t = await createTestApp(dialect);
      doc = openApiDocument(t.config.baseUrl);
    });
    after(() => t.close());

    /** Checks a reply against the documented response for its status, and records that the status occurred. */
    function expectDocumented(res: LightMyRequestResponse, method: string, path: string, status: number): void {
      assert.equal(res.statusCode, status, `${method} ${path}: expected ${status}, got ${res.statusCode}: ${res.body.slice(0, 300)}`);
      const operation = (doc.paths as unknown as Operations)[path]?.[method];
      assert.ok(operation, `${method} ${path} is documented`);
      const documented = operation.responses[String(status)];
      assert.ok(documented, `${method} ${path} documents ${status}`);
      seen.add(`${method} ${path} ${status}`);
      for (const [header, { schema }] of Object.entries(documented.headers ?? {})) {
        const value = res.headers[header.toLowerCase()];
        // Location and Idempotent-Replayed are sent only when they apply; the test for each checks it is there.
        if (value !== undefined) validate(doc, schema, String(value), `${method} ${path} ${status} header ${header}`);
      }
      if (!documented.content) {
        assert.equal(res.body, '', `${status} has no body`);
        return;
      }
      const type = String(res.headers['content-type']).split(';')[0]!;
      const media = documented.content[type];
      assert.ok(media, `${method} ${path} ${status}: ${type} is documented (${Object.keys(documented.content).join(', ')})`);
      validate(doc, media.schema, type === 'application/json' ? res.json() : res.body, `${method} ${path} ${status}`);
    }

    const boardPath = '/api/v1/boards/{slug}';
    const answersPath = '/api/v1/boards/{slug}/answers';
    const valid = { question: 'q1', perspective: 'p1', body: 'Ask for the social media policy first.', displayName: 'Sam', use: 'board' };
    const submit = (slug: string, payload: unknown, headers: Record<string, string> = {}, remoteAddress?: string) =>
      t.app.inject({
        method: 'POST',
        url: apiAnswersPath(slug),
        headers: { 'content-type': 'application/json', ...headers },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
        ...(remoteAddress ? { remoteAddress } : {}),
      });

    test('it documents every /api/ route the app has, and nothing more', () => {
      const app = t.app.routeList.filter((r) => r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`);
      const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${routePattern(path)}`));
      assert.deepEqual([...new Set(app)].sort(), documented.sort());
    });

    test('GET /api/v1/openapi.json serves the document', async () => {
      const res = await t.app.inject(openApiPath);
      expectDocumented(res, 'get', openApiPath, 200);
      assert.deepEqual(res.json(), JSON.parse(JSON.stringify(doc)));
    });

    test('GET a board: 200 with the documented shape, 304 for its ETag, 404 for an unknown board', async () => {
      const board = await createBoard(t.db, { moderation: 'post', examples: [{ question: 'q2', perspective: 'p2', body: 'Block out an hour.', name: 'Sam' }] });
      assert.equal((await submit(board.slug, { ...valid, displayName: null })).statusCode, 201);
      const res = await t.app.inject(apiBoardPath(board.slug));
      expectDocumented(res, 'get', boardPath, 200);
      const body = boardResponse.parse(res.json());
      assert.deepEqual(
        body.answers.map((a) => a.displayName),
        ['Sam', null],
      );
      const again = await t.app.inject({ url: apiBoardPath(board.slug), headers: { 'if-none-match': String(res.headers.etag) } });
      expectDocumented(again, 'get', boardPath, 304);
      expectDocumented(await t.app.inject(apiBoardPath('no-such-board')), 'get', boardPath, 404);
    });

    test('POST an answer: 201 with its Location, and a replay for the same Idempotency-Key', async () => {
      const board = await createBoard(t.db, { moderation: 'post' });
      const headers = { 'idempotency-key': 'openapi-0001' };
      const res = await submit(board.slug, valid, headers);
      expectDocumented(res, 'post', answersPath, 201);
      assert.equal(res.headers.location, `/a/${res.json().id}`);
      assert.equal(res.json().status, 'published');
      const replay = await submit(board.slug, valid, headers);
      expectDocumented(replay, 'post', answersPath, 201);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      const held = await submit(board.slug, { ...valid, body: 'Ring me on 07700 900123 and I will explain.' });
      expectDocumented(held, 'post', answersPath, 201);
      assert.deepEqual(held.json().safety, { crisis: false, identifying: ['phone'] });
    });

    test('POST errors: each documented status for the input it documents', async () => {
      const board = await createBoard(t.db);
      const closed = await createBoard(t.db, { accepting: false });
      expectDocumented(await submit(board.slug, '{"question": "q1",'), 'post', answersPath, 400);
      expectDocumented(await submit(board.slug, '[]'), 'post', answersPath, 400);
      expectDocumented(await submit(board.slug, valid, { 'idempotency-key': 'has spaces' }), 'post', answersPath, 400);
      expectDocumented(await submit(board.slug, valid, { 'sec-fetch-site': 'cross-site' }), 'post', answersPath, 403);
      expectDocumented(await submit('no-such-board', valid), 'post', answersPath, 404);
      expectDocumented(await submit(closed.slug, valid), 'post', answersPath, 409);
      expectDocumented(await submit(board.slug, { ...valid, body: 'x'.repeat(70 * 1024) }), 'post', answersPath, 413);
      expectDocumented(await submit(board.slug, 'question=q1', { 'content-type': 'application/x-www-form-urlencoded' }), 'post', answersPath, 415);
      expectDocumented(await submit(board.slug, '<answer/>', { 'content-type': 'application/xml' }), 'post', answersPath, 415);
      const invalid = await submit(board.slug, { ...valid, body: ' ', email: 'not-an-email' });
      expectDocumented(invalid, 'post', answersPath, 422);
      assert.deepEqual(Object.keys(invalid.json().fields).sort(), ['body', 'email']);
      const unknown = await submit(board.slug, { ...valid, question: 'q9' });
      expectDocumented(unknown, 'post', answersPath, 422);
      assert.deepEqual(Object.keys(unknown.json().fields), ['question']);
      const key = { 'idempotency-key': 'openapi-0002' };
      assert.equal((await submit(board.slug, valid, key)).statusCode, 201);
      const reused = await submit(board.slug, { ...valid, body: 'Something else.' }, key);
      expectDocumented(reused, 'post', answersPath, 422);
      assert.equal(reused.json().error, 'idempotency-key-reused');
    });

    test('POST from one address past the rate limit: 429 with Retry-After', async () => {
      const board = await createBoard(t.db);
      // Empty answers are refused after the limiter has counted them, so nothing is stored on the way.
      let res: LightMyRequestResponse | undefined;
      for (let i = 0; i < 200 && res?.statusCode !== 429; i++) res = await submit(board.slug, {}, {}, '203.0.113.9');
      expectDocumented(res!, 'post', answersPath, 429);
      assert.match(String(res!.headers['retry-after']), /^[1-9][0-9]*$/);
      expectDocumented(await submit(board.slug, {}, {}, '203.0.113.10'), 'post', answersPath, 422);
    });

    test('GET the reference page', async () => {
      const res = await t.app.inject(apiReferencePath);
      expectDocumented(res, 'get', apiReferencePath, 200);
      // Every route, and every field of every data shape, is on the page; the rules come from the same schema.
      for (const [path, item] of Object.entries(doc.paths))
        for (const method of Object.keys(item)) assert.ok(res.body.includes(`${method.toUpperCase()} ${path}`), path);
      for (const [name, schema] of Object.entries(doc.components.schemas)) {
        assert.ok(res.body.includes(`id="schema-${name}"`), name);
        for (const field of Object.keys(schema.properties as object)) assert.ok(res.body.includes(`<code>${field}</code>`), `${name}.${field}`);
      }
      assert.match(res.body.replace(/<[^>]+>/g, ''), /string, required\. Not blank; up to 2,000 characters\./);
      assert.doesNotMatch(res.body, /<script(?! src="\/assets\/)/, 'no inline or third-party script');
    });

    test('every documented status occurred above', () => {
      const documented = Object.entries(doc.paths as unknown as Operations).flatMap(([path, item]) =>
        Object.entries(item).flatMap(([method, operation]) => Object.keys(operation.responses).map((status) => `${method} ${path} ${status}`)),
      );
      assert.deepEqual([...seen].sort(), documented.sort());
    });
  });
}
