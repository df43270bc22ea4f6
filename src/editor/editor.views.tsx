import type { Board, Perspective, Question } from '../db/tables.ts';
import { type Locale, otherLocale } from '../i18n/locale.ts';
import { ErrorSummary, Radios, TextInput, Textarea } from '../web/forms.tsx';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, adminPath, boardPath, createBoardPath } from '../web/paths.ts';
import { translatedName, type SettingsValues } from './editor.input.ts';

export type Errors = Record<string, string>;
export type { SettingsValues };

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

function LanguageChoice({ ctx, value, error, hint }: { ctx: PageContext; value: Locale; error: string | undefined; hint: string }) {
  const m = ctx.t.editor;
  return (
    <Radios
      t={ctx.t}
      name="language"
      legend={<span class="label--bold">{m.language.legend}</span>}
      hint={hint}
      choices={(['en', 'cy'] as const).map((l) => ({ value: l, label: m.language.names[l] }))}
      value={value}
      error={error}
    />
  );
}

function PublishingFields({ ctx, values, errors }: { ctx: PageContext; values: SettingsValues; errors: Errors }) {
  const f = ctx.t.editor.fields;
  return (
    <>
      <Radios
        t={ctx.t}
        name="moderation"
        legend={<span class="label--bold">{f.moderation}</span>}
        choices={[
          { value: 'pre', label: f.moderationPre },
          { value: 'post', label: f.moderationPost },
        ]}
        value={values.moderation}
        error={errors.moderation}
      />
      <Checkbox name="accepting" label={f.accepting} checked={values.accepting} />
      <Checkbox name="listed" label={f.listed} checked={values.listed} />
    </>
  );
}

export function NewBoardPage({ ctx, name, values, errors }: { ctx: PageContext; name: string; values: SettingsValues; errors: Errors }) {
  const m = ctx.t.editor;
  return (
    <Layout ctx={ctx} title={m.create.heading} hasErrors={Object.keys(errors).length > 0} account={{ name }}>
      <div class="narrow">
        <ErrorSummary t={ctx.t} errors={summary(errors)} />
        <h1>{m.create.heading}</h1>
        <form method="post" action={ctx.link(createBoardPath)} novalidate>
          <TextInput t={ctx.t} name="slug" label={m.create.slug} hint={m.create.slugHint} value={values.slug} error={errors.slug} spellcheck={false} />
          <LanguageChoice ctx={ctx} value={values.language ?? 'en'} error={errors.language} hint={m.language.hint} />
          <TextInput t={ctx.t} name="title" label={m.fields.title} value={values.title} error={errors.title} />
          <Textarea t={ctx.t} name="intro" label={m.fields.intro} hint={m.fields.introHint} value={values.intro} error={errors.intro} />
          <PublishingFields ctx={ctx} values={values} errors={errors} />
          <button class="button" type="submit">
            {m.create.submit}
          </button>
        </form>
      </div>
    </Layout>
  );
}

/**
 * A text's field in the board's language, labelled as it always was, and below it the optional translation, labelled
 * with the other language, with the GOV.UK hint: optional, and what readers see without it.
 */
function Translated(props: {
  ctx: PageContext;
  language: Locale;
  name: string;
  label: string;
  translationLabel: (l: Locale) => string;
  value: string | null;
  translated: string | null;
  errors: Errors;
  hint?: string;
  multiline?: boolean;
  /** The text may be left empty in the board's language too. */
  optional?: boolean;
}) {
  const { ctx, language, name, label, errors, hint } = props;
  const m = ctx.t.editor;
  const other = otherLocale(language);
  const Field = props.multiline ? Textarea : TextInput;
  const second = translatedName(name);
  return (
    <>
      <Field t={ctx.t} name={name} label={props.optional ? m.optional(label) : label} hint={hint} value={props.value ?? ''} error={errors[name]} />
      <Field
        t={ctx.t}
        name={second}
        label={m.optional(props.translationLabel(other))}
        hint={m.translationHint(language, other)}
        value={props.translated ?? ''}
        error={errors[second]}
      />
    </>
  );
}

function ItemControls({
  ctx,
  base,
  index,
  count,
  retired,
  label,
}: {
  ctx: PageContext;
  base: string;
  index: number;
  count: number;
  retired: boolean;
  label: string;
}) {
  const m = ctx.t.editor.edit;
  return (
    <div class="queue__actions">
      {!retired && index > 0 && (
        <form method="post" action={ctx.link(`${base}/move-up`)} class="inline-form">
          <button class="button button--secondary button--small" type="submit">
            {m.moveUp}
            <span class="visually-hidden"> {label}</span>
          </button>
        </form>
      )}
      {!retired && index < count - 1 && (
        <form method="post" action={ctx.link(`${base}/move-down`)} class="inline-form">
          <button class="button button--secondary button--small" type="submit">
            {m.moveDown}
            <span class="visually-hidden"> {label}</span>
          </button>
        </form>
      )}
      <form method="post" action={ctx.link(`${base}/${retired ? 'restore' : 'retire'}`)} class="inline-form">
        <button class="button button--secondary button--small" type="submit">
          {retired ? m.restore : m.retire}
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
  notice?: string | undefined;
}) {
  const { ctx, name, board, values, questions, perspectives, errors, notice } = props;
  const m = ctx.t.editor;
  const e = m.edit;
  // Fields are labelled with the language the board is saved in; the language choice may say otherwise until saved.
  const language = board.language;
  const translated = (base: string) => ({ language, name: base, errors });
  return (
    <Layout ctx={ctx} title={e.pageTitle(board.title)} hasErrors={Object.keys(errors).length > 0} account={{ name }}>
      <BackLink href={ctx.link(adminPath)}>{m.yourBoards}</BackLink>
      <ErrorSummary t={ctx.t} errors={summary(errors)} />
      {notice && (
        <div class="notice" role="status">
          {notice}
        </div>
      )}
      <h1>
        <span class="caption">{e.caption}</span> {board.title}
      </h1>
      <p>
        <a href={ctx.link(boardPath(board.slug))}>{e.seeBoard}</a> · <a href={ctx.link(adminBoardPath(board.slug, '/queue'))}>{e.answers}</a>
        {board.archivedAt && <strong class="tag"> {e.archived}</strong>}
      </p>
      <div class="narrow">
        <h2>{e.settings}</h2>
        <form method="post" action={ctx.link(adminBoardPath(board.slug, '/settings'))} novalidate>
          <LanguageChoice ctx={ctx} value={values.language ?? language} error={errors.language} hint={m.language.changeHint} />
          <Translated
            ctx={ctx}
            {...translated('title')}
            label={m.fields.title}
            translationLabel={m.fields.titleIn}
            value={values.title}
            translated={values.translatedTitle}
          />
          <Translated
            ctx={ctx}
            {...translated('intro')}
            label={m.fields.intro}
            translationLabel={m.fields.introIn}
            hint={m.fields.introHint}
            value={values.intro}
            translated={values.translatedIntro}
            multiline
          />
          <PublishingFields ctx={ctx} values={values} errors={errors} />
          <button class="button" type="submit">
            {e.saveSettings}
          </button>
        </form>

        <h2 id="questions">{e.questions}</h2>
        <p class="hint">{e.questionsHint}</p>
        <ol class="queue">
          {questions.map((q, i) => (
            <li class="queue__item" key={q.id}>
              <form method="post" action={ctx.link(adminBoardPath(board.slug, `/questions/${q.id}`))} novalidate>
                <Translated
                  ctx={ctx}
                  {...translated(`question-${q.id}`)}
                  label={e.question(i + 1, Boolean(q.retiredAt))}
                  translationLabel={e.questionIn}
                  value={q.text}
                  translated={q.translatedText}
                />
                <button class="button button--small" type="submit">
                  {e.save}
                  <span class="visually-hidden"> {e.questionName(i + 1)}</span>
                </button>
              </form>
              <ItemControls
                ctx={ctx}
                base={adminBoardPath(board.slug, `/questions/${q.id}`)}
                index={i}
                count={questions.length}
                retired={Boolean(q.retiredAt)}
                label={e.questionName(i + 1)}
              />
            </li>
          ))}
        </ol>
        <form method="post" action={ctx.link(adminBoardPath(board.slug, '/questions'))} novalidate>
          <Translated ctx={ctx} {...translated('text')} label={e.newQuestion} translationLabel={e.questionIn} value="" translated="" />
          <button class="button button--secondary" type="submit">
            {e.addQuestion}
          </button>
        </form>

        <h2 id="perspectives">{e.perspectives}</h2>
        <p class="hint">{e.perspectivesHint}</p>
        <ol class="queue">
          {perspectives.map((p, i) => (
            <li class="queue__item" key={p.id}>
              <form method="post" action={ctx.link(adminBoardPath(board.slug, `/perspectives/${p.id}`))} novalidate>
                <Translated
                  ctx={ctx}
                  {...translated(`label-${p.id}`)}
                  label={e.perspectiveLabel(i + 1, Boolean(p.retiredAt))}
                  translationLabel={e.nameIn}
                  value={p.label}
                  translated={p.translatedLabel}
                />
                <Translated
                  ctx={ctx}
                  {...translated(`plural-${p.id}`)}
                  label={e.plural}
                  translationLabel={e.pluralIn}
                  value={p.plural}
                  translated={p.translatedPlural}
                />
                <Translated
                  ctx={ctx}
                  {...translated(`description-${p.id}`)}
                  label={e.description}
                  translationLabel={e.descriptionIn}
                  value={p.description}
                  translated={p.translatedDescription}
                />
                <button class="button button--small" type="submit">
                  {e.save}
                  <span class="visually-hidden"> {e.perspectiveName(i + 1)}</span>
                </button>
              </form>
              <ItemControls
                ctx={ctx}
                base={adminBoardPath(board.slug, `/perspectives/${p.id}`)}
                index={i}
                count={perspectives.length}
                retired={Boolean(p.retiredAt)}
                label={e.perspectiveName(i + 1)}
              />
            </li>
          ))}
        </ol>
        <form method="post" action={ctx.link(adminBoardPath(board.slug, '/perspectives'))} novalidate>
          <Translated ctx={ctx} {...translated('label')} label={e.newPerspective} translationLabel={e.nameIn} value="" translated="" />
          <Translated
            ctx={ctx}
            {...translated('plural')}
            label={e.newPlural}
            translationLabel={e.pluralIn}
            hint={e.pluralHint}
            value=""
            translated=""
            optional
          />
          <Translated ctx={ctx} {...translated('description')} label={e.newDescription} translationLabel={e.descriptionIn} value="" translated="" optional />
          <button class="button button--secondary" type="submit">
            {e.addPerspective}
          </button>
        </form>

        {!board.archivedAt && (
          <>
            <h2>{e.archiveHeading}</h2>
            <p>{e.archiveText}</p>
            <form method="post" action={ctx.link(adminBoardPath(board.slug, '/archive'))}>
              <button class="button button--warning" type="submit">
                {e.archive}
              </button>
            </form>
          </>
        )}
      </div>
    </Layout>
  );
}
