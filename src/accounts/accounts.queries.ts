import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { FacilitatorTable, SignupTokenTable } from '../db/tables.ts';

export function findFacilitatorByEmail(db: Db, email: string) {
  return db.selectFrom('facilitators').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function countFacilitators(db: Db): Promise<number> {
  const row = await db
    .selectFrom('facilitators')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertFacilitator(db: Db, row: Insertable<FacilitatorTable>): Promise<void> {
  await db.insertInto('facilitators').values(row).execute();
}

export async function updatePasswordHash(db: Db, facilitatorId: string, passwordHash: string, at: string): Promise<void> {
  await db.updateTable('facilitators').set({ passwordHash, passwordChangedAt: at }).where('id', '=', facilitatorId).execute();
}

export async function insertSession(db: Db, tokenHash: string, facilitatorId: string, at: string): Promise<void> {
  await db.insertInto('sessions').values({ tokenHash, facilitatorId, createdAt: at, lastSeenAt: at }).execute();
}

export function findSessionWithFacilitator(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('facilitators', 'facilitators.id', 'sessions.facilitatorId')
    .select([
      'sessions.tokenHash',
      'sessions.createdAt',
      'sessions.lastSeenAt',
      'facilitators.id',
      'facilitators.email',
      'facilitators.name',
      'facilitators.passwordHash',
    ])
    .where('sessions.tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, tokenHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: at }).where('tokenHash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Db, facilitatorId: string, exceptTokenHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('facilitatorId', '=', facilitatorId);
  if (exceptTokenHash) query = query.where('tokenHash', '!=', exceptTokenHash);
  await query.execute();
}

export async function insertSignupToken(db: Db, row: Insertable<SignupTokenTable>): Promise<void> {
  await db.insertInto('signupTokens').values(row).execute();
}

/** Adds a member, or raises a moderator to owner; never lowers a role. */
export async function joinBoard(db: Db, boardId: string, facilitatorId: string, role: 'owner' | 'moderator', at: string): Promise<void> {
  await db
    .insertInto('boardMembers')
    .values({ boardId, facilitatorId, role, createdAt: at })
    .onConflict((oc) =>
      oc.columns(['boardId', 'facilitatorId']).doUpdateSet(role === 'owner' ? { role: 'owner' } : { role: (eb) => eb.ref('boardMembers.role') }),
    )
    .execute();
}

/** Makes a facilitator the owner of every board that has no member yet (boards loaded by import or the demo). */
export async function adoptUnownedBoards(db: Db, facilitatorId: string, at: string): Promise<void> {
  const boards = await db
    .selectFrom('boards')
    .select('id')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('boardMembers').select('boardId').whereRef('boardMembers.boardId', '=', 'boards.id'))))
    .execute();
  if (boards.length > 0) {
    await db
      .insertInto('boardMembers')
      .values(boards.map((b) => ({ boardId: b.id, facilitatorId, role: 'owner' as const, createdAt: at })))
      .execute();
  }
}

/** A board's first member: whoever creates it. */
export async function insertMember(db: Db, boardId: string, facilitatorId: string, role: 'owner' | 'moderator', at: string): Promise<void> {
  await db.insertInto('boardMembers').values({ boardId, facilitatorId, role, createdAt: at }).execute();
}

export async function deleteMember(db: Db, boardId: string, facilitatorId: string): Promise<void> {
  await db.deleteFrom('boardMembers').where('boardId', '=', boardId).where('facilitatorId', '=', facilitatorId).execute();
}

export function findUsableSignupToken(db: Db, tokenHash: string, at: string) {
  return db
    .selectFrom('signupTokens')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', at)
    .executeTakeFirst();
}

/** Uses a token up; false when another request used it first. */
export async function markSignupTokenUsed(db: Db, tokenHash: string, at: string): Promise<boolean> {
  const result = await db.updateTable('signupTokens').set({ usedAt: at }).where('tokenHash', '=', tokenHash).where('usedAt', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findSignInFailures(db: Db, keyHash: string) {
  return db.selectFrom('signInFailures').selectAll().where('keyHash', '=', keyHash).executeTakeFirst();
}

export async function saveSignInFailures(db: Db, keyHash: string, windowStart: string, failures: number): Promise<void> {
  await db
    .insertInto('signInFailures')
    .values({ keyHash, windowStart, failures })
    .onConflict((oc) => oc.column('keyHash').doUpdateSet({ windowStart, failures }))
    .execute();
}

export async function clearSignInFailures(db: Db, keyHash: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('keyHash', '=', keyHash).execute();
}

/** Retention (TRUST PR-6): deletes sign-in failure counts whose window started before `before` (a window lasts minutes). */
export async function deleteSignInFailuresBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('signInFailures').where('windowStart', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
