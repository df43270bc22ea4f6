import type { Board } from '../db/tables.ts';
import { answerUses, useWording } from '../answers/answers.input.ts';
import { ErrorMessage, ErrorSummary, Radios, SelectField, describedBy } from '../web/forms.tsx';
import type { Messages } from '../i18n/catalogue.ts';
import { plural } from '../i18n/format.ts';
import { languageTag } from '../i18n/locale.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, importPath } from '../web/paths.ts';
import type { ImportPlan, Mapping, OpenUpload, SkipKind } from './imports.actions.ts';

// The facilitator area is in English for now (issue 14); a short date and time, as the preview lists them.
const dateTime = new Intl.DateTimeFormat(languageTag.en, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** How many planned answers the preview lists; the counts cover them all. */
export const previewLimit = 50;
/** A file of thousands of empty cells would otherwise make a page of thousands of rows: the counts above say the rest. */
export const skippedLimit = 200;

export function UploadPage(props: { ctx: PageContext; name: string; board: Board; error?: string; expired?: boolean }) {
  const { ctx, name, board, error, expired } = props;
  const { t } = ctx;
  const u = t.imports.upload;
  return (
    <Layout ctx={ctx} title={u.title(board.title)} hasErrors={Boolean(error)} account={{ name }}>
      <BackLink href={adminBoardPath(board.slug, '/queue')}>{u.back(board.title)}</BackLink>
      <ErrorSummary errors={error ? [{ field: 'file', message: error }] : []} t={t} />
      <h1>
        {u.heading} <span class="caption">{u.into(board.title)}</span>
      </h1>
      {expired && (
        <div class="notice" role="status">
          {u.expired}
        </div>
      )}
      <p>{u.lead}</p>
      <p>{u.safety}</p>
      <h2 class="heading-m">{u.getFile}</h2>
      <ul>
        <li>{u.fromForms}</li>
        <li>{u.fromSheets}</li>
      </ul>
      <form method="post" action={importPath(board.slug)} enctype="multipart/form-data" novalidate>
        <div class={error ? 'form-group form-group--error' : 'form-group'}>
          <label class="label label--bold" for="file">
            {u.fileLabel}
          </label>
          <p class="hint" id="file-hint">
            {u.fileHint}
          </p>
          <ErrorMessage id="file" message={error} t={t} />
          <input
            class={error ? 'file-upload file-upload--error' : 'file-upload'}
            id="file"
            name="file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            aria-describedby={describedBy('file-hint', error && 'file-error')}
          />
        </div>
        <button type="submit" class="button">
          {u.submit}
        </button>
      </form>
    </Layout>
  );
}

function excerpt(text: string, length = 140): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('')}…`;
}

/** The mapping as form fields: the Preview form's selects, or the import form's hidden copies. */
function mappingFields(open: OpenUpload, mapping: Mapping): Record<string, string> {
  const fields: Record<string, string> = { mapped: 'yes', dates: mapping.dates };
  for (const [i, q] of mapping.columns.entries()) if (open.kinds[i] === 'answer') fields[`q${i}`] = q?.key ?? '';
  fields.perspective = 'fixed' in mapping.perspective ? `fixed:${mapping.perspective.fixed.key}` : `column:${mapping.perspective.column}`;
  fields.name = mapping.name === null ? '' : String(mapping.name);
  return fields;
}

export function MappingPage(props: {
  ctx: PageContext;
  name: string;
  board: Board;
  open: OpenUpload;
  mapping: Mapping;
  plan?: ImportPlan;
  error?: string;
  /** The import was sent without saying what the form's people agreed to. */
  useError?: string;
}) {
  const { ctx, name, board, open, mapping, plan, error, useError } = props;
  const errors = [...(error ? [{ field: 'import', message: error }] : []), ...(useError ? [{ field: 'use', message: useError }] : [])];
  const { table, kinds, questions, perspectives } = open;
  const fields = mappingFields(open, mapping);
  const answerColumns = table.header.map((title, i) => ({ title, i })).filter((c) => kinds[c.i] === 'answer');
  const google = table.header.filter((_, i) => kinds[i] !== 'answer');
  const action = importPath(board.slug, open.upload.id);
  const { t } = ctx;
  const m = t.imports.mapping;
  return (
    <Layout ctx={ctx} title={m.title(plan ? m.previewTitle : m.matchTitle, board.title)} hasErrors={errors.length > 0} account={{ name }}>
      <BackLink href={importPath(board.slug)}>{m.back}</BackLink>
      <ErrorSummary errors={errors} t={t} />
      <h1>
        {m.heading} <span class="caption">{m.into(board.title)}</span>
      </h1>
      <p>
        {m.file} <strong>{open.upload.fileName}</strong>, {plural('en', table.rows.length, m.responses)} {m.and} {plural('en', table.header.length, m.columns)}.
        {google.length > 0 && <> {m.googleColumns(google.map((title) => `“${title}”`).join(', '))}</>}
      </p>
      <form method="get" action={`${action}#preview`} novalidate>
        <input type="hidden" name="mapped" value="yes" />
        <input type="hidden" name="preview" value="yes" />
        <fieldset class="fieldset">
          <legend class="fieldset__legend">
            <h2 class="heading-m">{m.questionsLegend}</h2>
          </legend>
          <p class="hint">{m.questionsHint}</p>
          {answerColumns.map(({ title, i }) => (
            <SelectField
              key={i}
              name={`q${i}`}
              label={m.column(title)}
              value={fields[`q${i}`] ?? ''}
              options={[{ value: '', label: m.doNotImport }, ...questions.map((q) => ({ value: q.key, label: q.text }))]}
            />
          ))}
        </fieldset>
        <SelectField
          name="perspective"
          label={m.perspectiveLabel}
          hint={m.perspectiveHint}
          value={fields.perspective!}
          options={[]}
          groups={[
            { label: m.fromColumn, options: answerColumns.map(({ title, i }) => ({ value: `column:${i}`, label: m.column(title) })) },
            { label: m.sameForAll, options: perspectives.map((p) => ({ value: `fixed:${p.key}`, label: p.label })) },
          ]}
        />
        <SelectField
          name="name"
          label={m.nameLabel}
          hint={m.nameHint}
          value={fields.name!}
          options={[{ value: '', label: m.noName }, ...answerColumns.map(({ title, i }) => ({ value: String(i), label: m.column(title) }))]}
        />
        <Radios
          name="dates"
          legend={m.datesLegend}
          hint={m.datesHint}
          value={mapping.dates}
          choices={[
            { value: 'mdy', label: m.monthFirst },
            { value: 'dmy', label: m.dayFirst },
          ]}
          t={t}
        />
        <button type="submit" class="button">
          {m.preview}
        </button>
      </form>
      {plan && <Preview board={board} action={action} fields={fields} plan={plan} useError={useError} t={t} />}
    </Layout>
  );
}

function Preview(props: { board: Board; action: string; fields: Record<string, string>; plan: ImportPlan; useError?: string | undefined; t: Messages }) {
  const { board, action, fields, plan, useError, t } = props;
  const p = t.imports.preview;
  const { create, skipped } = plan;
  return (
    <section aria-labelledby="preview-title" id="preview">
      <h2 class="heading-m" id="preview-title">
        {p.heading}
      </h2>
      <p>
        <strong>{plural('en', create.length, p.willImport)}</strong> {p.andWait}{' '}
        {skipped.length > 0 ? plural('en', skipped.length, p.skipped) : p.nothingSkipped}
      </p>
      {skipped.length > 0 && (
        <ul>
          {(Object.keys(p.skipKinds) as SkipKind[]).map((kind) => {
            const n = skipped.filter((s) => s.kind === kind).length;
            return n > 0 && <li key={kind}>{plural('en', n, p.skipKinds[kind])}</li>;
          })}
        </ul>
      )}
      {create.length > 0 && (
        <div class="table-wrap">
          <table class="summary-table">
            <caption class="caption">{create.length > previewLimit ? p.firstOf(previewLimit, create.length) : p.toImport}</caption>
            <thead>
              <tr>
                <th scope="col" class="number">
                  {p.row}
                </th>
                <th scope="col">{p.question}</th>
                <th scope="col">{p.perspective}</th>
                <th scope="col">{p.answer}</th>
                <th scope="col">{p.name}</th>
                <th scope="col">{p.date}</th>
              </tr>
            </thead>
            <tbody>
              {create.slice(0, previewLimit).map((a) => (
                <tr key={a.key}>
                  <td class="number">{a.row}</td>
                  <td>{a.question.text}</td>
                  <td>{a.perspective.label}</td>
                  <td class="import-preview__text">{excerpt(a.body)}</td>
                  <td>{a.displayName ?? p.anonymous}</td>
                  <td>
                    <time dateTime={a.createdAt}>{p.at(dateTime.format(new Date(a.createdAt)))}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {skipped.length > 0 && (
        <div class="table-wrap">
          <table class="summary-table">
            <caption class="caption">{skipped.length > skippedLimit ? p.skippedFirstOf(skippedLimit, skipped.length) : p.skippedWhy}</caption>
            <thead>
              <tr>
                <th scope="col" class="number">
                  {p.row}
                </th>
                <th scope="col">{p.column}</th>
                <th scope="col">{p.why}</th>
              </tr>
            </thead>
            <tbody>
              {skipped.slice(0, skippedLimit).map((s, i) => (
                <tr key={`${s.row}-${i}`}>
                  <td class="number">{s.row}</td>
                  <td>{s.column === null ? p.wholeRow : `“${s.column}”`}</td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {create.length > 0 ? (
        <form method="post" action={action} id="import">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Radios
            name="use"
            legend={p.useLegend}
            hint={p.useHint}
            value=""
            error={useError}
            choices={answerUses.map((use) => ({ value: use, label: useWording[use].short, hint: useWording[use].hint }))}
            t={t}
          />
          <button type="submit" class="button">
            {plural('en', create.length, p.submit)}
          </button>
        </form>
      ) : (
        <p id="import">
          {p.nothing} <a href={adminBoardPath(board.slug, '/queue')}>{p.backLink}</a>.
        </p>
      )}
    </section>
  );
}
