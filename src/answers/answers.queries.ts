import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AnswerStatus, AnswerTable, SubmissionKeyTable } from '../db/tables.ts';

/** The fields of an answer anyone may see. Email is never among them. */
export interface PublicAnswer {
  id: string;
  questionKey: string;
  perspectiveKey: string;
  body: string;
  displayName: string | null;
  isExample: number;
  createdAt: string;
}

/** Answers joined to their question and perspective: the base of every statement that shows an answer in context. */
export function answersInContext(db: Db) {
  return db
    .selectFrom('answers')
    .innerJoin('questions', 'questions.id', 'answers.questionId')
    .innerJoin('perspectives', 'perspectives.id', 'answers.perspectiveId');
}

const publicColumns = [
  'answers.id',
  'questions.key as questionKey',
  'perspectives.key as perspectiveKey',
  'answers.body',
  'answers.displayName',
  'answers.isExample',
  'answers.createdAt',
] as const;

export async function insertAnswers(db: Db, answers: Insertable<AnswerTable>[]): Promise<void> {
  if (answers.length > 0) await db.insertInto('answers').values(answers).execute();
}

/** Published answers of a board, examples first, then oldest first. */
export function listPublishedAnswers(db: Db, boardId: string): Promise<PublicAnswer[]> {
  return answersInContext(db)
    .select(publicColumns)
    .where('answers.boardId', '=', boardId)
    .where('answers.status', '=', 'published')
    .where('questions.retiredAt', 'is', null)
    .where('perspectives.retiredAt', 'is', null)
    .orderBy('answers.isExample', 'desc')
    .orderBy('answers.createdAt')
    .orderBy('answers.id')
    .execute();
}

export async function listPublishedExamples(db: Db, boardId: string): Promise<PublicAnswer[]> {
  return (await listPublishedAnswers(db, boardId)).filter((a) => a.isExample);
}

export interface PublicAnswerWithContext extends PublicAnswer {
  boardSlug: string;
  boardTitle: string;
  questionText: string;
  perspectiveLabel: string;
}

export function findPublishedAnswer(db: Db, id: string): Promise<PublicAnswerWithContext | undefined> {
  return answersInContext(db)
    .innerJoin('boards', 'boards.id', 'answers.boardId')
    .select([
      ...publicColumns,
      'boards.slug as boardSlug',
      'boards.title as boardTitle',
      'questions.text as questionText',
      'perspectives.label as perspectiveLabel',
    ])
    .where('answers.id', '=', id)
    .where('answers.status', '=', 'published')
    .executeTakeFirst();
}

export function findAnswerStatus(db: Db, boardId: string, id: string): Promise<{ id: string; status: AnswerStatus; heldFor: string | null } | undefined> {
  return db.selectFrom('answers').select(['id', 'status', 'heldFor']).where('boardId', '=', boardId).where('id', '=', id).executeTakeFirst();
}

/** How many answers on the board have the same text (see bodyHash), counting up to `limit`. */
export async function countAnswersWithBodyHash(db: Db, boardId: string, bodyHash: string, limit: number): Promise<number> {
  const rows = await db.selectFrom('answers').select('id').where('boardId', '=', boardId).where('bodyHash', '=', bodyHash).limit(limit).execute();
  return rows.length;
}

export async function insertAnswer(db: Db, answer: Insertable<AnswerTable>): Promise<void> {
  await db.insertInto('answers').values(answer).execute();
}

export function findSubmissionKey(db: Db, key: string) {
  return db
    .selectFrom('submissionKeys')
    .innerJoin('answers', 'answers.id', 'submissionKeys.answerId')
    .select(['submissionKeys.answerId', 'submissionKeys.requestHash', 'answers.status', 'answers.heldFor'])
    .where('submissionKeys.key', '=', key)
    .executeTakeFirst();
}

export async function insertSubmissionKey(db: Db, row: Insertable<SubmissionKeyTable>): Promise<void> {
  await db.insertInto('submissionKeys').values(row).execute();
}
