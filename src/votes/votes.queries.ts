import type { Db } from '../db/database.ts';
import { seenByReaders } from '../boards/boards.queries.ts';

// The only statements that write helpful_votes: one row per answer and browser (a keyed hash of its vote cookie).

/**
 * Records this browser's vote on an answer readers see; false when it already had one or readers do not see it.
 * ON CONFLICT DO NOTHING: a second press racing the first waits for it and then finds its vote, instead of failing.
 */
export async function insertHelpfulVote(db: Db, answerId: string, voterHash: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('helpfulVotes')
    .columns(['answerId', 'voterHash', 'createdAt'])
    .expression(
      db
        .selectFrom('answers')
        .select((eb) => ['answers.id', eb.val(voterHash).as('voterHash'), eb.val(at).as('createdAt')])
        .where('answers.id', '=', answerId)
        .where(seenByReaders),
    )
    .onConflict((oc) => oc.columns(['answerId', 'voterHash']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Takes this browser's vote back; true when it had one. */
export async function deleteHelpfulVote(db: Db, answerId: string, voterHash: string): Promise<boolean> {
  const result = await db.deleteFrom('helpfulVotes').where('answerId', '=', answerId).where('voterHash', '=', voterHash).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Retention (TRUST PR-6): forgets which browser gave votes made before `before`; the answers' helpful counts stay as they are. */
export async function deleteHelpfulVotesMadeBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('helpfulVotes').where('createdAt', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
