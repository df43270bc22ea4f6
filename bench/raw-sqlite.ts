// The baseline for durable submits: better-sqlite3 alone, in one process, inserting rows into a
// table of the same shape as `answers` (created by the app's own migration, so columns, keys,
// foreign keys and indexes are identical), with the app's pragmas, one insert per transaction.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { createDatabase, migrate } from '../src/db/database.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { answerText } from './seed.ts';
import { mulberry32 } from '../src/prng.ts';
import { percentile } from './stats.ts';

export interface RawResult {
  inserts: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  rowsInTable: number;
  /** Every insert's time in ms, ascending. */
  latencies: number[];
}

/** Two runs (e.g. before and after the app's) taken together. */
export function combine(a: RawResult, b: RawResult): RawResult {
  const latencies = [...a.latencies, ...b.latencies].sort((x, y) => x - y);
  const inserts = a.inserts + b.inserts;
  const seconds = a.seconds + b.seconds;
  return {
    inserts,
    seconds,
    perSecond: inserts / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    rowsInTable: a.rowsInTable + b.rowsInTable,
    latencies,
  };
}

export async function rawInserts(dir: string, seconds: number): Promise<RawResult> {
  fs.mkdirSync(dir, { recursive: true });
  const kysely = createDatabase({ dataDir: dir, databaseUrl: undefined });
  await migrate(kysely);
  await kysely.destroy();

  const db = new SQLite(path.join(dir, 'roundtable.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const at = nowIso();
    db.prepare(
      `insert into boards (id, slug, title, intro, moderation, accepting, listed, revision, created_at, updated_at) values ('b', 'raw', 'Raw', '', 'post', 1, 1, 0, ?, ?)`,
    ).run(at, at);
    db.prepare(`insert into questions (id, board_id, key, text, position) values ('q', 'b', 'q', 'Q?', 0)`).run();
    db.prepare(`insert into perspectives (id, board_id, key, label, description, position) values ('p', 'b', 'p', 'P', '', 0)`).run();
    const insert = db.prepare(
      `insert into answers (id, board_id, question_id, perspective_id, body, display_name, email, status, is_example, consent_version, created_at, updated_at, published_at)
       values (?, 'b', 'q', 'p', ?, ?, null, 'published', 0, '2026-11-25', ?, ?, ?)`,
    );
    const insertOne = db.transaction((id: string, body: string, name: string | null, when: string) => {
      insert.run(id, body, name, when, when, when);
    });
    const rand = mulberry32(42);
    const bodies = Array.from({ length: 256 }, () => answerText(rand));
    const latencies: number[] = [];
    const started = process.hrtime.bigint();
    const deadline = started + BigInt(Math.round(seconds * 1e9));
    let n = 0;
    let now = started;
    while (now < deadline) {
      const t0 = now;
      insertOne(newId(), `${bodies[n % bodies.length]} (#${n})`, n % 2 ? `Bench ${n}` : null, nowIso());
      now = process.hrtime.bigint();
      latencies.push(Number(now - t0) / 1e6);
      n++;
    }
    const elapsed = Number(now - started) / 1e9;
    const rowsInTable = (db.prepare('select count(*) as n from answers').get() as { n: number }).n;
    latencies.sort((x, y) => x - y);
    return { inserts: n, seconds: elapsed, perSecond: n / elapsed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), rowsInTable, latencies };
  } finally {
    db.close();
  }
}
