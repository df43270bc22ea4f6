import type { Board, Perspective, Question } from '../db/tables.ts';
import { ErrorSummary, Radios, TextInput, Textarea } from '../web/forms.tsx';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, adminPath, boardPath, createBoardPath } from '../web/paths.ts';

export type Errors = Record<string, string>;

export interface SettingsValues {
  slug: string;
  title: string;
  intro: string;
  moderation: string;
  accepting: boolean;
  listed: boolean;
}

function summary(errors: Errors) {
  return Object.entries(errors).map(([field, message]) => ({ field, message }));
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div class="form-group">
      <div class="checkboxes__item">
        <input class="checkboxes__input" type="checkbox" id={name} name={name} value="yes" checked={checked} />
        <label class="checkboxes__label" for={name}>
          {label}
        </label>
      </div>
    </div>
  );
}

function SettingsFields({ values, errors }: { values: SettingsValues; errors: Errors }) {
  return (
    <>
      <TextInput name="title" label="Title" value={values.title} error={errors.title} />
      <Textarea
        name="intro"
        label="Introduction"
        hint="Shown above the table. Say who the board is for and what happens to answers. Leave a blank line between paragraphs."
        value={values.intro}
        error={errors.intro}
      />
      <Radios
        name="moderation"
        legend={<span class="label--bold">When are answers published?</span>}
        choices={[
          { value: 'pre', label: 'After a facilitator has read them (recommended)' },
          { value: 'post', label: 'At once; facilitators can hide them afterwards' },
        ]}
        value={values.moderation}
        error={errors.moderation}
      />
      <Checkbox name="accepting" label="Open for new answers" checked={values.accepting} />
      <Checkbox name="listed" label="List this board on the home page" checked={values.listed} />
    </>
  );
}

export function NewBoardPage({ ctx, name, values, errors }: { ctx: PageContext; name: string; values: SettingsValues; errors: Errors }) {
  return (
    <Layout ctx={ctx} title="Create a board" hasErrors={Object.keys(errors).length > 0} account={{ name }}>
      <div class="narrow">
        <ErrorSummary errors={summary(errors)} />
        <h1>Create a board</h1>
        <form method="post" action={createBoardPath} novalidate>
          <TextInput
            name="slug"
            label="Web address"
            hint="The end of the board's address, like social-media for /b/social-media. It cannot be changed later."
            value={values.slug}
            error={errors.slug}
            spellcheck={false}
          />
          <SettingsFields values={values} errors={errors} />
          <button class="button" type="submit">
            Create board
          </button>
        </form>
      </div>
    </Layout>
  );
}

function ItemControls({ base, index, count, retired, label }: { base: string; index: number; count: number; retired: boolean; label: string }) {
  return (
    <div class="queue__actions">
      {!retired && index > 0 && (
        <form method="post" action={`${base}/move-up`} class="inline-form">
          <button class="button button--secondary button--small" type="submit">
            Move up<span class="visually-hidden"> {label}</span>
          </button>
        </form>
      )}
      {!retired && index < count - 1 && (
        <form method="post" action={`${base}/move-down`} class="inline-form">
          <button class="button button--secondary button--small" type="submit">
            Move down<span class="visually-hidden"> {label}</span>
          </button>
        </form>
      )}
      <form method="post" action={`${base}/${retired ? 'restore' : 'retire'}`} class="inline-form">
        <button class="button button--secondary button--small" type="submit">
          {retired ? 'Restore' : 'Retire'}
          <span class="visually-hidden"> {label}</span>
        </button>
      </form>
    </div>
  );
}

export function EditBoardPage(props: {
  ctx: PageContext;
  name: string;
  board: Board;
  values: SettingsValues;
  questions: Question[];
  perspectives: Perspective[];
  errors: Errors;
  notice?: string;
}) {
  const { ctx, name, board, values, questions, perspectives, errors, notice } = props;
  return (
    <Layout ctx={ctx} title={`Edit: ${board.title}`} hasErrors={Object.keys(errors).length > 0} account={{ name }}>
      <BackLink href={adminPath}>Your boards</BackLink>
      <ErrorSummary errors={summary(errors)} />
      {notice && (
        <div class="notice" role="status">
          {notice}
        </div>
      )}
      <h1>
        <span class="caption">Edit</span> {board.title}
      </h1>
      <p>
        <a href={boardPath(board.slug)}>See the board</a> · <a href={adminBoardPath(board.slug, '/queue')}>Answers</a>
        {board.archivedAt && <strong class="tag"> Archived</strong>}
      </p>
      <div class="narrow">
        <h2>Settings</h2>
        <form method="post" action={adminBoardPath(board.slug, '/settings')} novalidate>
          <SettingsFields values={values} errors={errors} />
          <button class="button" type="submit">
            Save settings
          </button>
        </form>

        <h2 id="questions">Questions</h2>
        <p class="hint">Retiring a question takes it off the board and the form. Its answers are kept, and come back if you restore it.</p>
        <ol class="queue">
          {questions.map((q, i) => (
            <li class="queue__item" key={q.id}>
              <form method="post" action={adminBoardPath(board.slug, `/questions/${q.id}`)} novalidate>
                <TextInput name={`question-${q.id}`} label={`Question ${i + 1}${q.retiredAt ? ' (retired)' : ''}`} value={q.text} />
                <button class="button button--small" type="submit">
                  Save<span class="visually-hidden"> question {i + 1}</span>
                </button>
              </form>
              <ItemControls
                base={adminBoardPath(board.slug, `/questions/${q.id}`)}
                index={i}
                count={questions.length}
                retired={Boolean(q.retiredAt)}
                label={`question ${i + 1}`}
              />
            </li>
          ))}
        </ol>
        <form method="post" action={adminBoardPath(board.slug, '/questions')} novalidate>
          <TextInput name="text" label="Add a question" value="" error={errors.text} />
          <button class="button button--secondary" type="submit">
            Add question
          </button>
        </form>

        <h2 id="perspectives">Perspectives</h2>
        <p class="hint">The points of view people answer from: one column each in the table.</p>
        <ol class="queue">
          {perspectives.map((p, i) => (
            <li class="queue__item" key={p.id}>
              <form method="post" action={adminBoardPath(board.slug, `/perspectives/${p.id}`)} novalidate>
                <TextInput name={`label-${p.id}`} label={`Perspective ${i + 1}${p.retiredAt ? ' (retired)' : ''}: name`} value={p.label} />
                <TextInput name={`plural-${p.id}`} label="In the plural, for “No answers yet from …”" value={p.plural ?? ''} />
                <TextInput name={`description-${p.id}`} label="Description, shown in the form" value={p.description} />
                <button class="button button--small" type="submit">
                  Save<span class="visually-hidden"> perspective {i + 1}</span>
                </button>
              </form>
              <ItemControls
                base={adminBoardPath(board.slug, `/perspectives/${p.id}`)}
                index={i}
                count={perspectives.length}
                retired={Boolean(p.retiredAt)}
                label={`perspective ${i + 1}`}
              />
            </li>
          ))}
        </ol>
        <form method="post" action={adminBoardPath(board.slug, '/perspectives')} novalidate>
          <TextInput name="label" label="Add a perspective: its name" value="" error={errors.label} />
          <TextInput
            name="plural"
            label="In the plural (optional)"
            hint="For example “managers”, as in “No answers yet from managers”."
            value=""
            error={errors.plural}
          />
          <TextInput name="description" label="Description (optional)" value="" error={errors.description} />
          <button class="button button--secondary" type="submit">
            Add perspective
          </button>
        </form>

        {!board.archivedAt && (
          <>
            <h2>Archive this board</h2>
            <p>An archived board leaves the home page and takes no new answers. Its page and embeds stay readable.</p>
            <form method="post" action={adminBoardPath(board.slug, '/archive')}>
              <button class="button button--warning" type="submit">
                Archive board
              </button>
            </form>
          </>
        )}
      </div>
    </Layout>
  );
}
