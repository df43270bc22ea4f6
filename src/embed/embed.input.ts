import { z } from 'zod';
import { absoluteUrl, boardsRoot } from '../web/paths.ts';

/** A size limit: whole digits, else the default, kept within [min, max]. */
function size(fallback: number, min: number, max: number) {
  return z
    .unknown()
    .optional()
    .transform((v) => Math.min(max, Math.max(min, typeof v === 'string' && /^\d{1,5}$/.test(v) ? Number(v) : fallback)));
}

/** oEmbed's query (https://oembed.com): the board's slug from its address, if `url` is one; no floor above 1 on the size. */
export function oembedQuery(baseUrl: string) {
  const prefix = absoluteUrl(baseUrl, boardsRoot);
  return z
    .object({
      format: z.literal('json', { error: 'Only format=json is available.' }).optional(),
      url: z
        .unknown()
        .optional()
        .transform((url) =>
          typeof url === 'string' && url.startsWith(prefix) ? /^([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(url.slice(prefix.length))?.[1] : undefined,
        ),
      maxwidth: size(800, 1, 2000),
      maxheight: size(800, 1, 4000),
    })
    .transform(({ url, maxwidth, maxheight }) => ({ slug: url, width: maxwidth, height: maxheight }));
}
