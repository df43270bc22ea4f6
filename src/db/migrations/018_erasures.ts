import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Answers erased at their author's request (TRUST PR-5), by id only: every instance reads them, and a restore carries
  // them over from the database it replaces to the backup it puts in its place, then applies them again.
  await db.schema
    .createTable('erasures')
    .addColumn('answer_id', 'text', (c) => c.primaryKey())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}
