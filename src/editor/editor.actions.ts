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
  swapItemTranslations,
  updateBoard,
  updatePerspectiveText,
  updateQuestionText,
} from '../boards/boards.queries.ts';
import { keyFrom } from '../boards/boards.input.ts';
import { insertMember } from '../accounts/accounts.queries.ts';
import { insertAuditEntry } from '../moderation/moderation.queries.ts';
import { countUntranslatedItems, listItemPositions, type ItemTable } from './editor.queries.ts';

/** A question's texts as the editor saves them: a translation left undefined is kept as it is. */
export interface QuestionTexts {
  text: string;
  translatedText?: string | null | undefined;
}

export interface PerspectiveTexts {
  label: string;
  plural: string | null;
  description: string;
  translatedLabel?: string | null | undefined;
  translatedPlural?: string | null | undefined;
  translatedDescription?: string | null | undefined;
}

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

export type UpdateSettingsResult = { kind: 'saved' } | { kind: 'untranslated'; count: number };

/**
 * Saves the settings. A change of language swaps every question's and perspective's text with its translation, so
 * texts keep their language; it is refused while some have no text in the new language.
 */
export async function updateBoardSettings(db: Db, board: Board, actorId: string, settings: BoardSettings): Promise<UpdateSettingsResult> {
  const relabel = settings.language !== board.language;
  if (relabel) {
    const count = await countUntranslatedItems(db, board.id);
    if (count > 0) return { kind: 'untranslated', count };
  }
  await changeBoard(db, board, actorId, relabel ? 'change-board-language' : 'edit-board', async (trx) => {
    await updateBoard(trx, board.id, boardSettingsRow(settings));
    if (relabel) await swapItemTranslations(trx, board.id);
  });
  return { kind: 'saved' };
}

/** Archived: off the home page and closed for answers; its page and embeds stay readable. */
export function archiveBoard(db: Db, board: Board, actorId: string) {
  return changeBoard(db, board, actorId, 'archive-board', (trx, at) => updateBoard(trx, board.id, { archivedAt: at, accepting: 0, listed: 0 }));
}

export function addQuestion(db: Db, board: Board, actorId: string, { text, translatedText }: QuestionTexts) {
  return changeBoard(db, board, actorId, 'add-question', async (trx) => {
    const existing = await listItemPositions(trx, 'questions', board.id);
    const key = keyFrom(text, new Set(existing.map((q) => q.key)));
    await insertQuestions(trx, [
      { id: newId(), boardId: board.id, key, text, translatedText: translatedText ?? null, position: existing.length, retiredAt: null },
    ]);
  });
}

export function addPerspective(db: Db, board: Board, actorId: string, fields: PerspectiveTexts) {
  return changeBoard(db, board, actorId, 'add-perspective', async (trx) => {
    const existing = await listItemPositions(trx, 'perspectives', board.id);
    const key = keyFrom(fields.label, new Set(existing.map((p) => p.key)));
    await insertPerspectives(trx, [
      {
        id: newId(),
        boardId: board.id,
        key,
        label: fields.label,
        plural: fields.plural,
        description: fields.description,
        translatedLabel: fields.translatedLabel ?? null,
        translatedPlural: fields.translatedPlural ?? null,
        translatedDescription: fields.translatedDescription ?? null,
        position: existing.length,
        retiredAt: null,
      },
    ]);
  });
}

export function editQuestion(db: Db, board: Board, actorId: string, id: string, { text, translatedText }: QuestionTexts) {
  return changeBoard(db, board, actorId, 'edit-question', (trx) => updateQuestionText(trx, board.id, id, text, translatedText));
}

export function editPerspective(db: Db, board: Board, actorId: string, id: string, fields: PerspectiveTexts) {
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
