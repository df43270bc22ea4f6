import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AuditLogTable } from '../db/tables.ts';

// The audit log: every decision about a board's answers, team and settings. The answers themselves are in answers.queries.ts.

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

/** Retention (TRUST PR-6): deletes audit entries made before `before`. */
export async function deleteAuditEntriesMadeBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('auditLog').where('createdAt', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
