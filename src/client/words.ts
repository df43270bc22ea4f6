// Words a script says, in the page's language. Client scripts take no catalogue (it would grow every bundle): the page
// renders the strings it needs as JSON in a data attribute, and these read them, falling back to English.

/** A plural's forms, as the catalogue writes them (i18n/format.ts): `other` always; {n} is the number. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The JSON in a data attribute, over the English defaults; anything unreadable leaves the defaults. */
export function readWords<T extends object>(json: string | undefined, english: T): T {
  if (!json) return english;
  try {
    const read: unknown = JSON.parse(json);
    return read && typeof read === 'object' ? { ...english, ...(read as Partial<T>) } : english;
  } catch {
    return english;
  }
}

const lang = () => document.documentElement.lang || 'en-GB';

/** The form for n in the page's language (Welsh has six), with {n} written as that language writes numbers. */
export function plural(forms: Forms, n: number): string {
  const form = forms[new Intl.PluralRules(lang()).select(n)] ?? forms.other;
  return form.replaceAll('{n}', new Intl.NumberFormat(lang()).format(n));
}

/** Fills {name} places in a sentence. */
export function fill(sentence: string, values: Record<string, string>): string {
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
