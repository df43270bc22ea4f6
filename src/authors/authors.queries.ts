import type { Db } from '../db/database.ts';
import { answersInContext } from '../answers/answers.queries.ts';

export function findAnswerForAuthor(db: Db, answerId: string) {
  return answersInContext(db)
    .innerJoin('boards', 'boards.id', 'answers.boardId')
    .select([
      'answers.id',
      'answers.boardId',
      'answers.body',
      'answers.originalBody',
      'answers.status',
      'answers.editTokenHash',
      'boards.slug as boardSlug',
      'boards.title as boardTitle',
      'boards.moderation',
      'questions.text as questionText',
      'perspectives.label as perspectiveLabel',
    ])
    .where('answers.id', '=', answerId)
    .executeTakeFirst();
}

export type AuthorAnswer = NonNullable<Awaited<ReturnType<typeof findAnswerForAuthor>>>;

export async function deleteAnswer(db: Db, answerId: string): Promise<void> {
  await db.deleteFrom('answers').where('id', '=', answerId).execute();
}
