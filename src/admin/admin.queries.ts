import type { Db } from '../db/database.ts';

/** The boards a facilitator belongs to, with their role and answer counts. */
export function listBoardsOfFacilitator(db: Db, facilitatorId: string) {
  return db
    .selectFrom('boardMembers')
    .innerJoin('boards', 'boards.id', 'boardMembers.boardId')
    .leftJoin('answers', 'answers.boardId', 'boards.id')
    .select((eb) => [
      'boards.id',
      'boards.slug',
      'boards.title',
      'boards.moderation',
      'boards.accepting',
      'boardMembers.role',
      eb.fn.sum<number | string | null>(eb.case().when('answers.status', '=', 'pending').then(1).else(0).end()).as('pending'),
      eb.fn.sum<number | string | null>(eb.case().when('answers.status', '=', 'published').then(1).else(0).end()).as('published'),
      eb.fn.sum<number | string | null>(eb.case().when('answers.urgentAt', 'is not', null).then(1).else(0).end()).as('urgent'),
    ])
    .where('boardMembers.facilitatorId', '=', facilitatorId)
    .groupBy(['boards.id', 'boards.slug', 'boards.title', 'boards.moderation', 'boards.accepting', 'boardMembers.role', 'boards.createdAt'])
    .orderBy('boards.createdAt', 'desc')
    .execute();
}

/** A facilitator's role on a board, if they are a member. */
export function findMembership(db: Db, boardId: string, facilitatorId: string) {
  return db.selectFrom('boardMembers').select('role').where('boardId', '=', boardId).where('facilitatorId', '=', facilitatorId).executeTakeFirst();
}
