import { ErrorSummary, TextInput } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { boardPath, managePath } from '../web/paths.ts';
import type { Locale } from '../i18n/locale.ts';
import { langOf } from '../boards/board-language.ts';
import type { AuthorAnswer } from '../answers/answers.queries.ts';
import { AnswerBodyField, UseChoice } from '../answers/answers.views.tsx';
import { useWordingIn } from '../answers/answers.input.ts';
import { CrisisHelpPanel } from '../safety/safety.views.tsx';

/** The board's and the answer's texts as the reader sees them (translated where the board is), with the language each is in. */
export interface AuthorAnswerShown extends AuthorAnswer {
  /** The language of the board's title, question and perspective as shown (the board's own, or the reader's when translated). */
  boardLang?: { title: Locale; question: Locale; perspective: Locale } | undefined;
}

/** A text marked with its language when that differs from the page's. */
function Marked({ lang, children }: { lang: string | undefined; children: string }) {
  return lang ? <span lang={lang}>{children}</span> : children;
}

/** Asks for the private key: filled in from the link's #key= by the script, typed or pasted without it. */
export function ManageStartPage({ ctx, answerId, error }: { ctx: PageContext; answerId: string; error?: string | undefined }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.authors.title} hasErrors={Boolean(error)} scripts={['private-link.js']}>
      <div class="narrow">
        <ErrorSummary errors={error ? [{ field: 'key', message: error }] : []} t={t} />
        <h1>{t.authors.title}</h1>
        <form method="post" action={ctx.link(managePath(answerId))} novalidate data-manage-start>
          <TextInput name="key" label={t.authors.keyLabel} hint={t.authors.keyHint} value="" error={error} autocomplete="off" spellcheck={false} t={t} />
          <button class="button" type="submit">
            {t.authors.continue}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function ManagePage(props: {
  ctx: PageContext;
  answer: AuthorAnswerShown;
  keyValue: string;
  body: string;
  error?: string | undefined;
  useError?: string | undefined;
}) {
  const { ctx, answer, keyValue, body, error, useError } = props;
  const { t, locale } = ctx;
  const m = t.authors;
  const errors = [...(error ? [{ field: 'body', message: error }] : []), ...(useError ? [{ field: 'use', message: useError }] : [])];
  return (
    <Layout ctx={ctx} title={m.title} hasErrors={errors.length > 0} scripts={['answer-form.js']}>
      <div class="narrow">
        <ErrorSummary errors={errors} t={t} />
        <h1>{m.title}</h1>
        <p class="caption">
          <Marked lang={langOf(answer.boardLang?.perspective, locale)}>{answer.perspectiveLabel}</Marked> · {m.on} “
          <Marked lang={langOf(answer.boardLang?.title, locale)}>{answer.boardTitle}</Marked>”
        </p>
        <h2 class="heading-m" lang={langOf(answer.boardLang?.question, locale)}>
          {answer.questionText}
        </h2>
        <p>
          {answer.status === 'published' && answer.useAllowed === 'board'
            ? m.published
            : answer.status === 'published'
              ? m.readAndUsed(useWordingIn(locale)[answer.useAllowed].short)
              : answer.status === 'pending'
                ? m.waiting
                : m.notPublished}
          {answer.moderation === 'pre' ? m.changeReadAgain : m.changeAtOnce}
        </p>
        <form method="post" action={ctx.link(managePath(answer.id, 'edit'))} novalidate>
          <input type="hidden" name="key" value={keyValue} />
          <AnswerBodyField label={m.answerLabel} value={body} error={error} locale={locale} />
          <button class="button" type="submit">
            {m.saveChanges}
          </button>
        </form>
        <form method="post" action={ctx.link(managePath(answer.id, 'use'))} novalidate class="manage__use">
          <input type="hidden" name="key" value={keyValue} />
          <UseChoice heading="h2" value={answer.useAllowed} error={useError} locale={locale} />
          <button class="button button--secondary" type="submit">
            {m.saveUse}
          </button>
        </form>
        <h2>{m.deleteHeading}</h2>
        <p>{m.deleteText}</p>
        <form method="post" action={ctx.link(managePath(answer.id, 'delete'))}>
          <input type="hidden" name="key" value={keyValue} />
          <button class="button button--warning" type="submit">
            {m.deleteButton}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function ManageDonePage({
  ctx,
  title,
  message,
  boardSlug,
  boardTitle,
}: {
  ctx: PageContext;
  title: string;
  message: string;
  boardSlug?: string;
  boardTitle?: string;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <div class="panel" role="status">
        <h1 class="panel__title">{title}</h1>
        <p class="panel__body">{message}</p>
      </div>
      {boardSlug && (
        <p>
          <a href={ctx.link(boardPath(boardSlug))}>{ctx.t.authors.backTo(boardTitle ?? '')}</a>
        </p>
      )}
    </Layout>
  );
}

export function ManageHelpPage({ ctx, boardSlug, boardTitle }: { ctx: PageContext; boardSlug: string; boardTitle: string }) {
  return (
    <Layout ctx={ctx} title={ctx.t.authors.helpTitle}>
      <CrisisHelpPanel help={ctx.help} locale={ctx.locale} />
      <p>
        <a href={ctx.link(boardPath(boardSlug))}>{ctx.t.authors.backTo(boardTitle)}</a>
      </p>
    </Layout>
  );
}
