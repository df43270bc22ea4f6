import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { createApp } from '../../app.ts';
import type { FastifyInstance } from 'fastify';
import { answerForm, answerIdFrom, createBoard, createTestDb, dialects, formHeaders, type TestDb } from '../../../test/helpers.ts';
import { createProofOfWork, type ProofOfWork } from './proof-of-work.ts';
import { deleteExpiredProofOfWorkUses } from './abuse.queries.ts';
import { loadSecrets } from '../../web/secrets.ts';

/** What answer-form.js does in the browser: solve the challenge and send it back with the answer. */
async function solve(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution, 'the challenge can be solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

for (const dialect of dialects)
  describe(`the invisible browser check (real proof of work, ${dialect})`, () => {
    let t: TestDb;
    let pow: ProofOfWork;
    before(async () => {
      t = await createTestDb(dialect);
      pow = createProofOfWork(t.db, await loadSecrets(t.db, t.config.dataDir));
    });
    after(() => t.cleanup());

    test('a solved challenge passes once; the same solution again, a forged one or garbage do not', async () => {
      const challenge = await pow.challenge();
      const payload = await solve(challenge);
      assert.equal(await pow.verify(payload), true);
      assert.equal(await pow.verify(payload), false, 'one answer per solution');

      const other = await pow.challenge();
      const forged = Buffer.from(JSON.stringify({ challenge: other, solution: { counter: 1, derivedKey: '00' } })).toString('base64');
      assert.equal(await pow.verify(forged), false);
      const unsigned = { ...other, signature: undefined };
      assert.equal(
        await pow.verify(Buffer.from(JSON.stringify({ challenge: unsigned, solution: { counter: 1, derivedKey: '00' } })).toString('base64')),
        false,
      );
      for (const junk of [undefined, '', 'x', 'e30=', 42, ['a'], 'A'.repeat(10_000)]) assert.equal(await pow.verify(junk), false, String(junk).slice(0, 20));
    });

    test('two answers sent at once with one solution: only one passes', async () => {
      const payload = await solve(await pow.challenge());
      const results = await Promise.all([pow.verify(payload), pow.verify(payload), pow.verify(payload)]);
      assert.deepEqual(results.sort(), [false, false, true]);
    });

    test('a challenge from another installation (another secret) does not pass', async () => {
      const other = await createTestDb(dialect);
      try {
        const payload = await solve(await createProofOfWork(other.db, await loadSecrets(other.db, other.config.dataDir)).challenge());
        assert.equal(await pow.verify(payload), false);
      } finally {
        await other.cleanup();
      }
    });

    test('a used solution is remembered in the database until its challenge expires, then forgotten', async () => {
      const payload = await solve(await pow.challenge());
      assert.equal(await pow.verify(payload), true);
      const row = await t.db.selectFrom('proofOfWorkUses').selectAll().orderBy('expiresAt', 'desc').executeTakeFirstOrThrow();
      const hoursLeft = (Date.parse(row.expiresAt) - Date.now()) / 3_600_000;
      assert.ok(hoursLeft > 1.9 && hoursLeft <= 2, `kept for the challenge's two hours, not ${hoursLeft}`);
      assert.equal((await deleteExpiredProofOfWorkUses(t.db, new Date(Date.now() + 3 * 3_600_000).toISOString())) >= 1, true);
      assert.equal(await t.db.selectFrom('proofOfWorkUses').select('nonce').where('nonce', '=', row.nonce).executeTakeFirst(), undefined);
    });
  });

describe('the browser check through the real app', () => {
  let t: TestDb;
  let app: FastifyInstance;
  before(async () => {
    t = await createTestDb('sqlite');
    app = await createApp(t.config, t.db);
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('with the check solved a post-moderated answer is published; reusing it, the next answer is held', async () => {
    const board = await createBoard(t.db, { moderation: 'post' });
    const res = await app.inject({ url: `/b/${board.slug}/check` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const check = await solve(res.json());
    const first = await app.inject({
      method: 'POST',
      url: `/b/${board.slug}/answers`,
      headers: formHeaders,
      payload: answerForm({ body: 'First answer, checked.', check }),
    });
    const second = await app.inject({
      method: 'POST',
      url: `/b/${board.slug}/answers`,
      headers: formHeaders,
      payload: answerForm({ body: 'Second answer, same check.', check }),
    });
    const status = (location: unknown) =>
      t.db.selectFrom('answers').select(['status', 'heldFor']).where('id', '=', answerIdFrom(location)).executeTakeFirstOrThrow();
    assert.deepEqual(await status(first.headers.location), { status: 'published', heldFor: null });
    assert.deepEqual(await status(second.headers.location), { status: 'pending', heldFor: 'unchecked' });
  });

  test('a board that does not exist has no check', async () => {
    assert.equal((await app.inject({ url: '/b/no-such-board/check' })).statusCode, 404);
  });
});
