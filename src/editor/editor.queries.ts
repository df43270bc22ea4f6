import type { Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { BoardTable } from '../db/tables.ts';

export type ItemTable = 'questions' | 'perspectives';

/** Questions or perspectives of a board, retired ones included, in their order. */
export function listAllQuestions(db: Db, boardId: string) {
  return db.selectFrom('questions').selectAll().where('boardId', '=', boardId).orderBy('position').execute();
}

export function listAllPerspectives(db: Db, boardId: string) {
  return db.selectFrom('perspectives').selectAll().where('boardId', '=', boardId).orderBy('position').execute();
}

export function listItemPositions(db: Db, table: ItemTable, boardId: string) {
  return db.selectFrom(table).select(['id', 'key', 'position']).where('boardId', '=', boardId).orderBy('position').execute();
}

export async function setItemPosition(db: Db, table: ItemTable, boardId: string, id: string, position: number): Promise<void> {
  await db.updateTable(table).set({ position }).where('boardId', '=', boardId).where('id', '=', id).execute();
}

export async function setItemRetired(db: Db, table: ItemTable, boardId: string, id: string, retiredAt: string | null): Promise<boolean> {
  const result = await db.updateTable(table).set({ retiredAt }).where('boardId', '=', boardId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateQuestionText(db: Db, boardId: string, id: string, text: string): Promise<boolean> {
  const result = await db.updateTable('questions').set({ text }).where('boardId', '=', boardId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updatePerspectiveText(
  db: Db,
  boardId: string,
  id: string,
  patch: { label: string; plural: string | null; description: string },
): Promise<boolean> {
  const result = await db.updateTable('perspectives').set(patch).where('boardId', '=', boardId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateBoard(db: Db, boardId: string, patch: Updateable<BoardTable>): Promise<void> {
  await db.updateTable('boards').set(patch).where('id', '=', boardId).execute();
}

export async function insertMember(db: Db, boardId: string, facilitatorId: string, role: 'owner' | 'moderator', at: string): Promise<void> {
  await db.insertInto('boardMembers').values({ boardId, facilitatorId, role, createdAt: at }).execute();
}
