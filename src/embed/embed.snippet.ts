import { absoluteUrl, embedPath, embedScriptPath } from '../web/paths.ts';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a blog pastes (or WordPress receives by oEmbed): an iframe that grows to fit, and the script that grows it. */
export function embedSnippet(baseUrl: string, board: { slug: string; title: string }, width?: number, height = 800): string {
  const size = width
    ? `width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px"`
    : `width="100%" height="${height}" style="border:0;width:100%"`;
  return (
    `<iframe src="${escapeAttribute(absoluteUrl(baseUrl, embedPath(board.slug)))}" title="${escapeAttribute(board.title)}" ${size} loading="lazy"></iframe>\n` +
    `<script src="${escapeAttribute(absoluteUrl(baseUrl, embedScriptPath))}" async></script>`
  );
}
