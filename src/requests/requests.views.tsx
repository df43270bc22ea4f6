import { formatDate, plural } from '../i18n/format.ts';
import { ErrorSummary, Radios, TextInput } from '../web/forms.tsx';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminPath, dataRequestsPath } from '../web/paths.ts';
import type { RequestedAnswer } from '../answers/answers.queries.ts';

export function RequestsPage(props: { ctx: PageContext; name: string; email: string; error?: string; results?: RequestedAnswer[]; notice?: string }) {
  const { ctx, name, email, error, results, notice } = props;
  const t = ctx.t.requests;
  return (
    <Layout ctx={ctx} title={t.title} hasErrors={Boolean(error)} account={{ name }}>
      <div class="narrow">
        <BackLink href={adminPath}>{t.back}</BackLink>
        <ErrorSummary errors={error ? [{ field: 'email', message: error }] : []} t={ctx.t} />
        {notice && (
          <div class="notice" role="status">
            {notice}
          </div>
        )}
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <form method="post" action={dataRequestsPath} novalidate>
          <TextInput t={ctx.t} name="email" type="email" label={t.email} value={email} error={error} autocomplete="off" spellcheck={false} />
          <button class="button" type="submit">
            {t.find}
          </button>
        </form>
      </div>
      {results && (
        <>
          <h2>{t.givenWith(results.length === 0 ? t.found.zero : plural(ctx.locale, results.length, t.found), email)}</h2>
          {results.length > 0 && (
            <>
              <table class="summary-table">
                <caption class="visually-hidden">{t.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.boardAndQuestion}</th>
                    <th scope="col">{t.answer}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.sent}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        {a.boardTitle}: {a.questionText}
                      </th>
                      <td class="answer__text">{a.body}</td>
                      <td>{t.statuses[a.status]}</td>
                      <td>{formatDate(ctx.locale, a.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div class="narrow">
                <form method="post" action={`${dataRequestsPath}/export`} class="bulk">
                  <input type="hidden" name="email" value={email} />
                  <button class="button button--secondary" type="submit">
                    {t.download}
                  </button>
                </form>
                <h2>{t.eraseHeading}</h2>
                <form method="post" action={`${dataRequestsPath}/erase`}>
                  <input type="hidden" name="email" value={email} />
                  <Radios
                    t={ctx.t}
                    name="action"
                    legend={<span class="label--bold">{t.how}</span>}
                    choices={[
                      { value: 'delete', label: t.delete, hint: t.deleteHint },
                      { value: 'anonymise', label: t.anonymise, hint: t.anonymiseHint },
                    ]}
                    value="delete"
                  />
                  <div class="form-group">
                    <div class="checkboxes__item">
                      <input class="checkboxes__input" type="checkbox" id="confirm" name="confirm" value="yes" />
                      <label class="checkboxes__label" for="confirm">
                        {t.understand}
                      </label>
                    </div>
                  </div>
                  <button class="button button--warning" type="submit">
                    {t.erase}
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
