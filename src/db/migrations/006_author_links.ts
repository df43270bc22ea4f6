import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The hash of the author's private link token: the link itself is never stored.
  await db.schema.alterTable('answers').addColumn('edit_token_hash', 'text').execute();
}
