import type { Config } from '../config.ts';
import { groupedWrite, type Db } from '../db/database.ts';
import type { Mailer } from './mailer.ts';
import { absoluteUrl, adminBoardPath, guidancePath } from '../web/paths.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { addPendingNotice, claimPendingNotice, findPendingNoticeDue, listTeamContacts } from './notifications.queries.ts';

export interface Notifier {
  /** A new answer waits on this board: the board's team hears of it, at most once per delay. */
  answerPending(boardId: string): void;
  /** An answer may need urgent attention: every moderator of the board hears at once, with a link and no text. */
  answerUrgent(boardId: string): void;
  /** Sends what is gathered now (at shutdown). */
  flush(): Promise<void>;
}

/**
 * Batches "answers are waiting" notices per board. The count is kept in the database (pending_notices), so with several
 * instances the answers any of them took go into one notice, sent by whichever instance's timer claims the row first.
 * The email holds a link only, never an answer's text.
 */
export function createNotifier(db: Db, config: Config, mailer: Mailer): Notifier {
  // In English: notices go to facilitators, whose area is not translated yet (docs/TRANSLATION.md).
  const words = catalogues.en.email.notices;
  const timers = new Map<string, NodeJS.Timeout>();
  // Work started by answerPending and the timers, so flush (at shutdown) waits for it before the database closes.
  const running = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    const tracked = work.catch(() => {}).finally(() => running.delete(tracked));
    running.add(tracked);
  };

  function arm(boardId: string, dueAt: string): void {
    if (timers.has(boardId)) return;
    const timer = setTimeout(() => track(fire(boardId)), Math.max(0, Date.parse(dueAt) - Date.now()));
    timer.unref();
    timers.set(boardId, timer);
  }

  async function fire(boardId: string): Promise<void> {
    timers.delete(boardId);
    const count = await claimPendingNotice(db, boardId, new Date().toISOString());
    if (count !== undefined) await send(boardId, count);
    // Answers that came after another instance sent its batch wait for their own delay: come back then.
    const next = await findPendingNoticeDue(db, boardId);
    if (next !== undefined) arm(boardId, next);
  }

  async function send(boardId: string, count: number): Promise<void> {
    const team = await listTeamContacts(db, boardId);
    for (const member of team) {
      await mailer.send({
        to: member.email,
        kind: 'answers-waiting',
        subject: words.waitingSubject(count),
        text: words.waitingText(count, member.title, absoluteUrl(config.baseUrl, adminBoardPath(member.slug, '/queue'))),
      });
    }
  }

  async function sendUrgent(boardId: string): Promise<void> {
    for (const member of await listTeamContacts(db, boardId)) {
      await mailer.send({
        to: member.email,
        kind: 'answer-urgent',
        // A link only, never the answer's text (SG-5).
        subject: words.urgentSubject(member.title),
        text: words.urgentText(member.title, absoluteUrl(config.baseUrl, adminBoardPath(member.slug, '/queue')), absoluteUrl(config.baseUrl, guidancePath)),
      });
    }
  }

  return {
    answerUrgent(boardId) {
      if (!mailer.enabled) return;
      sendUrgent(boardId).catch(() => {});
    },
    answerPending(boardId) {
      if (!mailer.enabled) return;
      const dueAt = new Date(Date.now() + config.notifyDelaySeconds * 1000).toISOString();
      track(groupedWrite(db, (conn) => addPendingNotice(conn, boardId, dueAt)).then((due) => arm(boardId, due)));
    },
    async flush() {
      while (running.size > 0) await Promise.all([...running]);
      for (const [boardId, timer] of [...timers]) {
        clearTimeout(timer);
        timers.delete(boardId);
        // At shutdown this instance's boards are sent now, unless another instance has sent them already.
        const count = await claimPendingNotice(db, boardId);
        if (count !== undefined) await send(boardId, count);
      }
    },
  };
}
