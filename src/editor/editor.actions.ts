import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Board } from '../db/tables.ts';
import {
  bumpBoardRevision,
  type BoardSettings,
  boardSettingsRow,
  insertBoard,
  insertPerspectives,
  insertQuestions,
  setItemPosition,
  setItemRetired,
  updateBoard,
  updatePerspectiveText,
  updateQuestionText,
} from '../boards/boards.queries.ts';
import { keyFrom } from '../boards/boards.input.ts';
import { insertMember } from '../accounts/accounts.queries.ts';
import { insertAuditEntry } from '../moderation/moderation.queries.ts';
import { listItemPositions, type ItemTable } from './editor.queries.ts';

/** Runs a change to a board and its audit entry in one transaction, and moves the board to a new revision. */
async function changeBoard<T>(db: Db, board: Board, actorId: string, action: string, change: (trx: Db, at: string) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const at = nowIso();
    // Bumping the revision first locks the board's row, so two changes to one board (two reorders at
    // once) queue behind each other instead of deadlocking on PostgreSQL.
    await bumpBoardRevision(trx, board.id, at);
    const result = await change(trx, at);
    await insertAuditEntry(trx, { id: newId(), boardId: board.id, facilitatorId: actorId, action, answerId: null, createdAt: at });
    return result;
  });
}

export type CreateBoardResult = { kind: 'created'; slug: string } | { kind: 'slug-taken' };

/** A new, empty board; whoever creates it owns it. */
export async function createBoardAsOwner(db: Db, facilitatorId: string, slug: string, settings: BoardSettings): Promise<CreateBoardResult> {
  const at = nowIso();
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await insertBoard(trx, { id, slug, ...boardSettingsRow(settings), createdAt: at, updatedAt: at });
      await insertMember(trx, id, facilitatorId, 'owner', at);
      await insertAuditEntry(trx, { id: newId(), boardId: id, facilitatorId, action: 'create-board', answerId: null, createdAt: at });
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { kind: 'slug-taken' };
    throw err;
  }
  return { kind: 'created', slug };
}

export function updateBoardSettings(db: Db, board: Board, actorId: string, settings: BoardSettings) {
  return changeBoard(db, board, actorId, 'edit-board', (trx) => updateBoard(trx, board.id, boardSettingsRow(settings)));
}

/** Archived: off the home page and closed for answers; its page and embeds stay readable. */
export function archiveBoard(db: Db, board: Board, actorId: string) {
  return changeBoard(db, board, actorId, 'archive-board', (trx, at) => updateBoard(trx, board.id, { archivedAt: at, accepting: 0, listed: 0 }));
}

export function addQuestion(db: Db, board: Board, actorId: string, text: string) {
  return changeBoard(db, board, actorId, 'add-question', async (trx) => {
    const existing = await listItemPositions(trx, 'questions', board.id);
    const key = keyFrom(text, new Set(existing.map((q) => q.key)));
    await insertQuestions(trx, [{ id: newId(), boardId: board.id, key, text, position: existing.length, retiredAt: null }]);
  });
}

export function addPerspective(db: Db, board: Board, actorId: string, fields: { label: string; plural: string | null; description: string }) {
  return changeBoard(db, board, actorId, 'add-perspective', async (trx) => {
    const existing = await listItemPositions(trx, 'perspectives', board.id);
    const key = keyFrom(fields.label, new Set(existing.map((p) => p.key)));
    await insertPerspectives(trx, [{ id: newId(), boardId: board.id, key, ...fields, position: existing.length, retiredAt: null }]);
  });
}

export function editQuestion(db: Db, board: Board, actorId: string, id: string, text: string) {
  return changeBoard(db, board, actorId, 'edit-question', (trx) => updateQuestionText(trx, board.id, id, text));
}

export function editPerspective(db: Db, board: Board, actorId: string, id: string, fields: { label: string; plural: string | null; description: string }) {
  return changeBoard(db, board, actorId, 'edit-perspective', (trx) => updatePerspectiveText(trx, board.id, id, fields));
}

/** Swaps an item with its neighbour; positions are renumbered 0..n-1 as it goes. */
export function moveItem(db: Db, board: Board, actorId: string, table: ItemTable, id: string, direction: 'up' | 'down') {
  return changeBoard(db, board, actorId, `move-${table === 'questions' ? 'question' : 'perspective'}`, async (trx) => {
    const items = await listItemPositions(trx, table, board.id);
    const from = items.findIndex((item) => item.id === id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= items.length) return from >= 0;
    [items[from], items[to]] = [items[to]!, items[from]!];
    for (const [position, item] of items.entries()) await setItemPosition(trx, table, board.id, item.id, position);
    return true;
  });
}

/** Retiring hides an item from the table and the form; its answers are kept and come back if it is restored. */
export function setRetired(db: Db, board: Board, actorId: string, table: ItemTable, id: string, retired: boolean) {
  const noun = table === 'questions' ? 'question' : 'perspective';
  return changeBoard(db, board, actorId, `${retired ? 'retire' : 'restore'}-${noun}`, (trx, at) =>
    setItemRetired(trx, table, board.id, id, retired ? at : null),
  );
}
