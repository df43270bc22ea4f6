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
import { catalogues } from '../i18n/catalogue.ts';

// The facilitator area, and the email inviting someone to it, are in English until translated (docs/TRANSLATION.md).
const english = { locale: 'en' } as const;
const words = catalogues.en.team;

export function teamRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  async function render(
    reply: FastifyReply,
    access: BoardAccess,
    extra: { inviteLink?: string; inviteRole?: string; notice?: string; error?: string; status?: number } = {},
  ) {
    const members = await listMembers(db, access.board.id);
    const page = h(TeamPage, {
      ctx: deps.pageContext(reply.request, reply.cspNonce, english),
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
    return render(reply, access, { notice: done === 'removed' ? words.removed : undefined });
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
      const invitation = catalogues.en.email.invitation;
      await deps.mailer.send({
        to: email,
        kind: 'invitation',
        subject: invitation.subject(access.board.title),
        text: invitation.text(access.me.name, access.board.title, role, inviteLink),
      });
      notice = words.emailed;
    }
    return render(reply, access, { inviteLink, inviteRole: role, notice });
  });

  app.post<{ Params: { slug: string; id: string } }>('/admin/b/:slug/team/:id/remove', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug, ['owner']);
    if (!access) return reply;
    const result = await removeMember(db, access.board, access.me.facilitatorId, request.params.id);
    if (result === 'not-member') return reply.callNotFound();
    if (result === 'last-owner') return render(reply, access, { error: words.lastOwner, status: 409 });
    return reply.redirect(adminBoardPath(access.board.slug, '/team?done=removed'), 303);
  });
}
