import { sql, type Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ReportTable } from '../db/tables.ts';

export async function insertReport(db: Db, row: Insertable<ReportTable>): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

/** Reports made since the answer was last moderated: earlier ones were already decided on. */
export async function countOpenReports(db: Db, answerId: string, since: string | null): Promise<number> {
  let query = db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('answerId', '=', answerId);
  if (since) query = query.where('createdAt', '>', since);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export function listReportReasons(db: Db, answerIds: string[]) {
  if (answerIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('reports').select(['answerId', 'reason', 'details', 'createdAt']).where('answerId', 'in', answerIds).orderBy('createdAt').execute();
}

/**
 * Retention (TRUST PR-6): replaces the keyed address hash of reports made before `before` with a value of the report's
 * own, so the report and its reason stay for moderators while nothing links it to an address any more.
 */
export async function forgetReporterHashesBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .updateTable('reports')
    .set({ reporterHash: sql<string>`'forgotten:' || id` })
    .where('createdAt', '<', before)
    .where('reporterHash', 'not like', 'forgotten:%')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
