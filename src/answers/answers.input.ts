import { z } from 'zod';
import { honeypotField } from '../safety/abuse/decoys.ts';
import type { AnswerUse } from '../db/tables.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { emailPattern, textField } from '../web/input.ts';

export const answerLimits = { body: 2000, displayName: 60, email: 254 } as const;

/** Stored with each answer so we know which wording of the choice below the author was shown. */
export const consentVersion = '2026-12-07';

/** Where an answer may be used, as its author chooses on the form (and can change through their private link). */
export const answerUses = ['board', 'workshop', 'facilitators'] as const satisfies readonly AnswerUse[];

type UseWording = Record<AnswerUse, { label: string; hint: string; short: string }>;

/** The choice in plain words, in a language; `short` is how the queue, exports and the author's page name it. */
export function useWordingIn(locale: Locale): UseWording {
  return catalogues[locale].answers.uses;
}

/** The choice in English: the facilitator area (queue, imports, handouts, exports) and the API's reference. */
export const useWording: UseWording = useWordingIn('en');

export const useQuestion = catalogues.en.answers.useQuestion;

export const answerFieldOrder = ['question', 'perspective', 'body', 'displayName', 'email', 'use'] as const;
export type AnswerField = (typeof answerFieldOrder)[number];
export type FieldErrors = Partial<Record<AnswerField, string>>;

/** Counts characters as a person does (code points), the same way as the browser's character count. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Well-formed Unicode, NFC, Unix newlines, no control characters but newline and tab, no noncharacters, trimmed. */
export function cleanText(text: string): string {
  return (
    text
      // A lone surrogate is dropped rather than turned into U+FFFD by toWellFormed: it was never a character.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point of this line
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/g, '')
      .replace(/\p{Noncharacter_Code_Point}/gu, '')
      .trim()
  );
}

/** Text with nothing a reader could see: only spaces, invisible formatting (zero-width joiners, direction marks) and the like. */
export function isBlank(text: string): boolean {
  return text.replace(/[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/gu, '') === '';
}

// A required field is z.unknown() without .optional(), so JSON Schema lists it as required; a missing key still runs
// the transform (as undefined) and gets its message, exactly as an optional one would.
const text = (emptyMessage: string | null, notText: string) =>
  (emptyMessage ? z.unknown() : z.unknown().optional()).transform((value, ctx) => {
    if (value === undefined || value === null) value = '';
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: notText });
      return z.NEVER;
    }
    // Invisible characters alone are no answer (and no name).
    let cleaned = cleanText(value);
    if (isBlank(cleaned)) cleaned = '';
    if (cleaned === '' && emptyMessage) {
      ctx.addIssue({ code: 'custom', message: emptyMessage });
      return z.NEVER;
    }
    return cleaned;
  });

// .meta() states the rules the transforms enforce as JSON Schema (from the same limits), for z.toJSONSchema: the API's
// OpenAPI document and reference page are generated from these schemas. Lengths count characters after trimming.
const requiredText = (description: string) => ({ type: 'string', minLength: 1, pattern: '\\S', description });
const optionalText = (description: string, maxLength: number) => ({ type: ['string', 'null'], maxLength, description });

/** The fields with their messages in a language (the form's), or English (the API's). */
const answerFieldsIn = (locale: Locale) => {
  const m = catalogues[locale].answers.errors;
  return {
    question: text(m.question, m.notText).meta(requiredText("The key of one of the board's questions.")),
    perspective: text(m.perspective, m.notText).meta(requiredText("The key of one of the board's perspectives.")),
    body: text(m.body, m.notText)
      .refine((s) => charCount(s) <= answerLimits.body, { message: m.bodyTooLong(formatNumber(locale, answerLimits.body)) })
      .meta({ ...requiredText('The answer, as plain text; newlines are kept.'), maxLength: answerLimits.body }),
    displayName: text(null, m.notText)
      .transform((s) => s.replace(/\s+/g, ' '))
      .refine((s) => charCount(s) <= answerLimits.displayName, { message: m.nameTooLong(formatNumber(locale, answerLimits.displayName)) })
      .meta(optionalText('The name shown with the answer; leave it out or send null for "Anonymous".', answerLimits.displayName)),
    email: text(null, m.notText)
      .refine((s) => s === '' || (s.length <= answerLimits.email && emailPattern.test(s)), { message: m.email })
      .meta({
        ...optionalText("The author's email address, never published: their private link is sent to it when email is set up.", answerLimits.email),
        format: 'email',
      }),
  };
};

/** The form's one-time key, when it has a key's shape. */
const formKey = textField.transform((v) => (/^[A-Za-z0-9_-]{16,64}$/.test(v) ? v : undefined));

const answerFormSchemaIn = (locale: Locale) =>
  z.object({
    ...answerFieldsIn(locale),
    // Required: a form sent with no choice made sends no `use` at all.
    use: z.enum(answerUses, { error: catalogues[locale].answers.errors.use }),
    formKey,
  });

export const answerFormSchema = answerFormSchemaIn('en');
const answerFormSchemas: Record<Locale, typeof answerFormSchema> = { en: answerFormSchema, cy: answerFormSchemaIn('cy') };

/** The form as the person typed it, to show it again (nothing here fails), with the fields around the answer. */
export const answerFormAsTyped = z.object({
  question: textField,
  perspective: textField,
  body: textField.transform(cleanText),
  displayName: textField,
  email: textField,
  use: textField,
  formKey,
  /** 'question' when sent from a question's own page, which is the page to show again */
  from: textField,
  /** 'send-anyway' when the author confirmed the identifying details they were shown */
  identifying: textField,
  /** the honeypot: only a bot fills it in */
  [honeypotField]: textField,
});

// Version 1 of the API asked for `consent: true`, agreeing to publication: a client that still sends only that gets 'board'.
// Its messages are in the address's language (/cy/api/… in Welsh); its descriptions, for the reference, stay English.
const answerApiSchemaIn = (locale: Locale) =>
  z.preprocess(
    (body) => (isObject(body) && body.use === undefined && body.consent === true ? { ...body, use: 'board' } : body),
    z.object({
      ...answerFieldsIn(locale),
      use: z.enum(answerUses, { error: catalogues[locale].answers.errors.useApi }).meta({
        description: answerUses.map((use) => `${use}: ${useWording[use].label} (${useWording[use].hint})`).join(' · '),
      }),
      // Read only by the step above; any other value is ignored, as a field the API does not know would be.
      consent: z
        .unknown()
        .optional()
        .meta({ type: 'boolean', description: 'From the first version: `consent: true` without `use` means "board".', deprecated: true }),
    }),
  );

/** The API's input, with English messages: the OpenAPI document is generated from it. */
export const answerApiSchema = answerApiSchemaIn('en');
const answerApiSchemas: Record<Locale, typeof answerApiSchema> = { en: answerApiSchema, cy: answerApiSchemaIn('cy') };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface AnswerInput {
  question: string;
  perspective: string;
  body: string;
  displayName: string | null;
  email: string | null;
  use: AnswerUse;
}

export type ParseResult = { ok: true; input: AnswerInput; formKey?: string } | { ok: false; errors: FieldErrors };

function toResult(parsed: z.ZodSafeParseResult<z.infer<typeof answerFormSchema> | z.infer<typeof answerApiSchema>>): ParseResult {
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as AnswerField;
      if (answerFieldOrder.includes(field) && !errors[field]) errors[field] = issue.message;
    }
    return { ok: false, errors };
  }
  const { question, perspective, body, displayName, email, use } = parsed.data;
  const input = { question, perspective, body, displayName: displayName || null, email: email || null, use };
  return 'formKey' in parsed.data ? { ok: true, input, formKey: parsed.data.formKey } : { ok: true, input };
}

/** The answer form, with its messages in the page's language. */
export function parseAnswerForm(body: unknown, locale: Locale = 'en'): ParseResult {
  return toResult(answerFormSchemas[locale].safeParse(body ?? {}));
}

/** An answer sent to the API, with its messages in the address's language. */
export function parseAnswerJson(body: unknown, locale: Locale = 'en'): ParseResult {
  if (!isObject(body)) {
    return { ok: false, errors: { body: catalogues[locale].answers.errors.notJsonObject } };
  }
  return toResult(answerApiSchemas[locale].safeParse(body));
}

export type AnswerFormAsTyped = z.infer<typeof answerFormAsTyped>;
