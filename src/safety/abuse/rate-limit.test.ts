import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDb, dialects, type TestDb } from '../../../test/helpers.ts';
import { loadSecrets, type Secrets } from '../../web/secrets.ts';
import { RateLimiter } from './rate-limit.ts';

for (const dialect of dialects) {
  describe(`rate limits in the database (${dialect})`, () => {
    let t: TestDb;
    let secrets: Secrets;
    let clock = Date.parse('2026-12-07T09:00:00Z');
    const now = () => clock;
    before(async () => {
      t = await createTestDb(dialect);
      secrets = await loadSecrets(t.db, t.config.dataDir);
    });
    after(() => t.cleanup());

    test('a burst is allowed, the next is refused with a wait, and tokens come back with time, never past the burst', async () => {
      const limiter = new RateLimiter(t.db, secrets, 'burst', 3, 0.5, now);
      assert.equal(await limiter.retryAfter('10.0.0.1'), 0, 'a client never counted waits for nothing');
      for (let i = 0; i < 3; i++) assert.equal(await limiter.take('10.0.0.1'), true, `take ${i + 1}`);
      assert.equal(await limiter.take('10.0.0.1'), false);
      assert.equal(await limiter.retryAfter('10.0.0.1'), 2, 'one token every two seconds');
      assert.equal(await limiter.take('10.0.0.2'), true, 'another client has its own bucket');

      clock += 1000;
      assert.equal(await limiter.take('10.0.0.1'), false, 'half a token is not a token');
      assert.equal(await limiter.retryAfter('10.0.0.1'), 1);
      clock += 1000;
      assert.equal(await limiter.take('10.0.0.1'), true, 'a whole token after two seconds');
      assert.equal(await limiter.take('10.0.0.1'), false);

      clock += 3_600_000;
      for (let i = 0; i < 3; i++) assert.equal(await limiter.take('10.0.0.1'), true, `after an hour, take ${i + 1}`);
      assert.equal(await limiter.take('10.0.0.1'), false, 'an hour refills the burst, no more');
    });

    test('an instance whose clock is behind neither refills nor empties a bucket', async () => {
      const ahead = new RateLimiter(t.db, secrets, 'skew', 2, 1, () => clock + 5000);
      const behind = new RateLimiter(t.db, secrets, 'skew', 2, 1, now);
      assert.equal(await ahead.take('c'), true);
      assert.equal(await ahead.take('c'), true);
      assert.equal(await behind.take('c'), false, 'no token from a time before the last take');
      clock += 6000;
      assert.equal(await behind.take('c'), true, 'a second after the last take, one token');
    });

    test('limits with different names count separately; clients are stored as keyed hashes, never as sent', async () => {
      const answers = new RateLimiter(t.db, secrets, 'named-a', 1, 1, now);
      const votes = new RateLimiter(t.db, secrets, 'named-b', 1, 1, now);
      assert.equal(await answers.take('192.0.2.44'), true);
      assert.equal(await votes.take('192.0.2.44'), true);
      assert.equal(await answers.take('192.0.2.44'), false);
      const rows = await t.db.selectFrom('rateLimitBuckets').select(['bucket', 'key']).where('bucket', 'in', ['named-a', 'named-b']).execute();
      assert.equal(rows.length, 2);
      for (const row of rows) {
        assert.ok(!row.key.includes('192.0.2'), 'no address stored');
        assert.match(row.key, /^[A-Za-z0-9_-]{43}$/);
      }
    });

    test('takes at the same moment never spend a token twice: 90 of 120 at once get through', async () => {
      const limiter = new RateLimiter(t.db, secrets, 'crowd', 90, 1, now);
      const results = await Promise.all(Array.from({ length: 120 }, () => limiter.take('one hospital')));
      assert.equal(results.filter(Boolean).length, 90);
    });

    test('full buckets are deleted once a minute, so the table holds only recent clients', async () => {
      const limiter = new RateLimiter(t.db, secrets, 'sweep', 5, 1, now);
      for (let i = 0; i < 20; i++) await limiter.take(`client-${i}`);
      const count = async () => (await t.db.selectFrom('rateLimitBuckets').select('key').where('bucket', '=', 'sweep').execute()).length;
      assert.equal(await count(), 20);
      clock += 61_000;
      await limiter.take('client-new');
      assert.equal(await count(), 1, 'the twenty refilled buckets are gone; the new one stays');
    });
  });
}
