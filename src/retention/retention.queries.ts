import type { Db } from '../db/database.ts';

// The only statements that write scheduled_jobs: one row per job, claimed by a conditional UPDATE that one
// instance wins however many try at once (on PostgreSQL the row lock makes the others re-check, and fail, the
// condition; SQLite has one writer at a time).

export type JobClaim =
  /** Due: last started before this time (or never). */
  | { kind: 'due'; startedBefore: string }
  /** Now, unless a run is under way: one that started after `staleAfter` and has not finished. */
  | { kind: 'now'; staleAfter: string };

/** True when this caller won the job and must run it; false when it is not due or another instance has it. */
export async function claimJob(db: Db, name: string, at: string, claim: JobClaim): Promise<boolean> {
  await db
    .insertInto('scheduledJobs')
    .values({ name, lastStartedAt: null, lastFinishedAt: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const result = await db
    .updateTable('scheduledJobs')
    .set({ lastStartedAt: at })
    .where('name', '=', name)
    .where((eb) =>
      claim.kind === 'due'
        ? eb.or([eb('lastStartedAt', 'is', null), eb('lastStartedAt', '<', claim.startedBefore)])
        : eb.or([
            eb('lastStartedAt', 'is', null),
            eb('lastStartedAt', '<', claim.staleAfter),
            eb.and([eb('lastFinishedAt', 'is not', null), eb('lastFinishedAt', '>=', eb.ref('lastStartedAt'))]),
          ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function finishJob(db: Db, name: string, at: string): Promise<void> {
  await db.updateTable('scheduledJobs').set({ lastFinishedAt: at }).where('name', '=', name).execute();
}

export function findJob(db: Db, name: string) {
  return db.selectFrom('scheduledJobs').selectAll().where('name', '=', name).executeTakeFirst();
}
