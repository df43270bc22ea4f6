import fs from 'node:fs/promises';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { newId, nowIso } from '../db/ids.ts';
import { insertAnswers } from '../answers/answers.queries.ts';
import { boardFileSchema, describeIssues, type BoardFile } from '../boards/boards.input.ts';
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

export class BoardFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`the board file is not valid:\n  ${problems.join('\n  ')}`);
  }
}

export class BoardExistsError extends Error {
  constructor(readonly slug: string) {
    super(`a board with the slug "${slug}" already exists`);
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
      await insertBoard(trx, { id: boardId, slug: file.slug, ...boardSettingsRow(file), createdAt: at, updatedAt: at });
      await insertPerspectives(
        trx,
        file.perspectives.map((p, position) => ({
          id: perspectiveIds.get(p.key)!,
          boardId,
          key: p.key,
          label: p.label,
          plural: p.plural ?? null,
          description: p.description,
          position,
          retiredAt: null,
        })),
      );
      await insertQuestions(
        trx,
        file.questions.map((q, position) => ({ id: questionIds.get(q.key)!, boardId, key: q.key, text: q.text, position, retiredAt: null })),
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
    const reason = err instanceof SyntaxError ? `it is not valid JSON (${err.message})` : `it cannot be read (${(err as Error).message})`;
    throw new BoardFileError([reason]);
  }
  return importBoard(db, parseBoardFile(json));
}

/** A board as the JSON file import-board reads: settings, active questions and perspectives, and published examples. */
export async function exportBoard(db: Db, slug: string): Promise<BoardFile | undefined> {
  const board = await findBoardBySlug(db, slug);
  if (!board) return undefined;
  const [questions, perspectives, examples] = await Promise.all([
    listQuestions(db, board.id),
    listPerspectives(db, board.id),
    listPublishedExamples(db, board.id),
  ]);
  return {
    slug: board.slug,
    title: board.title,
    intro: board.intro,
    moderation: board.moderation,
    listed: Boolean(board.listed),
    accepting: Boolean(board.accepting),
    perspectives: perspectives.map((p) => ({ key: p.key, label: p.label, ...(p.plural ? { plural: p.plural } : {}), description: p.description })),
    questions: questions.map((q) => ({ key: q.key, text: q.text })),
    exampleAnswers: examples.map((a) => ({
      question: a.questionKey,
      perspective: a.perspectiveKey,
      ...(a.displayName ? { name: a.displayName } : {}),
      body: a.body,
    })),
  };
}
