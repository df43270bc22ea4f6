import { ErrorSummary, Radios, TextInput } from '../web/forms.tsx';
import { formatDate } from '../web/html.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminPath, dataRequestsPath } from '../web/paths.ts';
import type { RequestedAnswer } from '../answers/answers.queries.ts';

const statusLabels: Record<string, string> = { pending: 'Waiting to be read', published: 'Published', rejected: 'Rejected', hidden: 'Hidden' };

export function RequestsPage(props: { ctx: PageContext; name: string; email: string; error?: string; results?: RequestedAnswer[]; notice?: string }) {
  const { ctx, name, email, error, results, notice } = props;
  return (
    <Layout ctx={ctx} title="Requests about personal data" hasErrors={Boolean(error)} account={{ name }}>
      <div class="narrow">
        <BackLink href={adminPath}>Your boards</BackLink>
        <ErrorSummary errors={error ? [{ field: 'email', message: error }] : []} />
        {notice && (
          <div class="notice" role="status">
            {notice}
          </div>
        )}
        <h1>Requests about personal data</h1>
        <p>
          When someone asks for a copy of their answers, or for them to be erased, find them by the email address they gave. This searches the boards you own.
        </p>
        <form method="post" action={dataRequestsPath} novalidate>
          <TextInput name="email" type="email" label="Email address" value={email} error={error} autocomplete="off" spellcheck={false} />
          <button class="button" type="submit">
            Find answers
          </button>
        </form>
      </div>
      {results && (
        <>
          <h2>
            {results.length === 0 ? 'No answers' : `${results.length} ${results.length === 1 ? 'answer' : 'answers'}`} given with {email}
          </h2>
          {results.length > 0 && (
            <>
              <table class="summary-table">
                <caption class="visually-hidden">Answers given with this email address</caption>
                <thead>
                  <tr>
                    <th scope="col">Board and question</th>
                    <th scope="col">Answer</th>
                    <th scope="col">Status</th>
                    <th scope="col">Sent</th>
                  </tr>
                </thead>
                <tbody>
                  {results.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        {a.boardTitle}: {a.questionText}
                      </th>
                      <td class="answer__text">{a.body}</td>
                      <td>{statusLabels[a.status]}</td>
                      <td>{formatDate(a.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div class="narrow">
                <form method="post" action={`${dataRequestsPath}/export`} class="bulk">
                  <input type="hidden" name="email" value={email} />
                  <button class="button button--secondary" type="submit">
                    Download them as JSON
                  </button>
                </form>
                <h2>Erase them</h2>
                <form method="post" action={`${dataRequestsPath}/erase`}>
                  <input type="hidden" name="email" value={email} />
                  <Radios
                    name="action"
                    legend={<span class="label--bold">How?</span>}
                    choices={[
                      { value: 'delete', label: 'Delete the answers', hint: 'They are removed everywhere at once.' },
                      {
                        value: 'anonymise',
                        label: 'Keep the text, remove the email address and name',
                        hint: 'Only when the person agrees their words can stay.',
                      },
                    ]}
                    value="delete"
                  />
                  <div class="form-group">
                    <div class="checkboxes__item">
                      <input class="checkboxes__input" type="checkbox" id="confirm" name="confirm" value="yes" />
                      <label class="checkboxes__label" for="confirm">
                        I understand this cannot be undone
                      </label>
                    </div>
                  </div>
                  <button class="button button--warning" type="submit">
                    Erase
                  </button>
                </form>
              </div>
            </>
          )}
        </>
      )}
    </Layout>
  );
}
