import type { Kysely } from 'kysely';

// What used to live in each process or on its disk, so that several instances on one database agree.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The generated secrets (the key behind every keyed hash and signature): made by whichever instance starts first,
  // or imported from an older install's DATA_DIR/secret.key. Never committed, never logged.
  await db.schema
    .createTable('secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // A solved proof of work is good for one answer: its nonce, kept until the challenge expires.
  await db.schema
    .createTable('proof_of_work_uses')
    .addColumn('nonce', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proof_of_work_uses_expires').on('proof_of_work_uses').column('expires_at').execute();

  // Token buckets of the rate limits, one row per limit and client (a keyed hash, never an address or a cookie).
  // Times in milliseconds since 1970 and tokens as doubles, so one UPSERT computes the refill in SQL on both dialects.
  await db.schema
    .createTable('rate_limit_buckets')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('tokens', 'double precision', (c) => c.notNull())
    .addColumn('taken', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_buckets_pk', ['bucket', 'key'])
    .execute();

  // "Answers are waiting" notices gathered per board; whichever instance deletes the due row sends the batch.
  await db.schema
    .createTable('pending_notices')
    .addColumn('board_id', 'text', (c) => c.primaryKey().references('boards.id').onDelete('cascade'))
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .execute();
}
