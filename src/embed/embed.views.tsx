import type { Board, Perspective } from '../db/tables.ts';
import type { Assets } from '../web/assets.ts';
import { absoluteUrl, boardPath, embedPath } from '../web/paths.ts';
import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import { BoardTable, LiveStatus, PerspectiveFilter } from '../boards/boards.views.tsx';
import { embedSnippet, fixedEmbedSnippet } from './embed.snippet.ts';

/** On the board page: the three ways to embed the board, with the exact code for each. */
export function EmbedCode({ board, baseUrl }: { board: Board; baseUrl: string }) {
  const address = absoluteUrl(baseUrl, boardPath(board.slug));
  return (
    <details class="details">
      <summary class="details__summary">Embed this board on your website</summary>
      <div class="details__text">
        <h3 class="embed-code__heading">In a WordPress post: paste the address</h3>
        <p>
          Paste the board's address on a line of its own (or in an Embed block). WordPress shows one question at a time, with its newest answer from each
          perspective; readers pick a question or a perspective, and every link opens the full board.
        </p>
        <label class="label" for="embed-address">
          Board address
        </label>
        <input class="input input--code" id="embed-address" type="text" readonly spellcheck={false} value={address} />
        <h3 class="embed-code__heading">Where scripts are allowed: the whole table, growing to fit</h3>
        <p>For a WordPress Custom HTML block, Ghost, Squarespace or your own pages. The table resizes to fit and updates as answers are published.</p>
        <label class="label" for="embed-code">
          Embed code
        </label>
        <textarea class="textarea textarea--code" id="embed-code" rows={4} readonly spellcheck={false}>
          {embedSnippet(baseUrl, board)}
        </textarea>
        <h3 class="embed-code__heading">Where only an iframe is allowed: a fixed height that scrolls</h3>
        <p>For Google Sites, SharePoint's Embed web part and other sites that take an iframe but no script. Readers scroll inside the frame.</p>
        <label class="label" for="embed-code-fixed">
          Iframe code
        </label>
        <textarea class="textarea textarea--code" id="embed-code-fixed" rows={3} readonly spellcheck={false}>
          {fixedEmbedSnippet(baseUrl, board)}
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
        <script src={assets.url('live.js')} defer />
      </head>
      <body class="embed">
        <main class="embed__main" id="embed">
          <h1 class="embed__title">
            <a href={absoluteUrl(baseUrl, boardPath(board.slug))} target="_blank" rel="noopener">
              {board.title}
            </a>
          </h1>
          <PerspectiveFilter perspectives={snapshot.perspectives} current={filter?.key ?? null} path={(key) => embedPath(board.slug, key)} />
          <LiveStatus board={board} view="embed" since={snapshot.liveSince} />
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
