import { randomBytes } from 'node:crypto';
import type { Db } from '../src/db/database.ts';
import type { BoardRole } from '../src/db/tables.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { hashPassword } from '../src/accounts/passwords.ts';
import { insertFacilitator, insertSession } from '../src/accounts/accounts.queries.ts';
import { hashToken, newToken } from '../src/web/tokens.ts';

export const testPassword = 'correct horse battery staple';

/** A facilitator account that belongs to no board yet, signed in; cookie is the Cookie header value. */
export async function createFacilitator(db: Db, _baseUrl: string, email = `f-${randomBytes(4).toString('hex')}@example.org`) {
  const id = newId();
  const at = nowIso();
  await insertFacilitator(db, {
    id,
    email,
    name: `Facilitator ${email.split('@')[0]}`,
    passwordHash: await hashPassword(testPassword),
    createdAt: at,
    passwordChangedAt: at,
  });
  const token = newToken();
  await insertSession(db, hashToken(token), id, at);
  return { id, email, cookie: `rt_session=${token}` };
}

export async function addMember(db: Db, boardId: string, facilitatorId: string, role: BoardRole): Promise<void> {
  await db
    .insertInto('boardMembers')
    .values({ boardId, facilitatorId, role, createdAt: nowIso() })
    .onConflict((oc) => oc.columns(['boardId', 'facilitatorId']).doUpdateSet({ role }))
    .execute();
}
