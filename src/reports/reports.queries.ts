import type { Insertable } from 'kysely';
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
