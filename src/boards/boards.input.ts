import { z } from 'zod';
import { catalogues } from '../i18n/catalogue.ts';
import { textField } from '../web/input.ts';

/** A board's slug, or a question's or perspective's key: lower-case words joined by hyphens. Read from board files by
 * import-board, whose messages are in English (the command line's). */
export const boardKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: catalogues.en.cli.boardFile.keyShape })
  .max(60);

/** `?perspective=` on the board and its embed: '' for the whole board. Not a key's shape fails: there is no such
 * perspective, and it must not reach the ETag header (a control or non-Latin-1 character would throw). A query that
 * fails is answered with the not-found page, so these schemas carry no message of their own. */
export const perspectiveFilterQuery = z.object({
  perspective: textField.refine((s) => s === '' || /^[a-z0-9-]{1,60}$/.test(s)),
});

/** The board and question pages' query: the filter, and `?sort=helpful` (each cell most helpful first; null: oldest first). Any other order fails. */
export const boardPageQuery = perspectiveFilterQuery.extend({
  sort: textField.refine((s) => s === '' || s === 'helpful').transform((s) => (s === 'helpful' ? ('helpful' as const) : null)),
});

/** The demo board every fresh install starts with; also the example of a board file. */
export const demoBoardFile = new URL('./demo-board.json', import.meta.url);

/** Turns zod issues into lines like `questions.2.key: must be lower-case…` for the command line. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || catalogues.en.cli.boardFile.wholeFile}: ${issue.message}`);
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
