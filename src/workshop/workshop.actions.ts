import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { Board, LiveSession } from '../db/tables.ts';
import type { LiveBus } from '../live/live.bus.ts';
import { listQuestions } from '../boards/boards.queries.ts';
import { findAnswerStatus } from '../answers/answers.queries.ts';
import { newJoinCode } from './join-code.ts';
import { findRunningSession, insertSession, updateSession } from './workshop.queries.ts';
import { catalogues } from '../i18n/catalogue.ts';

// What a facilitator does to run a session. Each change is stored first (so every instance and a restarted
// one show the same session), then announced on the live bus for the projector, the console and joiners.

// The console is served in English for now, like the rest of the facilitator area (issue 14).
const said = catalogues.en.workshop.console;

export type SessionResult = { kind: 'done'; session: LiveSession } | { kind: 'not-running' } | { kind: 'invalid'; error: string };

/** Starts a session on the first question, or returns the one already running. */
export async function startSession(db: Db, bus: LiveBus, board: Board): Promise<LiveSession> {
  const running = await findRunningSession(db, board.id);
  if (running) return running;
  const [first] = await listQuestions(db, board.id);
  for (let attempt = 0; ; attempt++) {
    const at = nowIso();
    const session = { id: newId(), boardId: board.id, code: newJoinCode(), questionId: first?.id ?? null, at };
    try {
      await insertSession(db, session);
    } catch (error) {
      // Another code, once in 28 million; or another facilitator started one at the same moment.
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
      continue;
    }
    bus.publish({ kind: 'session', boardId: board.id });
    return (await findRunningSession(db, board.id))!;
  }
}

export async function endSession(db: Db, bus: LiveBus, board: Board): Promise<boolean> {
  const running = await findRunningSession(db, board.id);
  if (!running) return false;
  const at = nowIso();
  await updateSession(db, running.id, { endedAt: at, updatedAt: at });
  bus.publish({ kind: 'session', boardId: board.id });
  return true;
}

export interface SessionChange {
  /** A question's key, or null for the whole table. */
  question?: string | null;
  paused?: boolean;
  showJoin?: boolean;
  /** A published answer's id, or null to clear the spotlight. */
  spotlight?: string | null;
}

export async function changeSession(db: Db, bus: LiveBus, board: Board, change: SessionChange): Promise<SessionResult> {
  const running = await findRunningSession(db, board.id);
  if (!running) return { kind: 'not-running' };
  const patch: Partial<LiveSession> = {};
  if (change.question !== undefined) {
    const question = change.question === null ? null : (await listQuestions(db, board.id)).find((q) => q.key === change.question);
    if (question === undefined) return { kind: 'invalid', error: said.questionNotOnBoard };
    patch.questionId = question?.id ?? null;
    // A new question starts with no spotlight.
    patch.spotlightAnswerId = null;
  }
  if (change.paused !== undefined) patch.paused = change.paused ? 1 : 0;
  if (change.showJoin !== undefined) patch.showJoin = change.showJoin ? 1 : 0;
  if (change.spotlight !== undefined) {
    if (change.spotlight !== null) {
      const answer = await findAnswerStatus(db, board.id, change.spotlight);
      // The projector is a public page: an answer kept for workshops or the facilitators never goes on it.
      if (answer?.status !== 'published' || answer.useAllowed !== 'board') {
        return { kind: 'invalid', error: said.spotlightNotPublished };
      }
    }
    patch.spotlightAnswerId = change.spotlight;
  }
  const at = nowIso();
  await updateSession(db, running.id, { ...patch, updatedAt: at });
  bus.publish({ kind: 'session', boardId: board.id });
  return { kind: 'done', session: { ...running, ...patch, updatedAt: at } };
}
