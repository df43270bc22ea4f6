import { randomBytes } from 'node:crypto';

let lastTime = 0;

/** A row id that sorts by creation order within a process: 9 base-36 time digits then 10 random hex digits. */
export function newId(): string {
  // Strictly increasing, so rows made in the same millisecond keep the order they were made in.
  lastTime = Math.max(Date.now(), lastTime + 1);
  return lastTime.toString(36).padStart(9, '0') + randomBytes(5).toString('hex');
}

export function nowIso(): string {
  return new Date().toISOString();
}
