// Numbers, plurals and dates as each language writes them, from Node's own ICU data (Intl).
import { type Locale, languageTag } from './locale.ts';

/** A plural's forms: `other` always; Welsh uses zero, one, two, few and many too (Intl.PluralRules('cy')). {n} is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One formatter per language and kind, made on first use: making one per call is slow on a large board. */
function perLanguage<T>(make: (tag: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let found = made.get(locale);
    if (found === undefined) {
      found = make(languageTag[locale]);
      made.set(locale, found);
    }
    return found;
  };
}

const rules = perLanguage((tag) => new Intl.PluralRules(tag));
const numbers = perLanguage((tag) => new Intl.NumberFormat(tag));
// UTC, as the rest of the app shows times.
const days = perLanguage((tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const moments = perLanguage((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }));

export function formatNumber(locale: Locale, n: number): string {
  return numbers(locale).format(n);
}

/** The form for n in this language, with {n} replaced by the number written as the language writes it. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  return (forms[rules(locale).select(n)] ?? forms.other).replaceAll('{n}', formatNumber(locale, n));
}

/** A day, e.g. "7 December 2026" / "7 Rhagfyr 2026". */
export function formatDate(locale: Locale, iso: string): string {
  return days(locale).format(new Date(iso));
}

/** A day and time, e.g. "7 December 2026 at 14:05" / "7 Rhagfyr 2026 am 14:05". */
export function formatDateTime(locale: Locale, iso: string): string {
  return moments(locale).format(new Date(iso));
}
