import type { Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { AnswerStatus, AnswerTable, Board } from '../db/tables.ts';
import { bumpBoardRevision } from '../boards/boards.queries.ts';
import { charCount, cleanText, answerLimits, isBlank } from '../answers/answers.input.ts';
import { answerModerated, type AnswerEffects } from '../answers/answers.events.ts';
import { findAnswerOnBoard, updateAnswer } from '../answers/answers.queries.ts';
import { insertAuditEntry } from './moderation.queries.ts';
import { findIdentifying, identifyingLabels, type IdentifyingSpan } from '../safety/identifying/identifying.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';

// The facilitator area is served in English for now (issue 14); its words come from the catalogue.
const said = catalogues.en.moderation.errors;

export type ModerationAction = 'approve' | 'reject' | 'hide' | 'edit' | 'redact' | 'mark-example' | 'unmark-example';

export type ModerationResult = { kind: 'done' } | { kind: 'not-found' } | { kind: 'invalid'; error: string };

type Current = NonNullable<Awaited<ReturnType<typeof findAnswerOnBoard>>>;

/**
 * Applies one moderator decision in one transaction with its audit entry, bumping the board's
 * revision when readers will see the difference, then tells live views after commit.
 */
async function moderate(
  db: Db,
  effects: AnswerEffects,
  actorId: string,
  board: Board,
  answerId: string,
  action: ModerationAction,
  change: (current: Current, at: string) => Updateable<AnswerTable>,
): Promise<ModerationResult> {
  const at = nowIso();
  const outcome = await db.transaction().execute(async (trx) => {
    const current = await findAnswerOnBoard(trx, board.id, answerId);
    if (!current) return undefined;
    const patch = change(current, at);
    // A decision answers every report made so far.
    await updateAnswer(trx, answerId, { ...patch, updatedAt: at, moderatedAt: at, reportedAt: null, urgentAt: null });
    await insertAuditEntry(trx, { id: newId(), boardId: board.id, facilitatorId: actorId, action, answerId, createdAt: at });
    const nextStatus = (patch.status as AnswerStatus | undefined) ?? current.status;
    const visible = current.status === 'published' || nextStatus === 'published';
    if (visible) await bumpBoardRevision(trx, board.id, at);
    return { was: current.status, status: nextStatus };
  });
  if (!outcome) return { kind: 'not-found' };
  answerModerated(effects, { boardId: board.id, answerId, ...outcome });
  return { kind: 'done' };
}

export function approveAnswer(db: Db, effects: AnswerEffects, actorId: string, board: Board, answerId: string) {
  return moderate(db, effects, actorId, board, answerId, 'approve', (current, at) => ({
    status: 'published',
    publishedAt: current.status === 'published' ? undefined : at,
    rejectionReason: null,
  }));
}

export async function approveAnswers(db: Db, effects: AnswerEffects, actorId: string, board: Board, answerIds: string[]): Promise<number> {
  let approved = 0;
  for (const id of answerIds) if ((await approveAnswer(db, effects, actorId, board, id)).kind === 'done') approved++;
  return approved;
}

/** The reason is kept privately for moderators; the author is not shown it. */
export function rejectAnswer(db: Db, effects: AnswerEffects, actorId: string, board: Board, answerId: string, reason: string) {
  const cleaned = cleanText(reason).slice(0, 500);
  return moderate(db, effects, actorId, board, answerId, 'reject', () => ({ status: 'rejected', rejectionReason: cleaned || null }));
}

export function hideAnswer(db: Db, effects: AnswerEffects, actorId: string, board: Board, answerId: string) {
  return moderate(db, effects, actorId, board, answerId, 'hide', () => ({ status: 'hidden' }));
}

export function setExample(db: Db, effects: AnswerEffects, actorId: string, board: Board, answerId: string, example: boolean) {
  return moderate(db, effects, actorId, board, answerId, example ? 'mark-example' : 'unmark-example', () => ({ isExample: example ? 1 : 0 }));
}

/** Edits or redacts the text readers see; what the author first wrote is kept privately. */
export async function editAnswer(db: Db, effects: AnswerEffects, actorId: string, board: Board, answerId: string, newBody: string): Promise<ModerationResult> {
  const body = cleanText(newBody);
  if (isBlank(body)) return { kind: 'invalid', error: said.emptyText };
  if (charCount(body) > answerLimits.body) return { kind: 'invalid', error: said.textTooLong(formatNumber('en', answerLimits.body)) };
  return moderate(db, effects, actorId, board, answerId, 'edit', (current) => ({ body, originalBody: current.originalBody ?? current.body }));
}

/** How the queue names one found detail in its redact button: "start:end:kind". */
export function spanKey(span: IdentifyingSpan): string {
  return `${span.start}:${span.end}:${span.kind}`;
}

/**
 * Replaces one detail found in the text (a name, a phone number…) with its placeholder, such as
 * "[name]", keeping what the author wrote privately. The detail must still be found where the
 * moderator saw it: if the text has changed since, nothing is done.
 */
export async function redactAnswer(db: Db, effects: AnswerEffects, actorId: string, board: Board, answerId: string, key: string): Promise<ModerationResult> {
  const current = await findAnswerOnBoard(db, board.id, answerId);
  if (!current) return { kind: 'not-found' };
  const span = findIdentifying(current.body).find((s) => spanKey(s) === key);
  if (!span) return { kind: 'invalid', error: said.changed };
  return moderate(db, effects, actorId, board, answerId, 'redact', (row) => ({
    body: row.body.slice(0, span.start) + identifyingLabels[span.kind].placeholder + row.body.slice(span.end),
    originalBody: row.originalBody ?? row.body,
  }));
}
