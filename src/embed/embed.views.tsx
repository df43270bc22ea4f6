import type { Board, Perspective } from '../db/tables.ts';
import type { Assets } from '../web/assets.ts';
import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import { BoardTable, PerspectiveFilter, boardPath } from '../boards/boards.views.tsx';

export function embedPath(slug: string, perspective?: string | null): string {
  return `/embed/b/${encodeURIComponent(slug)}${perspective ? `?perspective=${encodeURIComponent(perspective)}` : ''}`;
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
            <a href={baseUrl + boardPath(board.slug)} target="_blank" rel="noopener">
              {board.title}
            </a>
          </h1>
          <PerspectiveFilter perspectives={snapshot.perspectives} current={filter?.key ?? null} path={(key) => embedPath(board.slug, key)} />
          <div class="table-wrap">
            <BoardTable board={board} snapshot={snapshot} filter={filter} links={links} />
          </div>
          <p class="embed__footer">
            <a href={`${baseUrl}${boardPath(board.slug)}#answer-heading`} target="_blank" rel="noopener">
              Add your answer<span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
