import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // An invitation is a sign-up token that also names the board and the role it grants.
  await db.schema
    .alterTable('signup_tokens')
    .addColumn('board_id', 'text', (c) => c.references('boards.id').onDelete('cascade'))
    .execute();
  await db.schema.alterTable('signup_tokens').addColumn('role', 'text').execute();
}
