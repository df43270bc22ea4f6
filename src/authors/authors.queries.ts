import type { Db } from '../db/database.ts';

export function findAnswerForAuthor(db: Db, answerId: string) {
  return db
    .selectFrom('answers')
    .innerJoin('boards', 'boards.id', 'answers.boardId')
    .innerJoin('questions', 'questions.id', 'answers.questionId')
    .innerJoin('perspectives', 'perspectives.id', 'answers.perspectiveId')
    .select([
      'answers.id',
      'answers.boardId',
      'answers.body',
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
