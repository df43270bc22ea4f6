import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { commitQueue } from '../db/group-commit.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { AnswerStatus, Board } from '../db/tables.ts';
import type { LiveBus } from '../live/live.bus.ts';
import type { Mailer } from '../email/mailer.ts';
import type { Notifier } from '../email/notifications.ts';
import { bumpBoardRevision, listPerspectives, listQuestions } from '../boards/boards.queries.ts';
import { consentVersion, type AnswerInput, type FieldErrors } from './answers.input.ts';
import { findSubmissionKey, insertAnswer, insertSubmissionKey } from './answers.queries.ts';
import { hashToken, newToken } from '../web/tokens.ts';

export type SubmitResult =
  /** editToken: the author's private link token, only when this request stored the answer. */
  | { kind: 'saved'; answerId: string; status: AnswerStatus; replayed: boolean; editToken?: string }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'closed' }
  | { kind: 'key-reused' };

/**
 * A retry carries the same key. From the form, a key only matches an identical answer, so a page
 * served again from a cache with an old key still stores a person's new answer; from the API, the
 * same key with a different answer is refused (as Idempotency-Key is meant to be).
 */
export type SubmissionKey = { from: 'form' | 'api'; value: string } | undefined;

function requestHash(boardId: string, input: AnswerInput): string {
  const fields = [boardId, input.question, input.perspective, input.body, input.displayName, input.email];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}

async function replay(db: Db, key: string, hash: string): Promise<SubmitResult | undefined> {
  const existing = await findSubmissionKey(db, key);
  if (!existing) return undefined;
  if (existing.requestHash !== hash) return { kind: 'key-reused' };
  return { kind: 'saved', answerId: existing.answerId, status: existing.status, replayed: true };
}

/** Stores an answer once per key; published at once only on a post-moderated board. */
export async function submitAnswer(db: Db, bus: LiveBus, board: Board, input: AnswerInput, submissionKey: SubmissionKey): Promise<SubmitResult> {
  if (!board.accepting) return { kind: 'closed' };
  const [questions, perspectives] = await Promise.all([listQuestions(db, board.id), listPerspectives(db, board.id)]);
  const question = questions.find((q) => q.key === input.question);
  const perspective = perspectives.find((p) => p.key === input.perspective);
  if (!question || !perspective) {
    const errors: FieldErrors = {};
    if (!question) errors.question = 'Choose one of the questions on this board';
    if (!perspective) errors.perspective = 'Choose one of the perspectives on this board';
    return { kind: 'invalid', errors };
  }

  const hash = requestHash(board.id, input);
  const key = submissionKey && (submissionKey.from === 'form' ? `form:${board.id}:${submissionKey.value}:${hash}` : `api:${board.id}:${submissionKey.value}`);
  if (key) {
    const replayed = await replay(db, key, hash);
    if (replayed) return replayed;
  }

  const at = nowIso();
  const answerId = newId();
  const editToken = newToken();
  const status: AnswerStatus = board.moderation === 'post' ? 'published' : 'pending';
  try {
    // Answers arriving together share one durable commit (on SQLite); each is acknowledged only after it.
    await commitQueue(db).run(async (trx) => {
      await insertAnswer(trx, {
        id: answerId,
        boardId: board.id,
        questionId: question.id,
        perspectiveId: perspective.id,
        body: input.body,
        displayName: input.displayName,
        email: input.email,
        status,
        isExample: 0,
        consentVersion,
        createdAt: at,
        updatedAt: at,
        publishedAt: status === 'published' ? at : null,
        editTokenHash: hashToken(editToken),
      });
      if (key) await insertSubmissionKey(trx, { key, answerId, requestHash: hash, createdAt: at });
      if (status === 'published') await bumpBoardRevision(trx, board.id, at);
    });
  } catch (err) {
    // Another request with the same key committed first: answer as it did.
    if (key && isUniqueViolation(err)) {
      const replayed = await replay(db, key, hash);
      if (replayed) return replayed;
    }
    throw err;
  }
  if (status === 'published') bus.publish({ kind: 'answer.published', boardId: board.id, answerId });
  return { kind: 'saved', answerId, status, replayed: false, editToken };
}

/** After a new answer is stored: its team hears an answer waits, and its author gets the private link if they gave an email. */
export function afterSubmit(deps: { mailer: Mailer; notifier: Notifier; config: { baseUrl: string } }, board: Board, input: AnswerInput, result: SubmitResult): void {
  if (result.kind !== 'saved' || result.replayed) return;
  if (result.status === 'pending') deps.notifier.answerPending(board.id);
  if (result.editToken && input.email) {
    void deps.mailer.send({
      to: input.email,
      kind: 'private-link',
      subject: `Your answer on “${board.title}”`,
      text:
        `Thank you for your answer on “${board.title}”.\n\n` +
        `This is your private link to change or delete it at any time. Anyone who has it can change your answer, so keep it to yourself:\n\n` +
        `${deps.config.baseUrl}/a/${result.answerId}/manage#key=${result.editToken}\n`,
    });
  }
}
