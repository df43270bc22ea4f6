import type { AnswerStatus, AnswerUse, Board, Perspective, Question } from '../db/tables.ts';
import type { FormState } from '../answers/answers.pages.ts';
import { AnswerForm, PrivateLinkSection, keptOffBoard } from '../answers/answers.views.tsx';
import { suggestsRisk, type HoldReason } from '../safety/safety.ts';
import { CrisisHelpPanel } from '../safety/safety.views.tsx';
import { ErrorMessage } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { boardPath, eventsPath, homePath, joinAnswersPath, joinFormPath, joinPath } from '../web/paths.ts';
import { langOf, type Shown } from '../boards/board-language.ts';
import { Written } from '../embed/embed.compact.tsx';
import { joinCodeLength } from './join-code.ts';

// What people in the room see on their phones: the session's question with the answer form, the confirmation
// after sending (with a link to the next question once the facilitator moves on), and a friendly page for a wrong code.

/** The running session's question and the answer form; with the whole table on the projector, the person chooses the question. */
export function JoinPage(props: {
  ctx: PageContext;
  board: Shown<Board>;
  code: string;
  question: Shown<Question> | null;
  questions: Question[];
  perspectives: Perspective[];
  form: FormState;
  hasErrors: boolean;
}) {
  const { ctx, board, code, question, questions, perspectives, form, hasErrors } = props;
  const t = ctx.t.workshop;
  return (
    <Layout ctx={ctx} title={question ? question.text : t.answerAQuestion(board.title)} hasErrors={hasErrors} scripts={['answer-form.js']}>
      <div class="join">
        <p class="caption">
          {t.liveSession} ·{' '}
          <Written lang={board.lang} locale={ctx.locale}>
            {board.title}
          </Written>
        </p>
        {question ? (
          <h1 class="join__question" lang={langOf(question.lang, ctx.locale)}>
            {question.text}
          </h1>
        ) : (
          <h1 class="join__question">{t.chooseQuestion}</h1>
        )}
        <AnswerForm
          board={board}
          questions={questions}
          perspectives={perspectives}
          fixedQuestion={question ?? undefined}
          action={joinAnswersPath(code)}
          locale={ctx.locale}
          {...form}
        />
      </div>
    </Layout>
  );
}

/** Where the confirmation stands against the session: the same question still, a new one, the whole table, or ended. */
export type NextStep = 'same' | 'next' | 'another' | 'ended';

/** The part of the confirmation that follows the session (joined.js keeps it current; reloading does too). */
function NextQuestion({ ctx, board, code, next }: { ctx: PageContext; board: Board; code: string; next: NextStep }) {
  const t = ctx.t.workshop;
  switch (next) {
    case 'next':
    case 'another':
      return (
        <p>
          <a class="button" href={ctx.link(joinPath(code))}>
            {next === 'next' ? t.answerNext : t.answerAnother}
          </a>
        </p>
      );
    case 'ended':
      return (
        <p>
          {t.sessionEnded} <a href={ctx.link(boardPath(board.slug))}>{t.seeBoard(board.title)}</a>.
        </p>
      );
    case 'same':
      return <p>{t.waitForNext}</p>;
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
  const t = ctx.t.workshop;
  const offBoard = keptOffBoard(use, ctx.locale);
  const published = status === 'published' && !offBoard;
  const nextPart = (
    <div
      class="join__next"
      aria-live="polite"
      data-next-question
      data-events={ctx.link(eventsPath(board.slug))}
      data-since={since}
      data-answered={answered}
      data-next={next}
    >
      <NextQuestion ctx={ctx} board={board} code={code} next={next} />
    </div>
  );
  if (suggestsRisk(held)) {
    // Exactly what the board's own confirmation shows after a crisis hold (TRUST SG-2), then the session.
    return (
      <Layout ctx={ctx} title={t.received} scripts={['private-link.js', 'joined.js']}>
        <CrisisHelpPanel help={ctx.help} locale={ctx.locale} />
        <PrivateLinkSection answerId={answerId} locale={ctx.locale} />
        {nextPart}
      </Layout>
    );
  }
  const title = published ? t.published : t.withFacilitator;
  return (
    <Layout ctx={ctx} title={title} scripts={['private-link.js', 'joined.js']}>
      <div class="join">
        <div class="panel" role="status">
          <h1 class="panel__title">{title}</h1>
          <p class="panel__body">{t.thanks}</p>
        </div>
        {offBoard ? <p>{offBoard}</p> : published ? <p>{t.nowOnBoard}</p> : <p>{t.readFirst}</p>}
        {nextPart}
        <PrivateLinkSection answerId={answerId} locale={ctx.locale} />
      </div>
    </Layout>
  );
}

/** The little form to type a join code (GET /j?code=…), on the join pages that have no session to show. */
function CodeForm({ ctx, typed, error }: { ctx: PageContext; typed: string; error?: string }) {
  const t = ctx.t.workshop;
  return (
    <form method="get" action={ctx.link(joinFormPath)} class="join__code-form" novalidate>
      <div class={error ? 'form-group form-group--error' : 'form-group'}>
        <label class="label label--bold" for="code">
          {t.codeLabel}
        </label>
        <p class="hint" id="code-hint">
          {t.codeHint(joinCodeLength)}
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
        {t.join}
      </button>
    </form>
  );
}

/** `GET /j`: type the code shown in the room. */
export function JoinCodePage({ ctx }: { ctx: PageContext }) {
  const t = ctx.t.workshop;
  return (
    <Layout ctx={ctx} title={t.joinTitle}>
      <div class="join">
        <h1>{t.joinTitle}</h1>
        <CodeForm ctx={ctx} typed="" />
      </div>
    </Layout>
  );
}

/** A code that is wrong, or whose session has ended (then `board` is its board). Sent with status 404. */
export function JoinNotFoundPage({ ctx, board, typed }: { ctx: PageContext; board?: Shown<Board>; typed: string }) {
  const t = ctx.t.workshop;
  return (
    <Layout ctx={ctx} title={t.notRunning} hasErrors={false}>
      <div class="join">
        <h1>{t.notRunning}</h1>
        {board ? (
          <p>
            {t.endedBoard}{' '}
            <a href={ctx.link(boardPath(board.slug))} lang={langOf(board.lang, ctx.locale)}>
              “{board.title}”
            </a>
            .
          </p>
        ) : (
          <p>
            {t.checkCode} <a href={ctx.link(homePath)}>{t.checkCodeLink}</a>.
          </p>
        )}
        <h2 class="heading-m">{t.anotherCode}</h2>
        <CodeForm ctx={ctx} typed={board ? '' : typed} />
      </div>
    </Layout>
  );
}
