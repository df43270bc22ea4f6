import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AnswerStatus, AnswerTable, AnswerUse, SubmissionKeyTable } from '../db/tables.ts';
import { answersInContext, publicAnswerColumns, seenByReaders, type PublicAnswer } from '../boards/boards.queries.ts';

// Every statement that writes answers (and their submission keys) is here, and the reads each feature needs
// of them; the published answers a board's table shows are read in boards.queries.ts, for the board's snapshot.

export async function insertAnswer(db: Db, answer: Insertable<AnswerTable>): Promise<void> {
  await db.insertInto('answers').values(answer).execute();
}

export async function insertAnswers(db: Db, answers: Insertable<AnswerTable>[]): Promise<void> {
  if (answers.length > 0) await db.insertInto('answers').values(answers).execute();
}

export async function updateAnswer(db: Db, answerId: string, patch: Updateable<AnswerTable>): Promise<void> {
  await db.updateTable('answers').set(patch).where('id', '=', answerId).execute();
}

/** Adds `by` (1 or -1) to the helpful count of an answer readers see; its board and the new count, or undefined when they do not. */
export function changeHelpfulCount(db: Db, answerId: string, by: 1 | -1): Promise<{ boardId: string; helpfulCount: number } | undefined> {
  return db
    .updateTable('answers')
    .set((eb) => ({ helpfulCount: eb('helpfulCount', '+', by) }))
    .where('id', '=', answerId)
    .where(seenByReaders)
    .returning(['boardId', 'helpfulCount'])
    .executeTakeFirst();
}

/** Erasure that keeps the text: the email and name go, and what the author first wrote if a moderator changed it. */
export async function anonymiseAnswer(db: Db, answerId: string, at: string): Promise<void> {
  await db.updateTable('answers').set({ email: null, displayName: null, originalBody: null, updatedAt: at }).where('id', '=', answerId).execute();
}

export async function deleteAnswer(db: Db, answerId: string): Promise<void> {
  await db.deleteFrom('answers').where('id', '=', answerId).execute();
}

export async function insertSubmissionKey(db: Db, row: Insertable<SubmissionKeyTable>): Promise<void> {
  await db.insertInto('submissionKeys').values(row).execute();
}

export function findSubmissionKey(db: Db, key: string) {
  return db
    .selectFrom('submissionKeys')
    .innerJoin('answers', 'answers.id', 'submissionKeys.answerId')
    .select(['submissionKeys.answerId', 'submissionKeys.requestHash', 'answers.status', 'answers.heldFor'])
    .where('submissionKeys.key', '=', key)
    .executeTakeFirst();
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
      ...publicAnswerColumns,
      'boards.slug as boardSlug',
      'boards.title as boardTitle',
      'questions.text as questionText',
      'perspectives.label as perspectiveLabel',
    ])
    .where('answers.id', '=', id)
    .where(seenByReaders)
    .executeTakeFirst();
}

export function findAnswerStatus(
  db: Db,
  boardId: string,
  id: string,
): Promise<{ id: string; status: AnswerStatus; heldFor: string | null; useAllowed: AnswerUse } | undefined> {
  return db.selectFrom('answers').select(['id', 'status', 'heldFor', 'useAllowed']).where('boardId', '=', boardId).where('id', '=', id).executeTakeFirst();
}

/** How many answers on the board have the same text (see bodyHash), counting up to `limit`. */
export async function countAnswersWithBodyHash(db: Db, boardId: string, bodyHash: string, limit: number): Promise<number> {
  const rows = await db.selectFrom('answers').select('id').where('boardId', '=', boardId).where('bodyHash', '=', bodyHash).limit(limit).execute();
  return rows.length;
}

/**
 * An answer stored since `since` with exactly these fields: the same form sent again without its one-time key (a
 * page served from a cache carries none, and JavaScript off cannot add one). Its private key is not issued again.
 */
export function findRecentDuplicate(
  db: Db,
  boardId: string,
  answer: { questionId: string; perspectiveId: string; body: string; displayName: string | null; email: string | null; bodyHash: string },
  since: string,
) {
  return db
    .selectFrom('answers')
    .select(['id', 'status', 'heldFor'])
    .where('boardId', '=', boardId)
    .where('bodyHash', '=', answer.bodyHash)
    .where('questionId', '=', answer.questionId)
    .where('perspectiveId', '=', answer.perspectiveId)
    .where('body', '=', answer.body)
    .where('displayName', answer.displayName === null ? 'is' : '=', answer.displayName)
    .where('email', answer.email === null ? 'is' : '=', answer.email)
    .where('createdAt', '>=', since)
    .orderBy('createdAt')
    .executeTakeFirst();
}

/** The answer behind an author's private link, with what their pages show. */
export function findAnswerForAuthor(db: Db, answerId: string) {
  return answersInContext(db)
    .innerJoin('boards', 'boards.id', 'answers.boardId')
    .select([
      'answers.id',
      'answers.boardId',
      'answers.body',
      'answers.originalBody',
      'answers.status',
      'answers.useAllowed',
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

/** What moderators see of an answer. The author's email is not among it. */
export function listAnswersForModeration(db: Db, boardId: string, status: AnswerStatus) {
  return (
    answersInContext(db)
      .select([
        'answers.id',
        'answers.body',
        'answers.originalBody',
        'answers.displayName',
        'answers.status',
        'answers.isExample',
        'answers.createdAt',
        'answers.rejectionReason',
        'answers.reportedAt',
        'answers.moderatedAt',
        'answers.urgentAt',
        'answers.heldFor',
        'answers.useAllowed',
        'questions.text as questionText',
        'perspectives.label as perspectiveLabel',
      ])
      .where('answers.boardId', '=', boardId)
      // The queue holds what waits for a decision: new answers, and answers readers have reported.
      .where((eb) =>
        status === 'pending' ? eb.or([eb('answers.status', '=', 'pending'), eb('answers.reportedAt', 'is not', null)]) : eb('answers.status', '=', status),
      )
      // Urgent answers first, then oldest first.
      .orderBy(sql`case when answers.urgent_at is null then 1 else 0 end`)
      .orderBy('answers.createdAt', status === 'pending' ? 'asc' : 'desc')
      .orderBy('answers.id')
      .limit(500)
      .execute()
  );
}

export type ModerationAnswer = Awaited<ReturnType<typeof listAnswersForModeration>>[number];

export async function countAnswersByStatus(db: Db, boardId: string): Promise<Record<AnswerStatus, number>> {
  const rows = await db
    .selectFrom('answers')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
    .where('boardId', '=', boardId)
    .groupBy('status')
    .execute();
  const counts: Record<AnswerStatus, number> = { pending: 0, published: 0, rejected: 0, hidden: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  const reported = await db
    .selectFrom('answers')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('boardId', '=', boardId)
    .where('status', '!=', 'pending')
    .where('reportedAt', 'is not', null)
    .executeTakeFirstOrThrow();
  counts.pending += Number(reported.n);
  return counts;
}

export function findAnswerOnBoard(db: Db, boardId: string, answerId: string) {
  return db
    .selectFrom('answers')
    .select(['id', 'status', 'body', 'originalBody', 'isExample'])
    .where('boardId', '=', boardId)
    .where('id', '=', answerId)
    .executeTakeFirst();
}

export function findAnswerForReport(db: Db, answerId: string) {
  return db.selectFrom('answers').select(['id', 'boardId', 'status', 'moderatedAt', 'reportedAt']).where('id', '=', answerId).executeTakeFirst();
}

export function findBoardOfAnswer(db: Db, answerId: string) {
  return db
    .selectFrom('answers')
    .innerJoin('boards', 'boards.id', 'answers.boardId')
    .select(['boards.id', 'boards.slug', 'boards.title'])
    .where('answers.id', '=', answerId)
    .executeTakeFirst();
}

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
      'answers.useAllowed',
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

export function findAnswerIdentity(db: Db, answerId: string) {
  return db.selectFrom('answers').select(['id', 'email', 'displayName', 'boardId', 'status']).where('id', '=', answerId).executeTakeFirst();
}

/** Approved answers for the exports, with where each may be used, in board order. No email addresses. */
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
      'answers.helpfulCount',
      'answers.useAllowed',
      'questions.key as questionKey',
      'perspectives.key as perspectiveKey',
    ])
    .where('answers.boardId', '=', boardId)
    .where('answers.status', '=', 'published')
    .where('questions.retiredAt', 'is', null)
    .where('perspectives.retiredAt', 'is', null)
    .orderBy('questions.position')
    .orderBy('perspectives.position')
    .orderBy('answers.isExample', 'desc')
    .orderBy('answers.createdAt')
    .execute();
}

// Retention (TRUST PR-6), for the daily job in retention/: none of these rows is seen by readers, so no board revision moves.

/** Removes the authors' email addresses from answers last changed before `before`; the answers stay. */
export async function removeEmailsChangedBefore(db: Db, before: string): Promise<number> {
  const result = await db.updateTable('answers').set({ email: null }).where('email', 'is not', null).where('updatedAt', '<', before).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes rejected or waiting answers last changed before `before`; their reports, votes and submission keys go with them (cascade). */
export async function deleteUnpublishedAnswersChangedBefore(db: Db, status: 'rejected' | 'pending', before: string): Promise<number> {
  const result = await db.deleteFrom('answers').where('status', '=', status).where('updatedAt', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes the answer form's and the API's one-time keys made before `before`; an import's keys stay, so a file imported again still creates nothing. */
export async function deleteSubmissionKeysMadeBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('submissionKeys')
    .where('createdAt', '<', before)
    .where((eb) => eb.or([eb('key', 'like', 'form:%'), eb('key', 'like', 'api:%')]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
