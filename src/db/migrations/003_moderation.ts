import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // What the author wrote, kept privately for moderators when the published text is edited or redacted.
  await db.schema.alterTable('answers').addColumn('original_body', 'text').execute();
  await db.schema.alterTable('answers').addColumn('rejection_reason', 'text').execute();
  await db.schema.alterTable('answers').addColumn('moderated_at', 'text').execute();

  // Who did what to which answer, and when: never the answer's text or its author's email.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
    .addColumn('facilitator_id', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('answer_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_board').on('audit_log').columns(['board_id', 'created_at']).execute();
}
