// The languages pages are read in. English pages are at their plain addresses; each has a Welsh twin under /cy
// (/b/x → /cy/b/x), served by the same routes: app.ts takes the prefix off and remembers the language.

export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];

/** The value of <html lang> and of hreflang, and the tag Intl formats with. */
export const languageTag: Record<Locale, string> = { en: 'en-GB', cy: 'cy' };

export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'cy' : 'en');

/** The address of `path` (an English address, e.g. /b/x?y=1) in `locale`. */
export function localised(locale: Locale, path: string): string {
  if (locale === 'en') return path;
  return path === '/' ? '/cy' : path.startsWith('/?') ? `/cy${path.slice(1)}` : `/cy${path}`;
}

/** The language an address asks for, and the English address it names (the one routes know). */
export function splitLocale(url: string): { locale: Locale; path: string } {
  const welsh = /^\/cy(?=$|[/?#])/.exec(url);
  if (!welsh) return { locale: 'en', path: url };
  const rest = url.slice(3);
  return { locale: 'cy', path: rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest };
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'cy';
}

/** Where app.ts keeps the language it found in a request's address: on the raw request, which exists even for a request
 * Fastify could not route (a malformed address), before any decorator does. */
type AddressedRequest = { locale?: Locale };

export function rememberLocale(raw: object, locale: Locale): void {
  (raw as AddressedRequest).locale = locale;
}

/** The language a request's address asked for (English when it named none). */
export function localeOf(request: { raw: object }): Locale {
  return (request.raw as AddressedRequest).locale ?? 'en';
}
