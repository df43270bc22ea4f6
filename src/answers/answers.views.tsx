import type { ComponentChildren } from 'preact';
import type { AnswerStatus, AnswerUse, Board, Perspective, Question } from '../db/tables.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { type Locale, localised } from '../i18n/locale.ts';
import { ErrorSummary, ErrorMessage, Radios, TextInput, describedBy } from '../web/forms.tsx';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { answerPath, boardPath, checkAnswerPath, helpPath, managePath, questionPath, reportPath, submitAnswerPath } from '../web/paths.ts';
import type { PublicAnswerWithContext } from './answers.queries.ts';
import { answerFieldOrder, answerLimits, answerUses, useWordingIn, type AnswerField, type FieldErrors } from './answers.input.ts';
import { honeypotField } from '../safety/abuse/decoys.ts';
import type { IdentifyingSpan } from '../safety/identifying/identifying.ts';
import { HelpfulForm } from '../boards/boards.views.tsx';
import { langOf } from '../boards/board-language.ts';
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
  /** Where the form is sent, when not to the board (a live session's join page): an English address, localised here. */
  action?: string;
  /** The page's language (default English). */
  locale?: Locale;
}

/** A question or perspective as the snapshot shows it: `lang` is the language its text is in. */
type MaybeShown = { lang?: Locale | undefined };

export function errorList(errors: FieldErrors) {
  return answerFieldOrder.filter((f) => errors[f]).map((field) => ({ field, message: errors[field]! }));
}

/** What answer-form.js says as the person types, in the page's language (it reads them from data-answer-words). */
function scriptWords(locale: Locale) {
  const { answers, safety } = catalogues[locale];
  const kinds = Object.fromEntries(Object.entries(safety.identifying).map(([kind, names]) => [kind, names.singular]));
  const { charactersLeft, charactersOver, seemsToInclude, and } = answers.form;
  return { remaining: charactersLeft, tooMany: charactersOver, identifying: seemsToInclude, and, kinds };
}

/** The answer's text with its limit and live count (answer-form.js); the same field wherever an answer is written. */
export function AnswerBodyField({
  label,
  hint,
  value,
  error,
  locale = 'en',
}: {
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  locale?: Locale;
}) {
  const t = catalogues[locale];
  return (
    <div
      class={error ? 'form-group form-group--error' : 'form-group'}
      data-character-count
      data-max={answerLimits.body}
      data-answer-words={JSON.stringify(scriptWords(locale))}
    >
      <label class="label label--bold" for="body">
        {label}
      </label>
      {hint && (
        <p class="hint" id="body-hint">
          {hint}
        </p>
      )}
      <ErrorMessage id="body" message={error} t={t} />
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
        {t.answers.form.bodyLimit(formatNumber(locale, answerLimits.body))}
      </p>
    </div>
  );
}

export function AnswerForm(props: AnswerFormProps) {
  const { board, questions, perspectives, fixedQuestion, values, errors, formKey, found, action, locale = 'en' } = props;
  const t = catalogues[locale];
  const m = t.answers.form;
  const link = (path: string) => localised(locale, path);
  if (!board.accepting) {
    return (
      <section class="answer-form" aria-labelledby="answer-heading">
        <h2 id="answer-heading">{m.heading}</h2>
        <p>{m.closed}</p>
      </section>
    );
  }
  if (questions.length === 0 || perspectives.length === 0) {
    return (
      <section class="answer-form" aria-labelledby="answer-heading">
        <h2 id="answer-heading">{m.heading}</h2>
        <p>{m.notReady}</p>
      </section>
    );
  }
  const moderationNote = board.moderation === 'pre' ? m.preModerated : m.postModerated;
  return (
    <section class="answer-form" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{fixedQuestion ? m.headingForQuestion : m.heading}</h2>
      <ErrorSummary errors={errorList(errors)} t={t} />
      <p>
        {moderationNote} {m.readFirst} <a href={link(helpPath)}>{m.helpLink}</a>.
      </p>
      {/* The identifying check's address is not localised: it answers with a challenge, not words. */}
      <form method="post" action={link(action ?? submitAnswerPath(board.slug))} novalidate data-answer-form data-check-url={checkAnswerPath(board.slug)}>
        <input type="hidden" name="formKey" value={formKey} />
        {/* Filled in by answer-form.js after its invisible check; without it the answer is held for a moderator. */}
        <input type="hidden" name="check" value="" />
        {/* A trap for bots that fill in every field: people never see it. */}
        <div class="trap" aria-hidden="true">
          <label for={honeypotField}>{m.trap}</label>
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
            legend={<h3 class="fieldset__heading">{m.whichQuestion}</h3>}
            choices={questions.map((q: Question & MaybeShown) => ({ value: q.key, label: q.text, lang: langOf(q.lang, locale) }))}
            value={values.question}
            error={errors.question}
            t={t}
          />
        )}
        <Radios
          name="perspective"
          legend={<h3 class="fieldset__heading">{m.whichPerspective}</h3>}
          choices={perspectives.map((p: Perspective & MaybeShown & { descriptionLang?: Locale }) => ({
            value: p.key,
            label: p.label,
            hint: p.description || undefined,
            lang: langOf(p.lang, locale),
            hintLang: langOf(p.descriptionLang ?? p.lang, locale),
          }))}
          value={values.perspective}
          error={errors.perspective}
          t={t}
        />
        {found && found.length > 0 && <IdentifyingCheck text={values.body} spans={found} locale={locale} />}
        <AnswerBodyField label={m.body} hint={m.bodyHint} value={values.body} error={errors.body} locale={locale} />
        <TextInput
          name="displayName"
          label={m.name}
          hint={m.nameHint}
          value={values.displayName}
          error={errors.displayName}
          autocomplete="nickname"
          spellcheck={false}
          t={t}
        />
        <TextInput
          name="email"
          type="email"
          label={m.email}
          hint={m.emailHint}
          value={values.email}
          error={errors.email}
          autocomplete="email"
          spellcheck={false}
          t={t}
        />
        <UseChoice value={values.use} error={errors.use} hint={m.useHint} locale={locale} />
        <div class="button-group">
          <button type="submit" class="button" data-prevent-double-click>
            {m.send}
          </button>
          {found && found.length > 0 && (
            <button type="submit" class="button button--secondary" name="identifying" value="send-anyway">
              {m.sendAnyway}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

/** Where the answer may be used: the form's required choice, asked again on the author's private page. */
export function UseChoice({
  value,
  error,
  heading = 'h3',
  hint,
  locale = 'en',
}: {
  value: string;
  error?: string | undefined;
  heading?: 'h2' | 'h3';
  hint?: string;
  locale?: Locale;
}) {
  const Heading = heading;
  const t = catalogues[locale];
  const wording = useWordingIn(locale);
  return (
    <Radios
      name="use"
      legend={<Heading class="fieldset__heading">{t.answers.useQuestion}</Heading>}
      hint={hint}
      choices={answerUses.map((use) => ({ value: use, label: wording[use].label, hint: wording[use].hint }))}
      value={value}
      error={error}
      t={t}
    />
  );
}

/** On the confirmation page: the private link, shown once (it travels in the address's #fragment, never to the server). */
export function PrivateLinkSection({ answerId, locale = 'en' }: { answerId: string; locale?: Locale }) {
  const m = catalogues[locale].answers.privateLink;
  // The private link is made by private-link.js from this address: in the page's language, so the author stays in it.
  const manage = localised(locale, managePath(answerId));
  return (
    <section class="private-link" aria-labelledby="private-link-heading" data-private-link data-manage-path={manage}>
      <h2 id="private-link-heading">{m.heading}</h2>
      <p>{m.keep}</p>
      <div class="form-group" hidden data-private-link-box>
        <label class="label" for="private-link">
          {m.label}
        </label>
        <input class="input input--wide" id="private-link" type="text" readonly spellcheck={false} />
      </div>
      <p data-private-link-fallback>
        {m.fallback} <a href={manage}>{m.fallbackLink}</a> {m.fallbackEnd}
      </p>
    </section>
  );
}

/** What happens to an answer its author kept off the board (said on the confirmation pages); null for 'board'. */
export function keptOffBoard(use: AnswerUse, locale: Locale = 'en'): string | null {
  if (use === 'board') return null;
  return catalogues[locale].answers.keptOff[use];
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
  const { t, locale } = ctx;
  const m = t.answers.received;
  const back = (
    <p>
      <a href={ctx.link(boardPath(board.slug))}>{t.answers.backTo(board.title)}</a>
    </p>
  );
  if (suggestsRisk(held)) {
    return (
      <Layout ctx={ctx} title={m.title} scripts={['private-link.js']}>
        <CrisisHelpPanel help={ctx.help} locale={locale} />
        <PrivateLinkSection answerId={answerId} locale={locale} />
        {back}
      </Layout>
    );
  }
  const offBoard = keptOffBoard(use, locale);
  const title = status === 'published' && !offBoard ? m.published : m.title;
  return (
    <Layout ctx={ctx} title={title} scripts={['private-link.js']}>
      <div class="panel" role="status">
        <h1 class="panel__title">{title}</h1>
        <p class="panel__body">{m.thanks}</p>
      </div>
      {offBoard ? (
        <p>{offBoard}</p>
      ) : status === 'published' ? (
        <p>
          {m.onBoard} <a href={ctx.link(answerPath(answerId))}>{m.seeIt}</a>.
        </p>
      ) : (
        <p>{m.willRead}</p>
      )}
      <PrivateLinkSection answerId={answerId} locale={locale} />
      {back}
    </Layout>
  );
}

export function AnswerPage(props: {
  ctx: PageContext;
  answer: PublicAnswerWithContext;
  head?: ComponentChildren;
  share?: ComponentChildren;
  /** The languages the question and the perspective are shown in (board-language.ts), when known. */
  shown?: { question: Locale; perspective: Locale };
}) {
  const { ctx, answer, head, share, shown } = props;
  const { t, locale } = ctx;
  const name = answer.displayName ?? t.boards.anonymous;
  return (
    <Layout ctx={ctx} title={t.answers.answerFrom(name)} head={head} scripts={share ? ['share.js', 'votes.js'] : ['votes.js']}>
      <BackLink href={ctx.link(boardPath(answer.boardSlug))}>{t.answers.backTo(answer.boardTitle)}</BackLink>
      <p class="caption" lang={shown && langOf(shown.perspective, locale)}>
        {answer.perspectiveLabel}
      </p>
      <h1 class="heading-m" lang={shown && langOf(shown.question, locale)}>
        <a href={ctx.link(questionPath(answer.boardSlug, answer.questionKey))}>{answer.questionText}</a>
      </h1>
      <blockquote class="answer answer--single">
        <p class="answer__text" lang={langOf(answer.language, locale)}>
          {answer.body}
        </p>
        <footer class="answer__meta">
          {answer.isExample ? <strong class="tag">{t.boards.example}</strong> : null} {name},{' '}
          <time dateTime={answer.createdAt}>{formatDate(locale, answer.createdAt)}</time>
        </footer>
      </blockquote>
      <div data-helpful-words={JSON.stringify(t.boards.helpfulWords)}>
        <HelpfulForm answer={answer} locale={locale} />
      </div>
      <p>
        <a href={ctx.link(reportPath(answer.id))}>{t.answers.reportThis}</a>
      </p>
      {share}
    </Layout>
  );
}
