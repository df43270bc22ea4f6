// The baseline for durable submits on PostgreSQL: node-postgres alone, inserting the same answer rows as
// bench/raw-sqlite.ts into a database of its own in the same cluster (made by the app's migrations, so columns,
// keys and indexes are identical), one insert per transaction (autocommit; fsync and synchronous_commit as the
// cluster has them, i.e. on), from as many connections at once as the app's pool holds.
import pg from 'pg';
import { createDatabase, migrate } from '../src/db/database.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { mulberry32 } from '../src/prng.ts';
import type { RawResult } from './raw-sqlite.ts';
import { answerText } from './seed.ts';
import { percentile } from './stats.ts';

/** The app's pool size (src/db/database.ts): the baseline inserts over as many connections. */
export const appPoolSize = 10;

/** Creates the database `name` in the cluster (the admin URL's) and returns its URL, migrated by the app's migrations. */
export async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const kysely = createDatabase({ dataDir: '', databaseUrl: url.href });
  await migrate(kysely);
  await kysely.destroy();
  return url.href;
}

let runs = 0;

export async function rawPgInserts(url: string, seconds: number, connections = appPoolSize): Promise<RawResult> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  pool.on('error', () => {});
  try {
    const at = nowIso();
    // Each run its own board (the same table), so runs can be repeated against one database.
    const board = `raw-${++runs}`;
    await pool.query(
      `insert into boards (id, slug, title, intro, moderation, accepting, listed, revision, created_at, updated_at) values ($1, $1, 'Raw', '', 'post', 1, 1, 0, $2, $2)`,
      [board, at],
    );
    await pool.query(`insert into questions (id, board_id, key, text, position) values ($1, $2, 'q', 'Q?', 0)`, [`${board}-q`, board]);
    await pool.query(`insert into perspectives (id, board_id, key, label, description, position) values ($1, $2, 'p', 'P', '', 0)`, [`${board}-p`, board]);
    const insert = {
      name: 'raw-answer',
      text: `insert into answers (id, board_id, question_id, perspective_id, body, display_name, email, status, is_example, consent_version, created_at, updated_at, published_at)
             values ($1, $2, $3, $4, $5, $6, null, 'published', 0, '2026-11-25', $7, $7, $7)`,
    };
    const rand = mulberry32(42);
    const bodies = Array.from({ length: 256 }, () => answerText(rand));
    const latencies: number[] = [];
    let n = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const worker = async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < deadline) {
          const i = n++;
          const t0 = performance.now();
          await client.query({
            ...insert,
            values: [newId(), board, `${board}-q`, `${board}-p`, `${bodies[i % bodies.length]} (#${i})`, i % 2 ? `Bench ${i}` : null, nowIso()],
          });
          latencies.push(performance.now() - t0);
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const elapsed = (performance.now() - started) / 1000;
    const done = latencies.length;
    const rowsInTable = Number((await pool.query<{ n: string }>('select count(*) as n from answers where board_id = $1', [board])).rows[0]!.n);
    latencies.sort((x, y) => x - y);
    return {
      inserts: done,
      seconds: elapsed,
      perSecond: done / elapsed,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      rowsInTable,
      latencies,
    };
  } finally {
    await pool.end();
  }
}
