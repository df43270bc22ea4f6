import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A board's printed handout: an introduction above its questions (one row per board, made when first written).
  await db.schema
    .createTable('handouts')
    .addColumn('board_id', 'text', (c) => c.primaryKey().references('boards.id').onDelete('cascade'))
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Per question: the facilitator's note, and whether its picks were chosen (picks_saved_at null: the handout
  // starts from the examples and the most helpful answers, worked out afresh each time).
  await db.schema
    .createTable('handout_questions')
    .addColumn('question_id', 'text', (c) => c.primaryKey().references('questions.id').onDelete('cascade'))
    .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('picks_saved_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('handout_questions_board').on('handout_questions').column('board_id').execute();

  // The answers picked for a question, in order. An erased answer takes its pick with it; one that may no
  // longer be printed (hidden, or its author's choice changed) is left out when the handout is read.
  await db.schema
    .createTable('handout_picks')
    .addColumn('question_id', 'text', (c) => c.notNull().references('handout_questions.question_id').onDelete('cascade'))
    .addColumn('answer_id', 'text', (c) => c.notNull().references('answers.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('handout_picks_pk', ['question_id', 'answer_id'])
    .execute();
  await db.schema.createIndex('handout_picks_answer').on('handout_picks').column('answer_id').execute();
}
