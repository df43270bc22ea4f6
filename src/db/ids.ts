import { randomBytes } from 'node:crypto';

/** A row id that sorts by creation time: 9 base-36 time digits then 10 random hex digits. */
export function newId(): string {
  return Date.now().toString(36).padStart(9, '0') + randomBytes(5).toString('hex');
}

export function nowIso(): string {
  return new Date().toISOString();
}
