import type { Db } from '../db/database.ts';

// Reads for the board editor; the statements that change a board are in boards.queries.ts.

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
