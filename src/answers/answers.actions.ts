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
import { countAnswersWithBodyHash, findSubmissionKey, insertAnswer, insertSubmissionKey } from './answers.queries.ts';
import { assessAnswer, bodyHash, holdReasons, parseHoldReasons, repeatLimit, safetySummary, type HoldReason } from '../safety/safety.ts';
import type { IdentifyingKind, IdentifyingSpan } from '../safety/identifying.ts';
import { hashToken, newToken } from '../web/tokens.ts';

export interface Safety {
  crisis: boolean;
  identifying: IdentifyingKind[];
}

export type SubmitResult =
  /** editToken: the author's private link token, only when this request stored the answer. */
  | { kind: 'saved'; answerId: string; status: AnswerStatus; replayed: boolean; editToken?: string; safety: Safety; held: HoldReason[] }
  /** Identifying details were found: the author sees them and may edit or send the answer anyway. */
  | { kind: 'check-identifying'; spans: IdentifyingSpan[] }
  /** The same text was already sent too often: nothing is stored, and the sender is answered as if it had been. */
  | { kind: 'suppressed'; safety: Safety }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'closed' }
  | { kind: 'key-reused' };

/**
 * A retry carries the same key. From the form, a key only matches an identical answer, so a page
 * served again from a cache with an old key still stores a person's new answer; from the API, the
 * same key with a different answer is refused (as Idempotency-Key is meant to be).
 */
export type SubmissionKey = { from: 'form' | 'api'; value: string } | undefined;

export interface SubmitOptions {
  key: SubmissionKey;
  /** The author has seen the identifying details found and sends the answer as it is (always so from the API). */
  sendAnyway: boolean;
  /** The browser's invisible check passed (always so from the API, which has its own limits). */
  checked: boolean;
}

function requestHash(boardId: string, input: AnswerInput): string {
  const fields = [boardId, input.question, input.perspective, input.body, input.displayName, input.email];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}

async function replay(db: Db, key: string, hash: string, safety: Safety): Promise<SubmitResult | undefined> {
  const existing = await findSubmissionKey(db, key);
  if (!existing) return undefined;
  if (existing.requestHash !== hash) return { kind: 'key-reused' };
  return { kind: 'saved', answerId: existing.answerId, status: existing.status, replayed: true, safety, held: parseHoldReasons(existing.heldFor) };
}

/**
 * Stores an answer once per key. It is published at once only on a post-moderated board and when no
 * safety check holds it: a possible crisis, identifying details, many links, a missing browser check
 * or a repeated text all wait for a moderator, and a possible crisis goes to the top of the queue.
 */
export async function submitAnswer(db: Db, bus: LiveBus, board: Board, input: AnswerInput, options: SubmitOptions): Promise<SubmitResult> {
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

  const assessment = assessAnswer(input.body);
  const safety = safetySummary(assessment);
  const hash = requestHash(board.id, input);
  const { key: submissionKey } = options;
  const key = submissionKey && (submissionKey.from === 'form' ? `form:${board.id}:${submissionKey.value}:${hash}` : `api:${board.id}:${submissionKey.value}`);
  if (key) {
    const replayed = await replay(db, key, hash, safety);
    if (replayed) return replayed;
  }
  // Someone who may be at risk is never sent back to edit: their answer is kept and help is shown at once.
  if (!assessment.crisis && assessment.identifying.length > 0 && !options.sendAnyway) return { kind: 'check-identifying', spans: assessment.identifying };

  const textHash = bodyHash(input.body);
  const copies = await countAnswersWithBodyHash(db, board.id, textHash, repeatLimit);
  if (copies >= repeatLimit) return { kind: 'suppressed', safety };
  const held = holdReasons(assessment, { checked: options.checked, repeated: copies > 0 });

  const at = nowIso();
  const answerId = newId();
  const editToken = newToken();
  const status: AnswerStatus = board.moderation === 'post' && held.length === 0 ? 'published' : 'pending';
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
        heldFor: held.length > 0 ? held.join(' ') : null,
        bodyHash: textHash,
        urgentAt: held.includes('crisis') ? at : null,
      });
      if (key) await insertSubmissionKey(trx, { key, answerId, requestHash: hash, createdAt: at });
      if (status === 'published') await bumpBoardRevision(trx, board.id, at);
    });
  } catch (err) {
    // Another request with the same key committed first: answer as it did.
    if (key && isUniqueViolation(err)) {
      const replayed = await replay(db, key, hash, safety);
      if (replayed) return replayed;
    }
    throw err;
  }
  if (status === 'published') bus.publish({ kind: 'answer.published', boardId: board.id, answerId });
  return { kind: 'saved', answerId, status, replayed: false, editToken, safety, held };
}

/** After a new answer is stored: its team hears an answer waits, and its author gets the private link if they gave an email. */
export function afterSubmit(
  deps: { mailer: Mailer; notifier: Notifier; config: { baseUrl: string } },
  board: Board,
  input: AnswerInput,
  result: SubmitResult,
): void {
  if (result.kind !== 'saved' || result.replayed) return;
  // A possible crisis cannot wait for the next batch of notices.
  if (result.held.includes('crisis')) deps.notifier.answerUrgent(board.id);
  else if (result.status === 'pending') deps.notifier.answerPending(board.id);
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
