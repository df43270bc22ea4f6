import { z } from 'zod';
import { absoluteUrl, boardsRoot } from '../web/paths.ts';
import { type Locale, localised } from '../i18n/locale.ts';
import { perspectiveFilterQuery } from '../boards/boards.input.ts';

/** The longest `url` /oembed reads: a board's address is far shorter; anything longer is refused, not parsed. */
export const maxOembedUrlLength = 2000;

/** A size limit: absent → the default; whole pixels from 1 up, kept at or under max; anything else is an error. */
function size(name: string, fallback: number, max: number) {
  return z
    .unknown()
    .optional()
    .refine((v) => v === undefined || (typeof v === 'string' && /^\d{1,6}$/.test(v) && Number(v) >= 1), {
      message: `${name} must be a whole number of pixels, 1 or more.`,
    })
    .transform((v) => (typeof v === 'string' ? Math.min(max, Number(v)) : fallback));
}

/**
 * oEmbed's query (https://oembed.com). Missing, repeated or overlong `url`, a format other than json or a size that is not a
 * whole number above 0 are errors (400); `slug` is the board's slug when `url` is a board's address here, else undefined (404),
 * and `locale` the language of that address (/cy/b/… is Welsh).
 */
export function oembedQuery(baseUrl: string) {
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
      format: z.literal('json', { error: 'Only format=json is available.' }).optional(),
      url: z
        .string({ error: 'url is required: the address of a board.' })
        .min(1, { error: 'url is required: the address of a board.' })
        .max(maxOembedUrlLength, { error: `url is too long (at most ${maxOembedUrlLength} characters).` }),
      maxwidth: size('maxwidth', 800, 2000),
      maxheight: size('maxheight', 800, 4000),
    })
    .transform(({ url, maxwidth, maxheight }) => ({
      ...boardAt(url),
      width: maxwidth,
      height: maxheight,
    }));
}

/** The embed's query: `?compact` (one question at a time, sized for hosts that clamp the frame), `?q=` the question shown, `?perspective=`. */
export const embedQuery = perspectiveFilterQuery.extend({
  compact: z
    .unknown()
    .optional()
    .transform((v) => v !== undefined),
  q: z
    .unknown()
    .optional()
    .transform((v) => (typeof v === 'string' ? v : ''))
    .refine((s) => s === '' || /^[a-z0-9-]{1,60}$/.test(s), { message: 'There is no such question' }),
});
