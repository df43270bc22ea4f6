import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // What a facilitator chose about one phrase of a question's themes: 'hidden' (left out of every list), or
  // 'merged' into another phrase (merged_into), whose label the two then share. One choice per phrase.
  await db.schema
    .createTable('theme_choices')
    .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    // The phrase's key: lower case, its last word singular ("care plan").
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('merged_into', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('theme_choices_pk', ['question_id', 'phrase'])
    .execute();

  // Where a question's themes are shown besides the facilitators' page: its public page, the handout.
  await db.schema
    .createTable('theme_settings')
    .addColumn('question_id', 'text', (c) => c.primaryKey().references('questions.id').onDelete('cascade'))
    .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
    .addColumn('show_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('show_handout', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('theme_settings_board').on('theme_settings').column('board_id').execute();
}
