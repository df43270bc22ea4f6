import type { Board, LiveSession, Question } from '../db/tables.ts';
import type { ModerationAnswer } from '../answers/answers.queries.ts';
import { ErrorSummary, Radios } from '../web/forms.tsx';
import { formatDate, plural } from '../web/html.ts';
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
function SessionStatus({ board, state }: { board: Board; state: ConsoleState }) {
  const { session, current } = state;
  const paused = session.paused === 1;
  const joinShown = session.showJoin === 1;
  return (
    <div data-console-part="status" id="console-status">
      <dl class="console__status">
        <div>
          <dt>On the projector</dt>
          <dd>{current ? current.text : 'The whole table'}</dd>
        </div>
        <div>
          <dt>Projector</dt>
          <dd>{paused ? 'Paused: new answers wait until you resume' : 'Showing answers as they are approved'}</dd>
        </div>
        <div>
          <dt>Join panel</dt>
          <dd>{joinShown ? 'Shown' : 'Hidden'}</dd>
        </div>
      </dl>
      <div class="console__buttons">
        {paused ? (
          <PostButton action={consolePath(board.slug, '/resume')} label="Resume the projector" id="projector-pause" />
        ) : (
          <PostButton action={consolePath(board.slug, '/pause')} label="Pause the projector" secondary id="projector-pause" />
        )}
        {joinShown ? (
          <PostButton action={consolePath(board.slug, '/hide-join')} label="Hide the join panel" secondary id="projector-join" />
        ) : (
          <PostButton action={consolePath(board.slug, '/show-join')} label="Show the join panel" secondary id="projector-join" />
        )}
      </div>
    </div>
  );
}

function WaitingItem({ board, answer }: { board: Board; answer: ModerationAnswer }) {
  const base = consolePath(board.slug, `/answers/${answer.id}`);
  return (
    <li
      class={answer.urgentAt ? 'queue__item console__item console__item--urgent' : 'queue__item console__item'}
      id={`waiting-${answer.id}`}
      tabIndex={-1}
      data-queue-item
    >
      <article aria-labelledby={`waiting-q-${answer.id}`}>
        {answer.urgentAt && <strong class="tag tag--urgent">Urgent: read this first</strong>}
        <h3 class="queue__question" id={`waiting-q-${answer.id}`}>
          {answer.questionText}
        </h3>
        <p class="caption">
          {answer.perspectiveLabel} · {answer.displayName ?? 'Anonymous'} · <time dateTime={answer.createdAt}>{formatDate(answer.createdAt)}</time>
        </p>
        <UseAllowed use={answer.useAllowed} />
        <HoldReasons reasons={parseHoldReasons(answer.heldFor)} />
        <p class="answer__text queue__text">{answer.body}</p>
        <div class="queue__actions">
          <form method="post" action={`${base}/approve`} class="inline-form" data-console-decision data-done="Approved: the answer is published.">
            <button type="submit" class="button" data-shortcut="a" id={`approve-${answer.id}`}>
              Approve
              <ShortcutHint keyName="a" />
            </button>
          </form>
          <form method="post" action={`${base}/hide`} class="inline-form" data-console-decision data-done="Hidden: the answer will not be published.">
            <button type="submit" class="button button--secondary" data-shortcut="h" id={`hide-${answer.id}`}>
              Hide
              <ShortcutHint keyName="h" />
            </button>
          </form>
          <a class="console__edit" id={`edit-${answer.id}`} href={adminBoardPath(board.slug, `/answers/${answer.id}/edit`)}>
            Edit or redact<span class="visually-hidden"> this answer</span>
          </a>
        </div>
      </article>
    </li>
  );
}

/** The answers waiting for a moderator, urgent first; each is approved or hidden with one tap (or `a` / `h`). */
function WaitingAnswers({ board, waiting }: { board: Board; waiting: ModerationAnswer[] }) {
  const urgent = waiting.filter((a) => a.urgentAt).length;
  return (
    <section class="console__waiting" aria-labelledby="waiting-heading" data-console-part="waiting" data-waiting-count={waiting.length} id="console-waiting">
      <h2 id="waiting-heading" tabIndex={-1}>
        Waiting answers ({waiting.length})
      </h2>
      {urgent > 0 && (
        <p>
          <strong class="count-urgent">{plural(urgent, 'urgent answer', 'urgent answers')}</strong> first.{' '}
          <a href={guidancePath}>How to respond when an answer suggests someone is at risk</a>
        </p>
      )}
      {waiting.length === 0 ? (
        <p>Nothing is waiting. New answers appear here as people send them.</p>
      ) : (
        <>
          <p class="hint">
            Waiting answers are never shown on the projector. With a keyboard, focus an answer and press <kbd>a</kbd> to approve it or <kbd>h</kbd> to hide it;{' '}
            <kbd>j</kbd> and <kbd>k</kbd> move between answers.
          </p>
          <ol class="queue">
            {waiting.map((a) => (
              <WaitingItem key={a.id} board={board} answer={a} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The published answers to the current question, each of which can be put in the spotlight. */
function Spotlight({ board, state }: { board: Board; state: ConsoleState }) {
  const { current, published, session } = state;
  const lit = session.spotlightAnswerId;
  return (
    <section class="console__spotlight" aria-labelledby="spotlight-heading" data-console-part="spotlight" id="console-spotlight">
      <h2 id="spotlight-heading">Spotlight</h2>
      {!current ? (
        <p>Choose a question to put one of its answers in the spotlight.</p>
      ) : published.length === 0 ? (
        <p>No answer to this question is published yet.</p>
      ) : (
        <>
          <p>The projector shows the answer in the spotlight large, above the others.</p>
          {lit && published.some((a) => a.id === lit) && (
            <p>
              <PostButton action={consolePath(board.slug, '/clear-spotlight')} label="Clear the spotlight" secondary id="spotlight-clear" />
            </p>
          )}
          <ul class="console__answers">
            {published.map((a) => (
              <li key={a.id} id={`published-${a.id}`} class={a.id === lit ? 'console__answer console__answer--lit' : 'console__answer'}>
                <p class="caption">
                  {a.perspectiveLabel} · {a.displayName ?? 'Anonymous'}
                  {a.id === lit && <strong class="tag"> In the spotlight</strong>}
                </p>
                <p class="answer__text">{a.body}</p>
                {a.id !== lit && (
                  <form method="post" action={consolePath(board.slug, '/spotlight')} class="inline-form">
                    <input type="hidden" name="answer" value={a.id} />
                    <button type="submit" class="button button--secondary button--small" id={`spotlight-${a.id}`}>
                      Put in the spotlight<span class="visually-hidden">: the answer from {a.displayName ?? 'Anonymous'}</span>
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
export function ConsoleParts({ board, state }: { board: Board; state: ConsoleState | null }) {
  if (!state) {
    return (
      <div data-console-part="status" id="console-status">
        <p>
          <strong>This live session has ended.</strong> Reload the page to start another.
        </p>
      </div>
    );
  }
  return (
    <>
      <SessionStatus board={board} state={state} />
      <WaitingAnswers board={board} waiting={state.waiting} />
      <Spotlight board={board} state={state} />
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
  return (
    <Layout ctx={ctx} title={`Live session: ${board.title}`} hasErrors={Boolean(error)} account={{ name }} scripts={state ? ['live-console.js'] : []}>
      <BackLink href={adminPath}>Your boards</BackLink>
      <ErrorSummary errors={error ? [error] : []} />
      <h1>
        <span class="caption">Live session</span> {board.title}
      </h1>
      {notice && (
        <div class="notice" role="status">
          {notice}
        </div>
      )}
      <p>
        <a href={adminBoardPath(board.slug, '/queue')}>All answers on this board</a>
      </p>
      {state ? <RunningConsole board={board} state={state} since={since} error={error} /> : <NoSession board={board} />}
    </Layout>
  );
}

function NoSession({ board }: { board: Board }) {
  return (
    <div class="narrow">
      <p>
        A live session runs this board in a room: a projector shows one question at a time with its published answers, and people join on their phones with a
        short code to answer it. You choose the question, approve answers as they arrive and end the session when the room is done.
      </p>
      <form method="post" action={consolePath(board.slug, '/start')}>
        <button type="submit" class="button" id="start">
          Start a live session
        </button>
      </form>
    </div>
  );
}

function RunningConsole({ board, state, since, error }: { board: Board; state: ConsoleState; since: number; error?: { field: string; message: string } }) {
  const { session, questions, current } = state;
  return (
    <div class="console" data-console data-events={consoleEventsPath(board.slug)} data-part-url={consolePath(board.slug, '?part=live')} data-since={since}>
      <p class="visually-hidden" aria-live="polite" data-console-announce />
      <section class="console__join" aria-labelledby="join-heading">
        <h2 id="join-heading">People join at</h2>
        <p class="console__address">
          <a href={state.joinUrl}>{shortAddress(state.joinUrl)}</a>
        </p>
        <p>
          or at {shortAddress(state.joinFormUrl)} with the code <strong class="console__code">{session.code}</strong>
        </p>
        <p>
          <a href={livePath(board.slug)} target="_blank" rel="noopener">
            Open the projector (opens in a new tab)
          </a>
        </p>
      </section>
      <div class="console__main">
        <WaitingAnswers board={board} waiting={state.waiting} />
        <Spotlight board={board} state={state} />
      </div>
      <section class="console__projector" aria-labelledby="projector-heading">
        <h2 id="projector-heading">What the projector shows</h2>
        <form method="post" action={consolePath(board.slug, '/question')} novalidate>
          <Radios
            name="question"
            legend={<span class="fieldset__heading">Question on the projector</span>}
            choices={[...questions.map((q) => ({ value: q.key, label: q.text })), { value: wholeTable, label: 'The whole table' }]}
            value={current?.key ?? wholeTable}
            error={error?.field === 'question' ? error.message : undefined}
          />
          <button type="submit" class="button">
            Show on the projector
          </button>
        </form>
        <SessionStatus board={board} state={state} />
      </section>
      <section class="console__end" aria-labelledby="end-heading">
        <h2 id="end-heading">End the session</h2>
        <p>The code stops working and the projector says the session has ended. Answers already sent stay on the board.</p>
        <PostButton action={consolePath(board.slug, '/end')} label="End the live session" warning />
      </section>
    </div>
  );
}
