import type { Board, Perspective } from '../db/tables.ts';
import type { Assets } from '../web/assets.ts';
import { absoluteUrl, boardPath, embedPath } from '../web/paths.ts';
import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import { BoardTable, PerspectiveFilter } from '../boards/boards.views.tsx';
import { embedSnippet } from './embed.snippet.ts';

/** On the board page: the code to paste into another site. */
export function EmbedCode({ board, baseUrl }: { board: Board; baseUrl: string }) {
  const code = embedSnippet(baseUrl, board);
  return (
    <details class="details">
      <summary class="details__summary">Embed this board on your website</summary>
      <div class="details__text">
        <p>
          Paste this code into a web page or blog post. The table resizes to fit and updates as answers are published. In WordPress, you can instead paste the
          board's address on a line of its own.
        </p>
        <label class="label" for="embed-code">
          Embed code
        </label>
        <textarea class="textarea textarea--code" id="embed-code" rows={4} readonly spellcheck={false}>
          {code}
        </textarea>
      </div>
    </details>
  );
}

/** Read-only table for other sites' iframes: no forms, no cookies, links open in a new tab. */
export function EmbedPage({
  assets,
  baseUrl,
  board,
  snapshot,
  filter,
}: {
  assets: Assets;
  baseUrl: string;
  board: Board;
  snapshot: BoardSnapshot;
  filter: Perspective | null;
}) {
  const links = { base: baseUrl, newTab: true };
  return (
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{board.title}</title>
        <link rel="stylesheet" href={assets.url('style.css')} />
        <script src={assets.url('embed-frame.js')} defer />
      </head>
      <body class="embed">
        <main class="embed__main" id="embed">
          <h1 class="embed__title">
            <a href={absoluteUrl(baseUrl, boardPath(board.slug))} target="_blank" rel="noopener">
              {board.title}
            </a>
          </h1>
          <PerspectiveFilter perspectives={snapshot.perspectives} current={filter?.key ?? null} path={(key) => embedPath(board.slug, key)} />
          <div class="table-wrap">
            <BoardTable board={board} snapshot={snapshot} filter={filter} links={links} />
          </div>
          <p class="embed__footer">
            <a href={`${absoluteUrl(baseUrl, boardPath(board.slug))}#answer-heading`} target="_blank" rel="noopener">
              Add your answer<span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
