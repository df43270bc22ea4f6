import type { Board, Perspective } from '../db/tables.ts';
import type { Assets } from '../web/assets.ts';
import { absoluteUrl, boardPath, embedPath } from '../web/paths.ts';
import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import { BoardTable, LiveStatus, PerspectiveFilter } from '../boards/boards.views.tsx';
import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, languageTag, localised } from '../i18n/locale.ts';
import { langOf, type Shown } from '../boards/board-language.ts';
import { embedSnippet, fixedEmbedSnippet } from './embed.snippet.ts';

/** On the board page: the three ways to embed the board, with the exact code for each (in the page's language). */
export function EmbedCode({ board, baseUrl, locale = 'en' }: { board: Pick<Board, 'slug' | 'title'>; baseUrl: string; locale?: Locale }) {
  const t = catalogues[locale].embed;
  const address = absoluteUrl(baseUrl, localised(locale, boardPath(board.slug)));
  return (
    <details class="details">
      <summary class="details__summary">{t.codeSummary}</summary>
      <div class="details__text">
        <h3 class="embed-code__heading">{t.codeWordPressHeading}</h3>
        <p>{t.codeWordPressText}</p>
        <label class="label" for="embed-address">
          {t.boardAddress}
        </label>
        <input class="input input--code" id="embed-address" type="text" readonly spellcheck={false} value={address} />
        <h3 class="embed-code__heading">{t.codeScriptHeading}</h3>
        <p>{t.codeScriptText}</p>
        <label class="label" for="embed-code">
          {t.embedCode}
        </label>
        <textarea class="textarea textarea--code" id="embed-code" rows={4} readonly spellcheck={false}>
          {embedSnippet(baseUrl, board, undefined, 800, locale)}
        </textarea>
        <h3 class="embed-code__heading">{t.codeIframeHeading}</h3>
        <p>{t.codeIframeText}</p>
        <label class="label" for="embed-code-fixed">
          {t.iframeCode}
        </label>
        <textarea class="textarea textarea--code" id="embed-code-fixed" rows={3} readonly spellcheck={false}>
          {fixedEmbedSnippet(baseUrl, board, 800, locale)}
        </textarea>
      </div>
    </details>
  );
}

/** Read-only table for other sites' iframes: no forms, no cookies, links open in a new tab. */
export function EmbedPage({
  assets,
  baseUrl,
  locale,
  board,
  snapshot,
  filter,
}: {
  assets: Assets;
  baseUrl: string;
  locale: Locale;
  board: Shown<Board>;
  snapshot: BoardSnapshot;
  filter: Perspective | null;
}) {
  const t = catalogues[locale].embed;
  const links = { base: baseUrl, newTab: true, locale };
  const boardUrl = absoluteUrl(baseUrl, localised(locale, boardPath(board.slug)));
  return (
    <html lang={languageTag[locale]}>
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
            <a href={boardUrl} target="_blank" rel="noopener" lang={langOf(board.lang, locale)}>
              {board.title}
            </a>
          </h1>
          <PerspectiveFilter
            perspectives={snapshot.perspectives}
            current={filter?.key ?? null}
            path={(key) => localised(locale, embedPath(board.slug, key))}
            locale={locale}
          />
          <LiveStatus board={board} view="embed" since={snapshot.liveSince} locale={locale} />
          <div class="table-wrap">
            <BoardTable board={board} snapshot={snapshot} filter={filter} links={links} />
          </div>
          <p class="embed__footer">
            <a href={`${boardUrl}#answer-heading`} target="_blank" rel="noopener">
              {t.addYourAnswer}
              <span class="visually-hidden">{t.opensInNewTab}</span>
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
