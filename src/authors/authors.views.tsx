import { ErrorSummary, TextInput } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { boardPath, managePath } from '../web/paths.ts';
import type { AuthorAnswer } from '../answers/answers.queries.ts';
import { AnswerBodyField, UseChoice } from '../answers/answers.views.tsx';
import { useWording } from '../answers/answers.input.ts';
import { CrisisHelpPanel } from '../safety/safety.views.tsx';

/** Asks for the private key: filled in from the link's #key= by the script, typed or pasted without it. */
export function ManageStartPage({ ctx, answerId, error }: { ctx: PageContext; answerId: string; error?: string }) {
  return (
    <Layout ctx={ctx} title="Change or delete your answer" hasErrors={Boolean(error)} scripts={['private-link.js']}>
      <div class="narrow">
        <ErrorSummary errors={error ? [{ field: 'key', message: error }] : []} />
        <h1>Change or delete your answer</h1>
        <form method="post" action={managePath(answerId)} novalidate data-manage-start>
          <TextInput
            name="key"
            label="Your private key"
            hint="The part of your private link after “#key=”, or the whole link."
            value=""
            error={error}
            autocomplete="off"
            spellcheck={false}
          />
          <button class="button" type="submit">
            Continue
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function ManagePage(props: { ctx: PageContext; answer: AuthorAnswer; keyValue: string; body: string; error?: string; useError?: string }) {
  const { ctx, answer, keyValue, body, error, useError } = props;
  const errors = [...(error ? [{ field: 'body', message: error }] : []), ...(useError ? [{ field: 'use', message: useError }] : [])];
  return (
    <Layout ctx={ctx} title="Change or delete your answer" hasErrors={errors.length > 0} scripts={['answer-form.js']}>
      <div class="narrow">
        <ErrorSummary errors={errors} />
        <h1>Change or delete your answer</h1>
        <p class="caption">
          {answer.perspectiveLabel} · on “{answer.boardTitle}”
        </p>
        <h2 class="heading-m">{answer.questionText}</h2>
        <p>
          {answer.status === 'published' && answer.useAllowed === 'board'
            ? 'Your answer is published.'
            : answer.status === 'published'
              ? `A facilitator has read your answer. ${useWording[answer.useAllowed].short}.`
              : answer.status === 'pending'
                ? 'Your answer is waiting to be read by a facilitator.'
                : 'Your answer is not published.'}
          {answer.moderation === 'pre'
            ? ' If you change it, a facilitator reads it again before it appears.'
            : ' If you change it, the new text appears at once.'}
        </p>
        <form method="post" action={managePath(answer.id, 'edit')} novalidate>
          <input type="hidden" name="key" value={keyValue} />
          <AnswerBodyField label="Your answer" value={body} error={error} />
          <button class="button" type="submit">
            Save changes
          </button>
        </form>
        <form method="post" action={managePath(answer.id, 'use')} novalidate class="manage__use">
          <input type="hidden" name="key" value={keyValue} />
          <UseChoice heading="h2" value={answer.useAllowed} error={useError} />
          <button class="button button--secondary" type="submit">
            Save where it may be used
          </button>
        </form>
        <h2>Delete your answer</h2>
        <p>It is removed at once from the board, from websites that embed it, and from the API. This cannot be undone.</p>
        <form method="post" action={managePath(answer.id, 'delete')}>
          <input type="hidden" name="key" value={keyValue} />
          <button class="button button--warning" type="submit">
            Delete my answer
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
          <a href={boardPath(boardSlug)}>Back to “{boardTitle}”</a>
        </p>
      )}
    </Layout>
  );
}

export function ManageHelpPage({ ctx, boardSlug, boardTitle }: { ctx: PageContext; boardSlug: string; boardTitle: string }) {
  return (
    <Layout ctx={ctx} title="Your changes have been received">
      <CrisisHelpPanel help={ctx.help} />
      <p>
        <a href={boardPath(boardSlug)}>Back to “{boardTitle}”</a>
      </p>
    </Layout>
  );
}
