import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A CSV file a facilitator uploaded to import answers from (a Google Form's responses), kept only between the
  // upload and the import so the mapping and preview pages stay plain forms; deleted on import, ignored after a day.
  await db.schema
    .createTable('import_uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
    .addColumn('facilitator_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    // The file decoded to text (UTF-8 or UTF-16 in, always text here).
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_uploads_board').on('import_uploads').columns(['board_id', 'created_at']).execute();
}
