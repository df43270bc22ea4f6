// An invisible check that a browser did a little work before sending an answer (ALTCHA's
// proof of work, solved by answer-form.js in the background). No puzzle for a person, no third party.
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Db } from '../../db/database.ts';
import { groupedWrite } from '../../db/database.ts';
import type { Secrets } from '../../web/secrets.ts';
import { deleteExpiredProofOfWorkUses, insertProofOfWorkUse } from './abuse.queries.ts';

const algorithm = 'SHA-256';
/** A person may take a long time to write: a challenge stays valid for two hours. */
const lifetimeSeconds = 2 * 60 * 60;

export interface ProofOfWork {
  challenge(): Promise<Challenge>;
  /** Whether the form's `check` field holds a fresh, solved challenge never used before. */
  verify(payload: unknown): Promise<boolean>;
}

function decode(payload: unknown): { challenge: Challenge; solution: Solution } | undefined {
  if (typeof payload !== 'string' || payload.length > 4000) return undefined;
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { challenge?: Challenge; solution?: Solution };
    if (typeof value?.challenge?.parameters !== 'object' || typeof value.solution !== 'object' || value.solution === null) return undefined;
    return { challenge: value.challenge, solution: value.solution };
  } catch {
    return undefined;
  }
}

/** Challenges signed with the installation's secret; a solution used once is refused after, on every instance. */
export function createProofOfWork(db: Db, secrets: Secrets): ProofOfWork {
  const signatureSecret = secrets.keyedHash('altcha-signature');
  const keySecret = secrets.keyedHash('altcha-key');
  let lastSweep = Date.now();
  return {
    challenge: () =>
      createChallenge({
        algorithm,
        cost: 1,
        // The browser tries counters from 0 until it finds this one: a fraction of a second for a person, a cost for a flood.
        counter: randomInt(15_000, 5_000),
        deriveKey,
        expiresAt: Math.floor(Date.now() / 1000) + lifetimeSeconds,
        hmacSignatureSecret: signatureSecret,
        hmacKeySignatureSecret: keySecret,
      }),
    async verify(payload) {
      const decoded = decode(payload);
      if (!decoded || decoded.challenge.parameters.algorithm !== algorithm) return false;
      const nonce = String(decoded.challenge.parameters.nonce);
      const expiresAt = Number(decoded.challenge.parameters.expiresAt);
      try {
        const result = await verifySolution({ ...decoded, deriveKey, hmacSignatureSecret: signatureSecret, hmacKeySignatureSecret: keySecret });
        if (!result.verified) return false;
      } catch {
        return false;
      }
      // A solved challenge is good for one answer, kept until it expires; two requests with one solution at once, on one
      // instance or two: the primary key lets only the first in.
      const now = Date.now();
      const until = new Date(Number.isFinite(expiresAt) ? expiresAt * 1000 : now + lifetimeSeconds * 1000).toISOString();
      const first = await groupedWrite(db, (conn) => insertProofOfWorkUse(conn, nonce, until));
      if (now - lastSweep > 60_000) {
        lastSweep = now;
        await groupedWrite(db, (conn) => deleteExpiredProofOfWorkUses(conn, new Date(now).toISOString())).catch(() => {});
      }
      return first;
    },
  };
}
