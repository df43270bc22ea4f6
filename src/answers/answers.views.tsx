import type { ComponentChildren } from 'preact';
import type { AnswerStatus, AnswerUse, Board, Perspective, Question } from '../db/tables.ts';
import { ErrorSummary, ErrorMessage, Radios, TextInput, describedBy } from '../web/forms.tsx';
import { formatDate } from '../web/html.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { answerPath, boardPath, checkAnswerPath, helpPath, managePath, questionPath, reportPath, submitAnswerPath } from '../web/paths.ts';
import type { PublicAnswerWithContext } from './answers.queries.ts';
import { answerFieldOrder, answerLimits, answerUses, useQuestion, useWording, type AnswerField, type FieldErrors } from './answers.input.ts';
import { honeypotField } from '../safety/abuse/decoys.ts';
import type { IdentifyingSpan } from '../safety/identifying/identifying.ts';
import { HelpfulForm } from '../boards/boards.views.tsx';
import { suggestsRisk, type HoldReason } from '../safety/safety.ts';
import { CrisisHelpPanel, IdentifyingCheck } from '../safety/safety.views.tsx';

export type AnswerValues = Record<AnswerField, string>;

export const emptyAnswerValues: AnswerValues = { question: '', perspective: '', body: '', displayName: '', email: '', use: '' };

export interface AnswerFormProps {
  board: Board;
  questions: Question[];
  perspectives: Perspective[];
  /** Set on a question page: the question is fixed and not asked again. */
  fixedQuestion?: Question;
  values: AnswerValues;
  errors: FieldErrors;
  formKey: string;
  /** Identifying details found in the answer just sent: the author checks them before it is stored. */
  found?: IdentifyingSpan[];
  /** Where the form is sent, when not to the board (a live session's join page). */
  action?: string;
}

export function errorList(errors: FieldErrors) {
  return answerFieldOrder.filter((f) => errors[f]).map((field) => ({ field, message: errors[field]! }));
}

/** The answer's text with its limit and live count (answer-form.js); the same field wherever an answer is written. */
export function AnswerBodyField({ label, hint, value, error }: { label: string; hint?: string; value: string; error?: string }) {
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'} data-character-count data-max={answerLimits.body}>
      <label class="label label--bold" for="body">
        {label}
      </label>
      {hint && (
        <p class="hint" id="body-hint">
          {hint}
        </p>
      )}
      <ErrorMessage id="body" message={error} />
      <textarea
        class={error ? 'textarea textarea--error' : 'textarea'}
        id="body"
        name="body"
        rows={8}
        aria-describedby={describedBy(hint && 'body-hint', 'body-count', error && 'body-error')}
      >
        {value}
      </textarea>
      <p class="hint character-count" id="body-count">
        You can enter up to {answerLimits.body.toLocaleString('en-GB')} characters
      </p>
    </div>
  );
}

export function AnswerForm({ board, questions, perspectives, fixedQuestion, values, errors, formKey, found, action }: AnswerFormProps) {
  if (!board.accepting) {
    return (
      <section class="answer-form" aria-labelledby="answer-heading">
        <h2 id="answer-heading">Add your answer</h2>
        <p>This board is closed for new answers.</p>
      </section>
    );
  }
  if (questions.length === 0 || perspectives.length === 0) {
    return (
      <section class="answer-form" aria-labelledby="answer-heading">
        <h2 id="answer-heading">Add your answer</h2>
        <p>This board is not ready for answers yet.</p>
      </section>
    );
  }
  const moderationNote =
    board.moderation === 'pre'
      ? "The board's facilitators read every answer before it is published, usually within a few days."
      : "Answers are published straight away. The board's facilitators read them and may remove any that break the rules.";
  return (
    <section class="answer-form" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{fixedQuestion ? 'Add your answer to this question' : 'Add your answer'}</h2>
      <ErrorSummary errors={errorList(errors)} />
      <p>
        {moderationNote} Answers that may identify someone, or suggest that someone is at risk, are always read by a facilitator first. This is not a crisis
        service and answers are not read straight away: if you need help now, <a href={helpPath}>see who to contact</a>.
      </p>
      <form method="post" action={action ?? submitAnswerPath(board.slug)} novalidate data-answer-form data-check-url={checkAnswerPath(board.slug)}>
        <input type="hidden" name="formKey" value={formKey} />
        {/* Filled in by answer-form.js after its invisible check; without it the answer is held for a moderator. */}
        <input type="hidden" name="check" value="" />
        {/* A trap for bots that fill in every field: people never see it. */}
        <div class="trap" aria-hidden="true">
          <label for={honeypotField}>Leave this blank</label>
          <input type="text" id={honeypotField} name={honeypotField} value="" tabIndex={-1} autocomplete="off" />
        </div>
        {fixedQuestion ? (
          <>
            <input type="hidden" name="question" value={fixedQuestion.key} />
            <input type="hidden" name="from" value="question" />
          </>
        ) : (
          <Radios
            name="question"
            legend={<h3 class="fieldset__heading">Which question are you answering?</h3>}
            choices={questions.map((q) => ({ value: q.key, label: q.text }))}
            value={values.question}
            error={errors.question}
          />
        )}
        <Radios
          name="perspective"
          legend={<h3 class="fieldset__heading">Which point of view are you answering from?</h3>}
          choices={perspectives.map((p) => ({ value: p.key, label: p.label, hint: p.description || undefined }))}
          value={values.perspective}
          error={errors.perspective}
        />
        {found && found.length > 0 && <IdentifyingCheck text={values.body} spans={found} />}
        <AnswerBodyField
          label="Your answer"
          hint="Do not include names, contact details or anything else that could identify you or someone else."
          value={values.body}
          error={errors.body}
        />
        <TextInput
          name="displayName"
          label="Your name (optional)"
          hint="Shown with your answer. Leave it blank to appear as “Anonymous”."
          value={values.displayName}
          error={errors.displayName}
          autocomplete="nickname"
          spellcheck={false}
        />
        <TextInput
          name="email"
          type="email"
          label="Email address (optional)"
          hint="Never shown to anyone. We only use it to send you the private link to change or delete your answer."
          value={values.email}
          error={errors.email}
          autocomplete="email"
          spellcheck={false}
        />
        <UseChoice value={values.use} error={errors.use} hint="You can change your choice later with your private link." />
        <div class="button-group">
          <button type="submit" class="button" data-prevent-double-click>
            Send your answer
          </button>
          {found && found.length > 0 && (
            <button type="submit" class="button button--secondary" name="identifying" value="send-anyway">
              Send it as it is
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

/** Where the answer may be used: the form's required choice, asked again on the author's private page. */
export function UseChoice({ value, error, heading = 'h3', hint }: { value: string; error?: string; heading?: 'h2' | 'h3'; hint?: string }) {
  const Heading = heading;
  return (
    <Radios
      name="use"
      legend={<Heading class="fieldset__heading">{useQuestion}</Heading>}
      hint={hint}
      choices={answerUses.map((use) => ({ value: use, label: useWording[use].label, hint: useWording[use].hint }))}
      value={value}
      error={error}
    />
  );
}

/** On the confirmation page: the private link, shown once (it travels in the address's #fragment, never to the server). */
export function PrivateLinkSection({ answerId }: { answerId: string }) {
  return (
    <section class="private-link" aria-labelledby="private-link-heading" data-private-link data-manage-path={managePath(answerId)}>
      <h2 id="private-link-heading">Your private link</h2>
      <p>
        Keep it to change or delete your answer at any time, without an account. It is shown only this once. Anyone who has it can change your answer, so do not
        share it.
      </p>
      <div class="form-group" hidden data-private-link-box>
        <label class="label" for="private-link">
          Private link
        </label>
        <input class="input input--wide" id="private-link" type="text" readonly spellcheck={false} />
      </div>
      <p data-private-link-fallback>
        Your private key is the part of this page's address after “#key=”: copy the whole address from your browser's address bar and keep it. To use it, go to{' '}
        <a href={managePath(answerId)}>your answer's page</a> and enter the key.
      </p>
    </section>
  );
}

/** What happens to an answer its author kept off the board (said on the confirmation pages); null for 'board'. */
export function keptOffBoard(use: AnswerUse): string | null {
  if (use === 'workshop')
    return 'As you chose, it will not appear on the board or anywhere online: a facilitator reads it and may use it in workshops and handouts.';
  if (use === 'facilitators') return 'As you chose, it will not appear on the board: only the facilitators will read it.';
  return null;
}

export function ReceivedPage({
  ctx,
  board,
  answerId,
  status,
  use,
  held,
}: {
  ctx: PageContext;
  board: Board;
  answerId: string;
  status: AnswerStatus;
  use: AnswerUse;
  held: HoldReason[];
}) {
  if (suggestsRisk(held)) {
    return (
      <Layout ctx={ctx} title="Your answer has been received" scripts={['private-link.js']}>
        <CrisisHelpPanel help={ctx.help} />
        <PrivateLinkSection answerId={answerId} />
        <p>
          <a href={boardPath(board.slug)}>Back to “{board.title}”</a>
        </p>
      </Layout>
    );
  }
  const offBoard = keptOffBoard(use);
  const title = status === 'published' && !offBoard ? 'Your answer is published' : 'Your answer has been received';
  return (
    <Layout ctx={ctx} title={title} scripts={['private-link.js']}>
      <div class="panel" role="status">
        <h1 class="panel__title">{title}</h1>
        <p class="panel__body">Thank you for adding your point of view.</p>
      </div>
      {offBoard ? (
        <p>{offBoard}</p>
      ) : status === 'published' ? (
        <p>
          It is now on the board for everyone to read. <a href={answerPath(answerId)}>See your answer</a>.
        </p>
      ) : (
        <p>A facilitator will read it before it appears on the board. Most answers are read within a few days.</p>
      )}
      <PrivateLinkSection answerId={answerId} />
      <p>
        <a href={boardPath(board.slug)}>Back to “{board.title}”</a>
      </p>
    </Layout>
  );
}

export function AnswerPage({
  ctx,
  answer,
  head,
  share,
}: {
  ctx: PageContext;
  answer: PublicAnswerWithContext;
  head?: ComponentChildren;
  share?: ComponentChildren;
}) {
  const name = answer.displayName ?? 'Anonymous';
  return (
    <Layout ctx={ctx} title={`Answer from ${name}`} head={head} scripts={share ? ['share.js', 'votes.js'] : ['votes.js']}>
      <BackLink href={boardPath(answer.boardSlug)}>Back to “{answer.boardTitle}”</BackLink>
      <p class="caption">{answer.perspectiveLabel}</p>
      <h1 class="heading-m">
        <a href={questionPath(answer.boardSlug, answer.questionKey)}>{answer.questionText}</a>
      </h1>
      <blockquote class="answer answer--single">
        <p class="answer__text">{answer.body}</p>
        <footer class="answer__meta">
          {answer.isExample ? <strong class="tag">Example</strong> : null} {name}, <time dateTime={answer.createdAt}>{formatDate(answer.createdAt)}</time>
        </footer>
      </blockquote>
      <HelpfulForm answer={answer} />
      <p>
        <a href={reportPath(answer.id)}>Report this answer</a>
      </p>
      {share}
    </Layout>
  );
}
