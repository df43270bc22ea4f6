import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { LiveBus } from '../live/live.bus.ts';
import { bumpBoardRevision } from '../boards/boards.queries.ts';
import { updateAnswer } from '../moderation/moderation.queries.ts';
import { countOpenReports, findAnswerForReport, insertReport } from './reports.queries.ts';

export const reportReasons = {
  abusive: 'It is abusive or hateful',
  identifying: 'It identifies someone',
  harmful: 'It could put someone at risk',
  spam: 'It is spam or advertising',
  other: 'Something else',
} as const;
export type ReportReason = keyof typeof reportReasons;

export type ReportResult = { kind: 'reported' } | { kind: 'not-found' };

/**
 * Puts a published answer on the moderation queue marked reported; once enough different readers
 * have reported it, it is hidden until a moderator decides. A reader's second report counts once.
 */
export async function reportAnswer(
  db: Db,
  bus: LiveBus,
  config: Config,
  answerId: string,
  reporterHash: string,
  reason: ReportReason,
  details: string,
): Promise<ReportResult> {
  const at = nowIso();
  let hiddenOnBoard: string | undefined;
  try {
    const found = await db.transaction().execute(async (trx) => {
      const answer = await findAnswerForReport(trx, answerId);
      if (!answer || answer.status !== 'published') return false;
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
        hiddenOnBoard = answer.boardId;
      }
      return true;
    });
    if (!found) return { kind: 'not-found' };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  if (hiddenOnBoard) bus.publish({ kind: 'answer.removed', boardId: hiddenOnBoard, answerId });
  return { kind: 'reported' };
}
