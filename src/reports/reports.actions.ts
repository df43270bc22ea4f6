import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { newId, nowIso } from '../db/ids.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { bumpBoardRevision } from '../boards/boards.queries.ts';
import { answerReported, type AnswerEffects } from '../answers/answers.events.ts';
import { findAnswerForReport, updateAnswer } from '../answers/answers.queries.ts';
import { countOpenReports, insertReport } from './reports.queries.ts';

/** The reasons a reader can give, with their English words: the moderation queue shows these (the facilitator area
 * is in English for now); the report form names them in the page's language (t.reports.reasons). */
export const reportReasons = catalogues.en.reports.reasons;
export type ReportReason = keyof typeof reportReasons;

export type ReportResult = { kind: 'reported' } | { kind: 'not-found' };

/**
 * Puts a published answer on the moderation queue marked reported; once enough different readers
 * have reported it, it is hidden until a moderator decides. A reader's second report counts once.
 * "It could put someone at risk" reaches the board's moderators at once, each time a reader says it.
 */
export async function reportAnswer(
  db: Db,
  effects: AnswerEffects,
  config: Config,
  answerId: string,
  reporterHash: string,
  reason: ReportReason,
  details: string,
): Promise<ReportResult> {
  const at = nowIso();
  let boardId: string | undefined;
  let hidden = false;
  try {
    const found = await db.transaction().execute(async (trx) => {
      const answer = await findAnswerForReport(trx, answerId);
      if (answer?.status !== 'published') return false;
      boardId = answer.boardId;
      await insertReport(trx, { id: newId(), answerId, reason, details: details || null, reporterHash, createdAt: at });
      const open = await countOpenReports(trx, answerId, answer.moderatedAt);
      const hide = open >= config.reportThreshold;
      await updateAnswer(trx, answerId, {
        reportedAt: answer.reportedAt ?? at,
        // "It could put someone at risk" puts the answer at the top of the queue, marked urgent.
        ...(reason === 'harmful' ? { urgentAt: at } : {}),
        ...(hide ? { status: 'hidden' as const, updatedAt: at } : {}),
      });
      if (hide) {
        await bumpBoardRevision(trx, answer.boardId, at);
        hidden = true;
      }
      return true;
    });
    if (!found) return { kind: 'not-found' };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  // A reader's second report (refused by the unique key) is still answered as a report, as the first was.
  if (boardId) answerReported(effects, { boardId, answerId, hidden, urgent: reason === 'harmful' });
  return { kind: 'reported' };
}
