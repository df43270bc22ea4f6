import type { Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { LiveSession, LiveSessionTable } from '../db/tables.ts';

// Every statement about live workshop sessions.

/** The board's running session, if one runs. */
export function findRunningSession(db: Db, boardId: string): Promise<LiveSession | undefined> {
  return db.selectFrom('liveSessions').selectAll().where('boardId', '=', boardId).where('endedAt', 'is', null).executeTakeFirst();
}

/** The session a join code belongs to, running or ended, with its board's address. */
export function findSessionByCode(db: Db, code: string) {
  return db
    .selectFrom('liveSessions')
    .innerJoin('boards', 'boards.id', 'liveSessions.boardId')
    .selectAll('liveSessions')
    .select(['boards.slug as boardSlug', 'boards.title as boardTitle'])
    .where('liveSessions.code', '=', code)
    .executeTakeFirst();
}

export async function insertSession(db: Db, session: { id: string; boardId: string; code: string; questionId: string | null; at: string }): Promise<void> {
  await db
    .insertInto('liveSessions')
    .values({
      id: session.id,
      boardId: session.boardId,
      code: session.code,
      questionId: session.questionId,
      spotlightAnswerId: null,
      startedAt: session.at,
      updatedAt: session.at,
    })
    .execute();
}

export async function updateSession(db: Db, sessionId: string, patch: Updateable<LiveSessionTable>): Promise<void> {
  await db.updateTable('liveSessions').set(patch).where('id', '=', sessionId).execute();
}

/** Which question an answer on the board was sent to (the join flow's confirmation compares it with the session's). */
export async function findAnswerQuestionId(db: Db, boardId: string, answerId: string): Promise<string | undefined> {
  const row = await db.selectFrom('answers').select('questionId').where('boardId', '=', boardId).where('id', '=', answerId).executeTakeFirst();
  return row?.questionId;
}
