import { z } from 'zod';
import { textField } from '../web/input.ts';

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and single hyphens, like "finding-time"' })
  .max(60);

/** `?perspective=` on the board and its embed: '' for the whole board. Not a key's shape fails: there is no such
 * perspective, and it must not reach the ETag header (a control or non-Latin-1 character would throw). */
export const perspectiveFilterQuery = z.object({
  perspective: textField.refine((s) => s === '' || /^[a-z0-9-]{1,60}$/.test(s), { message: 'There is no such perspective' }),
});

/** The board and question pages' query: the filter, and `?sort=helpful` (each cell most helpful first; null: oldest first). Any other order fails. */
export const boardPageQuery = perspectiveFilterQuery.extend({
  sort: textField
    .refine((s) => s === '' || s === 'helpful', { message: 'There is no such order' })
    .transform((s) => (s === 'helpful' ? ('helpful' as const) : null)),
});

/** The demo board every fresh install starts with; also the example of a board file. */
export const demoBoardFile = new URL('./demo-board.json', import.meta.url);

/** A board as a JSON file: the shape of the demo board, read by import-board. */
export const boardFileSchema = z
  .object({
    slug: key,
    title: z.string().trim().min(1).max(200),
    intro: z.string().trim().max(5000).default(''),
    moderation: z.enum(['pre', 'post']).default('pre'),
    listed: z.boolean().default(true),
    accepting: z.boolean().default(true),
    perspectives: z
      .array(
        z.object({
          key,
          label: z.string().trim().min(1).max(80),
          plural: z.string().trim().min(1).max(80).optional(),
          description: z.string().trim().max(300).default(''),
        }),
      )
      .min(1),
    questions: z.array(z.object({ key, text: z.string().trim().min(1).max(500) })).min(1),
    exampleAnswers: z
      .array(
        z.object({
          question: z.string(),
          perspective: z.string(),
          name: z.string().trim().max(60).optional(),
          body: z.string().trim().min(1).max(5000),
        }),
      )
      .default([]),
  })
  .superRefine((board, ctx) => {
    const questionKeys = new Set(board.questions.map((q) => q.key));
    const perspectiveKeys = new Set(board.perspectives.map((p) => p.key));
    if (questionKeys.size !== board.questions.length) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'question keys must be unique' });
    if (perspectiveKeys.size !== board.perspectives.length)
      ctx.addIssue({ code: 'custom', path: ['perspectives'], message: 'perspective keys must be unique' });
    board.exampleAnswers.forEach((answer, i) => {
      if (!questionKeys.has(answer.question))
        ctx.addIssue({ code: 'custom', path: ['exampleAnswers', i, 'question'], message: `no question with key "${answer.question}"` });
      if (!perspectiveKeys.has(answer.perspective))
        ctx.addIssue({ code: 'custom', path: ['exampleAnswers', i, 'perspective'], message: `no perspective with key "${answer.perspective}"` });
    });
  });

export type BoardFile = z.infer<typeof boardFileSchema>;

/** Turns zod issues into lines like `questions.2.key: must be lower-case…` for the command line. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
}

/** A key for a new question or perspective, from its text: "Where do I find the time?" → "where-do-i-find". */
export function keyFrom(text: string, taken: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9\s-]/g, '')
      .trim()
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, 4)
      .join('-') || 'item';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
