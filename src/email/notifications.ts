import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Mailer } from './mailer.ts';
import { absoluteUrl, adminBoardPath, guidancePath } from '../web/paths.ts';
import { listTeamContacts } from './notifications.queries.ts';

export interface Notifier {
  /** A new answer waits on this board: the board's team hears of it, at most once per delay. */
  answerPending(boardId: string): void;
  /** An answer may need urgent attention: every moderator of the board hears at once, with a link and no text. */
  answerUrgent(boardId: string): void;
  /** Sends what is gathered now (at shutdown). */
  flush(): Promise<void>;
}

/** Batches "answers are waiting" notices per board. The email holds a link only, never an answer's text. */
export function createNotifier(db: Db, config: Config, mailer: Mailer): Notifier {
  const timers = new Map<string, NodeJS.Timeout>();
  const counts = new Map<string, number>();

  async function send(boardId: string): Promise<void> {
    timers.delete(boardId);
    const count = counts.get(boardId) ?? 0;
    counts.delete(boardId);
    const team = await listTeamContacts(db, boardId);
    for (const member of team) {
      await mailer.send({
        to: member.email,
        kind: 'answers-waiting',
        subject: `${count === 1 ? 'A new answer is' : `${count} new answers are`} waiting to be read`,
        text: `${count === 1 ? 'A new answer is' : `${count} new answers are`} waiting to be read on “${member.title}”.\n\nRead them: ${absoluteUrl(config.baseUrl, adminBoardPath(member.slug, '/queue'))}\n`,
      });
    }
  }

  async function sendUrgent(boardId: string): Promise<void> {
    for (const member of await listTeamContacts(db, boardId)) {
      await mailer.send({
        to: member.email,
        kind: 'answer-urgent',
        subject: `Urgent: an answer on “${member.title}” needs a moderator now`,
        text:
          `An answer on “${member.title}” suggests that its author may be at risk, or could put someone at risk. ` +
          `It is held and is not published.\n\nPlease read it now: ${absoluteUrl(config.baseUrl, adminBoardPath(member.slug, '/queue'))}\n\n` +
          `Guidance on responding: ${absoluteUrl(config.baseUrl, guidancePath)}\n`,
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
      counts.set(boardId, (counts.get(boardId) ?? 0) + 1);
      if (timers.has(boardId)) return;
      const timer = setTimeout(() => void send(boardId), config.notifyDelaySeconds * 1000);
      timer.unref();
      timers.set(boardId, timer);
    },
    async flush() {
      for (const [boardId, timer] of [...timers]) {
        clearTimeout(timer);
        await send(boardId);
      }
    },
  };
}
