import type { Db } from '../db/database.ts';
import { answersInContext } from '../answers/answers.queries.ts';

/** Every answer given with this email on the boards this facilitator owns. */
export function findAnswersByEmail(db: Db, facilitatorId: string, email: string) {
  return answersInContext(db)
    .innerJoin('boardMembers', (join) =>
      join.onRef('boardMembers.boardId', '=', 'answers.boardId').on('boardMembers.facilitatorId', '=', facilitatorId).on('boardMembers.role', '=', 'owner'),
    )
    .innerJoin('boards', 'boards.id', 'answers.boardId')
    .select([
      'answers.id',
      'answers.boardId',
      'answers.body',
      'answers.originalBody',
      'answers.displayName',
      'answers.email',
      'answers.status',
      'answers.consentVersion',
      'answers.createdAt',
      'answers.updatedAt',
      'boards.slug as boardSlug',
      'boards.title as boardTitle',
      'questions.text as questionText',
      'perspectives.label as perspectiveLabel',
    ])
    .where((eb) => eb(eb.fn('lower', ['answers.email']), '=', email.toLowerCase()))
    .orderBy('answers.createdAt')
    .execute();
}

export type RequestedAnswer = Awaited<ReturnType<typeof findAnswersByEmail>>[number];

export async function anonymiseAnswer(db: Db, answerId: string, at: string): Promise<void> {
  await db.updateTable('answers').set({ email: null, displayName: null, originalBody: null, updatedAt: at }).where('id', '=', answerId).execute();
}

export function findAnswerIdentity(db: Db, answerId: string) {
  return db.selectFrom('answers').select(['id', 'email', 'displayName', 'boardId', 'status']).where('id', '=', answerId).executeTakeFirst();
}
