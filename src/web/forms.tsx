import type { ComponentChildren } from 'preact';
import { catalogues, type Messages } from '../i18n/catalogue.ts';

/** The page's catalogue (ctx.t); English when a caller gives none (the facilitator area, for now). */
type Strings = { t?: Messages | undefined };

export interface ErrorItem {
  field: string;
  message: string;
}

/** GOV.UK error summary: focused on load (autofocus works without JavaScript), linking to each field. */
export function ErrorSummary({ errors, t = catalogues.en }: { errors: ErrorItem[] } & Strings) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autofocus data-error-summary>
      <h2 id="error-summary-title" class="error-summary__title">
        {t.web.forms.errorSummaryTitle}
      </h2>
      <ul class="error-summary__list">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorMessage({ id, message, t = catalogues.en }: { id: string; message: string | undefined } & Strings) {
  if (!message) return null;
  return (
    <p class="error-message" id={`${id}-error`}>
      <span class="visually-hidden">{t.layout.errorPrefix} </span>
      {message}
    </p>
  );
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Set when the label is in the other language than the page's (WCAG 3.1.2). */
  lang?: string | undefined;
  /** The hint's own lang attribute when given (undefined: the page's language); the label's when the key is absent. */
  hintLang?: string | undefined;
}

export function Radios(
  props: { name: string; legend: ComponentChildren; hint?: string | undefined; choices: Choice[]; value: string; error?: string | undefined } & Strings,
) {
  const { name, legend, hint, choices, value, error, t } = props;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}>
        <legend class="fieldset__legend">{legend}</legend>
        {hint && (
          <p class="hint" id={`${name}-hint`}>
            {hint}
          </p>
        )}
        <ErrorMessage id={name} message={error} t={t} />
        <div class="radios">
          {choices.map((choice, i) => {
            const id = i === 0 ? name : `${name}-${i + 1}`;
            // Not `${id}-hint`: for the first choice that is the group's own hint's id.
            const hintId = `${name}-${i + 1}-item-hint`;
            return (
              <div class="radios__item" key={choice.value}>
                <input
                  class="radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={choice.value}
                  checked={choice.value === value}
                  aria-describedby={choice.hint ? hintId : undefined}
                />
                <label class="radios__label" for={id} lang={choice.lang}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <p class="hint radios__hint" id={hintId} lang={'hintLang' in choice ? choice.hintLang : choice.lang}>
                    {choice.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A labelled form group with its hint and error: the GOV.UK pattern every single field shares. */
function FieldGroup({
  name,
  label,
  hint,
  error,
  t,
  children,
}: { name: string; label: string; hint?: string | undefined; error?: string | undefined; children: ComponentChildren } & Strings) {
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <label class="label" for={name}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={name} message={error} t={t} />
      {children}
    </div>
  );
}

export function TextInput(
  props: {
    name: string;
    label: string;
    hint?: string;
    value?: string;
    error?: string;
    type?: 'text' | 'email' | 'password';
    autocomplete?: string;
    spellcheck?: boolean;
  } & Strings,
) {
  const { name, label, hint, value, error, type = 'text', autocomplete, spellcheck, t } = props;
  return (
    <FieldGroup name={name} label={label} hint={hint} error={error} t={t}>
      <input
        class={error ? 'input input--error' : 'input'}
        id={name}
        name={name}
        type={type as 'text'} // preact's input types are a discriminated union; all three take the same props here
        value={type === 'password' ? undefined : value}
        autocomplete={autocomplete}
        spellcheck={spellcheck}
        aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}
      />
    </FieldGroup>
  );
}

export function Textarea({
  name,
  label,
  hint,
  value,
  error,
  rows = 5,
  t,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  rows?: number;
} & Strings) {
  return (
    <FieldGroup name={name} label={label} hint={hint} error={error} t={t}>
      <textarea
        class={error ? 'textarea textarea--error' : 'textarea'}
        id={name}
        name={name}
        rows={rows}
        aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}
      >
        {value}
      </textarea>
    </FieldGroup>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled select, with options and, after them, groups of options. */
export function SelectField(props: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  options: SelectOption[];
  groups?: { label: string; options: SelectOption[] }[];
}) {
  const { name, label, hint, value, options, groups = [] } = props;
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value} selected={o.value === value}>
      {o.label}
    </option>
  );
  return (
    <FieldGroup name={name} label={label} hint={hint}>
      <select class="select" id={name} name={name} aria-describedby={describedBy(hint && `${name}-hint`)}>
        {options.map(option)}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map(option)}
          </optgroup>
        ))}
      </select>
    </FieldGroup>
  );
}
