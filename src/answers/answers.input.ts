import { z } from 'zod';
import { honeypotField } from '../safety/abuse/decoys.ts';
import { emailPattern, textField, ticked } from '../web/input.ts';

export const answerLimits = { body: 2000, displayName: 60, email: 254 } as const;

/** Stored with each answer so we know which consent wording the author agreed to. */
export const consentVersion = '2026-11-25';
export const consentText =
  'I agree that my answer will be published on this website for anyone to read, and may be shown on other websites that embed this board.';

export const answerFieldOrder = ['question', 'perspective', 'body', 'displayName', 'email', 'consent'] as const;
export type AnswerField = (typeof answerFieldOrder)[number];
export type FieldErrors = Partial<Record<AnswerField, string>>;

/** Counts characters as a person does (code points), the same way as the browser's character count. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Well-formed Unicode, NFC, Unix newlines, no control characters but newline and tab, trimmed. */
export function cleanText(text: string): string {
  return (
    text
      .toWellFormed()
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point of this line
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/g, '')
      .trim()
  );
}

// A required field is z.unknown() without .optional(), so JSON Schema lists it as required; a missing key still runs
// the transform (as undefined) and gets its message, exactly as an optional one would.
const text = (emptyMessage: string | null) =>
  (emptyMessage ? z.unknown() : z.unknown().optional()).transform((value, ctx) => {
    if (value === undefined || value === null) value = '';
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: 'must be text' });
      return z.NEVER;
    }
    const cleaned = cleanText(value);
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

const answerFields = {
  question: text('Choose the question you are answering').meta(requiredText("The key of one of the board's questions.")),
  perspective: text('Choose the perspective you are answering from').meta(requiredText("The key of one of the board's perspectives.")),
  body: text('Enter your answer')
    .refine((s) => charCount(s) <= answerLimits.body, {
      message: `Your answer must be ${answerLimits.body.toLocaleString('en-GB')} characters or fewer`,
    })
    .meta({ ...requiredText('The answer, as plain text; newlines are kept.'), maxLength: answerLimits.body }),
  displayName: text(null)
    .transform((s) => s.replace(/\s+/g, ' '))
    .refine((s) => charCount(s) <= answerLimits.displayName, {
      message: `Your name must be ${answerLimits.displayName} characters or fewer`,
    })
    .meta(optionalText('The name shown with the answer; leave it out or send null for "Anonymous".', answerLimits.displayName)),
  email: text(null)
    .refine((s) => s === '' || (s.length <= answerLimits.email && emailPattern.test(s)), {
      message: 'Enter an email address in the correct format, like name@example.com',
    })
    .meta({
      ...optionalText("The author's email address, never published: their private link is sent to it when email is set up.", answerLimits.email),
      format: 'email',
    }),
};

const consentMessage = 'Tick the box to agree that your answer will be published';

/** The form's one-time key, when it has a key's shape. */
const formKey = textField.transform((v) => (/^[A-Za-z0-9_-]{16,64}$/.test(v) ? v : undefined));

export const answerFormSchema = z.object({
  ...answerFields,
  // A literal, not .optional().refine(): zod skips refinements on a missing key, and an unticked box sends nothing.
  consent: z.literal('yes', { error: consentMessage }),
  formKey,
});

/** The form as the person typed it, to show it again (nothing here fails), with the fields around the answer. */
export const answerFormAsTyped = z.object({
  question: textField,
  perspective: textField,
  body: textField.transform(cleanText),
  displayName: textField,
  email: textField,
  consent: ticked,
  formKey,
  /** 'question' when sent from a question's own page, which is the page to show again */
  from: textField,
  /** 'send-anyway' when the author confirmed the identifying details they were shown */
  identifying: textField,
  /** the honeypot: only a bot fills it in */
  [honeypotField]: textField,
});

export const answerApiSchema = z.object({
  ...answerFields,
  consent: z.literal(true, { error: `${consentMessage}: send "consent": true` }).meta({ description: `The author agrees: "${consentText}"` }),
});

export interface AnswerInput {
  question: string;
  perspective: string;
  body: string;
  displayName: string | null;
  email: string | null;
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
  const { question, perspective, body, displayName, email } = parsed.data;
  const input = { question, perspective, body, displayName: displayName || null, email: email || null };
  return 'formKey' in parsed.data ? { ok: true, input, formKey: parsed.data.formKey } : { ok: true, input };
}

export function parseAnswerForm(body: unknown): ParseResult {
  return toResult(answerFormSchema.safeParse(body ?? {}));
}

export function parseAnswerJson(body: unknown): ParseResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: { body: 'Send a JSON object with question, perspective, body and consent' } };
  }
  return toResult(answerApiSchema.safeParse(body));
}

export type AnswerFormAsTyped = z.infer<typeof answerFormAsTyped>;
