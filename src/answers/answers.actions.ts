import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { commitQueue } from '../db/group-commit.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { AnswerStatus, Board } from '../db/tables.ts';
import { bumpBoardRevision, listPerspectives, listQuestions } from '../boards/boards.queries.ts';
import { boardIn } from '../boards/board-language.ts';
import { catalogues } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locale.ts';
import { consentVersion, type AnswerInput, type FieldErrors } from './answers.input.ts';
import { answerSubmitted, type AnswerEffects } from './answers.events.ts';
import { countAnswersWithBodyHash, findRecentDuplicate, findSubmissionKey, insertAnswer, insertSubmissionKey } from './answers.queries.ts';
import {
  asksToCheckIdentifying,
  assessAnswer,
  bodyHash,
  holdReasons,
  isUrgent,
  parseHoldReasons,
  repeatLimit,
  safetySummary,
  storeHoldReasons,
  suggestsRisk,
  type HoldReason,
} from '../safety/safety.ts';
import { findIdentifying, identifyingKinds, type IdentifyingKind, type IdentifyingSpan } from '../safety/identifying/identifying.ts';
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
export type SubmissionKey = { from: 'form'; value: string | null } | { from: 'api'; value: string } | undefined;

export interface SubmitOptions {
  key: SubmissionKey;
  /** The author has seen the identifying details found and sends the answer as it is (always so from the API). */
  sendAnyway: boolean;
  /** The browser's invisible check passed (always so from the API, which has its own limits). */
  checked: boolean;
  /** The language the author answered in (the form's or the API's address): their private-link email and the errors
   * about the board's questions and perspectives are written in it. English if not given. */
  locale?: Locale | undefined;
}

function requestHash(boardId: string, input: AnswerInput): string {
  const fields = [boardId, input.question, input.perspective, input.body, input.displayName, input.email];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}

/**
 * A retry is answered with the first answer and the decision stored with it: the checks are not run again. Only the
 * kinds of identifying detail are not stored; when the first answer had some, they are named again from this text,
 * which is the first answer's text (the key matched its hash).
 */
async function replay(db: Db, key: string, hash: string, body: string): Promise<SubmitResult | undefined> {
  const existing = await findSubmissionKey(db, key);
  if (!existing) return undefined;
  if (existing.requestHash !== hash) return { kind: 'key-reused' };
  return answeredBefore({ id: existing.answerId, status: existing.status, heldFor: existing.heldFor }, body);
}

function answeredBefore(existing: { id: string; status: AnswerStatus; heldFor: string | null }, body: string): SubmitResult {
  const held = parseHoldReasons(existing.heldFor);
  const safety: Safety = { crisis: suggestsRisk(held), identifying: held.includes('identifying') ? identifyingKinds(findIdentifying(body)) : [] };
  return { kind: 'saved', answerId: existing.id, status: existing.status, replayed: true, safety, held };
}

/** How long a form sent again without its key is taken for the same answer. */
const resendWindowMs = 10 * 60_000;

/**
 * Stores an answer once per key. It is published at once only on a post-moderated board and when no
 * safety check holds it: a possible crisis, identifying details, many links, a missing browser check
 * or a repeated text all wait for a moderator, and a possible crisis goes to the top of the queue. A retry with the
 * same key gets the first answer back before any check runs.
 */
export async function submitAnswer(db: Db, effects: AnswerEffects, board: Board, input: AnswerInput, options: SubmitOptions): Promise<SubmitResult> {
  if (!board.accepting) return { kind: 'closed' };
  const [questions, perspectives] = await Promise.all([listQuestions(db, board.id), listPerspectives(db, board.id)]);
  const question = questions.find((q) => q.key === input.question);
  const perspective = perspectives.find((p) => p.key === input.perspective);
  if (!question || !perspective) {
    const said = catalogues[options.locale ?? 'en'].answers.errors;
    const errors: FieldErrors = {};
    if (!question) errors.question = said.questionNotOnBoard;
    if (!perspective) errors.perspective = said.perspectiveNotOnBoard;
    return { kind: 'invalid', errors };
  }

  const hash = requestHash(board.id, input);
  const { key: submissionKey } = options;
  const key =
    submissionKey?.value && (submissionKey.from === 'form' ? `form:${board.id}:${submissionKey.value}:${hash}` : `api:${board.id}:${submissionKey.value}`);
  if (key) {
    const replayed = await replay(db, key, hash, input.body);
    if (replayed) return replayed;
  }
  const textHash = bodyHash(input.body);
  if (submissionKey?.from === 'form' && !submissionKey.value) {
    const fields = {
      questionId: question.id,
      perspectiveId: perspective.id,
      body: input.body,
      displayName: input.displayName,
      email: input.email,
      bodyHash: textHash,
    };
    const duplicate = await findRecentDuplicate(db, board.id, fields, new Date(Date.now() - resendWindowMs).toISOString());
    if (duplicate) return answeredBefore(duplicate, input.body);
  }

  const assessment = assessAnswer(input.body);
  const safety = safetySummary(assessment);
  // Someone who may be at risk is never sent back to edit: their answer is kept and help is shown at once.
  if (asksToCheckIdentifying(assessment) && !options.sendAnyway) return { kind: 'check-identifying', spans: assessment.identifying };

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
        useAllowed: input.use,
        createdAt: at,
        updatedAt: at,
        publishedAt: status === 'published' ? at : null,
        editTokenHash: hashToken(editToken),
        heldFor: storeHoldReasons(held),
        bodyHash: textHash,
        urgentAt: isUrgent(held) ? at : null,
        language: assessment.language.language === 'cym' ? 'cy' : assessment.language.language === 'eng' ? 'en' : null,
      });
      if (key) await insertSubmissionKey(trx, { key, answerId, requestHash: hash, createdAt: at });
      if (status === 'published') await bumpBoardRevision(trx, board.id, at);
    });
  } catch (err) {
    // Another request with the same key committed first: answer as it did.
    if (key && isUniqueViolation(err)) {
      const replayed = await replay(db, key, hash, input.body);
      if (replayed) return replayed;
    }
    throw err;
  }
  const locale = options.locale ?? 'en';
  answerSubmitted(effects, boardIn(board, locale), { id: answerId, status, held, email: input.email, editToken, locale });
  return { kind: 'saved', answerId, status, replayed: false, editToken, safety, held };
}
