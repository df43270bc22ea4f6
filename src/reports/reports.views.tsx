import { ErrorSummary, Radios } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { boardPath, reportPath } from '../web/paths.ts';
import type { PublicAnswerWithContext } from '../answers/answers.queries.ts';
import { reportReasons } from './reports.actions.ts';

export function ReportPage({
  ctx,
  answer,
  error,
  values,
}: {
  ctx: PageContext;
  answer: PublicAnswerWithContext;
  error?: string;
  values: { reason: string; details: string };
}) {
  return (
    <Layout ctx={ctx} title="Report an answer" hasErrors={Boolean(error)}>
      <div class="narrow">
        <ErrorSummary errors={error ? [{ field: 'reason', message: error }] : []} />
        <h1>Report an answer</h1>
        <blockquote class="answer answer--single">
          <p class="answer__text">{answer.body}</p>
          <footer class="answer__meta">{answer.displayName ?? 'Anonymous'}</footer>
        </blockquote>
        <p>A moderator of this board will read your report. If several people report an answer, it is hidden until a moderator has looked at it.</p>
        <form method="post" action={reportPath(answer.id)} novalidate>
          <Radios
            name="reason"
            legend={<span class="label--bold">What is wrong with it?</span>}
            choices={Object.entries(reportReasons).map(([value, label]) => ({ value, label }))}
            value={values.reason}
            error={error}
          />
          <div class="form-group">
            <label class="label" for="details">
              Anything else the moderator should know (optional)
            </label>
            <p class="hint" id="details-hint">
              Up to 500 characters. Please do not include your own contact details.
            </p>
            <textarea class="textarea" id="details" name="details" rows={3} aria-describedby="details-hint">
              {values.details}
            </textarea>
          </div>
          <button class="button" type="submit">
            Send report
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function ReportedPage({ ctx, boardSlug, boardTitle }: { ctx: PageContext; boardSlug: string; boardTitle: string }) {
  return (
    <Layout ctx={ctx} title="Thank you for your report">
      <div class="panel" role="status">
        <h1 class="panel__title">Thank you for your report</h1>
        <p class="panel__body">A moderator will look at the answer.</p>
      </div>
      <p>
        <a href={boardPath(boardSlug)}>Back to “{boardTitle}”</a>
      </p>
    </Layout>
  );
}
