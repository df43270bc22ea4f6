import type { AnswerStatus, AnswerUse, Board } from '../db/tables.ts';
import type { Mailer } from '../email/mailer.ts';
import type { Notifier } from '../email/notifications.ts';
import type { LiveBus } from '../live/live.bus.ts';
import { isUrgent, type HoldReason } from '../safety/safety.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, localised } from '../i18n/locale.ts';
import { absoluteUrl, managePath } from '../web/paths.ts';

// What happens once a change to an answer has committed: one function per event, called by the action that made
// the change, never by a route. The board's revision (what invalidates cached tables) is bumped inside each
// action's transaction instead. Every change readers can see goes out on the live bus from `readersSee` below:
// a live view listens with one `bus.subscribe(…)` in app.ts; anything else an event should do is one more line here.

/** What the events need; the app's deps (AppDeps) hold all of it. */
export interface AnswerEffects {
  bus: LiveBus;
  notifier: Notifier;
  mailer: Mailer;
  config: { baseUrl: string };
}

/** If readers saw the answer before or see it now, tells live views whether it now shows (published) or not (removed). */
function readersSee(effects: AnswerEffects, boardId: string, answerId: string, was: AnswerStatus | 'new', now: AnswerStatus | 'deleted'): void {
  // The live console shows what waits as it arrives and drops what was decided; readers' views never hear of it.
  if (now === 'pending' || was === 'pending') effects.bus.publish({ kind: 'queue', boardId, answerId });
  if (was !== 'published' && now !== 'published') return;
  effects.bus.publish({ kind: now === 'published' ? 'answer.published' : 'answer.removed', boardId, answerId });
}

/**
 * A new answer is stored: readers see it if it is published, its team hears it waits, and its author gets the private
 * link if they gave an email, in the language they answered in (`locale`, from the form's address), linking to the
 * private page in that language. The board's title is given as the author saw it.
 */
export function answerSubmitted(
  effects: AnswerEffects,
  board: Pick<Board, 'id' | 'title'>,
  answer: { id: string; status: AnswerStatus; held: HoldReason[]; email: string | null; editToken: string; locale: Locale },
): void {
  readersSee(effects, board.id, answer.id, 'new', answer.status);
  // A possible crisis cannot wait for the next batch of notices.
  if (isUrgent(answer.held)) effects.notifier.answerUrgent(board.id);
  else if (answer.status === 'pending') effects.notifier.answerPending(board.id);
  if (answer.email) {
    const words = catalogues[answer.locale].email.privateLink;
    // The key rides in the #fragment, as on the confirmation page: it never reaches a server's logs (TRUST PR-4).
    const link = `${absoluteUrl(effects.config.baseUrl, localised(answer.locale, managePath(answer.id)))}#key=${answer.editToken}`;
    void effects.mailer.send({ to: answer.email, kind: 'private-link', subject: words.subject(board.title), text: words.text(board.title, link) });
  }
}

/** Its author changed the answer's text through their private link; a possible crisis reaches the moderators at once. */
export function answerChanged(
  effects: AnswerEffects,
  change: { boardId: string; answerId: string; was: AnswerStatus; status: AnswerStatus; held: HoldReason[] },
): void {
  readersSee(effects, change.boardId, change.answerId, change.was, change.status);
  if (isUrgent(change.held)) effects.notifier.answerUrgent(change.boardId);
}

/** A moderator decided: approved, rejected, hid, edited, redacted, or marked or unmarked it as an example. */
export function answerModerated(effects: AnswerEffects, decision: { boardId: string; answerId: string; was: AnswerStatus; status: AnswerStatus }): void {
  readersSee(effects, decision.boardId, decision.answerId, decision.was, decision.status);
}

/** A reader reported the answer: hidden once enough readers have; "it could put someone at risk" reaches the moderators at once. */
export function answerReported(effects: AnswerEffects, report: { boardId: string; answerId: string; hidden: boolean; urgent: boolean }): void {
  if (report.hidden) readersSee(effects, report.boardId, report.answerId, 'published', 'hidden');
  if (report.urgent) effects.notifier.answerUrgent(report.boardId);
}

/** Its author changed where the answer may be used: readers start or stop seeing it if it is published. */
export function answerUseChanged(
  effects: AnswerEffects,
  change: { boardId: string; answerId: string; status: AnswerStatus; was: AnswerUse; use: AnswerUse },
): void {
  if (change.status !== 'published' || (change.was === 'board') === (change.use === 'board')) return;
  effects.bus.publish({ kind: change.use === 'board' ? 'answer.published' : 'answer.removed', boardId: change.boardId, answerId: change.answerId });
}

/** The answer was deleted, by its author or by an erasure request. */
export function answerDeleted(effects: AnswerEffects, deleted: { boardId: string; answerId: string; was: AnswerStatus }): void {
  readersSee(effects, deleted.boardId, deleted.answerId, deleted.was, 'deleted');
}

/** An erasure request removed the author's name and email; readers now see the answer without the name. */
export function answerAnonymised(effects: AnswerEffects, anonymised: { boardId: string; answerId: string; status: AnswerStatus }): void {
  readersSee(effects, anonymised.boardId, anonymised.answerId, anonymised.status, anonymised.status);
}

/** Answers were imported (from a Google Form): the live console hears the queue changed, and the team is told once, urgently if one may be a crisis. No author is emailed. */
export function answersImported(effects: AnswerEffects, boardId: string, imported: { count: number; urgent: boolean }): void {
  if (imported.count === 0) return;
  effects.bus.publish({ kind: 'queue', boardId, answerId: null });
  if (imported.urgent) effects.notifier.answerUrgent(boardId);
  else effects.notifier.answerPending(boardId);
}
