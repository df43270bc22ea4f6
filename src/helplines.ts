// Helplines are configuration: one entry per country, each number with the date it was last checked.
// The built-in file covers the UK; HELPLINES_FILE points to your own (same shape), HELP_COUNTRY picks the country.
// Each text may be given per language ({ "en": "…", "cy": "…" }); a plain string, as in files written before Welsh, is
// English. `helplinesIn` lists lines in one language, shown after the others on pages in it (TRUST SG-2).
import fs from 'node:fs';
import { z } from 'zod';
import { type Locale, otherLocale } from './i18n/locale.ts';
import builtIn from './helplines.json' with { type: 'json' };

/** What a number's lastChecked holds when nobody has yet rung it: the operator is told (README), readers are not. */
export const unverified = 'unverified';

const checked = z
  .string()
  .refine(
    (s) => s === unverified || /^\d{4}-\d{2}-\d{2}$/.test(s),
    `lastChecked must be a date like 2026-11-25, or "${unverified}" for a number not yet checked`,
  );

const localText = z.union([
  z.string().min(1),
  z
    .object({ en: z.string().min(1).optional(), cy: z.string().min(1).optional() })
    .strict()
    .refine((t) => t.en || t.cy, 'give the text in at least one language ("en", "cy")'),
]);

/** A text as the file gives it: a plain string (English), or per language. */
export type LocalText = z.infer<typeof localText>;

const helplineSchema = z
  .object({
    name: localText,
    description: localText,
    phone: z
      .string()
      .regex(/^[0-9+][0-9 ]*$/)
      .optional(),
    sms: z
      .string()
      .regex(/^[0-9+][0-9 ]*$/)
      .optional(),
    /** The word to text, such as SHOUT. */
    smsBody: z.string().optional(),
    lastChecked: checked,
  })
  .refine((h) => h.phone || h.sms, 'each helpline needs a phone or sms number');

const fileSchema = z.object({
  countries: z.record(
    z.string().regex(/^[A-Z]{2}$/),
    z.object({
      name: localText,
      emergency: localText,
      helplines: z.array(helplineSchema).min(1),
      helplinesIn: z
        .object({ en: z.array(helplineSchema).optional(), cy: z.array(helplineSchema).optional() })
        .strict()
        .optional(),
    }),
  ),
  directory: z.object({ name: localText, url: z.url({ protocol: /^https?$/ }), description: localText, lastChecked: checked }),
});

export type Helpline = z.infer<typeof helplineSchema>;

export interface HelpInfo {
  country: string;
  countryName: LocalText;
  emergency: LocalText;
  /** Shown on every page. */
  helplines: Helpline[];
  /** Lines in one language, shown after the others on pages in it (such as Samaritans' Welsh-language line). */
  helplinesIn?: Partial<Record<Locale, Helpline[]>> | undefined;
  directory: z.infer<typeof fileSchema>['directory'];
}

export type HelplinesFile = z.infer<typeof fileSchema>;

/** A configured text in the page's language, or else in the other one: `lang` says which, for the lang attribute. */
export function textIn(text: LocalText, locale: Locale): { text: string; lang: Locale } {
  if (typeof text === 'string') return { text, lang: 'en' };
  const own = text[locale];
  if (own) return { text: own, lang: locale };
  const other = otherLocale(locale);
  return { text: text[other] ?? '', lang: other };
}

/** The helplines a page in `locale` lists: everyone's, then those in its language. */
export function helplinesFor(help: HelpInfo, locale: Locale): Helpline[] {
  return [...help.helplines, ...(help.helplinesIn?.[locale] ?? [])];
}

/** The oldest last-checked date among these (numbers not yet checked are the operator's to check, see README). */
export function oldestCheck(dates: string[]): string | undefined {
  return dates.filter((d) => d !== unverified).sort()[0];
}

/** Reads and checks a helplines file (the built-in one without a path); the error says what is wrong, and the caller names the variable. */
export function loadHelplinesFile(file: string | undefined): HelplinesFile {
  let raw: unknown = builtIn;
  if (file) {
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`could not be read as JSON (${(err as Error).message})`);
    }
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`is not a valid helplines file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
