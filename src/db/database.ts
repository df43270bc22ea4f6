import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteAdapter, SqliteDialect, sql } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from './tables.ts';
import { migrations } from './migrations.ts';
import { commitQueue, useGroupCommit } from './group-commit.ts';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(config: Pick<Config, 'databaseUrl'>): Dialect {
  return config.databaseUrl ? 'postgres' : 'sqlite';
}

export function sqlitePath(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'roundtable.sqlite');
}

/** Opens SQLite in DATA_DIR (WAL, synchronous=FULL, foreign keys on) or PostgreSQL when DATABASE_URL is set. */
export function createDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Db {
  if (config.databaseUrl) {
    // Loaded only for PostgreSQL: an instance on SQLite never holds the driver (some 10 MiB).
    const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    // An idle connection that fails (PostgreSQL restarted, the connection killed) is dropped by the pool, which then
    // emits 'error': unhandled, that crashes the process. The next query opens a new connection; failures there surface.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
    // Answers to one board all move its revision (one row): one transaction for those arriving together, instead of
    // each waiting for the one before it to commit while it holds that row.
    useGroupCommit(db);
    return db;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const database = new SQLite(sqlitePath(config));
  database.pragma('journal_mode = WAL');
  // FULL: an answer is acknowledged only once its commit is on disk.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }), plugins: [new CamelCasePlugin()] });
  useGroupCommit(db);
  return db;
}

/**
 * Kysely prepares every statement it runs; preparing costs more than running most of ours. Reusing
 * prepared statements by their SQL is safe here: Kysely runs one SQLite statement at a time.
 */
function withStatementCache(database: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (cache.size >= 500) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
    close: () => database.close(),
  };
}

/** Any number: it names the lock every instance takes before migrating (PostgreSQL's advisory locks are numbered). */
const migrationLock = 7_302_118_412_905_331n;

/**
 * Runs pending migrations; returns the names it applied (all of them on a fresh database). However many instances
 * start together, one migrates and the others wait for it, then find nothing to do: on PostgreSQL behind an advisory
 * lock; on SQLite inside one BEGIN IMMEDIATE transaction (SQLite's only writer lock), so a failed migration leaves nothing.
 */
export async function migrate(db: Db): Promise<string[]> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.connection().execute(async (conn) => {
    if (postgres) await sql`select pg_advisory_lock(${sql.lit(migrationLock)})`.execute(conn);
    else await beginImmediate(conn);
    let ok = false;
    try {
      // On SQLite the migrator must use the connection that holds the transaction; on PostgreSQL the pool will do.
      const migrator = new Migrator({ db: postgres ? db : conn, provider: { getMigrations: async () => migrations } });
      const { error, results } = await migrator.migrateToLatest();
      if (error) throw error;
      ok = true;
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    } finally {
      if (postgres) await sql`select pg_advisory_unlock(${sql.lit(migrationLock)})`.execute(conn);
      else await sql.raw(ok ? 'commit' : 'rollback').execute(conn);
    }
  });
}

/**
 * Takes SQLite's write lock, waiting without blocking the event loop: the busy timeout would sleep inside the driver,
 * holding up this process (and, in tests, the other connection that has the lock).
 */
async function beginImmediate(conn: Db): Promise<void> {
  await sql`pragma busy_timeout = 0`.execute(conn);
  try {
    for (const deadline = Date.now() + 120_000; ; ) {
      try {
        await sql`begin immediate`.execute(conn);
        return;
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        if (!(typeof code === 'string' && code.startsWith('SQLITE_BUSY')) || Date.now() > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  } finally {
    await sql`pragma busy_timeout = 5000`.execute(conn);
  }
}

/**
 * Runs a small write that needs no transaction of its own (a rate-limit count, a replay record, a notice count). On
 * SQLite it joins the group commit, sharing one fsync with the answers committed with it: waiting for a commit of its
 * own would cost an fsync per request. On PostgreSQL it runs as it is: one statement, one round trip.
 */
export async function groupedWrite<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return work(db);
  let result: T | undefined;
  await commitQueue(db).run(async (trx) => {
    result = await work(trx);
  });
  return result as T;
}
