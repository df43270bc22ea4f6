// An invisible check that a browser did a little work before sending an answer (ALTCHA's
// proof of work, solved by answer-form.js in the background). No puzzle for a person, no third party.
import { CappedMap, createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Secrets } from '../../web/secrets.ts';

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

export function createProofOfWork(secrets: Secrets): ProofOfWork {
  const signatureSecret = secrets.keyedHash('altcha-signature');
  const keySecret = secrets.keyedHash('altcha-key');
  // A solved challenge is good for one answer. Remembered per instance, for as long as it is valid.
  const used = new CappedMap<string, number>({ maxSize: 100_000 });
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
      if (used.has(nonce)) return false;
      try {
        const result = await verifySolution({ ...decoded, deriveKey, hmacSignatureSecret: signatureSecret, hmacKeySignatureSecret: keySecret });
        if (!result.verified) return false;
      } catch {
        return false;
      }
      // Two requests with one solution at once: only the first counts.
      return used.setIfAbsent(nonce, Date.now());
    },
  };
}
