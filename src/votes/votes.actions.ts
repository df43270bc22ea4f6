import type { Db } from '../db/database.ts';
import { nowIso } from '../db/ids.ts';
import type { LiveBus } from '../live/live.bus.ts';
import { bumpBoardRevision } from '../boards/boards.queries.ts';
import { changeHelpfulCount } from '../answers/answers.queries.ts';
import { deleteHelpfulVote, insertHelpfulVote } from './votes.queries.ts';

export type HelpfulResult = { kind: 'counted'; count: number; pressed: boolean } | { kind: 'not-found' };

class NotPublished extends Error {}

/**
 * Adds the browser's vote, or takes it back when it has one: true or false for what it did, undefined when the answer
 * is not published. Another press from the same browser can commit between the two statements (the vote appears or
 * goes), so they are tried again a few times.
 */
async function toggleVote(db: Db, answerId: string, voterHash: string, at: string): Promise<boolean | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await insertHelpfulVote(db, answerId, voterHash, at)) return true;
    if (await deleteHelpfulVote(db, answerId, voterHash)) return false;
  }
  return undefined;
}

/**
 * A reader presses "Helpful": marks a published answer helpful for this browser, or takes the mark back if it
 * had one. One transaction moves the vote, the answer's count and the board's revision (so cached tables show
 * the new count); live views hear of it after the commit. Every press takes the vote's row before the answer's,
 * so presses racing each other on PostgreSQL wait in turn rather than deadlock, and the count is always the
 * number of votes.
 */
export async function toggleHelpful(db: Db, effects: { bus: LiveBus }, answerId: string, voterHash: string): Promise<HelpfulResult> {
  const at = nowIso();
  try {
    const done = await db.transaction().execute(async (trx) => {
      const pressed = await toggleVote(trx, answerId, voterHash, at);
      if (pressed === undefined) throw new NotPublished();
      const answer = await changeHelpfulCount(trx, answerId, pressed ? 1 : -1);
      if (!answer) throw new NotPublished();
      await bumpBoardRevision(trx, answer.boardId, at);
      return { boardId: answer.boardId, count: answer.helpfulCount, pressed };
    });
    effects.bus.publish({ kind: 'answer.votes', boardId: done.boardId, answerId });
    return { kind: 'counted', count: done.count, pressed: done.pressed };
  } catch (err) {
    if (err instanceof NotPublished) return { kind: 'not-found' };
    throw err;
  }
}
