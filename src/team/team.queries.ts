import type { Db } from '../db/database.ts';

/** A board's team. Facilitators' emails are shown to the board's owners, never to the public. */
export function listMembers(db: Db, boardId: string) {
  return db
    .selectFrom('boardMembers')
    .innerJoin('facilitators', 'facilitators.id', 'boardMembers.facilitatorId')
    .select(['facilitators.id', 'facilitators.name', 'facilitators.email', 'boardMembers.role'])
    .where('boardMembers.boardId', '=', boardId)
    .orderBy('boardMembers.role', 'desc')
    .orderBy('facilitators.name')
    .execute();
}
