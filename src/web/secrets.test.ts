import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { createDatabase } from '../db/database.ts';
import { answerForm, createBoard, createTestApp, createTestDb, dialects, formHeaders } from '../../test/helpers.ts';
import { loadSecrets, secretKeyPath } from './secrets.ts';

const hmac = (key: Buffer, value: string) => createHmac('sha256', key).update(value).digest('base64url');

for (const dialect of dialects) {
  describe(`the generated secrets (${dialect})`, () => {
    test('made once at the first start and kept in the database, never written to DATA_DIR', async () => {
      const t = await createTestDb(dialect);
      try {
        const first = await loadSecrets(t.db, t.config.dataDir);
        const again = await loadSecrets(t.db, t.config.dataDir);
        assert.equal(first.origin, 'generated');
        assert.equal(again.origin, 'database');
        assert.equal(again.keyedHash('helpful:abc'), first.keyedHash('helpful:abc'));
        assert.equal(fs.existsSync(secretKeyPath(t.config.dataDir)), false, 'no key file');
        const stored = await t.db.selectFrom('secrets').select(['name', 'value']).execute();
        assert.equal(stored.length, 1);
        assert.equal(Buffer.from(stored[0]!.value, 'base64').length, 32, 'a 256-bit key');
        assert.equal(first.keyedHash('x'), hmac(Buffer.from(stored[0]!.value, 'base64'), 'x'));
      } finally {
        await t.cleanup();
      }
    });

    test('an older install’s DATA_DIR/secret.key is imported, so its hashes and signatures stay valid', async () => {
      const t = await createTestDb(dialect);
      try {
        const oldKey = randomBytes(32);
        fs.writeFileSync(secretKeyPath(t.config.dataDir), `${oldKey.toString('base64')}\n`, { mode: 0o600 });
        const secrets = await loadSecrets(t.db, t.config.dataDir);
        assert.equal(secrets.origin, 'imported');
        assert.equal(secrets.keyedHash('sign-in-client:10.0.0.1'), hmac(oldKey, 'sign-in-client:10.0.0.1'));
        // Once imported, the database holds it: the file is not read again (an instance without it agrees).
        fs.rmSync(secretKeyPath(t.config.dataDir));
        const later = await loadSecrets(t.db, t.config.dataDir);
        assert.equal(later.origin, 'database');
        assert.equal(later.keyedHash('decoy:1'), hmac(oldKey, 'decoy:1'));
      } finally {
        await t.cleanup();
      }
    });

    test('a key file too short to be a key stops the start with a clear message', async () => {
      const t = await createTestDb(dialect);
      try {
        fs.writeFileSync(secretKeyPath(t.config.dataDir), 'c2hvcnQ=\n');
        await assert.rejects(loadSecrets(t.db, t.config.dataDir), /secret\.key does not hold a 32-byte key/);
        assert.equal(await t.db.selectFrom('secrets').select('name').executeTakeFirst(), undefined, 'nothing stored');
      } finally {
        await t.cleanup();
      }
    });

    test('the key appears in no log line, even at debug level', async () => {
      const t = await createTestApp(dialect);
      try {
        const board = await createBoard(t.db);
        await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm() });
        const { value } = await t.db.selectFrom('secrets').select('value').executeTakeFirstOrThrow();
        const forms = [value, Buffer.from(value, 'base64').toString('hex'), Buffer.from(value, 'base64').toString('base64url')];
        assert.ok(t.logs.length > 0);
        assert.ok(!t.logs.some((line) => forms.some((form) => line.includes(form))));
      } finally {
        await t.close();
      }
    });

    test('instances starting together on a fresh database all end up with the one key stored', async () => {
      const t = await createTestDb(dialect);
      // On PostgreSQL each instance has its own pool; SQLite instances in one process share the connection.
      const others = dialect === 'postgres' ? [createDatabase(t.config), createDatabase(t.config), createDatabase(t.config)] : [];
      try {
        const dbs = dialect === 'postgres' ? others : [t.db, t.db, t.db];
        const loaded = await Promise.all(dbs.map((db) => loadSecrets(db, t.config.dataDir)));
        const hashes = new Set(loaded.map((s) => s.keyedHash('same?')));
        assert.equal(hashes.size, 1, 'one key for all');
        assert.equal(loaded.filter((s) => s.origin === 'generated').length, 1, 'one of them made it');
        assert.equal((await t.db.selectFrom('secrets').select('name').execute()).length, 1);
      } finally {
        await Promise.all(others.map((db) => db.destroy()));
        await t.cleanup();
      }
    });
  });
}
