import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Why an answer waits for a moderator even on a post-moderated board: space-separated HoldReason values.
  await db.schema.alterTable('answers').addColumn('held_for', 'text').execute();
  // A hash of the answer's text with case, spacing and punctuation ignored: finds the same text sent again.
  await db.schema.alterTable('answers').addColumn('body_hash', 'text').execute();
  await db.schema.createIndex('answers_board_body_hash').on('answers').columns(['board_id', 'body_hash']).execute();
}
