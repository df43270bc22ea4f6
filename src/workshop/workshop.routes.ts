import { h } from 'preact';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import type { Board } from '../db/tables.ts';
import { renderFragment, renderPage } from '../web/html.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { parseForm, readForm } from '../web/input.ts';
import { absoluteUrl, consolePath, joinFormPath, joinPath } from '../web/paths.ts';
import { latestEventId } from '../live/live.store.ts';
import { requireBoardRole, type BoardAccess } from '../admin/access.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { findAnswerStatus, listAnswersForModeration } from '../answers/answers.queries.ts';
import { approveAnswer, rejectAnswer } from '../moderation/moderation.actions.ts';
import { changeSession, endSession, startSession, type SessionChange, type SessionResult } from './workshop.actions.ts';
import { consoleQuery, questionForm, spotlightForm, wholeTable, type ConsoleNotice } from './workshop.input.ts';
import { findRunningSession } from './workshop.queries.ts';
import { ConsolePage, ConsoleParts, type ConsoleState } from './workshop.views.tsx';
import { joinRoutes } from './join.routes.ts';

const html = 'text/html; charset=utf-8';
// The console is served in English whatever the address, like the rest of the facilitator area (issue 14).
const english = catalogues.en;
const said = english.workshop.console;

/** The live console (`/admin/b/:slug/live`) and the join pages (`/j/…`). */
export function workshopRoutes(app: FastifyInstance, deps: AppDeps): void {
  consoleRoutes(app, deps);
  joinRoutes(app, deps);
}

function consoleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  /** What the console shows of the running session, read afresh on every request (another instance may have changed it). */
  async function loadConsole(board: Board): Promise<ConsoleState | null> {
    const session = await findRunningSession(db, board.id);
    if (!session) return null;
    const [snapshot, waiting] = await Promise.all([loadBoardSnapshot(db, board, 'en'), listAnswersForModeration(db, board.id, 'pending')]);
    const current = snapshot.questions.find((q) => q.id === session.questionId) ?? null;
    const labels = new Map(snapshot.perspectives.map((p) => [p.key, p.label]));
    return {
      session,
      joinUrl: absoluteUrl(config.baseUrl, joinPath(session.code)),
      joinFormUrl: absoluteUrl(config.baseUrl, joinFormPath),
      questions: snapshot.questions,
      current,
      published: current
        ? snapshot.answers
            .filter((a) => a.questionKey === current.key)
            .map((a) => ({ id: a.id, body: a.body, displayName: a.displayName, perspectiveLabel: labels.get(a.perspectiveKey) ?? a.perspectiveKey }))
        : [],
      // The queue also lists published answers readers reported; the console is for answers not yet on the screen.
      waiting: waiting.filter((a) => a.status === 'pending'),
    };
  }

  async function sendConsole(
    reply: FastifyReply,
    access: BoardAccess,
    options: { notice?: string; error?: { field: string; message: string }; status?: number },
  ) {
    // Read before what the console shows: a change made meanwhile reaches its stream as a missed event.
    const since = await latestEventId(db, access.board.id);
    const state = await loadConsole(access.board);
    const page = h(ConsolePage, {
      ctx: deps.pageContext(reply.request, reply.cspNonce, { locale: 'en' }),
      name: access.me.name,
      board: access.board,
      state,
      since,
      ...options,
    });
    return reply
      .code(options.status ?? 200)
      .type(html)
      .send(renderPage(page));
  }

  /** Just the parts that change, for live-console.js (after a stream event, or a decision it sent). */
  async function sendParts(reply: FastifyReply, board: Board) {
    const state = await loadConsole(board);
    return reply
      .header('cache-control', 'no-store')
      .header('vary', 'X-Fragment')
      .type(html)
      .send(renderFragment(h(ConsoleParts, { board, state, t: english })));
  }

  app.get<{ Params: { slug: string } }>('/admin/b/:slug/live', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const { done, part } = readForm(consoleQuery, request.query);
    if (part === 'live') return sendParts(reply, access.board);
    return sendConsole(reply, access, { notice: done && said.notices[done] });
  });

  const change = (patch: SessionChange) => (board: Board) => changeSession(db, deps.bus, board, patch);
  const actions: [ConsoleNotice, (board: Board, body: unknown) => Promise<SessionResult | { kind: 'bad-input'; field: string; message: string }>][] = [
    ['pause', change({ paused: true })],
    ['resume', change({ paused: false })],
    ['show-join', change({ showJoin: true })],
    ['hide-join', change({ showJoin: false })],
    ['clear-spotlight', change({ spotlight: null })],
    [
      'question',
      async (board, body) => {
        const form = parseForm(questionForm, body);
        // The schema's one rule is the value's shape: its message is the catalogue's.
        if (!form.ok) return { kind: 'bad-input', field: 'question', message: said.chooseShown };
        return changeSession(db, deps.bus, board, { question: form.input.question === wholeTable ? null : form.input.question });
      },
    ],
    [
      'spotlight',
      async (board, body) => {
        const form = parseForm(spotlightForm, body);
        if (!form.ok) return { kind: 'bad-input', field: 'spotlight-heading', message: said.chooseAnswer };
        return changeSession(db, deps.bus, board, { spotlight: form.input.answer });
      },
    ],
  ];
  for (const [action, act] of actions) {
    app.post<{ Params: { slug: string } }>(`/admin/b/:slug/live/${action}`, async (request, reply) => {
      const access = await requireBoardRole(request, reply, db, request.params.slug);
      if (!access) return reply;
      const result = await act(access.board, request.body);
      switch (result.kind) {
        case 'done':
          return reply.redirect(consolePath(access.board.slug, `?done=${action}`), 303);
        case 'not-running':
          return sendConsole(reply, access, { status: 409, error: { field: 'start', message: said.notRunning } });
        case 'invalid':
          return sendConsole(reply, access, { status: 422, error: { field: action === 'question' ? 'question' : 'spotlight-heading', message: result.error } });
        case 'bad-input':
          return sendConsole(reply, access, { status: 422, error: { field: result.field, message: result.message } });
      }
    });
  }

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/live/start', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    await startSession(db, deps.bus, access.board);
    return reply.redirect(consolePath(access.board.slug, '?done=start'), 303);
  });

  app.post<{ Params: { slug: string } }>('/admin/b/:slug/live/end', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    const ended = await endSession(db, deps.bus, access.board);
    return reply.redirect(consolePath(access.board.slug, `?done=${ended ? 'end' : 'already-ended'}`), 303);
  });

  // Approve or hide a waiting answer from the console. Hiding an answer that was never published is rejecting it.
  const decisions = [
    ['approve', (access: BoardAccess, id: string) => approveAnswer(db, deps, access.me.facilitatorId, access.board, id)],
    ['hide', (access: BoardAccess, id: string) => rejectAnswer(db, deps, access.me.facilitatorId, access.board, id, '')],
  ] as const;
  for (const [decision, decide] of decisions) {
    app.post<{ Params: { slug: string; id: string } }>(`/admin/b/:slug/live/answers/:id/${decision}`, async (request, reply) => {
      const access = await requireBoardRole(request, reply, db, request.params.slug);
      if (!access) return reply;
      const answer = await findAnswerStatus(db, access.board.id, request.params.id);
      if (!answer) return reply.callNotFound();
      // Two people may moderate at once: only an answer still waiting is decided here, so a stale page never undoes the other's decision.
      if (answer.status === 'pending') await decide(access, answer.id);
      if (request.headers['x-fragment'] === '1') return sendParts(reply, access.board);
      const done = answer.status !== 'pending' ? 'already-decided' : decision === 'approve' ? 'approve' : 'reject';
      return reply.redirect(consolePath(access.board.slug, `?done=${done}`), 303);
    });
  }
}
