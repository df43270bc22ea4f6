import { randomBytes } from 'node:crypto';
import type { Db } from '../src/db/database.ts';
import type { BoardRole } from '../src/db/tables.ts';
import { nowIso } from '../src/db/ids.ts';
import { completeSignup, createSignupLink } from '../src/accounts/accounts.actions.ts';

export const testPassword = 'correct horse battery staple';

/** A facilitator account with a signed-in session; returns the Cookie header value. */
export async function createFacilitator(db: Db, baseUrl: string, email = `f-${randomBytes(4).toString('hex')}@example.org`) {
  const link = await createSignupLink(db, baseUrl, email);
  const result = await completeSignup(db, new URL(link).pathname.split('/').pop()!, { email, name: `Facilitator ${email.split('@')[0]}`, password: testPassword });
  if (result.kind !== 'ok') throw new Error(`could not create ${email}: ${result.kind}`);
  const facilitator = await db.selectFrom('facilitators').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return { id: facilitator.id, email, cookie: `rt_session=${result.sessionToken}` };
}

export async function addMember(db: Db, boardId: string, facilitatorId: string, role: BoardRole): Promise<void> {
  await db
    .insertInto('boardMembers')
    .values({ boardId, facilitatorId, role, createdAt: nowIso() })
    .onConflict((oc) => oc.columns(['boardId', 'facilitatorId']).doUpdateSet({ role }))
    .execute();
}
