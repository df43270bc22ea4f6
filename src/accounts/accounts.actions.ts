import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Secrets } from '../web/secrets.ts';
import type { BoardRole } from '../db/tables.ts';
import {
  adoptUnownedBoards,
  clearSignInFailures,
  countFacilitators,
  deleteSession,
  deleteSessionsOf,
  findFacilitatorByEmail,
  findSessionWithFacilitator,
  findSignInFailures,
  findUsableSignupToken,
  insertFacilitator,
  insertSession,
  insertSignupToken,
  joinBoard,
  markSignupTokenUsed,
  saveSignInFailures,
  touchSession,
  updatePasswordHash,
} from './accounts.queries.ts';
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { absoluteUrl, setupPath } from '../web/paths.ts';
import { hashToken, newToken } from '../web/tokens.ts';
import { catalogues } from '../i18n/catalogue.ts';

// Messages in English: the facilitator area is not translated yet (docs/TRANSLATION.md).
const words = catalogues.en.accounts.errors;

const minute = 60_000;
const hour = 60 * minute;
export const sessionPolicy = { idleMs: 12 * hour, absoluteMs: 14 * 24 * hour, touchEveryMs: minute } as const;
export const signupLinkLifetimeMs = 24 * hour;
// A person who mistypes five times waits; a stranger elsewhere cannot lock them out (the count is per email and client).
export const signInLimits = { windowMs: 15 * minute, perEmailAndClient: 5, perClient: 50 } as const;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function tokenTimes() {
  const at = new Date();
  return { createdAt: at.toISOString(), expiresAt: new Date(at.getTime() + signupLinkLifetimeMs).toISOString(), usedAt: null };
}

/** A one-time link to create a facilitator account, valid for a day. */
export async function createSignupLink(db: Db, baseUrl: string, email: string | null): Promise<string> {
  const token = newToken();
  await insertSignupToken(db, { tokenHash: hashToken(token), purpose: 'operator', email: email && normaliseEmail(email), ...tokenTimes() });
  return absoluteUrl(baseUrl, setupPath(token));
}

/** A one-time link, valid for a day, that joins a board with a role, creating an account if need be. */
export async function createInviteLink(db: Db, baseUrl: string, boardId: string, role: BoardRole): Promise<string> {
  const token = newToken();
  await insertSignupToken(db, { tokenHash: hashToken(token), purpose: 'invite', email: null, boardId, role, ...tokenTimes() });
  return absoluteUrl(baseUrl, setupPath(token));
}

/** A signed-in facilitator takes up an invitation. */
export async function acceptInvite(db: Db, token: string, facilitatorId: string): Promise<'joined' | 'invalid-token'> {
  const invite = await findSignupToken(db, token);
  if (invite?.purpose !== 'invite' || !invite.boardId || !invite.role) return 'invalid-token';
  const { boardId, role } = invite;
  return db.transaction().execute(async (trx) => {
    const at = nowIso();
    if (!(await markSignupTokenUsed(trx, hashToken(token), at))) return 'invalid-token';
    await joinBoard(trx, boardId, facilitatorId, role, at);
    return 'joined';
  });
}

/** On a start with no facilitator yet, the link that creates the first one. */
export async function firstRunSetupLink(db: Db, baseUrl: string): Promise<string | undefined> {
  return (await countFacilitators(db)) === 0 ? createSignupLink(db, baseUrl, null) : undefined;
}

export function findSignupToken(db: Db, token: string) {
  return findUsableSignupToken(db, hashToken(token), nowIso());
}

async function startSession(db: Db, facilitatorId: string, at: string): Promise<string> {
  const token = newToken();
  await insertSession(db, hashToken(token), facilitatorId, at);
  return token;
}

export interface SignupInput {
  email: string;
  name: string;
  password: string;
}

export type SignupResult =
  | { kind: 'ok'; sessionToken: string }
  | { kind: 'invalid-token' }
  | { kind: 'invalid'; errors: Partial<Record<keyof SignupInput, string>> };

export async function completeSignup(db: Db, token: string, input: SignupInput): Promise<SignupResult> {
  const signup = await findSignupToken(db, token);
  if (!signup) return { kind: 'invalid-token' };
  const email = signup.email ?? normaliseEmail(input.email);
  const errors: Partial<Record<keyof SignupInput, string>> = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(email) || email.length > 254) errors.email = words.emailFormat;
  if (!input.name.trim()) errors.name = words.nameEmpty;
  else if (input.name.trim().length > 80) errors.name = words.nameTooLong;
  const problem = passwordProblem(input.password);
  if (problem) errors.password = problem;
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };

  const passwordHash = await hashPassword(input.password);
  const at = nowIso();
  const facilitatorId = newId();
  try {
    return await db.transaction().execute(async (trx) => {
      if (!(await markSignupTokenUsed(trx, hashToken(token), at))) return { kind: 'invalid-token' } as const;
      await insertFacilitator(trx, { id: facilitatorId, email, name: input.name.trim(), passwordHash, createdAt: at, passwordChangedAt: at });
      if (signup.purpose === 'invite' && signup.boardId && signup.role) await joinBoard(trx, signup.boardId, facilitatorId, signup.role, at);
      else await adoptUnownedBoards(trx, facilitatorId, at);
      return { kind: 'ok', sessionToken: await startSession(trx, facilitatorId, at) } as const;
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { kind: 'invalid', errors: { email: words.emailTaken } };
    throw err;
  }
}

export type SignInResult = { kind: 'ok'; sessionToken: string } | { kind: 'invalid' } | { kind: 'rate-limited' };

async function failuresIn(db: Db, keyHash: string, now: number): Promise<number> {
  const row = await findSignInFailures(db, keyHash);
  return row && now - Date.parse(row.windowStart) < signInLimits.windowMs ? row.failures : 0;
}

async function recordFailure(db: Db, keyHash: string, now: number): Promise<void> {
  const row = await findSignInFailures(db, keyHash);
  const fresh = !row || now - Date.parse(row.windowStart) >= signInLimits.windowMs;
  await saveSignInFailures(db, keyHash, fresh ? new Date(now).toISOString() : row.windowStart, fresh ? 1 : row.failures + 1);
}

/** The same answer, in about the same time, for an unknown email and a wrong password. */
export async function signIn(db: Db, secrets: Secrets, emailInput: string, password: string, client: string): Promise<SignInResult> {
  const email = normaliseEmail(emailInput);
  const pairKey = secrets.keyedHash(`sign-in:${email}:${client}`);
  const clientKey = secrets.keyedHash(`sign-in-client:${client}`);
  const now = Date.now();
  if ((await failuresIn(db, pairKey, now)) >= signInLimits.perEmailAndClient || (await failuresIn(db, clientKey, now)) >= signInLimits.perClient) {
    return { kind: 'rate-limited' };
  }
  const facilitator = await findFacilitatorByEmail(db, email);
  // An unknown email costs the same hashing as a wrong password, so timing does not reveal which accounts exist.
  const ok = await verifyPassword(facilitator?.passwordHash ?? (await decoyPasswordHash), password);
  if (!facilitator || !ok) {
    await recordFailure(db, pairKey, now);
    await recordFailure(db, clientKey, now);
    return { kind: 'invalid' };
  }
  await clearSignInFailures(db, pairKey);
  return { kind: 'ok', sessionToken: await startSession(db, facilitator.id, nowIso()) };
}

export interface SignedIn {
  facilitatorId: string;
  email: string;
  name: string;
  tokenHash: string;
}

/** The facilitator behind a session cookie, if the session is still within its idle and absolute limits. */
export async function resolveSession(db: Db, token: string): Promise<SignedIn | undefined> {
  const tokenHash = hashToken(token);
  const row = await findSessionWithFacilitator(db, tokenHash);
  if (!row) return undefined;
  const now = Date.now();
  if (now - Date.parse(row.lastSeenAt) > sessionPolicy.idleMs || now - Date.parse(row.createdAt) > sessionPolicy.absoluteMs) {
    await deleteSession(db, tokenHash);
    return undefined;
  }
  if (now - Date.parse(row.lastSeenAt) > sessionPolicy.touchEveryMs) await touchSession(db, tokenHash, new Date(now).toISOString());
  return { facilitatorId: row.id, email: row.email, name: row.name, tokenHash };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

export async function signOutEverywhere(db: Db, facilitatorId: string): Promise<void> {
  await deleteSessionsOf(db, facilitatorId);
}

export type ChangePasswordResult = { kind: 'ok' } | { kind: 'invalid'; errors: { currentPassword?: string; newPassword?: string } };

/** Changes the password and signs out every other session. */
export async function changePassword(db: Db, signedIn: SignedIn, currentPassword: string, newPassword: string): Promise<ChangePasswordResult> {
  const facilitator = await findFacilitatorByEmail(db, signedIn.email);
  const errors: { currentPassword?: string; newPassword?: string } = {};
  if (!facilitator || !(await verifyPassword(facilitator.passwordHash, currentPassword))) errors.currentPassword = words.currentPasswordWrong;
  const problem = passwordProblem(newPassword);
  if (problem) errors.newPassword = problem;
  if (Object.keys(errors).length > 0 || !facilitator) return { kind: 'invalid', errors };
  await updatePasswordHash(db, facilitator.id, await hashPassword(newPassword), nowIso());
  await deleteSessionsOf(db, facilitator.id, signedIn.tokenHash);
  return { kind: 'ok' };
}
