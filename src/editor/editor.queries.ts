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

/** How many of a board's questions and perspectives, retired ones included, have no translation (of a question's text, a perspective's name). */
export async function countUntranslatedItems(db: Db, boardId: string): Promise<number> {
  const [questions, perspectives] = await Promise.all([
    db
      .selectFrom('questions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('boardId', '=', boardId)
      .where('translatedText', 'is', null)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('perspectives')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('boardId', '=', boardId)
      .where('translatedLabel', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return Number(questions.n) + Number(perspectives.n);
}
