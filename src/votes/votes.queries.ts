import type { Db } from '../db/database.ts';

// The only statements that write helpful_votes: one row per answer and browser (a keyed hash of its vote cookie).

/**
 * Records this browser's vote on a published answer; false when it already had one or the answer is not published.
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
        .where('answers.status', '=', 'published'),
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
