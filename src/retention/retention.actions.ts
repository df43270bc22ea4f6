import type { RetentionPeriods } from '../config.ts';
import type { Db } from '../db/database.ts';
import { deleteSubmissionKeysMadeBefore, deleteUnpublishedAnswersChangedBefore, removeEmailsChangedBefore } from '../answers/answers.queries.ts';
import { forgetReporterHashesBefore } from '../reports/reports.queries.ts';
import { deleteHelpfulVotesMadeBefore } from '../votes/votes.queries.ts';
import { deleteSignInFailuresBefore } from '../accounts/accounts.queries.ts';
import { deleteAuditEntriesMadeBefore } from '../moderation/moderation.queries.ts';
import { deleteLiveEventsBefore } from '../live/live.store.ts';
import { claimJob, finishJob } from './retention.queries.ts';

// TRUST PR-6: each kind of data is kept only for its period (README, "Retention"). Published answers are never
// touched: every answer deleted here is rejected or still waiting, so readers see no change.

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const jobName = 'retention';

/** What one run removed, per kind; null where the kind's period is "never". */
export type RetentionCounts = { [K in keyof typeof kinds]: number | null };

/** Each kind: its period in Config, what a count of it is called in the log, and the statement that enforces it. */
const kinds = {
  rejectedAnswers: {
    period: 'rejectedDays',
    noun: 'rejected answers',
    verb: 'deleted',
    run: (db: Db, before: string) => deleteUnpublishedAnswersChangedBefore(db, 'rejected', before),
  },
  waitingAnswers: {
    period: 'waitingDays',
    noun: 'waiting answers',
    verb: 'deleted',
    run: (db: Db, before: string) => deleteUnpublishedAnswersChangedBefore(db, 'pending', before),
  },
  emails: { period: 'emailDays', noun: 'email addresses', verb: 'removed', run: removeEmailsChangedBefore },
  reporterHashes: { period: 'abuseDays', noun: 'reporters’ address hashes', verb: 'forgotten', run: forgetReporterHashesBefore },
  submissionKeys: { period: 'abuseDays', noun: 'submission keys', verb: 'deleted', run: deleteSubmissionKeysMadeBefore },
  signInFailures: { period: 'abuseDays', noun: 'sign-in failure counts', verb: 'deleted', run: deleteSignInFailuresBefore },
  voterHashes: { period: 'voterDays', noun: 'helpful votes’ browser hashes', verb: 'deleted', run: deleteHelpfulVotesMadeBefore },
  auditEntries: { period: 'auditDays', noun: 'audit entries', verb: 'deleted', run: deleteAuditEntriesMadeBefore },
  liveEvents: { period: 'liveEventDays', noun: 'live events', verb: 'deleted', run: deleteLiveEventsBefore },
} as const satisfies Record<string, { period: keyof RetentionPeriods; noun: string; verb: string; run: (db: Db, before: string) => Promise<number> }>;

class DryRun extends Error {}

async function enforce(db: Db, periods: RetentionPeriods, now: Date): Promise<RetentionCounts> {
  const counts = {} as Record<keyof typeof kinds, number | null>;
  // Answers first, so an email address is counted only when its answer stays.
  for (const [kind, { period, run }] of Object.entries(kinds) as [keyof typeof kinds, (typeof kinds)[keyof typeof kinds]][]) {
    const days = periods[period];
    counts[kind] = days === null ? null : await run(db, new Date(now.getTime() - days * day).toISOString());
  }
  return counts;
}

/**
 * Deletes (or, for emails and hashes, clears) what is older than its period, one statement per kind so answers keep
 * being taken meanwhile. A dry run does the same in one transaction and rolls it back, so its counts are exact.
 */
export async function enforceRetention(db: Db, periods: RetentionPeriods, options: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionCounts> {
  const now = options.now ?? new Date();
  if (!options.dryRun) return enforce(db, periods, now);
  let counts: RetentionCounts | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      counts = await enforce(trx, periods, now);
      throw new DryRun();
    });
  } catch (err) {
    if (!(err instanceof DryRun)) throw err;
  }
  return counts!;
}

/** One line for the log: counts per kind, never an address or an id. */
export function describeCounts(counts: RetentionCounts, dryRun = false): string {
  const parts = (Object.keys(kinds) as (keyof typeof kinds)[]).map((kind) => {
    const { noun, verb } = kinds[kind];
    const count = counts[kind];
    if (count === null) return `${noun} kept (period: never)`;
    return `${count} ${noun} ${dryRun ? 'would be ' : ''}${verb}`;
  });
  return `Retention${dryRun ? ' dry run (nothing changed)' : ''}: ${parts.join(', ')}.`;
}

export type RetentionRun = { kind: 'ran'; counts: RetentionCounts } | { kind: 'not-due' } | { kind: 'busy' };

async function runClaimed(db: Db, periods: RetentionPeriods, now: Date): Promise<RetentionCounts> {
  const started = Date.now();
  try {
    return await enforce(db, periods, now);
  } finally {
    // On the same clock as `now` (tests pass their own), however long the run took.
    await finishJob(db, jobName, new Date(now.getTime() + Date.now() - started).toISOString());
  }
}

/**
 * The daily job: runs when the last run started a day ago or more (ten minutes' slack for an hourly timer), on the one
 * instance whose claim wins, however many share the database.
 */
export async function runDailyRetention(db: Db, periods: RetentionPeriods, now = new Date()): Promise<RetentionRun> {
  const claimed = await claimJob(db, jobName, now.toISOString(), { kind: 'due', startedBefore: new Date(now.getTime() - day + 10 * minute).toISOString() });
  if (!claimed) return { kind: 'not-due' };
  return { kind: 'ran', counts: await runClaimed(db, periods, now) };
}

/** `roundtable retention`: runs now unless a run is under way (one that started within the hour and has not finished). */
export async function runRetentionNow(db: Db, periods: RetentionPeriods, now = new Date()): Promise<RetentionRun> {
  const claimed = await claimJob(db, jobName, now.toISOString(), { kind: 'now', staleAfter: new Date(now.getTime() - hour).toISOString() });
  if (!claimed) return { kind: 'busy' };
  return { kind: 'ran', counts: await runClaimed(db, periods, now) };
}
