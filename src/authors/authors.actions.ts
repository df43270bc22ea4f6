import type { Db } from '../db/database.ts';
import { nowIso } from '../db/ids.ts';
import type { AnswerStatus, AnswerUse } from '../db/tables.ts';
import { tokenMatches } from '../web/tokens.ts';
import { bumpBoardRevision } from '../boards/boards.queries.ts';
import { answerLimits, charCount, cleanText, consentVersion, isBlank } from '../answers/answers.input.ts';
import { assessAnswer, holdReasons, isUrgent, storeHoldReasons, type HoldReason } from '../safety/safety.ts';
import { answerChanged, answerDeleted, answerUseChanged, type AnswerEffects } from '../answers/answers.events.ts';
import { deleteAnswer, findAnswerForAuthor, updateAnswer, type AuthorAnswer } from '../answers/answers.queries.ts';

/** The answer behind a private link, if the key is its key. */
export async function openOwnAnswer(db: Db, answerId: string, key: string): Promise<AuthorAnswer | undefined> {
  const answer = await findAnswerForAuthor(db, answerId);
  return answer && tokenMatches(key, answer.editTokenHash) ? answer : undefined;
}

export type AuthorChangeResult =
  | { kind: 'forbidden' }
  /** What is wrong with the new text: the route says it in the author's language. */
  | { kind: 'invalid'; error: 'blank' | 'too-long'; answer: AuthorAnswer }
  /** `held`: why the new text waits for a moderator, if it does. */
  | { kind: 'changed'; status: AnswerStatus; held: HoldReason[] };

/** The author's new text goes through moderation again, as the board's mode says. */
export async function changeOwnAnswer(db: Db, effects: AnswerEffects, answerId: string, key: string, newBody: string): Promise<AuthorChangeResult> {
  const answer = await openOwnAnswer(db, answerId, key);
  if (!answer) return { kind: 'forbidden' };
  const body = cleanText(newBody);
  if (isBlank(body)) return { kind: 'invalid', error: 'blank', answer };
  if (charCount(body) > answerLimits.body) return { kind: 'invalid', error: 'too-long', answer };
  // The same safety checks as a new answer (the author has seen their own text, so nothing is asked again).
  const held = holdReasons(assessAnswer(body), { checked: true, repeated: false });
  // A moderator redacted this answer: the author's new text is read again, whatever the board's mode.
  const status: AnswerStatus = answer.moderation === 'post' && answer.originalBody === null && held.length === 0 ? 'published' : 'pending';
  const at = nowIso();
  const safety = { heldFor: storeHoldReasons(held), ...(isUrgent(held) ? { urgentAt: at } : {}) };
  await db.transaction().execute(async (trx) => {
    await updateAnswer(trx, answerId, { body, originalBody: null, status, updatedAt: at, ...safety, ...(status === 'published' ? { publishedAt: at } : {}) });
    if (answer.status === 'published' || status === 'published') await bumpBoardRevision(trx, answer.boardId, at);
  });
  answerChanged(effects, { boardId: answer.boardId, answerId, was: answer.status, status, held });
  return { kind: 'changed', status, held };
}

/** The author's new choice of where the answer may be used, recorded with the wording they chose from; readers see the change at once. */
export async function changeOwnAnswerUse(
  db: Db,
  effects: AnswerEffects,
  answerId: string,
  key: string,
  use: AnswerUse,
): Promise<{ kind: 'forbidden' } | { kind: 'changed'; use: AnswerUse }> {
  const answer = await openOwnAnswer(db, answerId, key);
  if (!answer) return { kind: 'forbidden' };
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await updateAnswer(trx, answerId, { useAllowed: use, consentVersion, updatedAt: at });
    if (answer.status === 'published') await bumpBoardRevision(trx, answer.boardId, at);
  });
  answerUseChanged(effects, { boardId: answer.boardId, answerId, status: answer.status, was: answer.useAllowed, use });
  return { kind: 'changed', use };
}

/** Deletes the answer at once, from every page, embed and API response. */
export async function deleteOwnAnswer(
  db: Db,
  effects: AnswerEffects,
  answerId: string,
  key: string,
): Promise<{ kind: 'forbidden' } | { kind: 'deleted'; boardSlug: string; boardTitle: string }> {
  const answer = await openOwnAnswer(db, answerId, key);
  if (!answer) return { kind: 'forbidden' };
  await db.transaction().execute(async (trx) => {
    await deleteAnswer(trx, answerId);
    await bumpBoardRevision(trx, answer.boardId, nowIso());
  });
  answerDeleted(effects, { boardId: answer.boardId, answerId, was: answer.status });
  return { kind: 'deleted', boardSlug: answer.boardSlug, boardTitle: answer.boardTitle };
}
