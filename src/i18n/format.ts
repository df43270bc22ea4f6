// Numbers, plurals and dates as each language writes them, from Node's own ICU data (Intl).
import { type Locale, languageTag } from './locale.ts';

/** A plural's forms: `other` always; Welsh uses zero, one, two, few and many too (Intl.PluralRules('cy')). {n} is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();
const dates = new Map<Locale, Intl.DateTimeFormat>();
const times = new Map<Locale, Intl.DateTimeFormat>();

export function formatNumber(locale: Locale, n: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(languageTag[locale])));
  return format.format(n);
}

/** The form for n in this language, with {n} replaced by the number written as the language writes it. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(languageTag[locale])));
  return (forms[rule.select(n)] ?? forms.other).replaceAll('{n}', formatNumber(locale, n));
}

/** A day, e.g. "7 December 2026" / "7 Rhagfyr 2026" (UTC, as the rest of the app). */
export function formatDate(locale: Locale, iso: string): string {
  let format = dates.get(locale);
  if (!format) dates.set(locale, (format = new Intl.DateTimeFormat(languageTag[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(iso));
}

/** A day and time, e.g. "7 December 2026 at 14:05" / "7 Rhagfyr 2026 am 14:05" (UTC, as the rest of the app). */
export function formatDateTime(locale: Locale, iso: string): string {
  let format = times.get(locale);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' };
    times.set(locale, (format = new Intl.DateTimeFormat(languageTag[locale], options)));
  }
  return format.format(new Date(iso));
}
