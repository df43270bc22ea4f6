import type { Db } from '../db/database.ts';
import type { Board, Perspective, Question } from '../db/tables.ts';
import type { Insertable } from 'kysely';
import type { BoardTable, PerspectiveTable, QuestionTable } from '../db/tables.ts';

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

export async function insertBoard(db: Db, board: Insertable<BoardTable>): Promise<void> {
  await db.insertInto('boards').values(board).execute();
}

export async function insertQuestions(db: Db, questions: Insertable<QuestionTable>[]): Promise<void> {
  if (questions.length > 0) await db.insertInto('questions').values(questions).execute();
}

export async function insertPerspectives(db: Db, perspectives: Insertable<PerspectiveTable>[]): Promise<void> {
  if (perspectives.length > 0) await db.insertInto('perspectives').values(perspectives).execute();
}

/** Marks a board's public content as changed, so cached tables and ETags move on. */
export async function bumpBoardRevision(db: Db, boardId: string, at: string): Promise<void> {
  await db
    .updateTable('boards')
    .set((eb) => ({ revision: eb('revision', '+', 1), updatedAt: at }))
    .where('id', '=', boardId)
    .execute();
}
