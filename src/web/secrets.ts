import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Secrets {
  /** A keyed hash for abuse control (client addresses are never stored as they are). */
  keyedHash(value: string): string;
}

/** Reads DATA_DIR/secret.key, creating it with fresh random bytes on first run. Never committed. */
export function loadSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  let key: Buffer;
  try {
    key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  } catch {
    key = randomBytes(32);
    // 'wx' fails if another process created it first; then read theirs.
    try {
      fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    }
  }
  if (key.length < 32) throw new Error(`${file} does not hold a 32-byte key; delete it to generate a new one`);
  return { keyedHash: (value) => createHmac('sha256', key).update(value).digest('base64url') };
}
