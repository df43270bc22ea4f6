import type { Db } from '../db/database.ts';
import { answersInContext } from '../answers/answers.queries.ts';

/** Published answers for a spreadsheet: what readers can see, in board order. No email addresses. */
export function listAnswersForExport(db: Db, boardId: string) {
  return answersInContext(db)
    .select([
      'answers.id',
      'questions.text as questionText',
      'perspectives.label as perspectiveLabel',
      'answers.body',
      'answers.displayName',
      'answers.isExample',
      'answers.createdAt',
      'answers.publishedAt',
    ])
    .where('answers.boardId', '=', boardId)
    .where('answers.status', '=', 'published')
    .orderBy('questions.position')
    .orderBy('perspectives.position')
    .orderBy('answers.isExample', 'desc')
    .orderBy('answers.createdAt')
    .execute();
}
