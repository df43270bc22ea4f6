import { z } from 'zod';
import { catalogues } from '../i18n/catalogue.ts';
import { formBody, oneOf, ticked } from '../web/input.ts';

// The themes pages are served in English for now (issue 14).
const said = catalogues.en.themes.admin.errors;

/** The longest phrase key a form may name (three long words are far shorter). */
export const maxPhraseLength = 120;

/**
 * A phrase's key as the theme forms send it: the words of a phrase the page listed, in lower case. Anything else is
 * not a phrase the page offered: the route answers 400.
 */
export const phraseKey = z
  .unknown()
  .transform((v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : ''))
  .pipe(
    z
      .string()
      .min(1, said.choosePhrase)
      .max(maxPhraseLength, said.notListed)
      .regex(/^[\p{L}\p{M}\p{N}'’ -]+$/u, said.notListed),
  );

export const phraseForm = z.object({ phrase: phraseKey });

export const mergeForm = z.object({ phrase: phraseKey, into: phraseKey });

/** Where the themes are shown: two checkboxes (unticked boxes are not sent). */
export const displayForm = z.object({ public: ticked, handout: ticked });

export const themesQuery = z.object({
  done: oneOf(['hidden', 'unhidden', 'merged', 'unmerged', 'saved']),
});

/** `?phrase=`: absent, or a phrase key (undefined) or not one (an error: the route answers 400). */
export function readPhraseQuery(query: unknown): { ok: true; phrase: string | undefined } | { ok: false } {
  const raw = formBody(query).phrase;
  if (raw === undefined) return { ok: true, phrase: undefined };
  const parsed = phraseKey.safeParse(raw);
  return parsed.success ? { ok: true, phrase: parsed.data } : { ok: false };
}
