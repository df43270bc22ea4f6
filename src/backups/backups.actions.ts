import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import type { Config } from '../config.ts';
import { createDatabase, migrate, sqlitePath } from '../db/database.ts';
import { type Erasure, listErasures, reapplyErasures } from '../requests/erasures.ts';

export class BackupError extends Error {}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new BackupError(`${command} could not be run (${result.error.message}); install PostgreSQL's client tools`);
  if (result.status !== 0) throw new BackupError(`${command} failed: ${result.stderr.trim()}`);
}

/** A consistent copy while the app runs: SQLite's online backup, or pg_dump's custom format. */
export async function backup(config: Config, file: string): Promise<void> {
  if (config.databaseUrl) return run('pg_dump', ['--format=custom', '--no-owner', '--file', file, config.databaseUrl]);
  const source = sqlitePath(config);
  if (!fs.existsSync(source)) throw new BackupError(`there is no database at ${source} yet`);
  const database = new SQLite(source, { readonly: true });
  try {
    await database.backup(file);
  } finally {
    database.close();
  }
}

/**
 * Replaces the database with a backup (stop the app first), brings it up to date with the migrations, and applies
 * again every erasure made since: those the replaced database holds (read before it is replaced) and this instance's
 * erasure file. Returns how many answers it erased again.
 */
export async function restore(config: Config, file: string): Promise<number> {
  if (!fs.existsSync(file)) throw new BackupError(`there is no backup at ${file}`);
  const carried = await erasuresBeforeRestore(config);
  if (config.databaseUrl) {
    run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', config.databaseUrl, file]);
  } else {
    const header = Buffer.alloc(16);
    const fd = fs.openSync(file, 'r');
    fs.readSync(fd, header, 0, 16, 0);
    fs.closeSync(fd);
    if (header.toString('latin1') !== 'SQLite format 3\0') throw new BackupError(`${file} is not a SQLite backup`);
    const target = sqlitePath(config);
    fs.mkdirSync(config.dataDir, { recursive: true });
    for (const stale of [`${target}-wal`, `${target}-shm`]) fs.rmSync(stale, { force: true });
    fs.copyFileSync(file, target);
  }
  const db = createDatabase(config);
  try {
    await migrate(db);
    return await reapplyErasures(db, config.dataDir, carried);
  } finally {
    await db.destroy();
  }
}

/** The erasures of the database about to be replaced; none when there is none yet, or it is older than the erasures table. */
async function erasuresBeforeRestore(config: Config): Promise<Erasure[]> {
  if (!config.databaseUrl && !fs.existsSync(sqlitePath(config))) return [];
  const db = createDatabase(config);
  try {
    return await listErasures(db);
  } catch (err) {
    // A database from before migration 018 has no erasures table: its erasures are in the file, read afterwards.
    if (/erasures/.test(String(err)) && /no such table|does not exist/.test(String(err))) return [];
    throw err;
  } finally {
    await db.destroy();
  }
}
