import fs from 'node:fs/promises';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { newId, nowIso } from '../db/ids.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, otherLocale } from '../i18n/locale.ts';
import { insertAnswers } from '../answers/answers.queries.ts';
import { boardKey as key, describeIssues } from '../boards/boards.input.ts';
import {
  findBoardBySlug,
  boardSettingsRow,
  insertBoard,
  insertPerspectives,
  insertQuestions,
  listPerspectives,
  listPublishedExamples,
  listQuestions,
} from '../boards/boards.queries.ts';

// Board files: the JSON that import-board reads (the demo board on a fresh install is one) and export-board writes.
// Here, above boards and answers, because a board file holds both: the board and its published example answers.
// Each text (title, intro, a question, a perspective's label, plural and description) is a string in the board's
// `language` ("en" unless it says "cy"), or an object { "en": "…", "cy": "…" } holding its translation too.

// Read by import-board: its messages are the command line's, in English (docs/TRANSLATION.md).
const said = catalogues.en.cli.boardFile;
const languageName: Record<Locale, string> = said.languages;

/** A text as a file may give it: a string, or an object with one text per language. */
const text = z.union([z.string(), z.strictObject({ en: z.string().optional(), cy: z.string().optional() })], {
  error: said.notText,
});
type FileText = z.infer<typeof text>;

/** A text in the board's language, and its translation into the other (null: none). */
export interface Translatable<T extends string | null = string> {
  text: T;
  translated: string | null;
}

const fileShape = z.object({
  slug: key,
  language: z.enum(['en', 'cy'], { error: said.language }).default('en'),
  title: text,
  intro: text.default(''),
  moderation: z.enum(['pre', 'post']).default('pre'),
  listed: z.boolean().default(true),
  accepting: z.boolean().default(true),
  perspectives: z.array(z.object({ key, label: text, plural: text.optional(), description: text.default('') })).min(1),
  questions: z.array(z.object({ key, text })).min(1),
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
});

type Issue = { path: (string | number)[]; message: string };

/** Reads one text against the board's language: trimmed, within `max`, present in that language when `required`. */
function readText(value: FileText | undefined, path: (string | number)[], language: Locale, max: number, required: boolean, issues: Issue[]) {
  const other = otherLocale(language);
  const byLanguage: Partial<Record<Locale, string>> = typeof value === 'string' ? { [language]: value } : (value ?? {});
  const at = (locale: Locale) => (typeof value === 'string' ? path : [...path, locale]);
  const read = (locale: Locale): string | null => {
    const s = byLanguage[locale]?.trim() ?? '';
    if (s.length > max) issues.push({ path: at(locale), message: said.tooLong(max) });
    return s || null;
  };
  const own = read(language);
  const translated = read(other);
  if (required && !own)
    issues.push({
      path: at(language),
      message: said.needsOwnText(languageName[language], language),
    });
  return { text: own, translated };
}

function parseTexts(file: z.infer<typeof fileShape>, issues: Issue[]) {
  const { language } = file;
  const title = readText(file.title, ['title'], language, 200, true, issues);
  const intro = readText(file.intro, ['intro'], language, 5000, false, issues);
  if (intro.translated && !title.translated) issues.push({ path: ['title'], message: said.titleNeedsTranslation(languageName[otherLocale(language)]) });
  const perspectives = file.perspectives.map((p, i) => {
    const label = readText(p.label, ['perspectives', i, 'label'], language, 80, true, issues);
    const plural = readText(p.plural, ['perspectives', i, 'plural'], language, 80, false, issues);
    const description = readText(p.description, ['perspectives', i, 'description'], language, 300, false, issues);
    if ((plural.translated || description.translated) && !label.translated)
      issues.push({
        path: ['perspectives', i, 'label'],
        message: said.labelNeedsTranslation(languageName[otherLocale(language)]),
      });
    return {
      key: p.key,
      label: label as Translatable,
      plural: plural as Translatable<string | null>,
      description: { ...description, text: description.text ?? '' },
    };
  });
  const questions = file.questions.map((q, i) => ({
    key: q.key,
    text: readText(q.text, ['questions', i, 'text'], language, 500, true, issues) as Translatable,
  }));
  return {
    title: title as Translatable,
    intro: { ...intro, text: intro.text ?? '' },
    perspectives,
    questions,
  };
}

/** A board as a JSON file, read by import-board: the shape of the demo board. */
export const boardFileSchema = fileShape
  // A refinement, unlike a transform, runs when other fields are wrong too, so one run lists every problem.
  .superRefine((file, ctx) => {
    const issues: Issue[] = [];
    parseTexts(file, issues);
    const questionKeys = new Set(file.questions.map((q) => q.key));
    const perspectiveKeys = new Set(file.perspectives.map((p) => p.key));
    if (questionKeys.size !== file.questions.length) issues.push({ path: ['questions'], message: said.questionKeysRepeated });
    if (perspectiveKeys.size !== file.perspectives.length) issues.push({ path: ['perspectives'], message: said.perspectiveKeysRepeated });
    file.exampleAnswers.forEach((answer, i) => {
      if (!questionKeys.has(answer.question)) issues.push({ path: ['exampleAnswers', i, 'question'], message: said.noQuestion(answer.question) });
      if (!perspectiveKeys.has(answer.perspective))
        issues.push({ path: ['exampleAnswers', i, 'perspective'], message: said.noPerspective(answer.perspective) });
    });
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  })
  .transform((file) => ({ ...file, ...parseTexts(file, []) }));

/** A board file as parsed: each text with its translation. */
export type BoardFile = z.output<typeof boardFileSchema>;
/** A board file as written: what export-board prints and import-board reads. */
export type BoardFileJson = z.input<typeof boardFileSchema> & Pick<BoardFile, 'exampleAnswers'>;

export class BoardFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`${said.invalid}\n  ${problems.join('\n  ')}`);
  }
}

export class BoardExistsError extends Error {
  constructor(readonly slug: string) {
    super(said.exists(slug));
  }
}

/** The consent wording version recorded with answers that arrive by import rather than the form. */
const importedConsent = 'imported';

export function parseBoardFile(json: unknown): BoardFile {
  const parsed = boardFileSchema.safeParse(json);
  if (!parsed.success) throw new BoardFileError(describeIssues(parsed.error));
  return parsed.data;
}

/** Creates a board with its perspectives, questions and published example answers, in one transaction. */
export async function importBoard(db: Db, file: BoardFile): Promise<{ id: string; slug: string; answers: number }> {
  const at = nowIso();
  const boardId = newId();
  const questionIds = new Map(file.questions.map((q) => [q.key, newId()]));
  const perspectiveIds = new Map(file.perspectives.map((p) => [p.key, newId()]));
  try {
    await db.transaction().execute(async (trx) => {
      const settings = {
        ...file,
        title: file.title.text,
        translatedTitle: file.title.translated,
        intro: file.intro.text,
        translatedIntro: file.intro.translated,
      };
      await insertBoard(trx, { id: boardId, slug: file.slug, ...boardSettingsRow(settings), createdAt: at, updatedAt: at });
      await insertPerspectives(
        trx,
        file.perspectives.map((p, position) => ({
          id: perspectiveIds.get(p.key)!,
          boardId,
          key: p.key,
          label: p.label.text,
          plural: p.plural.text,
          description: p.description.text,
          translatedLabel: p.label.translated,
          translatedPlural: p.plural.translated,
          translatedDescription: p.description.translated,
          position,
          retiredAt: null,
        })),
      );
      await insertQuestions(
        trx,
        file.questions.map((q, position) => ({
          id: questionIds.get(q.key)!,
          boardId,
          key: q.key,
          text: q.text.text,
          translatedText: q.text.translated,
          position,
          retiredAt: null,
        })),
      );
      await insertAnswers(
        trx,
        file.exampleAnswers.map((a) => ({
          id: newId(),
          boardId,
          questionId: questionIds.get(a.question)!,
          perspectiveId: perspectiveIds.get(a.perspective)!,
          body: a.body,
          displayName: a.name ?? null,
          email: null,
          status: 'published',
          isExample: 1,
          consentVersion: importedConsent,
          createdAt: at,
          updatedAt: at,
          publishedAt: at,
        })),
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new BoardExistsError(file.slug);
    throw err;
  }
  return { id: boardId, slug: file.slug, answers: file.exampleAnswers.length };
}

/** Reads, validates and imports a board JSON file. */
export async function importBoardFile(db: Db, file: string | URL): Promise<{ id: string; slug: string; answers: number }> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    const reason = err instanceof SyntaxError ? said.notJson(err.message) : said.unreadable((err as Error).message);
    throw new BoardFileError([reason]);
  }
  return importBoard(db, parseBoardFile(json));
}

/** A board as the JSON file import-board reads: settings, active questions and perspectives, and published examples. */
export async function exportBoard(db: Db, slug: string): Promise<BoardFileJson | undefined> {
  const board = await findBoardBySlug(db, slug);
  if (!board) return undefined;
  const [questions, perspectives, examples] = await Promise.all([
    listQuestions(db, board.id),
    listPerspectives(db, board.id),
    listPublishedExamples(db, board.id),
  ]);
  const other = otherLocale(board.language);
  // A text with a translation is written as { "en": …, "cy": … }; one without stays a plain string.
  const both = (own: string | null, translated: string | null): FileText | undefined =>
    translated ? { ...(own ? { [board.language]: own } : {}), [other]: translated } : (own ?? undefined);
  const field = <K extends string>(name: K, value: FileText | undefined) => (value === undefined ? {} : ({ [name]: value } as Record<K, FileText>));
  return {
    slug: board.slug,
    language: board.language,
    title: both(board.title, board.translatedTitle)!,
    intro: both(board.intro, board.translatedIntro) ?? '',
    moderation: board.moderation,
    listed: Boolean(board.listed),
    accepting: Boolean(board.accepting),
    perspectives: perspectives.map((p) => ({
      key: p.key,
      label: both(p.label, p.translatedLabel)!,
      ...field('plural', both(p.plural, p.translatedPlural)),
      description: both(p.description, p.translatedDescription) ?? '',
    })),
    questions: questions.map((q) => ({ key: q.key, text: both(q.text, q.translatedText)! })),
    exampleAnswers: examples.map((a) => ({
      question: a.questionKey,
      perspective: a.perspectiveKey,
      ...(a.displayName ? { name: a.displayName } : {}),
      body: a.body,
    })),
  };
}
