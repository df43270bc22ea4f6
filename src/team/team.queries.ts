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

export async function deleteMember(db: Db, boardId: string, facilitatorId: string): Promise<void> {
  await db.deleteFrom('boardMembers').where('boardId', '=', boardId).where('facilitatorId', '=', facilitatorId).execute();
}

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
