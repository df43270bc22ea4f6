import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/ids.ts';
import { anonymiseAnswer, deleteAnswer, findAnswerIdentity } from '../answers/answers.queries.ts';
import { bumpBoardRevision } from '../boards/boards.queries.ts';

export type Erasure = { answerId: string; action: 'delete' | 'anonymise'; at: string };

// Erasures (TRUST PR-5) are kept by id only in the erasures table, which every instance shares: `roundtable restore`
// reads them from the database it replaces and writes them into the backup it restores before applying them again, so an
// old backup never brings an erased answer back. Each is also appended to DATA_DIR/erasures.jsonl on the instance that
// made it: a copy outside the database, for the day the database server itself is lost and restored from a backup.

export function erasureLogPath(dataDir: string): string {
  return path.join(dataDir, 'erasures.jsonl');
}

/** Records an erasure (in the transaction that makes it). A delete outranks an anonymisation of the same answer. */
export async function recordErasure(db: Db, erasure: Erasure): Promise<void> {
  await db
    .insertInto('erasures')
    .values(erasure)
    .onConflict((oc) =>
      erasure.action === 'delete' ? oc.column('answerId').doUpdateSet({ action: 'delete', at: erasure.at }) : oc.column('answerId').doNothing(),
    )
    .execute();
}

/** The copy outside the database, written once the erasure has committed. */
export function logErasure(dataDir: string, erasure: Erasure): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.appendFileSync(erasureLogPath(dataDir), `${JSON.stringify(erasure)}\n`, { mode: 0o600 });
}

function readErasureFile(dataDir: string): Erasure[] {
  let text: string;
  try {
    text = fs.readFileSync(erasureLogPath(dataDir), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => {
      try {
        const e = JSON.parse(line) as Erasure;
        return typeof e.answerId === 'string' && (e.action === 'delete' || e.action === 'anonymise') ? [{ ...e, at: String(e.at) }] : [];
      } catch {
        return [];
      }
    });
}

/** Every erasure the database holds. */
export function listErasures(db: Db): Promise<Erasure[]> {
  return db.selectFrom('erasures').select(['answerId', 'action', 'at']).orderBy('at').execute();
}

/**
 * Stores the given erasures and those of this instance's file (an older install's, or ones a restored database lost)
 * in the database, then applies every erasure it holds again; returns how many answers that changed. Safe at every start.
 */
export async function reapplyErasures(db: Db, dataDir: string, carried: Erasure[] = []): Promise<number> {
  for (const erasure of [...carried, ...readErasureFile(dataDir)]) await recordErasure(db, erasure);
  let changed = 0;
  for (const erasure of await listErasures(db)) {
    const row = await findAnswerIdentity(db, erasure.answerId);
    if (!row) continue;
    if (erasure.action === 'delete') await deleteAnswer(db, row.id);
    else if (row.email !== null || row.displayName !== null) await anonymiseAnswer(db, row.id, nowIso());
    else continue;
    await bumpBoardRevision(db, row.boardId, nowIso());
    changed++;
  }
  return changed;
}
