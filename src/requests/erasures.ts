import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/ids.ts';
import { anonymiseAnswer, deleteAnswer, findAnswerIdentity } from '../answers/answers.queries.ts';
import { bumpBoardRevision } from '../boards/boards.queries.ts';

export type Erasure = { answerId: string; action: 'delete' | 'anonymise'; at: string };

/**
 * Erasures are also written, by id only, to DATA_DIR/erasures.jsonl: a file outside the database,
 * so that a database restored from an older backup has them applied again when it next starts.
 */
export function erasureLogPath(dataDir: string): string {
  return path.join(dataDir, 'erasures.jsonl');
}

export function logErasure(dataDir: string, erasure: Erasure): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.appendFileSync(erasureLogPath(dataDir), `${JSON.stringify(erasure)}\n`, { mode: 0o600 });
}

export function readErasures(dataDir: string): Erasure[] {
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
        return typeof e.answerId === 'string' && (e.action === 'delete' || e.action === 'anonymise') ? [e] : [];
      } catch {
        return [];
      }
    });
}

/** Applies every logged erasure again; returns how many answers it changed. Safe to run at every start. */
export async function reapplyErasures(db: Db, dataDir: string): Promise<number> {
  let changed = 0;
  for (const erasure of readErasures(dataDir)) {
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
