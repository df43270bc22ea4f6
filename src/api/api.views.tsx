// The API reference page: the OpenAPI document as a page people read, so the two always say the same thing.
import type { ComponentChildren } from 'preact';
import { Layout, type PageContext } from '../web/layout.tsx';
import { openApiPath } from '../web/paths.ts';
import type { JsonSchema, OpenApiDocument } from './api.openapi.ts';

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  schema: JsonSchema;
  example?: unknown;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { description?: string; content: Record<string, { schema: JsonSchema; example?: unknown }> };
  responses: Record<string, { description: string; headers?: Record<string, { description: string }>; content?: Record<string, { schema: JsonSchema }> }>;
}

const methods = ['get', 'post'] as const;

/** Each operation in the document, in its order. */
function operations(document: OpenApiDocument): { method: string; path: string; operation: Operation }[] {
  return Object.entries(document.paths as Record<string, Partial<Record<(typeof methods)[number], Operation>>>).flatMap(([path, item]) =>
    methods.flatMap((method) => (item[method] ? [{ method: method.toUpperCase(), path, operation: item[method] }] : [])),
  );
}

function refName(schema: JsonSchema): string | undefined {
  return typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
}

function resolveParameter(document: OpenApiDocument, p: Parameter | { $ref: string }): Parameter {
  if (!('$ref' in p)) return p;
  const name = p.$ref.split('/').pop() as keyof typeof document.components.parameters;
  return document.components.parameters[name];
}

/** Text with `code` spans, as the document's descriptions write them. */
function Prose({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={part}>{part}</code> : part))}</>;
}

function typeName(schema: JsonSchema): string {
  const name = refName(schema);
  if (name) return name;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeName).join(' or ');
  const type = [schema.type ?? 'any'].flat().join(' or ');
  if (schema.type === 'array' && schema.items) return `list of ${typeName(schema.items as JsonSchema)}`;
  return type;
}

/** The rules a JSON Schema sets, in words. */
function rules(schema: JsonSchema): string[] {
  const out: string[] = [];
  if (schema.const !== undefined) out.push(`must be ${JSON.stringify(schema.const)}`);
  if (typeof schema.minLength === 'number') out.push(schema.pattern === '\\S' ? 'not blank' : `at least ${schema.minLength} characters`);
  if (typeof schema.maxLength === 'number') out.push(`up to ${schema.maxLength.toLocaleString('en-GB')} characters`);
  if (typeof schema.format === 'string') out.push(`format: ${schema.format}`);
  else if (typeof schema.pattern === 'string' && schema.pattern !== '\\S') out.push(`matches ${schema.pattern}`);
  const items = schema.items as JsonSchema | undefined;
  const values = (schema.enum ?? items?.enum ?? (schema.propertyNames as JsonSchema | undefined)?.enum) as unknown[] | undefined;
  if (values) out.push(`${schema.propertyNames ? 'keys' : 'one of'}: ${values.join(', ')}`);
  return out;
}

/** One row per property, nested objects and lists of objects flattened as `answers[].id`. */
function fieldRows(schema: JsonSchema, prefix = ''): { name: string; schema: JsonSchema; required: boolean }[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  return Object.entries(properties).flatMap(([name, property]) => {
    const full = `${prefix}${name}`;
    const row = { name: full, schema: property, required: required.includes(name) };
    const items = property.items as JsonSchema | undefined;
    if (property.type === 'object' && property.properties) return [row, ...fieldRows(property, `${full}.`)];
    if (items?.type === 'object') return [row, ...fieldRows(items, `${full}[].`)];
    return [row];
  });
}

/** The rules as a sentence, with patterns as code. */
function Rules({ schema, then }: { schema: JsonSchema; then?: string }) {
  const list = rules(schema);
  return (
    <>
      {list.map((rule, i) => (
        <span key={rule}>
          {i > 0 && '; '}
          {rule.startsWith('matches ') ? (
            <>
              {i === 0 ? 'Matches' : 'matches'} <code>{rule.slice('matches '.length)}</code>
            </>
          ) : i === 0 ? (
            rule[0]!.toUpperCase() + rule.slice(1)
          ) : (
            rule
          )}
        </span>
      ))}
      {list.length > 0 && then ? '. ' : ''}
      {then && <Prose text={then} />}
    </>
  );
}

function FieldTable({ caption, schema }: { caption: string; schema: JsonSchema }) {
  return (
    <div class="table-wrap">
      <table class="summary-table">
        <caption class="caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type, rules and meaning</th>
          </tr>
        </thead>
        <tbody>
          {fieldRows(schema).map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td>
                <strong>
                  {typeName(row.schema)}, {row.required ? 'required' : 'optional'}.
                </strong>{' '}
                <Rules schema={row.schema} then={typeof row.schema.description === 'string' ? row.schema.description : undefined} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function anchor(operation: Operation): string {
  return `op-${operation.operationId}`;
}

/** A curl command for the operation, with the document's example values. */
function curlExample(document: OpenApiDocument, method: string, path: string, operation: Operation): string {
  const server = document.servers[0]!.url;
  let url = path;
  for (const p of (operation.parameters ?? []).map((p) => resolveParameter(document, p))) {
    if (p.in === 'path') url = url.replace(`{${p.name}}`, String(p.example ?? p.name));
  }
  const lines = [`curl -i${method === 'GET' ? '' : ` -X ${method}`} '${server}${url}'`];
  const body = operation.requestBody?.content['application/json'];
  if (body) {
    lines.push(`  -H 'Content-Type: application/json'`);
    if (operation.parameters?.some((p) => !('$ref' in p) && p.name === 'Idempotency-Key'))
      lines.push(`  -H 'Idempotency-Key: 3f1c2e9a-0b7d-4d1e-9a51-6c2f0e8b7a44'`);
    lines.push(`  --data '${JSON.stringify(body.example, null, 2).replaceAll("'", "'\\''")}'`);
  }
  return lines.join(' \\\n');
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function ApiReferencePage({ ctx, document }: { ctx: PageContext; document: OpenApiDocument }) {
  const ops = operations(document);
  const schemas = document.components.schemas as Record<string, JsonSchema>;
  return (
    <Layout ctx={ctx} title="API reference">
      <div class="api-reference">
        <h1>{document.info.title}</h1>
        <p class="lead">{document.info.summary}</p>
        <p>
          <Prose text={document.info.description} />
        </p>
        <p>
          The same reference as an OpenAPI 3.1 document, for code generators and API tools: <a href={openApiPath}>{openApiPath}</a>. Addresses below are
          relative to <code>{document.servers[0]!.url}</code>.
        </p>
        <nav aria-labelledby="api-contents">
          <h2 id="api-contents">Contents</h2>
          <ul>
            {ops.map(({ method, path, operation }) => (
              <li key={operation.operationId}>
                <a href={`#${anchor(operation)}`}>{operation.summary}</a>: <code>{`${method} ${path}`}</code>
              </li>
            ))}
            <li>
              <a href="#schemas">Data shapes</a>
            </li>
          </ul>
        </nav>
        {ops.map(({ method, path, operation }) => {
          const parameters = (operation.parameters ?? []).map((p) => resolveParameter(document, p));
          const body = operation.requestBody?.content['application/json'];
          const id = anchor(operation);
          return (
            <Section key={id} id={id} title={operation.summary}>
              <p>
                <code class="api-route">{`${method} ${path}`}</code>
              </p>
              {operation.description && (
                <p>
                  <Prose text={operation.description} />
                </p>
              )}
              {parameters.length > 0 && (
                <div class="table-wrap">
                  <table class="summary-table">
                    <caption class="caption">Parameters</caption>
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">Where, rules and meaning</th>
                      </tr>
                    </thead>
                    <tbody>
                      {parameters.map((p) => (
                        <tr key={p.name}>
                          <th scope="row">
                            <code>{p.name}</code>
                          </th>
                          <td>
                            <strong>
                              In the {p.in}, {p.required ? 'required' : 'optional'}.
                            </strong>{' '}
                            <Rules schema={p.schema} then={p.description} />
                            {p.example !== undefined && (
                              <>
                                {' '}
                                Example: <code>{String(p.example)}</code>
                              </>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {body && operation.requestBody && (
                <>
                  <h3>Request body</h3>
                  <p>
                    A JSON object (<a href={`#schema-${refName(body.schema)}`}>{refName(body.schema)}</a>), sent with{' '}
                    <code>Content-Type: application/json</code>. {operation.requestBody.description}
                  </p>
                  <FieldTable caption={`${refName(body.schema)} fields`} schema={schemas[refName(body.schema)!]!} />
                </>
              )}
              <h3>Responses</h3>
              <dl class="api-responses">
                {Object.entries(operation.responses).map(([status, response]) => {
                  const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
                  const name = media && refName(media.schema);
                  return (
                    <div key={status}>
                      <dt>
                        <strong>{status}</strong>
                      </dt>
                      <dd>
                        <Prose text={response.description} />
                        {type && (
                          <>
                            {' '}
                            Body: {name ? <a href={`#schema-${name}`}>{name}</a> : typeName(media!.schema)} (<code>{type}</code>).
                          </>
                        )}
                        {response.headers && (
                          <>
                            {' '}
                            Headers:{' '}
                            {Object.entries(response.headers).map(([header, h], i) => (
                              <span key={header}>
                                {i > 0 && '; '}
                                <code>{header}</code>: {h.description}
                              </span>
                            ))}
                          </>
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
              <h3>Example</h3>
              <pre class="api-example">
                <code>{curlExample(document, method, path, operation)}</code>
              </pre>
            </Section>
          );
        })}
        <Section id="schemas" title="Data shapes">
          {Object.entries(schemas).map(([name, schema]) => (
            <section key={name} aria-labelledby={`schema-${name}`}>
              <h3 id={`schema-${name}`}>{name}</h3>
              {typeof schema.description === 'string' && <p>{schema.description}</p>}
              <FieldTable caption={`${name} fields`} schema={schema} />
            </section>
          ))}
        </Section>
      </div>
    </Layout>
  );
}
