import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createBoard, createTestDb, dialects, type TestDb } from '../../test/helpers.ts';
import { ConfigError, parseConfig, type RetentionPeriods } from '../config.ts';
import { createDatabase, type Db } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { AnswerStatus } from '../db/tables.ts';
import { describeCounts, enforceRetention, runDailyRetention, runRetentionNow, type RetentionCounts } from './retention.actions.ts';
import { findJob } from './retention.queries.ts';
import { startRetentionSchedule } from './retention.schedule.ts';

const now = new Date('2026-06-01T12:00:00.000Z');
const second = 1000;
const day = 24 * 60 * 60 * second;
const defaults = parseConfig({}).retention;

/** The moment `days` before `now`, moved by `offsetSeconds`: -1 is just older than a period of that many days, +1 just newer. */
function daysAgo(days: number, offsetSeconds = 0): string {
  return new Date(now.getTime() - days * day + offsetSeconds * second).toISOString();
}

type Board = Awaited<ReturnType<typeof createBoard>>;

async function addAnswer(db: Db, board: Board, status: AnswerStatus, changedAt: string, email: string | null = null): Promise<string> {
  const id = newId();
  await db
    .insertInto('answers')
    .values({
      id,
      boardId: board.id,
      questionId: board.questionIds[0]!,
      perspectiveId: board.perspectiveIds[0]!,
      body: `An answer ${id}`,
      displayName: null,
      email,
      status,
      isExample: 0,
      consentVersion: 'test',
      createdAt: changedAt,
      updatedAt: changedAt,
      publishedAt: status === 'published' ? changedAt : null,
      moderatedAt: status === 'rejected' ? changedAt : null,
    })
    .execute();
  return id;
}

async function answerRow(db: Db, id: string) {
  return db.selectFrom('answers').select(['id', 'status', 'email', 'body', 'helpfulCount']).where('id', '=', id).executeTakeFirst();
}

async function count(db: Db, table: 'answers' | 'reports' | 'helpfulVotes' | 'submissionKeys' | 'auditLog' | 'liveEvents' | 'signInFailures'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function addLiveEvents(db: Db, boardId: string, n: number, at: string): Promise<void> {
  const rows = Array.from({ length: n }, () => ({ boardId, kind: 'answer.published', answerId: null, createdAt: at }));
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('liveEvents')
      .values(rows.slice(i, i + 100))
      .execute();
}

const allKept: RetentionPeriods = {
  emailDays: null,
  rejectedDays: null,
  waitingDays: null,
  abuseDays: null,
  voterDays: null,
  auditDays: null,
  liveEventDays: null,
};

for (const dialect of dialects) {
  describe(`retention (${dialect})`, () => {
    // A database of its own for each test: every run is global, so counts are exact only without other tests' rows.
    let t: TestDb;
    beforeEach(async () => {
      t = await createTestDb(dialect);
    });
    afterEach(() => t.cleanup());

    test('answers: rejected and waiting ones older than their period go with their reports, votes and keys; emails go, answers stay; published answers are never touched', async () => {
      const { db } = t;
      const board = await createBoard(db);
      const other = await createBoard(db);
      const ids = {
        rejectedOld: await addAnswer(db, board, 'rejected', daysAgo(30, -1)),
        rejectedNew: await addAnswer(db, board, 'rejected', daysAgo(30, +1)),
        waitingOld: await addAnswer(db, board, 'pending', daysAgo(180, -1), 'waiting-old@example.org'),
        waitingNew: await addAnswer(db, board, 'pending', daysAgo(180, +1)),
        // Waiting for a month: older than the rejected answers' period, which is not its own.
        pendingMonthOld: await addAnswer(db, other, 'pending', daysAgo(31)),
        publishedAncient: await addAnswer(db, board, 'published', daysAgo(3000), 'published-old@example.org'),
        publishedEmailNew: await addAnswer(db, board, 'published', daysAgo(365, +1), 'published-new@example.org'),
        publishedEmailOld: await addAnswer(db, other, 'published', daysAgo(365, -1), 'published-year@example.org'),
        hiddenAncient: await addAnswer(db, board, 'hidden', daysAgo(3000)),
      };
      // Rows that hang off the rejected answer: they must go with it.
      await db
        .insertInto('reports')
        .values({ id: newId(), answerId: ids.rejectedOld, reason: 'spam', details: null, reporterHash: 'h-rejected', createdAt: daysAgo(1) })
        .execute();
      await db
        .insertInto('helpfulVotes')
        .values({ answerId: ids.rejectedOld, voterHash: 'v-rejected', createdAt: daysAgo(1) })
        .execute();
      await db
        .insertInto('submissionKeys')
        .values({ key: `form:${board.id}:x:y`, answerId: ids.rejectedOld, requestHash: 'r', createdAt: daysAgo(1) })
        .execute();
      const revisionsBefore = await db.selectFrom('boards').select(['id', 'revision']).where('id', 'in', [board.id, other.id]).orderBy('id').execute();

      const counts = await enforceRetention(db, { ...allKept, emailDays: 365, rejectedDays: 30, waitingDays: 180 }, { now });
      assert.equal(counts.rejectedAnswers, 1);
      assert.equal(counts.waitingAnswers, 1);
      assert.equal(counts.emails, 2, 'the published answers older than a year lose their email; the waiting one went with its answer');
      assert.equal(counts.auditEntries, null, 'a period of "never" is not run');

      assert.equal(await answerRow(db, ids.rejectedOld), undefined);
      assert.equal(await answerRow(db, ids.waitingOld), undefined);
      assert.equal((await answerRow(db, ids.rejectedNew))?.status, 'rejected');
      assert.equal((await answerRow(db, ids.waitingNew))?.status, 'pending');
      assert.equal((await answerRow(db, ids.pendingMonthOld))?.status, 'pending');
      assert.equal((await answerRow(db, ids.hiddenAncient))?.status, 'hidden', 'hidden answers wait for a moderator and are not in any period');
      for (const id of [ids.publishedAncient, ids.publishedEmailOld]) {
        const row = await answerRow(db, id);
        assert.equal(row?.status, 'published', 'the answer stays, published');
        assert.equal(row?.email, null, 'its email address is gone');
        assert.match(row?.body ?? '', /^An answer /, 'its text is unchanged');
      }
      assert.equal((await answerRow(db, ids.publishedEmailNew))?.email, 'published-new@example.org', 'an address younger than its period stays');
      assert.equal(await db.selectFrom('reports').select('id').where('answerId', '=', ids.rejectedOld).executeTakeFirst(), undefined);
      assert.equal(await db.selectFrom('helpfulVotes').select('answerId').where('answerId', '=', ids.rejectedOld).executeTakeFirst(), undefined);
      assert.equal(await db.selectFrom('submissionKeys').select('key').where('answerId', '=', ids.rejectedOld).executeTakeFirst(), undefined);
      const revisionsAfter = await db.selectFrom('boards').select(['id', 'revision']).where('id', 'in', [board.id, other.id]).orderBy('id').execute();
      assert.deepEqual(revisionsAfter, revisionsBefore, 'nothing readers see changed, so no board revision moved');

      const again = await enforceRetention(db, { ...allKept, emailDays: 365, rejectedDays: 30, waitingDays: 180 }, { now });
      assert.deepEqual([again.rejectedAnswers, again.waitingAnswers, again.emails], [0, 0, 0], 'a second run finds nothing more');
    });

    test('abuse-control rows: reporters’ hashes forgotten (the report stays), form and API keys deleted (an import’s stay), sign-in failures deleted', async () => {
      const { db } = t;
      const board = await createBoard(db);
      const answer = await addAnswer(db, board, 'published', daysAgo(100));
      const oldReport = newId();
      const newReport = newId();
      await db
        .insertInto('reports')
        .values([
          { id: oldReport, answerId: answer, reason: 'spam', details: 'Looks like an advert', reporterHash: 'hash-old', createdAt: daysAgo(7, -1) },
          { id: newReport, answerId: answer, reason: 'spam', details: null, reporterHash: 'hash-new', createdAt: daysAgo(7, +1) },
        ])
        .execute();
      await db
        .insertInto('submissionKeys')
        .values([
          { key: `form:${board.id}:old:h`, answerId: answer, requestHash: 'h', createdAt: daysAgo(7, -1) },
          { key: `api:${board.id}:old`, answerId: answer, requestHash: 'h', createdAt: daysAgo(7, -1) },
          { key: `form:${board.id}:new:h`, answerId: answer, requestHash: 'h', createdAt: daysAgo(7, +1) },
          { key: 'imported-row-hash', answerId: answer, requestHash: 'imported-row-hash', createdAt: daysAgo(400) },
        ])
        .execute();
      await db
        .insertInto('signInFailures')
        .values([
          { keyHash: 'failures-old', windowStart: daysAgo(7, -1), failures: 3 },
          { keyHash: 'failures-new', windowStart: daysAgo(7, +1), failures: 2 },
        ])
        .execute();

      const counts = await enforceRetention(db, { ...allKept, abuseDays: 7 }, { now });
      assert.deepEqual([counts.reporterHashes, counts.submissionKeys, counts.signInFailures], [1, 2, 1]);
      const reports = await db.selectFrom('reports').select(['id', 'reporterHash', 'details']).where('answerId', '=', answer).orderBy('createdAt').execute();
      assert.deepEqual(reports, [
        { id: oldReport, reporterHash: `forgotten:${oldReport}`, details: 'Looks like an advert' },
        { id: newReport, reporterHash: 'hash-new', details: null },
      ]);
      const keys = (await db.selectFrom('submissionKeys').select('key').where('answerId', '=', answer).orderBy('key').execute()).map((r) => r.key);
      assert.deepEqual(keys, [`form:${board.id}:new:h`, 'imported-row-hash'], 'an import’s keys stay, so the same file imported again still creates nothing');
      const failures = (await db.selectFrom('signInFailures').select('keyHash').where('keyHash', 'like', 'failures-%').execute()).map((r) => r.keyHash);
      assert.deepEqual(failures, ['failures-new']);
      assert.equal((await enforceRetention(db, { ...allKept, abuseDays: 7 }, { now })).reporterHashes, 0, 'a forgotten hash is not counted again');
    });

    test('helpful votes keep their browser hash by default; with a period, old votes are forgotten and the count stays', async () => {
      const { db } = t;
      const board = await createBoard(db);
      const answer = await addAnswer(db, board, 'published', daysAgo(100));
      await db.updateTable('answers').set({ helpfulCount: 2 }).where('id', '=', answer).execute();
      await db
        .insertInto('helpfulVotes')
        .values([
          { answerId: answer, voterHash: 'voter-old', createdAt: daysAgo(90, -1) },
          { answerId: answer, voterHash: 'voter-new', createdAt: daysAgo(90, +1) },
        ])
        .execute();
      assert.equal(defaults.voterDays, null, 'by default a browser can always take its vote back');
      assert.equal((await enforceRetention(db, defaults, { now })).voterHashes, null);
      assert.equal((await db.selectFrom('helpfulVotes').select('voterHash').where('answerId', '=', answer).execute()).length, 2);

      assert.equal((await enforceRetention(db, { ...allKept, voterDays: 90 }, { now })).voterHashes, 1);
      const left = await db.selectFrom('helpfulVotes').select('voterHash').where('answerId', '=', answer).execute();
      assert.deepEqual(
        left.map((r) => r.voterHash),
        ['voter-new'],
      );
      assert.equal((await answerRow(db, answer))?.helpfulCount, 2, 'readers still see two votes');
    });

    test('audit entries and live events older than their period go; each board keeps its newest 101 events, a deleted board none', async () => {
      const { db } = t;
      const board = await createBoard(db);
      const quiet = await createBoard(db);
      await db
        .insertInto('auditLog')
        .values([
          { id: newId(), boardId: board.id, facilitatorId: null, action: 'approve', answerId: null, createdAt: daysAgo(365, -1) },
          { id: newId(), boardId: board.id, facilitatorId: null, action: 'reject', answerId: null, createdAt: daysAgo(365, +1) },
        ])
        .execute();
      const goneBoard = 'board-that-was-deleted';
      await addLiveEvents(db, board.id, 150, daysAgo(30, -1));
      await addLiveEvents(db, board.id, 5, daysAgo(30, +1));
      await addLiveEvents(db, quiet.id, 20, daysAgo(30, -1));
      await addLiveEvents(db, goneBoard, 3, daysAgo(30, -1));
      await addLiveEvents(db, goneBoard, 2, daysAgo(1));

      const counts = await enforceRetention(db, { ...allKept, auditDays: 365, liveEventDays: 30 }, { now });
      assert.equal(counts.auditEntries, 1);
      const audit = await db.selectFrom('auditLog').select('action').where('boardId', '=', board.id).execute();
      assert.deepEqual(
        audit.map((r) => r.action),
        ['reject'],
      );
      assert.equal(counts.liveEvents, 150 + 5 - 101 + 3, 'the busy board keeps its newest 101 (5 recent, 96 old); the deleted board’s old events go');
      const left = async (boardId: string) =>
        Number(
          (
            await db
              .selectFrom('liveEvents')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('boardId', '=', boardId)
              .executeTakeFirstOrThrow()
          ).n,
        );
      assert.equal(await left(board.id), 101);
      assert.equal(await left(quiet.id), 20, 'a board with fewer events than a stream replays keeps them all');
      assert.equal(await left(goneBoard), 2, 'recent events stay even for a board that is gone');
    });

    test('a dry run counts what would go and changes nothing', async () => {
      const { db } = t;
      const board = await createBoard(db);
      const rejected = await addAnswer(db, board, 'rejected', daysAgo(31));
      const withEmail = await addAnswer(db, board, 'published', daysAgo(366), 'dry-run@example.org');
      const before = { answers: await count(db, 'answers'), audit: await count(db, 'auditLog') };
      const dry = await enforceRetention(db, defaults, { now, dryRun: true });
      assert.ok((dry.rejectedAnswers ?? 0) >= 1);
      assert.ok((dry.emails ?? 0) >= 1);
      assert.equal((await answerRow(db, rejected))?.status, 'rejected');
      assert.equal((await answerRow(db, withEmail))?.email, 'dry-run@example.org');
      assert.deepEqual({ answers: await count(db, 'answers'), audit: await count(db, 'auditLog') }, before);
      const real = await enforceRetention(db, defaults, { now });
      assert.deepEqual(real, dry, 'the real run removes exactly what the dry run counted');
    });

    test('the daily job runs on one instance at a time: two racing calls, and two instances on one database, run it once', async () => {
      const { db, config } = t;
      const first = await Promise.all([runDailyRetention(db, allKept, now), runDailyRetention(db, allKept, now), runDailyRetention(db, allKept, now)]);
      assert.deepEqual(first.map((r) => r.kind).sort(), ['not-due', 'not-due', 'ran']);
      const job = await findJob(db, 'retention');
      assert.equal(job?.lastStartedAt, now.toISOString());
      assert.ok(job?.lastFinishedAt && job.lastFinishedAt >= job.lastStartedAt!, 'the run is recorded as finished');

      assert.equal((await runDailyRetention(db, allKept, new Date(now.getTime() + 12 * 60 * 60 * second))).kind, 'not-due', 'half a day later it is not due');

      // A second instance: its own connections to the same database.
      const otherInstance = createDatabase(config);
      try {
        const nextDay = new Date(now.getTime() + day);
        const runs = await Promise.all([runDailyRetention(db, allKept, nextDay), runDailyRetention(otherInstance, allKept, nextDay)]);
        assert.deepEqual(runs.map((r) => r.kind).sort(), ['not-due', 'ran'], 'a day later exactly one of the two instances runs it');
      } finally {
        await otherInstance.destroy();
      }
    });

    test('running it now (the command) is refused while a run is under way; a run that died an hour ago is taken over', async () => {
      const { db } = t;
      const at = new Date(now.getTime() + 10 * day);
      // A run under way on another instance: started, not finished.
      await db
        .insertInto('scheduledJobs')
        .values({ name: 'retention', lastStartedAt: new Date(at.getTime() - 5 * 60 * second).toISOString(), lastFinishedAt: daysAgo(1) })
        .execute();
      assert.equal((await runRetentionNow(db, allKept, at)).kind, 'busy');
      assert.equal((await runRetentionNow(db, allKept, new Date(at.getTime() + 61 * 60 * second))).kind, 'ran', 'an hour on, that run is taken to have died');
      const afterwards = new Date(at.getTime() + 62 * 60 * second);
      assert.equal((await runRetentionNow(db, allKept, afterwards)).kind, 'ran', 'a finished run does not stop the command running again');
    });

    test('the schedule logs one line of counts per run, with no address or id', async () => {
      const { db } = t;
      const board = await createBoard(db);
      const answer = await addAnswer(db, board, 'published', daysAgo(800), 'logged-never@example.org');
      const lines: string[] = [];
      const errors: string[] = [];
      const schedule = startRetentionSchedule(
        db,
        { retention: defaults },
        { info: (l) => lines.push(l), error: (l) => errors.push(l) },
        { firstCheckMs: 0, everyMs: 20 },
      );
      const deadline = Date.now() + 10_000;
      while (lines.length === 0 && errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      await schedule.stop();
      assert.deepEqual(errors, []);
      assert.equal(lines.length, 1, 'checks every 20 ms here, yet it ran once: the next run is due in a day');
      assert.match(
        lines[0]!,
        /^Retention: \d+ rejected answers deleted, \d+ waiting answers deleted, [1-9]\d* email addresses removed, .*helpful votes’ browser hashes kept \(period: never\), \d+ audit entries deleted, \d+ live events deleted\.$/,
      );
      assert.doesNotMatch(lines[0]!, /@|logged-never/);
      assert.ok(!lines[0]!.includes(answer) && !lines[0]!.includes(board.id), 'no ids in the log');
      assert.equal((await answerRow(db, answer))?.email, null);
    });

    test('roundtable retention prints the counts; --dry-run changes nothing; a wrong option is explained', async () => {
      const { db, config } = t;
      const board = await createBoard(db);
      const old = new Date(Date.now() - 400 * day).toISOString();
      const answer = await addAnswer(db, board, 'published', old, 'cli-sentinel@example.org');
      const rejected = await addAnswer(db, board, 'rejected', old);
      const env: Record<string, string> = { DATA_DIR: config.dataDir, LOG_LEVEL: 'warn', ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}) };
      const cli = (args: string[]) => {
        const r = spawnSync(process.execPath, [path.resolve('bin/roundtable.js'), ...args], {
          env: { ...process.env, ...env },
          encoding: 'utf8',
          timeout: 60_000,
        });
        return { code: r.status, out: r.stdout, err: r.stderr };
      };

      const dry = cli(['retention', '--dry-run']);
      assert.equal(dry.code, 0, dry.err);
      assert.match(
        dry.out,
        /^Retention dry run \(nothing changed\): \d+ rejected answers would be deleted, .*[1-9]\d* email addresses would be removed/,
        dry.err,
      );
      assert.equal((await answerRow(db, answer))?.email, 'cli-sentinel@example.org');

      const real = cli(['retention']);
      assert.equal(real.code, 0, real.err);
      assert.match(real.out, /^Retention: [1-9]\d* rejected answers deleted, \d+ waiting answers deleted, [1-9]\d* email addresses removed/, real.err);
      assert.doesNotMatch(real.out + real.err, /cli-sentinel|@/);
      assert.equal((await answerRow(db, answer))?.email, null);
      assert.equal(await answerRow(db, rejected), undefined);

      const wrong = cli(['retention', '--now']);
      assert.equal(wrong.code, 1, wrong.out);
      assert.match(wrong.err, /retention takes only --dry-run \(got "--now"\)/);
    });
  });
}

describe('retention configuration', () => {
  test('documented defaults; "never" turns a period off; a number of days sets it', () => {
    assert.deepEqual({ ...defaults }, { emailDays: 365, rejectedDays: 30, waitingDays: 180, abuseDays: 7, voterDays: null, auditDays: 365, liveEventDays: 30 });
    const set = parseConfig({ RETAIN_EMAIL_DAYS: '90', RETAIN_AUDIT_DAYS: 'Never', RETAIN_VOTER_DAYS: ' 14 ', RETAIN_WAITING_DAYS: '' }).retention;
    assert.equal(set.emailDays, 90);
    assert.equal(set.auditDays, null);
    assert.equal(set.voterDays, 14);
    assert.equal(set.waitingDays, 180, 'blank counts as unset');
  });

  test('a bad value names the variable and says what is accepted', () => {
    for (const [name, value] of [
      ['RETAIN_EMAIL_DAYS', '0'],
      ['RETAIN_REJECTED_DAYS', '-3'],
      ['RETAIN_WAITING_DAYS', '1.5'],
      ['RETAIN_ABUSE_DAYS', '7d'],
      ['RETAIN_AUDIT_DAYS', '36501'],
      ['RETAIN_LIVE_EVENT_DAYS', 'forever'],
    ] as const) {
      assert.throws(
        () => parseConfig({ [name]: value }),
        (err: unknown) => {
          assert.ok(err instanceof ConfigError);
          assert.equal(err.variable, name);
          assert.equal(err.message, `${name} must be a whole number of days from 1 to 36500, or "never" to keep that data for ever (got "${value}")`);
          return true;
        },
      );
    }
  });

  test('the log line names each kind with its count', () => {
    const counts: RetentionCounts = {
      rejectedAnswers: 1,
      waitingAnswers: 0,
      emails: 12,
      reporterHashes: 3,
      submissionKeys: 40,
      signInFailures: 2,
      voterHashes: null,
      auditEntries: 5,
      liveEvents: 700,
    };
    assert.equal(
      describeCounts(counts),
      'Retention: 1 rejected answers deleted, 0 waiting answers deleted, 12 email addresses removed, 3 reporters’ address hashes forgotten, ' +
        '40 submission keys deleted, 2 sign-in failure counts deleted, helpful votes’ browser hashes kept (period: never), 5 audit entries deleted, 700 live events deleted.',
    );
  });
});
