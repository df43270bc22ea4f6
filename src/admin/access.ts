import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import type { Board, BoardRole } from '../db/tables.ts';
import type { SignedIn } from '../accounts/accounts.actions.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { requireFacilitator } from '../accounts/session.ts';
import { findMembership } from './admin.queries.ts';
import { catalogues } from '../i18n/catalogue.ts';

export interface BoardAccess {
  me: SignedIn;
  board: Board;
  role: BoardRole;
}

/**
 * The signed-in facilitator's access to a board, or undefined after answering for them:
 * sign-in redirect, 404 for a board they do not belong to (its existence is not revealed), 403 for too small a role.
 */
export async function requireBoardRole(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Db,
  slug: string,
  roles: BoardRole[] = ['owner', 'moderator'],
): Promise<BoardAccess | undefined> {
  const me = await requireFacilitator(request, reply, db);
  if (!me) return undefined;
  const board = await findBoardBySlug(db, slug);
  const membership = board && (await findMembership(db, board.id, me.facilitatorId));
  if (!board || !membership) {
    reply.callNotFound();
    return undefined;
  }
  if (!roles.includes(membership.role)) {
    // In English, as the rest of the facilitator area for now (docs/TRANSLATION.md).
    reply.code(403).type('text/plain; charset=utf-8').send(catalogues.en.admin.access.ownersOnly);
    return undefined;
  }
  return { me, board, role: membership.role };
}
