import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from './tables.ts';
import { migrations } from './migrations.ts';
import { useGroupCommit } from './group-commit.ts';

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
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    // An idle connection that fails (PostgreSQL restarted, the connection killed) is dropped by the pool, which then
    // emits 'error': unhandled, that crashes the process. The next query opens a new connection; failures there surface.
    pool.on('error', () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
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

/** Runs pending migrations; returns the names it applied (all of them on a fresh database). */
export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
