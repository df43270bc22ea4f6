import { z } from 'zod';

// What every feature's `*.input.ts` builds its form and query-string schemas from.

/** An email address's shape, for every form that asks for one: something@something.tld, no spaces. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** A body or query string as an object: none, JSON null, an array or a bare string reads as an empty form. */
export function formBody(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** A text field as typed: missing, repeated (an array) or not text (JSON) reads as ''. */
export const textField = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v : ''));

/** A checkbox sent as value="yes". */
export const ticked = z
  .unknown()
  .optional()
  .transform((v) => v === 'yes');

/** A flag in the query string, such as `?signedOut`, whatever its value. */
export const present = z
  .unknown()
  .optional()
  .transform((v) => v !== undefined);

/** One of a few known words, such as `?done=saved`; anything else reads as undefined. */
export function oneOf<K extends string>(keys: readonly K[]) {
  return z
    .enum(keys as readonly [K, ...K[]])
    .optional()
    .catch(undefined);
}

/** First error per field, for an error summary. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

export type FormResult<T, V = undefined> = { ok: true; input: T } | { ok: false; errors: Record<string, string>; values: V };

/**
 * Parses a form body with a schema whose rules can fail: the input, or the first message per field
 * and, when `typed` is given, the fields as the person typed them, to show the form again.
 */
export function parseForm<T>(schema: z.ZodType<T>, body: unknown): FormResult<T>;
export function parseForm<T, V>(schema: z.ZodType<T>, body: unknown, typed: z.ZodType<V>): FormResult<T, V>;
export function parseForm<T, V>(schema: z.ZodType<T>, body: unknown, typed?: z.ZodType<V>): FormResult<T, V | undefined> {
  const parsed = schema.safeParse(formBody(body));
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error), values: typed && readForm(typed, body) };
}

/** Reads a form body or query string with a schema that cannot fail (every field has a default). */
export function readForm<T>(schema: z.ZodType<T>, body: unknown): T {
  return schema.parse(formBody(body));
}
