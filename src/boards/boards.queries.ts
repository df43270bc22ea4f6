import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Board, BoardTable, Database, Perspective, PerspectiveTable, Question, QuestionTable } from '../db/tables.ts';
import type { Locale } from '../i18n/locale.ts';

// Every statement that writes boards, questions or perspectives is here; and the read of the published
// answers a board shows, which the board's snapshot needs (answers.queries.ts holds every other answer statement).

export function findBoardBySlug(db: Db, slug: string): Promise<Board | undefined> {
  return db.selectFrom('boards').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findBoardById(db: Db, id: string): Promise<Board | undefined> {
  return db.selectFrom('boards').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Boards on the home page, newest first. */
export function listListedBoards(db: Db): Promise<Board[]> {
  return db.selectFrom('boards').selectAll().where('listed', '=', 1).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
}

export async function countBoards(db: Db): Promise<number> {
  const row = await db
    .selectFrom('boards')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listQuestions(db: Db, boardId: string): Promise<Question[]> {
  return db.selectFrom('questions').selectAll().where('boardId', '=', boardId).where('retiredAt', 'is', null).orderBy('position').execute();
}

export function listPerspectives(db: Db, boardId: string): Promise<Perspective[]> {
  return db.selectFrom('perspectives').selectAll().where('boardId', '=', boardId).where('retiredAt', 'is', null).orderBy('position').execute();
}

/** What a facilitator chooses about a board, in the editor or in a board file. */
export interface BoardSettings {
  title: string;
  intro: string;
  /** The language title and intro are written in; the translations are in the other one (null: not translated). */
  language: Locale;
  translatedTitle: string | null;
  translatedIntro: string | null;
  moderation: 'pre' | 'post';
  accepting: boolean;
  listed: boolean;
}

/** The settings as the boards table stores them (flags as 0 or 1). */
export function boardSettingsRow(settings: BoardSettings) {
  const { title, intro, language, translatedTitle, translatedIntro, moderation } = settings;
  return { title, intro, language, translatedTitle, translatedIntro, moderation, accepting: settings.accepting ? 1 : 0, listed: settings.listed ? 1 : 0 };
}

export async function insertBoard(db: Db, board: Insertable<BoardTable>): Promise<void> {
  await db.insertInto('boards').values(board).execute();
}

export async function updateBoard(db: Db, boardId: string, patch: Updateable<BoardTable>): Promise<void> {
  await db.updateTable('boards').set(patch).where('id', '=', boardId).execute();
}

/** Marks a board's public content as changed, so cached tables and ETags move on. */
export async function bumpBoardRevision(db: Db, boardId: string, at: string): Promise<void> {
  await db
    .updateTable('boards')
    .set((eb) => ({ revision: eb('revision', '+', 1), updatedAt: at }))
    .where('id', '=', boardId)
    .execute();
}

export async function insertQuestions(db: Db, questions: Insertable<QuestionTable>[]): Promise<void> {
  if (questions.length > 0) await db.insertInto('questions').values(questions).execute();
}

export async function insertPerspectives(db: Db, perspectives: Insertable<PerspectiveTable>[]): Promise<void> {
  if (perspectives.length > 0) await db.insertInto('perspectives').values(perspectives).execute();
}

/** Swaps each text of a board's questions and perspectives with its translation, when the board changes language. */
export async function swapItemTranslations(db: Db, boardId: string): Promise<void> {
  await db
    .updateTable('questions')
    .set((eb) => ({ text: eb.fn.coalesce('translatedText', 'text'), translatedText: eb.ref('text') }))
    .where('boardId', '=', boardId)
    .execute();
  await db
    .updateTable('perspectives')
    .set((eb) => ({
      label: eb.fn.coalesce('translatedLabel', 'label'),
      translatedLabel: eb.ref('label'),
      plural: eb.ref('translatedPlural'),
      translatedPlural: eb.ref('plural'),
      description: eb.fn.coalesce('translatedDescription', eb.val('')),
      translatedDescription: eb.fn('nullif', [eb.ref('description'), eb.val('')]),
    }))
    .where('boardId', '=', boardId)
    .execute();
}

export async function setItemPosition(db: Db, table: 'questions' | 'perspectives', boardId: string, id: string, position: number): Promise<void> {
  await db.updateTable(table).set({ position }).where('boardId', '=', boardId).where('id', '=', id).execute();
}

export async function setItemRetired(db: Db, table: 'questions' | 'perspectives', boardId: string, id: string, retiredAt: string | null): Promise<boolean> {
  const result = await db.updateTable(table).set({ retiredAt }).where('boardId', '=', boardId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A question's text, and its translation when given (undefined: left as it is). */
export async function updateQuestionText(db: Db, boardId: string, id: string, text: string, translatedText?: string | null): Promise<boolean> {
  const result = await db.updateTable('questions').set({ text, translatedText }).where('boardId', '=', boardId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updatePerspectiveText(
  db: Db,
  boardId: string,
  id: string,
  patch: {
    label: string;
    plural: string | null;
    description: string;
    translatedLabel?: string | null;
    translatedPlural?: string | null;
    translatedDescription?: string | null;
  },
): Promise<boolean> {
  const result = await db.updateTable('perspectives').set(patch).where('boardId', '=', boardId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The fields of an answer anyone may see. Email is never among them. */
export interface PublicAnswer {
  id: string;
  questionKey: string;
  perspectiveKey: string;
  body: string;
  displayName: string | null;
  isExample: number;
  createdAt: string;
  /** How many browsers marked it helpful. */
  helpfulCount: number;
  /** The language its author wrote in, as the safety check found it: 'en', 'cy' or null (unknown). */
  language?: 'en' | 'cy' | null;
}

/** Answers joined to their question and perspective: the base of every statement that shows an answer in context. */
export function answersInContext(db: Db) {
  return db
    .selectFrom('answers')
    .innerJoin('questions', 'questions.id', 'answers.questionId')
    .innerJoin('perspectives', 'perspectives.id', 'answers.perspectiveId');
}

export const publicAnswerColumns = [
  'answers.id',
  'questions.key as questionKey',
  'perspectives.key as perspectiveKey',
  'answers.body',
  'answers.displayName',
  'answers.isExample',
  'answers.createdAt',
  'answers.helpfulCount',
  'answers.language',
] as const;

/**
 * What readers may see (PR-1): approved answers whose author allowed them on the board. Every public place (the table,
 * question pages, permalinks, embeds, the projector, the stream, the feed, the API, votes) reads through this;
 * an answer kept for workshops or for the facilitators never leaves the admin area and the handouts.
 */
export function seenByReaders(eb: ExpressionBuilder<Database, 'answers'>) {
  return eb.and([eb('answers.status', '=', 'published'), eb('answers.useAllowed', '=', 'board')]);
}

/** The answers readers see on a board, examples first, then oldest first. */
export function listPublishedAnswers(db: Db, boardId: string): Promise<PublicAnswer[]> {
  return answersInContext(db)
    .select(publicAnswerColumns)
    .where('answers.boardId', '=', boardId)
    .where(seenByReaders)
    .where('questions.retiredAt', 'is', null)
    .where('perspectives.retiredAt', 'is', null)
    .orderBy('answers.isExample', 'desc')
    .orderBy('answers.createdAt')
    .orderBy('answers.id')
    .execute();
}

export async function listPublishedExamples(db: Db, boardId: string): Promise<PublicAnswer[]> {
  return (await listPublishedAnswers(db, boardId)).filter((a) => a.isExample);
}
