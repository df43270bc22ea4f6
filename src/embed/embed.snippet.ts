import { type Locale, localised } from '../i18n/locale.ts';
import { absoluteUrl, boardPath, compactEmbedPath, embedPath, embedScriptPath } from '../web/paths.ts';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type BoardRef = { slug: string; title: string };

/** For sites that allow scripts (a WordPress Custom HTML block, Ghost, Squarespace): the full table, grown to fit by embed.js. */
export function embedSnippet(baseUrl: string, board: BoardRef, width?: number, height = 800, locale: Locale = 'en'): string {
  const size = width
    ? `width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px"`
    : `width="100%" height="${height}" style="border:0;width:100%"`;
  return (
    `<iframe src="${escapeAttribute(absoluteUrl(baseUrl, localised(locale, embedPath(board.slug))))}" title="${escapeAttribute(board.title)}" ${size} loading="lazy"></iframe>\n` +
    `<script src="${escapeAttribute(absoluteUrl(baseUrl, embedScriptPath))}" async></script>`
  );
}

/** For sites that allow only an iframe (Google Sites, SharePoint's Embed web part): the full table in a fixed height that scrolls. */
export function fixedEmbedSnippet(baseUrl: string, board: BoardRef, height = 800, locale: Locale = 'en'): string {
  return `<iframe src="${escapeAttribute(absoluteUrl(baseUrl, localised(locale, embedPath(board.slug))))}" title="${escapeAttribute(board.title)}" width="100%" height="${height}" style="border:1px solid #b1b4b6;width:100%"></iframe>`;
}

/**
 * What /oembed hands WordPress and other consumers. WordPress keeps only a blockquote and an iframe (src, width, height, title),
 * sandboxes the iframe and adds `#?secret=`; the blockquote before the iframe makes it load wp-embed.js, which sizes the
 * frame (200–1,000 px) from the compact embed's messages. The frame fills the column (the oEmbed `width` is the room asked for);
 * the script is for consumers that keep it. A Welsh board address (/cy/b/…) gets the Welsh embed; the script's address is the same in both.
 */
export function oembedSnippet(baseUrl: string, board: BoardRef, height: number, locale: Locale = 'en'): string {
  const title = escapeAttribute(board.title);
  return (
    `<blockquote class="wp-embedded-content"><a href="${escapeAttribute(absoluteUrl(baseUrl, localised(locale, boardPath(board.slug))))}">${title}</a></blockquote>` +
    `<iframe src="${escapeAttribute(absoluteUrl(baseUrl, localised(locale, compactEmbedPath(board.slug))))}" title="${title}" width="100%" height="${height}" frameborder="0"></iframe>\n` +
    `<script src="${escapeAttribute(absoluteUrl(baseUrl, embedScriptPath))}" async></script>`
  );
}
