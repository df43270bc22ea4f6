import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Where its author allows an answer to be used: 'board' (published on the board and wherever it is embedded),
  // 'workshop' (workshops and handouts, never online) or 'facilitators' (read by the board's team only).
  // Every answer given before the choice existed agreed to publication, so they count as 'board'.
  await db.schema
    .alterTable('answers')
    .addColumn('use_allowed', 'text', (c) => c.notNull().defaultTo('board'))
    .execute();
}
