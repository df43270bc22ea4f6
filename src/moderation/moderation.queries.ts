import type { Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { answersInContext } from '../answers/answers.queries.ts';
import type { AnswerStatus, AnswerTable, AuditLogTable } from '../db/tables.ts';
import type { Insertable } from 'kysely';

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

export async function updateAnswer(db: Db, answerId: string, patch: Updateable<AnswerTable>): Promise<void> {
  await db.updateTable('answers').set(patch).where('id', '=', answerId).execute();
}

export async function insertAuditEntry(db: Db, row: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('auditLog').values(row).execute();
}

export function listAuditLog(db: Db, boardId: string) {
  return db
    .selectFrom('auditLog')
    .leftJoin('facilitators', 'facilitators.id', 'auditLog.facilitatorId')
    .select(['auditLog.id', 'auditLog.action', 'auditLog.answerId', 'auditLog.createdAt', 'facilitators.name as facilitatorName'])
    .where('auditLog.boardId', '=', boardId)
    .orderBy('auditLog.createdAt', 'desc')
    .orderBy('auditLog.id', 'desc')
    .limit(1000)
    .execute();
}
