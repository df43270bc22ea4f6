import { z } from 'zod';
import { absoluteUrl, boardsRoot } from '../web/paths.ts';
import { type Locale, localised } from '../i18n/locale.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { perspectiveFilterQuery } from '../boards/boards.input.ts';

/** The longest `url` /oembed reads: a board's address is far shorter; anything longer is refused, not parsed. */
export const maxOembedUrlLength = 2000;

/** A size limit: absent → the default; whole pixels from 1 up, kept at or under max; anything else is an error. */
function size(name: string, fallback: number, max: number, locale: Locale) {
  return z
    .unknown()
    .optional()
    .refine((v) => v === undefined || (typeof v === 'string' && /^\d{1,6}$/.test(v) && Number(v) >= 1), {
      message: catalogues[locale].embed.oembed.notPixels(name),
    })
    .transform((v) => (typeof v === 'string' ? Math.min(max, Number(v)) : fallback));
}

/**
 * oEmbed's query (https://oembed.com). Missing, repeated or overlong `url`, a format other than json or a size that is not a
 * whole number above 0 are errors (400); `slug` is the board's slug when `url` is a board's address here, else undefined (404),
 * and `locale` the language of that address (/cy/b/… is Welsh). The messages are in `messages`, the language of the request's own
 * address (/cy/oembed answers in Welsh).
 */
export function oembedQuery(baseUrl: string, messages: Locale = 'en') {
  const said = catalogues[messages].embed.oembed;
  const prefixes: [Locale, string][] = [
    ['cy', absoluteUrl(baseUrl, localised('cy', boardsRoot))],
    ['en', absoluteUrl(baseUrl, boardsRoot)],
  ];
  const boardAt = (url: string): { slug: string | undefined; locale: Locale } => {
    const [locale, prefix] = prefixes.find(([, p]) => url.startsWith(p)) ?? ['en', ''];
    const slug = prefix ? /^([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(url.slice(prefix.length))?.[1] : undefined;
    return { slug, locale };
  };
  return z
    .object({
      format: z.literal('json', { error: said.onlyJson }).optional(),
      url: z
        .string({ error: said.urlRequired })
        .min(1, { error: said.urlRequired })
        .max(maxOembedUrlLength, { error: said.urlTooLong(maxOembedUrlLength) }),
      maxwidth: size('maxwidth', 800, 2000, messages),
      maxheight: size('maxheight', 800, 4000, messages),
    })
    .transform(({ url, maxwidth, maxheight }) => ({
      ...boardAt(url),
      width: maxwidth,
      height: maxheight,
    }));
}

/** The embed's query: `?compact` (one question at a time, sized for hosts that clamp the frame), `?q=` the question shown, `?perspective=`. */
/** Like the board's, a query that fails is answered with the not-found page. */
export const embedQuery = perspectiveFilterQuery.extend({
  compact: z
    .unknown()
    .optional()
    .transform((v) => v !== undefined),
  q: z
    .unknown()
    .optional()
    .transform((v) => (typeof v === 'string' ? v : ''))
    .refine((s) => s === '' || /^[a-z0-9-]{1,60}$/.test(s)),
});
