import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDb, type TestDb } from '../../test/helpers.ts';
import { commitQueue } from './group-commit.ts';

describe('group commit (SQLite)', () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb('sqlite');
  });
  after(() => t.cleanup());

  test('work arriving together, each after its own reads, shares a few commits; a failing piece is rolled back alone', async () => {
    let transactions = 0;
    const begin = t.db.transaction.bind(t.db);
    t.db.transaction = () => {
      transactions++;
      return begin();
    };
    try {
      const now = new Date().toISOString();
      // As a request does: a few reads on the one connection, one after another, then the write through the queue.
      const pieces = Array.from({ length: 40 }, async (_, i) => {
        for (let r = 0; r < 3; r++) await t.db.selectFrom('boards').select('id').execute();
        await commitQueue(t.db).run(async (trx) => {
          if (i === 7) throw new Error('this piece fails');
          await trx
            .insertInto('liveEvents')
            .values({ boardId: `group-${i}`, kind: 'queue', answerId: null, createdAt: now })
            .execute();
        });
      });
      const results = await Promise.allSettled(pieces);
      assert.equal(results.filter((r) => r.status === 'rejected').length, 1, 'only the failing piece fails');
      const stored = await t.db.selectFrom('liveEvents').select('boardId').where('boardId', 'like', 'group-%').execute();
      assert.equal(stored.length, 39, 'every other piece is committed');
      // One: the queue waits a turn of the event loop, so the pieces still reading join the first commit.
      assert.equal(transactions, 1, `40 pieces in ${transactions} commits`);
    } finally {
      t.db.transaction = begin;
    }
  });
});
