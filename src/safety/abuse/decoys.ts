// A bot caught by the honeypot, or sending the same text over and over, is answered exactly as a
// person would be, so it cannot tell that nothing was stored. The decoy id is signed, so its
// "received" page exists without any row, and a made-up id still gets a 404.
import { newId } from '../../db/ids.ts';
import type { Secrets } from '../../web/secrets.ts';

/** The form field people never see or fill in. */
export const honeypotField = 'website';

function signature(secrets: Secrets, timePart: string): string {
  return Buffer.from(secrets.keyedHash(`decoy:${timePart}`), 'base64url')
    .toString('hex')
    .slice(0, 10);
}

export function newDecoyId(secrets: Secrets): string {
  const timePart = newId().slice(0, 9);
  return timePart + signature(secrets, timePart);
}

export function isDecoyId(secrets: Secrets, id: string): boolean {
  return /^[0-9a-z]{9}[0-9a-f]{10}$/.test(id) && id.slice(9) === signature(secrets, id.slice(0, 9));
}
