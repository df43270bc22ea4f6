import type { Db } from '../db/database.ts';

/** Where to send a board's notices: its members' emails, with the board's title and slug. */
export function listTeamContacts(db: Db, boardId: string) {
  return db
    .selectFrom('boardMembers')
    .innerJoin('facilitators', 'facilitators.id', 'boardMembers.facilitatorId')
    .innerJoin('boards', 'boards.id', 'boardMembers.boardId')
    .select(['facilitators.email', 'boards.title', 'boards.slug'])
    .where('boardMembers.boardId', '=', boardId)
    .execute();
}

// The only statements that write pending_notices: one row per board with answers waiting to be announced.

/** Counts one more waiting answer for the board's next notice; returns when that notice is due. */
export async function addPendingNotice(db: Db, boardId: string, dueAt: string): Promise<string> {
  const row = await db
    .insertInto('pendingNotices')
    .values({ boardId, count: 1, dueAt })
    .onConflict((oc) => oc.column('boardId').doUpdateSet((eb) => ({ count: eb('pendingNotices.count', '+', 1) })))
    .returning('dueAt')
    .executeTakeFirstOrThrow();
  return row.dueAt;
}

/**
 * Takes the board's batch if it is due by `at` (or whenever due, with no `at`): one conditional DELETE, so of several
 * instances whose timers fire together exactly one gets the count and sends the notice. Undefined when none was taken.
 */
export async function claimPendingNotice(db: Db, boardId: string, at?: string): Promise<number | undefined> {
  let query = db.deleteFrom('pendingNotices').where('boardId', '=', boardId);
  if (at !== undefined) query = query.where('dueAt', '<=', at);
  return (await query.returning('count').executeTakeFirst())?.count;
}

export async function findPendingNoticeDue(db: Db, boardId: string): Promise<string | undefined> {
  return (await db.selectFrom('pendingNotices').select('dueAt').where('boardId', '=', boardId).executeTakeFirst())?.dueAt;
}
