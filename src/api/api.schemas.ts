// The shapes the JSON API answers with, as zod schemas: api.routes.ts types every reply body by them and
// api.openapi.ts turns them into the OpenAPI document, so the document and the code cannot disagree.
import { z } from 'zod';
import { answerFieldOrder } from '../answers/answers.input.ts';
import type { AnswerStatus } from '../db/tables.ts';
import { identifyingLabels, type IdentifyingKind } from '../safety/identifying/identifying.kinds.ts';

const identifyingKinds = Object.keys(identifyingLabels) as [IdentifyingKind, ...IdentifyingKind[]];
const answerStatuses = ['pending', 'published', 'rejected', 'hidden'] as const satisfies readonly AnswerStatus[];

export const boardResponse = z
  .object({
    slug: z.string().meta({ description: "The board's address: /b/{slug}." }),
    language: z.enum(['en', 'cy']).meta({
      description:
        'The language the board is written in (en: English, cy: Welsh). Each translated… field holds a text in the other language, or null where there is no translation.',
    }),
    title: z.string(),
    translatedTitle: z.string().nullable(),
    intro: z.string().meta({ description: 'The introduction, plain text; paragraphs are separated by a blank line.' }),
    translatedIntro: z.string().nullable(),
    questions: z
      .array(z.object({ key: z.string(), text: z.string(), translatedText: z.string().nullable() }))
      .meta({ description: 'In the order the board shows them.' }),
    perspectives: z
      .array(z.object({ key: z.string(), label: z.string(), translatedLabel: z.string().nullable() }))
      .meta({ description: 'In the order the board shows them.' }),
    answers: z
      .array(
        z.object({
          id: z.string(),
          question: z.string().meta({ description: 'The key of the question answered.' }),
          perspective: z.string().meta({ description: 'The key of the perspective it was answered from.' }),
          body: z.string(),
          displayName: z.string().nullable().meta({ description: 'The name the author gave, or null: shown as "Anonymous".' }),
          createdAt: z.iso.datetime().meta({ description: 'When the answer was sent (ISO 8601, UTC).' }),
          helpful: z.int().min(0).meta({ description: 'How many readers marked it helpful (one mark per browser).' }),
        }),
      )
      .meta({ description: 'Published answers only: never pending, hidden or rejected ones, and never an email address.' }),
  })
  .meta({ title: 'Board', description: "A board's questions, perspectives and published answers." });
export type BoardResponse = z.infer<typeof boardResponse>;

export const answerCreatedResponse = z
  .object({
    id: z.string().meta({ description: "The answer's id; once published its page is /a/{id}." }),
    status: z.enum(answerStatuses).meta({
      description:
        'pending: waiting for a moderator; published: public now (on a post-moderated board when no check held it). A replayed request reports the current status.',
    }),
    safety: z
      .object({
        crisis: z.boolean().meta({ description: 'The answer suggests its author may be at risk now: it is held and the moderators are alerted.' }),
        identifying: z
          .array(z.enum(identifyingKinds))
          .meta({ description: 'Kinds of identifying detail found; when any, the answer is held for a moderator.' }),
      })
      .meta({ description: 'What the safety checks found. An answer they hold waits for a moderator even on a post-moderated board.' }),
  })
  .meta({ title: 'AnswerCreated' });
export type AnswerCreatedResponse = z.infer<typeof answerCreatedResponse>;

/** Every error reply: a short code and a sentence a developer can act on. */
export const errorResponse = z
  .object({
    error: z.string().meta({ description: 'A short code: invalid, closed, rate-limited, idempotency-key-reused, or a title for other errors.' }),
    message: z.string().meta({ description: 'What was wrong and what to do, in one or two sentences.' }),
  })
  .meta({ title: 'Error' });
export type ErrorResponse = z.infer<typeof errorResponse>;

/** A 422 for fields that need correcting names each of them. */
export const invalidFieldsResponse = errorResponse
  .extend({
    error: z.literal('invalid'),
    fields: z.partialRecord(z.enum(answerFieldOrder), z.string()).meta({ description: 'One message per field that needs correcting.' }),
  })
  .meta({ title: 'InvalidFields' });
export type InvalidFieldsResponse = z.infer<typeof invalidFieldsResponse>;

/** The Idempotency-Key header: any key a client makes up, in visible ASCII. */
export const idempotencyKey = z
  .string()
  .regex(/^[\x21-\x7E]{1,255}$/)
  .meta({ description: '1 to 255 visible ASCII characters, such as a UUID.' });
