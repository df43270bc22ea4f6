import { h } from 'preact';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { requireBoardRole, type BoardAccess } from '../admin/access.ts';
import { createInviteLink } from '../accounts/accounts.actions.ts';
import { adminBoardPath } from '../web/paths.ts';
import { removeMember } from './team.actions.ts';
import { listMembers } from './team.queries.ts';
import { TeamPage } from './team.views.tsx';
import { parseForm, readForm } from '../web/input.ts';
import { inviteForm, teamQuery } from './team.input.ts';

const removeMessages = { removed: 'They are no longer on this board’s team.', 'not-member': undefined, 'last-owner': undefined } as const;

export function teamRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  async function render(
    reply: FastifyReply,
    access: BoardAccess,
    extra: { inviteLink?: string; inviteRole?: string; notice?: string; error?: string; status?: number } = {},
  ) {
    const members = await listMembers(db, access.board.id);
    const page = h(TeamPage, {
      ctx: deps.pageContext(reply.request, reply.cspNonce),
      name: access.me.name,
      meId: access.me.facilitatorId,
      board: access.board,
      members,
      ...extra,
    });
    return reply
      .code(extra.status ?? 200)
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(renderPage(page));
  }

  app.get<{ Params: { slug: string }; Querystring: { done?: unknown } }>('/admin/b/:slug/team', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const { done } = readForm(teamQuery, request.query);
    return render(reply, access, { notice: done && removeMessages[done] });
  });

  // The link is shown in this response only: it is not stored, and the page is not cached.
  app.post<{ Params: { slug: string } }>('/admin/b/:slug/team/invite', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const parsed = parseForm(inviteForm, request.body);
    if (!parsed.ok) return render(reply, access, { error: parsed.errors.email, status: 422 });
    const { role, email } = parsed.input;
    const inviteLink = await createInviteLink(db, config.baseUrl, access.board.id, role);
    let notice: string | undefined;
    if (email && deps.mailer.enabled) {
      await deps.mailer.send({
        to: email,
        kind: 'invitation',
        subject: `You are invited to moderate “${access.board.title}”`,
        text: `${access.me.name} invites you to “${access.board.title}” on Roundtable as ${role === 'owner' ? 'an owner' : 'a moderator'}.\n\nThis link works once, for a day:\n${inviteLink}\n`,
      });
      notice = 'The invitation is emailed. You can also copy the link below.';
    }
    return render(reply, access, { inviteLink, inviteRole: role, notice });
  });

  app.post<{ Params: { slug: string; id: string } }>('/admin/b/:slug/team/:id/remove', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const result = await removeMember(db, access.board, access.me.facilitatorId, request.params.id);
    if (result === 'not-member') return reply.callNotFound();
    if (result === 'last-owner') return render(reply, access, { error: 'A board needs at least one owner: make someone else an owner first.', status: 409 });
    return reply.redirect(adminBoardPath(access.board.slug, '/team?done=removed'), 303);
  });
}
