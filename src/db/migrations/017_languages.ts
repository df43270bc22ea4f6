import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A board is written in one language ('en' or 'cy'): its texts are in it. Each text may also have a translation into
  // the other language (null: none); readers of that language see the translation, or the original marked as such.
  await db.schema
    .alterTable('boards')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
  await db.schema.alterTable('boards').addColumn('translated_title', 'text').execute();
  await db.schema.alterTable('boards').addColumn('translated_intro', 'text').execute();
  await db.schema.alterTable('questions').addColumn('translated_text', 'text').execute();
  await db.schema.alterTable('perspectives').addColumn('translated_label', 'text').execute();
  await db.schema.alterTable('perspectives').addColumn('translated_plural', 'text').execute();
  await db.schema.alterTable('perspectives').addColumn('translated_description', 'text').execute();
  // The language an answer is written in, as the safety check found it ('en', 'cy', or null: another or unknown), so
  // pages can mark it for screen readers (WCAG 3.1.2).
  await db.schema.alterTable('answers').addColumn('language', 'text').execute();
}
