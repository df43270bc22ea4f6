import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { newId, nowIso } from '../db/ids.ts';
import { bumpBoardRevision } from '../boards/boards.queries.ts';
import { answerAnonymised, answerDeleted, type AnswerEffects } from '../answers/answers.events.ts';
import { anonymiseAnswer, deleteAnswer, findAnswersByEmail } from '../answers/answers.queries.ts';
import { insertAuditEntry } from '../moderation/moderation.queries.ts';
import { logErasure, recordErasure } from './erasures.ts';

/** What a subject access request returns: every answer with this email, as the author gave it. */
export async function exportAnswersByEmail(db: Db, facilitatorId: string, email: string) {
  const answers = await findAnswersByEmail(db, facilitatorId, email);
  return {
    email,
    exportedAt: nowIso(),
    answers: answers.map((a) => ({
      id: a.id,
      board: a.boardTitle,
      question: a.questionText,
      perspective: a.perspectiveLabel,
      body: a.originalBody ?? a.body,
      publishedText: a.originalBody ? a.body : undefined,
      displayName: a.displayName,
      status: a.status,
      useAllowed: a.useAllowed,
      consentVersion: a.consentVersion,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
  };
}

/**
 * Erases every answer given with this email on the facilitator's boards: deleted, or anonymised
 * (email and name removed, text kept). Logged by id only: in the audit log, the erasures table and the erasure file.
 */
export async function eraseAnswersByEmail(
  db: Db,
  effects: AnswerEffects,
  config: Config,
  facilitatorId: string,
  email: string,
  action: 'delete' | 'anonymise',
): Promise<number> {
  const answers = await findAnswersByEmail(db, facilitatorId, email);
  for (const answer of answers) {
    const at = nowIso();
    await db.transaction().execute(async (trx) => {
      if (action === 'delete') await deleteAnswer(trx, answer.id);
      else await anonymiseAnswer(trx, answer.id, at);
      await insertAuditEntry(trx, { id: newId(), boardId: answer.boardId, facilitatorId, action: `erase-${action}`, answerId: answer.id, createdAt: at });
      await bumpBoardRevision(trx, answer.boardId, at);
      await recordErasure(trx, { answerId: answer.id, action, at });
    });
    logErasure(config.dataDir, { answerId: answer.id, action, at });
    const erased = { boardId: answer.boardId, answerId: answer.id };
    if (action === 'delete') answerDeleted(effects, { ...erased, was: answer.status });
    else answerAnonymised(effects, { ...erased, status: answer.status });
  }
  return answers.length;
}
