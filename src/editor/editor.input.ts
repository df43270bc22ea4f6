import { z } from 'zod';
import type { Messages } from '../i18n/catalogue.ts';
import { isLocale, type Locale, otherLocale } from '../i18n/locale.ts';
import { oneOf, textField, ticked } from '../web/input.ts';

// The editor's forms. Each text has a field in the board's language, named as before (title, question-<id>, label-<id>…),
// and one for its translation into the other language, named translated-<name>. A translation field left empty
// removes the translation; one not sent at all (a script, an old form) leaves it as it is.

type M = Messages['editor'];
type Ctx = z.RefinementCtx;

const editNotices = ['saved', 'created', 'archived'] as const;
export type EditNotice = (typeof editNotices)[number];

export const editQuery = z.object({ done: oneOf(editNotices) });

/** A text field, line endings made \n and trimmed: '' when missing. */
const text = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : ''));

/** A translation field: undefined when not sent, null when emptied. */
const translation = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() || null : undefined));

const language = z
  .unknown()
  .optional()
  .transform((v) => (isLocale(v) ? v : undefined));

function check(ctx: Ctx, field: string, value: string | null | undefined, max: number, tooLong: string, empty?: string) {
  if (!value && empty) ctx.addIssue({ code: 'custom', path: [field], message: empty });
  else if (value && value.length > max) ctx.addIssue({ code: 'custom', path: [field], message: tooLong });
}

export const translatedName = (field: string) => `translated-${field}`;

/** The settings as typed, to show the form again when they are not right. */
export const settingsValues = z
  .object({
    slug: textField,
    language,
    title: textField,
    'translated-title': textField,
    intro: textField,
    'translated-intro': textField,
    moderation: textField,
    accepting: ticked,
    listed: ticked,
  })
  .transform(({ 'translated-title': translatedTitle, 'translated-intro': translatedIntro, ...v }) => ({ ...v, translatedTitle, translatedIntro }));
export type SettingsValues = Omit<z.output<typeof settingsValues>, 'language'> & { language: Locale | undefined };

/** The board as it is now: what an edit is read against. Absent when the board is being created. */
export interface CurrentBoard {
  language: Locale;
  translatedTitle: string | null;
  translatedIntro: string | null;
}

/**
 * The settings form. `title` and `intro` are in the board's language until now (`current.language`), the translated-
 * fields in the other; when the form changes the language, the texts keep their language and swap roles.
 */
export function settingsForm(m: M, current?: CurrentBoard) {
  return z
    .object({
      language,
      title: text,
      'translated-title': translation,
      intro: text,
      'translated-intro': translation,
      moderation: z
        .unknown()
        .optional()
        .transform((v): 'pre' | 'post' | undefined => (v === 'post' ? 'post' : v === 'pre' ? 'pre' : undefined)),
      accepting: ticked,
      listed: ticked,
    })
    .transform((f, ctx) => {
      const saved = current?.language ?? f.language ?? 'en';
      const chosen = f.language ?? saved;
      const other = otherLocale(chosen);
      const fieldIn = (base: string, l: Locale) => (l === saved ? base : translatedName(base));
      const translatedTitle = f['translated-title'] === undefined ? (current?.translatedTitle ?? null) : f['translated-title'];
      const translatedIntro = f['translated-intro'] === undefined ? (current?.translatedIntro ?? null) : f['translated-intro'];
      const titles: Record<Locale, string | null> = { en: null, cy: null };
      const intros: Record<Locale, string | null> = { en: null, cy: null };
      titles[saved] = f.title || null;
      titles[otherLocale(saved)] = translatedTitle;
      intros[saved] = f.intro || null;
      intros[otherLocale(saved)] = translatedIntro;
      check(ctx, fieldIn('title', chosen), titles[chosen], 200, m.errors.titleTooLong, m.errors.enterTitle(chosen === saved ? undefined : chosen));
      check(ctx, fieldIn('title', other), titles[other], 200, m.errors.titleTooLong);
      if (intros[other] && !titles[other]) ctx.addIssue({ code: 'custom', path: [fieldIn('title', other)], message: m.errors.titleForIntro(other) });
      check(ctx, 'intro', f.intro, 5000, m.errors.introTooLong);
      check(ctx, translatedName('intro'), translatedIntro, 5000, m.errors.introTooLong);
      if (!f.moderation) ctx.addIssue({ code: 'custom', path: ['moderation'], message: m.errors.chooseModeration });
      return {
        language: chosen,
        title: titles[chosen] ?? '',
        translatedTitle: titles[other],
        intro: intros[chosen] ?? '',
        translatedIntro: intros[other],
        moderation: f.moderation ?? 'pre',
        accepting: f.accepting,
        listed: f.listed,
      };
    });
}

/** The new-board form: the settings, in one language, and the board's web address. */
export function newBoardForm(m: M) {
  const slug = z.object({ slug: z.unknown().optional() }).transform((f, ctx) => {
    const s = typeof f.slug === 'string' ? f.slug.trim().toLowerCase() : '';
    if (!s) ctx.addIssue({ code: 'custom', path: ['slug'], message: m.errors.enterSlug });
    else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) || s.length > 60) ctx.addIssue({ code: 'custom', path: ['slug'], message: m.errors.slugShape });
    return s;
  });
  // Both parts are read, so one submission shows every error at once, the address first as on the page.
  return z.unknown().transform((body, ctx) => {
    const parts = [slug.safeParse(body), settingsForm(m).safeParse(body)] as const;
    for (const part of parts) if (!part.success) for (const issue of part.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
    const [s, settings] = parts;
    return s.success && settings.success ? { slug: s.data, ...settings.data } : z.NEVER;
  });
}

/** One question's fields: `<name>` in the board's language and `translated-<name>`; `question-<id>` on its row, `text` for a new one. */
export function questionForm(m: M, name = 'text') {
  const other = translatedName(name);
  return z.object({ [name]: text, [other]: translation }).transform((f, ctx) => {
    check(ctx, name, f[name], 500, m.errors.questionTooLong, m.errors.enterQuestion);
    check(ctx, other, f[other], 500, m.errors.questionTooLong);
    return { text: f[name] as string, translatedText: f[other] as string | null | undefined };
  });
}

export const questionEditForm = (m: M, id: string) => questionForm(m, `question-${id}`);

/** One perspective's fields, named label, plural, description (and translated-…), with `-<id>` on its row. */
export function perspectiveForm(m: M, other: Locale, suffix = '') {
  const n = (base: string) => `${base}${suffix}`;
  const t = (base: string) => translatedName(n(base));
  return z
    .object({
      [n('label')]: text,
      [n('plural')]: text,
      [n('description')]: text,
      [t('label')]: translation,
      [t('plural')]: translation,
      [t('description')]: translation,
    })
    .transform((f, ctx) => {
      const get = (field: string) => f[field] as string;
      const tr = (field: string) => f[field] as string | null | undefined;
      check(ctx, n('label'), get(n('label')), 80, m.errors.nameTooLong, m.errors.enterName);
      check(ctx, n('plural'), get(n('plural')), 80, m.errors.pluralTooLong);
      check(ctx, n('description'), get(n('description')), 300, m.errors.descriptionTooLong);
      check(ctx, t('label'), tr(t('label')), 80, m.errors.nameTooLong);
      if ((tr(t('plural')) || tr(t('description'))) && tr(t('label')) === null)
        ctx.addIssue({ code: 'custom', path: [t('label')], message: m.errors.nameForTranslations(other) });
      check(ctx, t('plural'), tr(t('plural')), 80, m.errors.pluralTooLong);
      check(ctx, t('description'), tr(t('description')), 300, m.errors.descriptionTooLong);
      return {
        label: get(n('label')),
        plural: get(n('plural')) || null,
        description: get(n('description')),
        translatedLabel: tr(t('label')),
        translatedPlural: tr(t('plural')),
        translatedDescription: tr(t('description')),
      };
    });
}

export const perspectiveEditForm = (m: M, other: Locale, id: string) => perspectiveForm(m, other, `-${id}`);
