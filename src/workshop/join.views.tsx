import type { AnswerStatus, AnswerUse, Board, Perspective, Question } from '../db/tables.ts';
import type { FormState } from '../answers/answers.pages.ts';
import { AnswerForm, PrivateLinkSection, keptOffBoard } from '../answers/answers.views.tsx';
import { suggestsRisk, type HoldReason } from '../safety/safety.ts';
import { CrisisHelpPanel } from '../safety/safety.views.tsx';
import { ErrorMessage } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { boardPath, eventsPath, homePath, joinAnswersPath, joinFormPath, joinPath } from '../web/paths.ts';
import { joinCodeLength } from './join-code.ts';

// What people in the room see on their phones: the session's question with the answer form, the confirmation
// after sending (with a link to the next question once the facilitator moves on), and a friendly page for a wrong code.

/** The running session's question and the answer form; with the whole table on the projector, the person chooses the question. */
export function JoinPage(props: {
  ctx: PageContext;
  board: Board;
  code: string;
  question: Question | null;
  questions: Question[];
  perspectives: Perspective[];
  form: FormState;
  hasErrors: boolean;
}) {
  const { ctx, board, code, question, questions, perspectives, form, hasErrors } = props;
  return (
    <Layout ctx={ctx} title={question ? question.text : `Answer a question: ${board.title}`} hasErrors={hasErrors} scripts={['answer-form.js']}>
      <div class="join">
        <p class="caption">Live session · {board.title}</p>
        <h1 class="join__question">{question ? question.text : 'Choose a question to answer'}</h1>
        <AnswerForm
          board={board}
          questions={questions}
          perspectives={perspectives}
          fixedQuestion={question ?? undefined}
          action={joinAnswersPath(code)}
          {...form}
        />
      </div>
    </Layout>
  );
}

/** Where the confirmation stands against the session: the same question still, a new one, the whole table, or ended. */
export type NextStep = 'same' | 'next' | 'another' | 'ended';

/** The part of the confirmation that follows the session (joined.js keeps it current; reloading does too). */
function NextQuestion({ board, code, next }: { board: Board; code: string; next: NextStep }) {
  switch (next) {
    case 'next':
    case 'another':
      return (
        <p>
          <a class="button" href={joinPath(code)}>
            {next === 'next' ? 'Answer the next question' : 'Answer another question'}
          </a>
        </p>
      );
    case 'ended':
      return (
        <p>
          The live session has ended. Thank you for taking part. <a href={boardPath(board.slug)}>See “{board.title}”</a>.
        </p>
      );
    case 'same':
      return <p>When the facilitator moves on to the next question, a link to answer it appears here. If it does not, reload this page.</p>;
  }
}

export function JoinSentPage(props: {
  ctx: PageContext;
  board: Board;
  code: string;
  answerId: string;
  status: AnswerStatus;
  use: AnswerUse;
  held: HoldReason[];
  /** The key of the question the answer was sent to (joined.js compares it with the session's). */
  answered: string;
  next: NextStep;
  since: number;
}) {
  const { ctx, board, code, answerId, status, use, held, answered, next, since } = props;
  const offBoard = keptOffBoard(use);
  const published = status === 'published' && !offBoard;
  const nextPart = (
    <div
      class="join__next"
      aria-live="polite"
      data-next-question
      data-events={eventsPath(board.slug)}
      data-since={since}
      data-answered={answered}
      data-next={next}
      data-join={joinPath(code)}
      data-board={boardPath(board.slug)}
      data-board-title={board.title}
    >
      <NextQuestion board={board} code={code} next={next} />
    </div>
  );
  if (suggestsRisk(held)) {
    // Exactly what the board's own confirmation shows after a crisis hold (TRUST SG-2), then the session.
    return (
      <Layout ctx={ctx} title="Your answer has been received" scripts={['private-link.js', 'joined.js']}>
        <CrisisHelpPanel help={ctx.help} />
        <PrivateLinkSection answerId={answerId} />
        {nextPart}
      </Layout>
    );
  }
  const title = published ? 'Your answer is published' : 'Your answer is with the facilitator';
  return (
    <Layout ctx={ctx} title={title} scripts={['private-link.js', 'joined.js']}>
      <div class="join">
        <div class="panel" role="status">
          <h1 class="panel__title">{title}</h1>
          <p class="panel__body">Thank you for adding your point of view.</p>
        </div>
        {offBoard ? (
          <p>{offBoard}</p>
        ) : published ? (
          <p>It is now on the board for everyone to read.</p>
        ) : (
          <p>The facilitator reads each answer before it appears on the screen and on the board.</p>
        )}
        {nextPart}
        <PrivateLinkSection answerId={answerId} />
      </div>
    </Layout>
  );
}

/** The little form to type a join code (GET /j?code=…), on the join pages that have no session to show. */
function CodeForm({ typed, error }: { typed: string; error?: string }) {
  return (
    <form method="get" action={joinFormPath} class="join__code-form" novalidate>
      <div class={error ? 'form-group form-group--error' : 'form-group'}>
        <label class="label label--bold" for="code">
          Join code
        </label>
        <p class="hint" id="code-hint">
          The {joinCodeLength} letters and numbers shown on the screen in the room
        </p>
        <ErrorMessage id="code" message={error} />
        <input
          class={error ? 'input input--code input--error' : 'input input--code'}
          id="code"
          name="code"
          type="text"
          value={typed}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby={error ? 'code-hint code-error' : 'code-hint'}
        />
      </div>
      <button type="submit" class="button">
        Join
      </button>
    </form>
  );
}

/** `GET /j`: type the code shown in the room. */
export function JoinCodePage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Join a live session">
      <div class="join">
        <h1>Join a live session</h1>
        <CodeForm typed="" />
      </div>
    </Layout>
  );
}

/** A code that is wrong, or whose session has ended (then `board` is its board). Sent with status 404. */
export function JoinNotFoundPage({ ctx, board, typed }: { ctx: PageContext; board?: { slug: string; title: string }; typed: string }) {
  return (
    <Layout ctx={ctx} title="This code is not for a session that is running" hasErrors={false}>
      <div class="join">
        <h1>This code is not for a session that is running</h1>
        {board ? (
          <p>
            The live session it was for has ended. You can still read the answers, and add yours, on <a href={boardPath(board.slug)}>“{board.title}”</a>.
          </p>
        ) : (
          <p>
            Check the code on the screen in the room and type it again, or <a href={homePath}>see the list of boards</a>.
          </p>
        )}
        <h2 class="heading-m">Join with another code</h2>
        <CodeForm typed={board ? '' : typed} />
      </div>
    </Layout>
  );
}
