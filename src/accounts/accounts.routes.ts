import { h } from 'preact';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../web/html.ts';
import { accountPath, adminPath, setupPath, signInPath } from '../web/paths.ts';
import { parseForm, readForm } from '../web/input.ts';
import { clearSessionCookie, currentFacilitator, requireFacilitator, sessionToken, setSessionCookie } from './session.ts';
import type { Secrets } from '../web/secrets.ts';
import { acceptInvite, changePassword, completeSignup, findSignupToken, signIn, signOut, signOutEverywhere } from './accounts.actions.ts';
import { findBoardById } from '../boards/boards.queries.ts';
import { AccountPage, JoinPage, LinkNotValidPage, SetupPage, SignInPage, type InviteInfo } from './accounts.views.tsx';
import { accountQuery, setPasswordForm, setupForm, signInFields, signInForm, signInQuery } from './accounts.input.ts';

const html = 'text/html; charset=utf-8';
// The facilitator area is served in English whatever the address, until it is translated (docs/TRANSLATION.md).
const english = { locale: 'en' } as const;

export function accountRoutes(app: FastifyInstance, deps: AppDeps, secrets: Secrets): void {
  const { db, config } = deps;

  async function inviteInfo(signup: { boardId: string | null; role: string | null }): Promise<InviteInfo | undefined> {
    const board = signup.boardId ? await findBoardById(db, signup.boardId) : undefined;
    return board && signup.role ? { boardTitle: board.title, role: signup.role } : undefined;
  }

  app.get<{ Params: { token: string } }>('/setup/:token', async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
    const ctx = deps.pageContext(request, reply.cspNonce, english);
    const signup = await findSignupToken(db, request.params.token);
    if (!signup)
      return reply
        .code(404)
        .type(html)
        .send(renderPage(h(LinkNotValidPage, { ctx })));
    const invite = await inviteInfo(signup);
    const me = invite && (await currentFacilitator(request, db));
    if (invite && me) return reply.type(html).send(renderPage(h(JoinPage, { ctx, action: `${setupPath(request.params.token)}/join`, invite, name: me.name })));
    return reply
      .type(html)
      .send(
        renderPage(
          h(SetupPage, { ctx, action: setupPath(request.params.token), fixedEmail: signup.email, values: { email: '', name: '' }, errors: {}, invite }),
        ),
      );
  });

  app.post<{ Params: { token: string } }>('/setup/:token/join', async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const result = await acceptInvite(db, request.params.token, me.facilitatorId);
    if (result === 'invalid-token')
      return reply
        .code(404)
        .type(html)
        .send(renderPage(h(LinkNotValidPage, { ctx: deps.pageContext(request, reply.cspNonce, english) })));
    return reply.redirect(adminPath, 303);
  });

  app.post<{ Params: { token: string } }>('/setup/:token', async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
    const ctx = deps.pageContext(request, reply.cspNonce, english);
    const input = readForm(setupForm, request.body);
    const result = await completeSignup(db, request.params.token, input);
    if (result.kind === 'invalid-token')
      return reply
        .code(404)
        .type(html)
        .send(renderPage(h(LinkNotValidPage, { ctx })));
    if (result.kind === 'invalid') {
      const signup = await findSignupToken(db, request.params.token);
      const page = h(SetupPage, {
        ctx,
        action: setupPath(request.params.token),
        fixedEmail: signup?.email ?? null,
        values: input,
        errors: result.errors,
        invite: signup && (await inviteInfo(signup)),
      });
      return reply.code(422).type(html).send(renderPage(page));
    }
    setSessionCookie(reply, config, result.sessionToken);
    return reply.redirect(adminPath, 303);
  });

  app.get<{ Querystring: { next?: unknown; signedOut?: unknown } }>('/sign-in', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const query = readForm(signInQuery, request.query);
    const ctx = deps.pageContext(request, reply.cspNonce, english);
    const notice = query.signedOut ? ctx.t.accounts.signIn.signedOut : undefined;
    return reply.type(html).send(renderPage(h(SignInPage, { ctx, next: query.next, email: '', notice })));
  });

  app.post('/sign-in', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const parsed = parseForm(signInForm, request.body, signInFields);
    const { email, next } = parsed.ok ? parsed.input : parsed.values;
    const ctx = deps.pageContext(request, reply.cspNonce, english);
    if (!parsed.ok) {
      return reply
        .code(422)
        .type(html)
        .send(renderPage(h(SignInPage, { ctx, next, email, error: parsed.errors.email })));
    }
    const result = await signIn(db, secrets, email, parsed.input.password, request.ip);
    if (result.kind === 'rate-limited') {
      return reply
        .code(429)
        .type(html)
        .send(renderPage(h(SignInPage, { ctx, next, email, error: ctx.t.accounts.errors.signInRateLimited })));
    }
    if (result.kind === 'invalid') {
      return reply
        .code(401)
        .type(html)
        .send(renderPage(h(SignInPage, { ctx, next, email, error: ctx.t.accounts.errors.signInWrong })));
    }
    // A new session at every sign-in: a session id planted before sign-in is never promoted.
    const previous = sessionToken(request);
    if (previous) await signOut(db, previous);
    setSessionCookie(reply, config, result.sessionToken);
    return reply.redirect(next, 303);
  });

  app.post('/sign-out', async (request, reply) => {
    const token = sessionToken(request);
    if (token) await signOut(db, token);
    clearSessionCookie(reply, config);
    return reply.redirect(`${signInPath}?signedOut`, 303);
  });

  app.get<{ Querystring: { changed?: unknown } }>('/admin/account', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const ctx = deps.pageContext(request, reply.cspNonce, english);
    const notice = readForm(accountQuery, request.query).changed ? ctx.t.accounts.account.changed : undefined;
    return reply.type(html).send(renderPage(h(AccountPage, { ctx, name: me.name, email: me.email, errors: {}, notice })));
  });

  app.post('/admin/account/password', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    const { currentPassword, newPassword } = readForm(setPasswordForm, request.body);
    const result = await changePassword(db, me, currentPassword, newPassword);
    if (result.kind === 'invalid') {
      return reply
        .code(422)
        .type(html)
        .send(renderPage(h(AccountPage, { ctx: deps.pageContext(request, reply.cspNonce, english), name: me.name, email: me.email, errors: result.errors })));
    }
    return reply.redirect(`${accountPath}?changed`, 303);
  });

  app.post('/admin/account/sign-out-everywhere', async (request, reply) => {
    const me = await requireFacilitator(request, reply, db);
    if (!me) return reply;
    await signOutEverywhere(db, me.facilitatorId);
    clearSessionCookie(reply, config);
    return reply.redirect(`${signInPath}?signedOut`, 303);
  });
}
