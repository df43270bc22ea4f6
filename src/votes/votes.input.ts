import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { textField } from '../web/input.ts';

/** The browser's vote cookie: random, set on its first vote. Only a keyed hash of it is stored. */
export const voterCookie = 'rt_voter';

export function newVoterToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The cookie as this site sets it, or undefined (missing, or not one of ours). */
export function voterToken(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value) ? value : undefined;
}

/** A path on this site: '/…' in visible ASCII, never '//…' or a backslash (browsers read both as another host). */
function isLocalPath(s: string): boolean {
  return s.length <= 500 && /^\/(?!\/)[\x21-\x7E]*$/.test(s) && !s.includes('\\');
}

/** The Helpful form: `back` is where the reader was (such as the board with #answer-<id>), '' when missing or not a path on this site. */
export const helpfulForm = z.object({
  back: textField.transform((s) => (isLocalPath(s) ? s : '')),
});
