import type { Db } from '../db/database.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Board } from '../db/tables.ts';
import { insertAuditEntry } from '../moderation/moderation.queries.ts';
import { deleteMember } from '../accounts/accounts.queries.ts';
import { listMembers } from './team.queries.ts';

export type RemoveResult = 'removed' | 'not-member' | 'last-owner';

/** Removes someone from a board's team; a board always keeps at least one owner. */
export async function removeMember(db: Db, board: Board, actorId: string, facilitatorId: string): Promise<RemoveResult> {
  return db.transaction().execute(async (trx) => {
    const members = await listMembers(trx, board.id);
    const member = members.find((m) => m.id === facilitatorId);
    if (!member) return 'not-member';
    if (member.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1) return 'last-owner';
    await deleteMember(trx, board.id, facilitatorId);
    await insertAuditEntry(trx, { id: newId(), boardId: board.id, facilitatorId: actorId, action: 'remove-member', answerId: null, createdAt: nowIso() });
    return 'removed';
  });
}
