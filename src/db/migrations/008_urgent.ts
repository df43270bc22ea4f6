import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Set when an answer needs a moderator first (a reader says it could put someone at risk; later, crisis holds).
  await db.schema.alterTable('answers').addColumn('urgent_at', 'text').execute();
}
