import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A live workshop session: what the projector shows and the short code people join with.
  await db.schema
    .createTable('live_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
    // Unique for ever, so an ended session's code never leads into a later one.
    .addColumn('code', 'text', (c) => c.notNull().unique())
    // null: the projector shows the whole table.
    .addColumn('question_id', 'text')
    .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('show_join', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('spotlight_answer_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('live_sessions_board').on('live_sessions').columns(['board_id', 'ended_at']).execute();

  // Every change live views hear about, numbered: a stream that reconnects asks for what came after its last number.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('live_events')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('board_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('answer_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('live_events_board').on('live_events').columns(['board_id', 'id']).execute();

  // One "helpful" per answer per browser: a keyed hash of the browser's vote cookie, never the cookie itself.
  await db.schema
    .createTable('helpful_votes')
    .addColumn('answer_id', 'text', (c) => c.notNull().references('answers.id').onDelete('cascade'))
    .addColumn('voter_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('helpful_votes_pk', ['answer_id', 'voter_hash'])
    .execute();
  await db.schema
    .alterTable('answers')
    .addColumn('helpful_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
