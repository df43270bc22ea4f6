import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Set while readers' reports wait for a moderator's decision; cleared by the decision.
  await db.schema.alterTable('answers').addColumn('reported_at', 'text').execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('answer_id', 'text', (c) => c.notNull().references('answers.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    // A keyed hash of the reader's address: one report per reader per answer, and no address stored.
    .addColumn('reporter_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reports_answer_reporter', ['answer_id', 'reporter_hash'])
    .execute();
}
