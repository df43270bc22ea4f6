import type { Board } from '../db/tables.ts';
import { answerUses, useWording } from '../answers/answers.input.ts';
import { ErrorMessage, ErrorSummary, Radios, SelectField, describedBy } from '../web/forms.tsx';
import { plural } from '../web/html.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, importPath } from '../web/paths.ts';
import { skipCounts, type ImportPlan, type Mapping, type OpenUpload, type SkipKind } from './imports.actions.ts';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** How many planned answers the preview lists; the counts cover them all. */
export const previewLimit = 50;
/** A file of thousands of empty cells would otherwise make a page of thousands of rows: the counts above say the rest. */
export const skippedLimit = 200;

export function UploadPage(props: { ctx: PageContext; name: string; board: Board; error?: string; expired?: boolean }) {
  const { ctx, name, board, error, expired } = props;
  return (
    <Layout ctx={ctx} title={`Import answers from a Google Form: ${board.title}`} hasErrors={Boolean(error)} account={{ name }}>
      <BackLink href={adminBoardPath(board.slug, '/queue')}>Answers on {board.title}</BackLink>
      <ErrorSummary errors={error ? [{ field: 'file', message: error }] : []} />
      <h1>
        Import answers from a Google Form <span class="caption">into {board.title}</span>
      </h1>
      {expired && (
        <div class="notice" role="status">
          That upload is no longer here: it was imported already or is more than a day old. Upload the file again.
        </div>
      )}
      <p>
        Bring in answers people gave in a Google Form. You will match the form’s questions to this board’s questions and see what will be imported before
        anything is.
      </p>
      <p>
        Imported answers keep their original date, go through the same safety checks as any answer and wait in the moderation queue: nothing is published until
        a moderator approves it. Email addresses in the file are kept privately, as with any answer, and never shown. Nobody is emailed.
      </p>
      <h2 class="heading-m">Get the file from Google</h2>
      <ul>
        <li>In Google Forms: open the Responses tab, choose the three-dot menu, then “Download responses (.csv)”.</li>
        <li>In Google Sheets: choose File, then Download, then “Comma-separated values (.csv)”.</li>
      </ul>
      <form method="post" action={importPath(board.slug)} enctype="multipart/form-data" novalidate>
        <div class={error ? 'form-group form-group--error' : 'form-group'}>
          <label class="label label--bold" for="file">
            Upload the CSV file
          </label>
          <p class="hint" id="file-hint">
            A .csv file up to 2 MB, in UTF-8 or UTF-16 (Excel’s “CSV UTF-8” or “Unicode text” work too).
          </p>
          <ErrorMessage id="file" message={error} />
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
          Upload and continue
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
  return (
    <Layout ctx={ctx} title={`${plan ? 'Preview the import' : 'Match the columns'}: ${board.title}`} hasErrors={errors.length > 0} account={{ name }}>
      <BackLink href={importPath(board.slug)}>Upload a different file</BackLink>
      <ErrorSummary errors={errors} />
      <h1>
        Match the columns <span class="caption">to import answers into {board.title}</span>
      </h1>
      <p>
        File: <strong>{open.upload.fileName}</strong>, {plural(table.rows.length, 'response', 'responses')} and{' '}
        {plural(table.header.length, 'column', 'columns')}.
        {google.length > 0 && <> Columns Google adds are read by themselves: {google.map((t) => `“${t}”`).join(', ')}. A quiz score is never imported.</>}
      </p>
      <form method="get" action={`${action}#preview`} novalidate>
        <input type="hidden" name="mapped" value="yes" />
        <input type="hidden" name="preview" value="yes" />
        <fieldset class="fieldset">
          <legend class="fieldset__legend">
            <h2 class="heading-m">Which question does each column answer?</h2>
          </legend>
          <p class="hint">Each filled-in cell of a column you import becomes one answer to that question.</p>
          {answerColumns.map(({ title, i }) => (
            <SelectField
              key={i}
              name={`q${i}`}
              label={`Column “${title}”`}
              value={fields[`q${i}`] ?? ''}
              options={[{ value: '', label: 'Do not import' }, ...questions.map((q) => ({ value: q.key, label: q.text }))]}
            />
          ))}
        </fieldset>
        <SelectField
          name="perspective"
          label="Which perspective are the answers from?"
          hint="A column whose cells name one of the board’s perspectives (rows naming another are skipped), or one perspective for every row."
          value={fields.perspective!}
          options={[]}
          groups={[
            { label: 'Read it from a column', options: answerColumns.map(({ title, i }) => ({ value: `column:${i}`, label: `Column “${title}”` })) },
            { label: 'The same for every row', options: perspectives.map((p) => ({ value: `fixed:${p.key}`, label: p.label })) },
          ]}
        />
        <SelectField
          name="name"
          label="Which column holds the name to show with each answer?"
          hint="Answers without a name show as “Anonymous”."
          value={fields.name!}
          options={[
            { value: '', label: 'None: show every answer as “Anonymous”' },
            ...answerColumns.map(({ title, i }) => ({ value: String(i), label: `Column “${title}”` })),
          ]}
        />
        <Radios
          name="dates"
          legend="How are dates such as 9/1/2023 written in the file?"
          hint="Google Sheets writes dates in the sheet’s locale, with no time zone: they are read as UTC. Google Forms’ own download (such as 2026/09/04 7:51:43 PM GMT+5:30) is read exactly, whatever you choose."
          value={mapping.dates}
          choices={[
            { value: 'mdy', label: 'Month first (9/1/2023 is 1 September 2023), as in the United States' },
            { value: 'dmy', label: 'Day first (9/1/2023 is 9 January 2023), as in the United Kingdom' },
          ]}
        />
        <button type="submit" class="button">
          Preview
        </button>
      </form>
      {plan && <Preview board={board} action={action} fields={fields} plan={plan} useError={useError} />}
    </Layout>
  );
}

function Preview(props: { board: Board; action: string; fields: Record<string, string>; plan: ImportPlan; useError?: string }) {
  const { board, action, fields, plan, useError } = props;
  const { create, skipped } = plan;
  return (
    <section aria-labelledby="preview-title" id="preview">
      <h2 class="heading-m" id="preview-title">
        Preview
      </h2>
      <p>
        <strong>{plural(create.length, 'answer', 'answers')} will be imported</strong> and wait for moderation.{' '}
        {skipped.length > 0 ? `${plural(skipped.length, 'cell or row is', 'cells or rows are')} skipped:` : 'Nothing is skipped.'}
      </p>
      {skipped.length > 0 && (
        <ul>
          {(Object.keys(skipCounts) as SkipKind[]).map((kind) => {
            const n = skipped.filter((s) => s.kind === kind).length;
            return n > 0 && <li key={kind}>{plural(n, ...skipCounts[kind])}</li>;
          })}
        </ul>
      )}
      {create.length > 0 && (
        <div class="table-wrap">
          <table class="summary-table">
            <caption class="caption">
              {create.length > previewLimit ? `The first ${previewLimit} of ${create.length} answers to import` : 'The answers to import'}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="number">
                  Row
                </th>
                <th scope="col">Question</th>
                <th scope="col">Perspective</th>
                <th scope="col">Answer</th>
                <th scope="col">Name</th>
                <th scope="col">Date</th>
              </tr>
            </thead>
            <tbody>
              {create.slice(0, previewLimit).map((a) => (
                <tr key={a.key}>
                  <td class="number">{a.row}</td>
                  <td>{a.question.text}</td>
                  <td>{a.perspective.label}</td>
                  <td class="import-preview__text">{excerpt(a.body)}</td>
                  <td>{a.displayName ?? 'Anonymous'}</td>
                  <td>
                    <time dateTime={a.createdAt}>{dateTime.format(new Date(a.createdAt))} UTC</time>
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
            <caption class="caption">
              {skipped.length > skippedLimit ? `Skipped, and why: the first ${skippedLimit} of ${skipped.length}` : 'Skipped, and why'}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="number">
                  Row
                </th>
                <th scope="col">Column</th>
                <th scope="col">Why it is skipped</th>
              </tr>
            </thead>
            <tbody>
              {skipped.slice(0, skippedLimit).map((s, i) => (
                <tr key={`${s.row}-${i}`}>
                  <td class="number">{s.row}</td>
                  <td>{s.column === null ? 'The whole row' : `“${s.column}”`}</td>
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
            legend="What did the people who answered your form agree to?"
            hint="Every imported answer may then be used only that way. Look at what your form told people before they answered."
            value=""
            error={useError}
            choices={answerUses.map((use) => ({ value: use, label: useWording[use].short, hint: useWording[use].hint }))}
          />
          <button type="submit" class="button">
            Import {plural(create.length, 'answer', 'answers')}
          </button>
        </form>
      ) : (
        <p id="import">
          There is nothing to import with these choices. Match at least one column to a question, or{' '}
          <a href={adminBoardPath(board.slug, '/queue')}>go back to the answers</a>.
        </p>
      )}
    </section>
  );
}
