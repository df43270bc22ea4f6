import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { catalogues } from '../i18n/catalogue.ts';

// argon2id, m=19 MiB, t=2, p=1: OWASP's minimum recommendation.
const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const passwordLimits = { min: 8, max: 1000 } as const;

// Loaded at the first new password, not at start: the word lists hold about 11 MB that every instance would
// otherwise keep for a check made when an account is created or a password changed.
let commonPasswords: Set<string> | undefined;

/** argon2, loaded with the first sign-in or new password: a public instance that nobody signs in to never holds it. */
const argon2 = () => createRequire(import.meta.url)('@node-rs/argon2') as typeof import('@node-rs/argon2');
function isCommon(password: string): boolean {
  if (!commonPasswords) {
    const { dictionary } = createRequire(import.meta.url)('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    commonPasswords = new Set(dictionary['passwords-common'] as string[]);
  }
  return commonPasswords.has(password.toLowerCase());
}

/** Why a new password cannot be used, or undefined. No composition rules (NIST SP 800-63B). */
export function passwordProblem(password: string): string | undefined {
  // In English: only the facilitator area sets passwords, and it is not translated yet (docs/TRANSLATION.md).
  const words = catalogues.en.accounts.errors;
  const length = [...password].length;
  if (length === 0) return words.passwordEmpty;
  if (length < passwordLimits.min) return words.passwordTooShort(passwordLimits.min);
  if (length > passwordLimits.max) return words.passwordTooLong(passwordLimits.max);
  if (isCommon(password)) return words.passwordCommon;
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return argon2().hash(password, argon2Options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return argon2()
    .verify(passwordHash, password)
    .catch(() => false);
}

/** A hash to verify against when the email is unknown, so both answers take the same time. */
export const decoyPasswordHash = hashPassword(randomBytes(16).toString('hex'));
