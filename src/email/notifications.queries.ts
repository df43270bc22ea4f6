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
