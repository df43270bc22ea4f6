import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/ids.ts';
import { findSecret, insertSecretIfAbsent } from './secrets.queries.ts';

export interface Secrets {
  /** A keyed hash for abuse control (client addresses are never stored as they are). */
  keyedHash(value: string): string;
  /** Where the key came from at this start: already in the database, imported from DATA_DIR/secret.key, or made now. */
  origin: 'database' | 'imported' | 'generated';
}

const keyName = 'key';

/** An older install's key file: read once, on the first start with a database that has no key yet. */
export function secretKeyPath(dataDir: string): string {
  return path.join(dataDir, 'secret.key');
}

function readKeyFile(file: string): Buffer | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length < 32) throw new Error(`${file} does not hold a 32-byte key; move it away to have a new key generated`);
  return key;
}

/**
 * The installation's secret key, shared by every instance through the database. The first instance to start stores
 * it (an older install's DATA_DIR/secret.key, so existing hashes and signatures stay valid, or 32 fresh random bytes);
 * the others read that one, however many start at once. Never written to disk or to a log.
 */
export async function loadSecrets(db: Db, dataDir: string): Promise<Secrets> {
  let origin: Secrets['origin'] = 'database';
  let stored = await findSecret(db, keyName);
  if (stored === undefined) {
    const imported = readKeyFile(secretKeyPath(dataDir));
    const candidate = (imported ?? randomBytes(32)).toString('base64');
    stored = await insertSecretIfAbsent(db, keyName, candidate, nowIso());
    if (stored === candidate) origin = imported ? 'imported' : 'generated';
  }
  const key = Buffer.from(stored, 'base64');
  if (key.length < 32) throw new Error('the secret key in the database is shorter than 32 bytes');
  return { keyedHash: (value) => createHmac('sha256', key).update(value).digest('base64url'), origin };
}
