import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDb, dialects } from '../../test/helpers.ts';
import { createDatabase, migrate } from './database.ts';
import { migrations } from './migrations.ts';

const names = Object.keys(migrations);

for (const dialect of dialects) {
  describe(`migrations (${dialect})`, () => {
    test('two instances migrating an empty database at once both succeed, and each migration runs once', async () => {
      const t = await createTestDb(dialect, {}, { migrate: false });
      // Each instance opens the database itself, as two processes would.
      const a = createDatabase(t.config);
      const b = createDatabase(t.config);
      try {
        const [ranA, ranB] = await Promise.all([migrate(a), migrate(b)]);
        const applied = [ranA, ranB].sort((x, y) => y.length - x.length);
        assert.deepEqual(applied[0], names, 'one applied them all, in order');
        assert.deepEqual(applied[1], [], 'the other waited, then found nothing to do');
        const recorded = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.db);
        assert.deepEqual(
          recorded.rows.map((r) => r.name),
          names,
        );
        // The schema is whole: the last migration's tables are there, and a later start applies nothing.
        assert.equal((await a.selectFrom('pendingNotices').select('boardId').execute()).length, 0);
        assert.deepEqual(await migrate(b), []);
      } finally {
        await a.destroy();
        await b.destroy();
        await t.cleanup();
      }
    });

    test('a migration that fails leaves the lock free for the next start', async () => {
      const t = await createTestDb(dialect);
      try {
        // Someone else holding the tables a migration would create is simulated by a broken kysely_migration row.
        await sql`insert into kysely_migration (name, timestamp) values ('999_from_the_future', 'now')`.execute(t.db);
        await assert.rejects(migrate(t.db), /999_from_the_future/);
        await sql`delete from kysely_migration where name = '999_from_the_future'`.execute(t.db);
        assert.deepEqual(await migrate(t.db), []);
      } finally {
        await t.cleanup();
      }
    });
  });
}
