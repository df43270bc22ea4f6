import { ErrorSummary, Radios } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { boardPath, reportPath } from '../web/paths.ts';
import { formatNumber } from '../i18n/format.ts';
import type { PublicAnswerWithContext } from '../answers/answers.queries.ts';
import { reportReasons, type ReportReason } from './reports.actions.ts';
import { detailsLimit } from './reports.input.ts';

export function ReportPage({
  ctx,
  answer,
  error,
  values,
}: {
  ctx: PageContext;
  answer: PublicAnswerWithContext;
  error?: string | undefined;
  values: { reason: string; details: string };
}) {
  const { t } = ctx;
  // Typed here so that a catalogue missing a reason fails the type check.
  const reasons: Record<ReportReason, string> = t.reports.reasons;
  return (
    <Layout ctx={ctx} title={t.reports.title} hasErrors={Boolean(error)}>
      <div class="narrow">
        <ErrorSummary errors={error ? [{ field: 'reason', message: error }] : []} t={t} />
        <h1>{t.reports.title}</h1>
        {/* The answer stays in the language its author wrote. */}
        <blockquote class="answer answer--single">
          <p class="answer__text">{answer.body}</p>
          <footer class="answer__meta">{answer.displayName ?? t.reports.anonymous}</footer>
        </blockquote>
        <p>{t.reports.explain}</p>
        <form method="post" action={ctx.link(reportPath(answer.id))} novalidate>
          <Radios
            name="reason"
            legend={<span class="label--bold">{t.reports.whatIsWrong}</span>}
            choices={(Object.keys(reportReasons) as ReportReason[]).map((value) => ({ value, label: reasons[value] }))}
            value={values.reason}
            error={error}
            t={t}
          />
          <div class="form-group">
            <label class="label" for="details">
              {t.reports.detailsLabel}
            </label>
            <p class="hint" id="details-hint">
              {t.reports.detailsHint(formatNumber(ctx.locale, detailsLimit))}
            </p>
            <textarea class="textarea" id="details" name="details" rows={3} aria-describedby="details-hint">
              {values.details}
            </textarea>
          </div>
          <button class="button" type="submit">
            {t.reports.send}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function ReportedPage({ ctx, boardSlug, boardTitle }: { ctx: PageContext; boardSlug: string; boardTitle: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.reports.thanksTitle}>
      <div class="panel" role="status">
        <h1 class="panel__title">{t.reports.thanksTitle}</h1>
        <p class="panel__body">{t.reports.thanksText}</p>
      </div>
      <p>
        <a href={ctx.link(boardPath(boardSlug))}>{t.reports.backTo(boardTitle)}</a>
      </p>
    </Layout>
  );
}
