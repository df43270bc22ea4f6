import type { Board, LiveSession, Question } from '../db/tables.ts';
import type { ModerationAnswer } from '../answers/answers.queries.ts';
import { ErrorSummary, Radios } from '../web/forms.tsx';
import type { Messages } from '../i18n/catalogue.ts';
import { formatDate, plural } from '../i18n/format.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, adminPath, consoleEventsPath, consolePath, guidancePath, livePath } from '../web/paths.ts';
import { parseHoldReasons } from '../safety/safety.ts';
import { HoldReasons, ShortcutHint, UseAllowed } from '../moderation/moderation.views.tsx';
import { wholeTable } from './workshop.input.ts';

// The facilitator's live console: the join code, what the projector shows, the answers waiting, the spotlight.
// The parts marked data-console-part change while a session runs: live-console.js fetches them afresh (`?part=live`).

export interface SpotlightAnswer {
  id: string;
  body: string;
  displayName: string | null;
  perspectiveLabel: string;
}

export interface ConsoleState {
  session: LiveSession;
  /** The join address in full, and as people type it (without the scheme). */
  joinUrl: string;
  /** Where a code can be typed in. */
  joinFormUrl: string;
  questions: Question[];
  /** The question on the projector; null for the whole table. */
  current: Question | null;
  /** The published answers to the current question: each may be put in the spotlight. */
  published: SpotlightAnswer[];
  /** Answers waiting for a moderator, urgent ones first. */
  waiting: ModerationAnswer[];
}

function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

function PostButton(props: { action: string; label: string; secondary?: boolean; warning?: boolean; name?: string; value?: string; id?: string }) {
  const { action, label, secondary, warning, name, value, id } = props;
  const style = warning ? 'button button--warning' : secondary ? 'button button--secondary' : 'button';
  return (
    <form method="post" action={action} class="inline-form">
      {name && <input type="hidden" name={name} value={value} />}
      <button type="submit" class={style} id={id}>
        {label}
      </button>
    </form>
  );
}

/** What the projector shows now, with the buttons that change it: kept fresh while the session runs. */
function SessionStatus({ board, state, t }: { board: Board; state: ConsoleState; t: Messages }) {
  const c = t.workshop.console;
  const { session, current } = state;
  const paused = session.paused === 1;
  const joinShown = session.showJoin === 1;
  return (
    <div data-console-part="status" id="console-status">
      <dl class="console__status">
        <div>
          <dt>{c.onProjector}</dt>
          <dd>{current ? current.text : c.wholeTable}</dd>
        </div>
        <div>
          <dt>{c.projector}</dt>
          <dd>{paused ? c.pausedStatus : c.showingStatus}</dd>
        </div>
        <div>
          <dt>{c.joinPanel}</dt>
          <dd>{joinShown ? c.shown : c.hidden}</dd>
        </div>
      </dl>
      <div class="console__buttons">
        {paused ? (
          <PostButton action={consolePath(board.slug, '/resume')} label={c.resume} id="projector-pause" />
        ) : (
          <PostButton action={consolePath(board.slug, '/pause')} label={c.pause} secondary id="projector-pause" />
        )}
        {joinShown ? (
          <PostButton action={consolePath(board.slug, '/hide-join')} label={c.hideJoin} secondary id="projector-join" />
        ) : (
          <PostButton action={consolePath(board.slug, '/show-join')} label={c.showJoin} secondary id="projector-join" />
        )}
      </div>
    </div>
  );
}

function WaitingItem({ board, answer, t }: { board: Board; answer: ModerationAnswer; t: Messages }) {
  const c = t.workshop.console;
  const base = consolePath(board.slug, `/answers/${answer.id}`);
  return (
    <li
      class={answer.urgentAt ? 'queue__item console__item console__item--urgent' : 'queue__item console__item'}
      id={`waiting-${answer.id}`}
      tabIndex={-1}
      data-queue-item
    >
      <article aria-labelledby={`waiting-q-${answer.id}`}>
        {answer.urgentAt && <strong class="tag tag--urgent">{c.urgent}</strong>}
        <h3 class="queue__question" id={`waiting-q-${answer.id}`}>
          {answer.questionText}
        </h3>
        <p class="caption">
          {answer.perspectiveLabel} · {answer.displayName ?? c.anonymous} · <time dateTime={answer.createdAt}>{formatDate('en', answer.createdAt)}</time>
        </p>
        <UseAllowed use={answer.useAllowed} t={t} />
        <HoldReasons reasons={parseHoldReasons(answer.heldFor)} t={t} />
        <p class="answer__text queue__text">{answer.body}</p>
        <div class="queue__actions">
          <form method="post" action={`${base}/approve`} class="inline-form" data-console-decision data-done={c.approved}>
            <button type="submit" class="button" data-shortcut="a" id={`approve-${answer.id}`}>
              {c.approve}
              <ShortcutHint keyName="a" />
            </button>
          </form>
          <form method="post" action={`${base}/hide`} class="inline-form" data-console-decision data-done={c.hiddenDone}>
            <button type="submit" class="button button--secondary" data-shortcut="h" id={`hide-${answer.id}`}>
              {c.hide}
              <ShortcutHint keyName="h" />
            </button>
          </form>
          <a class="console__edit" id={`edit-${answer.id}`} href={adminBoardPath(board.slug, `/answers/${answer.id}/edit`)}>
            {c.editOrRedact}
            <span class="visually-hidden">{c.thisAnswer}</span>
          </a>
        </div>
      </article>
    </li>
  );
}

/** The answers waiting for a moderator, urgent first; each is approved or hidden with one tap (or `a` / `h`). */
function WaitingAnswers({ board, waiting, t }: { board: Board; waiting: ModerationAnswer[]; t: Messages }) {
  const c = t.workshop.console;
  const urgent = waiting.filter((a) => a.urgentAt).length;
  return (
    <section class="console__waiting" aria-labelledby="waiting-heading" data-console-part="waiting" data-waiting-count={waiting.length} id="console-waiting">
      <h2 id="waiting-heading" tabIndex={-1}>
        {c.waitingHeading(waiting.length)}
      </h2>
      {urgent > 0 && (
        <p>
          <strong class="count-urgent">{plural('en', urgent, c.urgentCount)}</strong> {c.first} <a href={guidancePath}>{c.atRiskLink}</a>
        </p>
      )}
      {waiting.length === 0 ? (
        <p>{c.nothingWaiting}</p>
      ) : (
        <>
          <p class="hint">
            {c.keysNeverShown} <kbd>a</kbd> {c.keysApprove} <kbd>h</kbd> {c.keysHide} <kbd>j</kbd> {c.keysAnd} <kbd>k</kbd> {c.keysMove}
          </p>
          <ol class="queue">
            {waiting.map((a) => (
              <WaitingItem key={a.id} board={board} answer={a} t={t} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The published answers to the current question, each of which can be put in the spotlight. */
function Spotlight({ board, state, t }: { board: Board; state: ConsoleState; t: Messages }) {
  const c = t.workshop.console;
  const { current, published, session } = state;
  const lit = session.spotlightAnswerId;
  return (
    <section class="console__spotlight" aria-labelledby="spotlight-heading" data-console-part="spotlight" id="console-spotlight">
      <h2 id="spotlight-heading">{c.spotlight}</h2>
      {!current ? (
        <p>{c.chooseQuestionFirst}</p>
      ) : published.length === 0 ? (
        <p>{c.noneYet}</p>
      ) : (
        <>
          <p>{c.spotlightLead}</p>
          {lit && published.some((a) => a.id === lit) && (
            <p>
              <PostButton action={consolePath(board.slug, '/clear-spotlight')} label={c.clearSpotlight} secondary id="spotlight-clear" />
            </p>
          )}
          <ul class="console__answers">
            {published.map((a) => (
              <li key={a.id} id={`published-${a.id}`} class={a.id === lit ? 'console__answer console__answer--lit' : 'console__answer'}>
                <p class="caption">
                  {a.perspectiveLabel} · {a.displayName ?? c.anonymous}
                  {a.id === lit && <strong class="tag"> {c.inSpotlight}</strong>}
                </p>
                <p class="answer__text">{a.body}</p>
                {a.id !== lit && (
                  <form method="post" action={consolePath(board.slug, '/spotlight')} class="inline-form">
                    <input type="hidden" name="answer" value={a.id} />
                    <button type="submit" class="button button--secondary button--small" id={`spotlight-${a.id}`}>
                      {c.putInSpotlight}
                      <span class="visually-hidden">{c.fromWhom(a.displayName ?? c.anonymous)}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The parts of a running console that change by themselves, as one fragment (`?part=live`) or inside the page. */
export function ConsoleParts({ board, state, t }: { board: Board; state: ConsoleState | null; t: Messages }) {
  if (!state) {
    return (
      <div data-console-part="status" id="console-status">
        <p>
          <strong>{t.workshop.console.ended}</strong> {t.workshop.console.reloadToStart}
        </p>
      </div>
    );
  }
  return (
    <>
      <SessionStatus board={board} state={state} t={t} />
      <WaitingAnswers board={board} waiting={state.waiting} t={t} />
      <Spotlight board={board} state={state} t={t} />
    </>
  );
}

export function ConsolePage(props: {
  ctx: PageContext;
  name: string;
  board: Board;
  state: ConsoleState | null;
  /** The board's latest live event when the page was read: the console's stream starts after it. */
  since: number;
  notice?: string;
  error?: { field: string; message: string };
}) {
  const { ctx, name, board, state, since, notice, error } = props;
  const { t } = ctx;
  const c = t.workshop.console;
  return (
    <Layout ctx={ctx} title={c.title(board.title)} hasErrors={Boolean(error)} account={{ name }} scripts={state ? ['live-console.js'] : []}>
      <BackLink href={adminPath}>{c.back}</BackLink>
      <ErrorSummary errors={error ? [error] : []} t={t} />
      <h1>
        <span class="caption">{c.heading}</span> {board.title}
      </h1>
      {notice && (
        <div class="notice" role="status">
          {notice}
        </div>
      )}
      <p>
        <a href={adminBoardPath(board.slug, '/queue')}>{c.allAnswers}</a>
      </p>
      {state ? <RunningConsole board={board} state={state} since={since} error={error} t={t} /> : <NoSession board={board} t={t} />}
    </Layout>
  );
}

function NoSession({ board, t }: { board: Board; t: Messages }) {
  const c = t.workshop.console;
  return (
    <div class="narrow">
      <p>{c.intro}</p>
      <form method="post" action={consolePath(board.slug, '/start')}>
        <button type="submit" class="button" id="start">
          {c.start}
        </button>
      </form>
    </div>
  );
}

function RunningConsole(props: { board: Board; state: ConsoleState; since: number; error?: { field: string; message: string } | undefined; t: Messages }) {
  const { board, state, since, error, t } = props;
  const c = t.workshop.console;
  const { session, questions, current } = state;
  return (
    <div class="console" data-console data-events={consoleEventsPath(board.slug)} data-part-url={consolePath(board.slug, '?part=live')} data-since={since}>
      <p class="visually-hidden" aria-live="polite" data-console-announce />
      <section class="console__join" aria-labelledby="join-heading">
        <h2 id="join-heading">{c.joinAt}</h2>
        <p class="console__address">
          <a href={state.joinUrl}>{shortAddress(state.joinUrl)}</a>
        </p>
        <p>
          {c.orAt(shortAddress(state.joinFormUrl))} <strong class="console__code">{session.code}</strong>
        </p>
        <p>
          <a href={livePath(board.slug)} target="_blank" rel="noopener">
            {c.openProjector}
          </a>
        </p>
      </section>
      <div class="console__main">
        <WaitingAnswers board={board} waiting={state.waiting} t={t} />
        <Spotlight board={board} state={state} t={t} />
      </div>
      <section class="console__projector" aria-labelledby="projector-heading">
        <h2 id="projector-heading">{c.projectorShows}</h2>
        <form method="post" action={consolePath(board.slug, '/question')} novalidate>
          <Radios
            name="question"
            legend={<span class="fieldset__heading">{c.questionLegend}</span>}
            choices={[...questions.map((q) => ({ value: q.key, label: q.text })), { value: wholeTable, label: c.wholeTable }]}
            value={current?.key ?? wholeTable}
            error={error?.field === 'question' ? error.message : undefined}
            t={t}
          />
          <button type="submit" class="button">
            {c.show}
          </button>
        </form>
        <SessionStatus board={board} state={state} t={t} />
      </section>
      <section class="console__end" aria-labelledby="end-heading">
        <h2 id="end-heading">{c.endHeading}</h2>
        <p>{c.endLead}</p>
        <PostButton action={consolePath(board.slug, '/end')} label={c.end} warning />
      </section>
    </div>
  );
}
