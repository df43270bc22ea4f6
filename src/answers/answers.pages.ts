import { h } from 'preact';
import type { Board, Perspective, Question } from '../db/tables.ts';
import { partlyUntranslated, type Shown } from '../boards/board-language.ts';
import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import { AnswerSortNav, BoardPage, BoardTable, PerspectiveFilter, QuestionPage, QuestionSections, siteLinks } from '../boards/boards.views.tsx';
import { boardShare, questionShare, type PageShare } from '../boards/share.ts';
import { ShareMeta, ShareSection } from '../boards/share.views.tsx';
import { EmbedCode } from '../embed/embed.views.tsx';
import type { IdentifyingSpan } from '../safety/identifying/identifying.ts';
import { renderFragment, renderPage } from '../web/html.ts';
import type { PageContext } from '../web/layout.tsx';
import { type AnswerSort, absoluteUrl, boardPath, feedPath, oembedUrl, questionPath } from '../web/paths.ts';
import type { ThemeSummaryData } from '../themes/themes.actions.ts';
import { ThemeSummary } from '../themes/themes.views.tsx';
import type { FieldErrors } from './answers.input.ts';
import { AnswerForm, emptyAnswerValues, type AnswerValues } from './answers.views.tsx';

// The board and question pages: the table from the board's snapshot, and the answer form around it.

export interface FormState {
  values: AnswerValues;
  errors: FieldErrors;
  formKey: string;
  /** Identifying details found in the answer just sent, for the author to check. */
  found?: IdentifyingSpan[];
}

/** A form to fill in; its one-time key is made by answer-form.js (or kept from the form sent), so every reader gets the same page. */
export function newFormState(values: Partial<AnswerValues> = {}): FormState {
  return { values: { ...emptyAnswerValues, ...values }, errors: {}, formKey: '' };
}

// Escaped text can never contain "<!--", so this marker only ever comes from the views.
const cachedPart = '<!--cached-part-->';

/** Renders a page around a cached fragment, joining bytes rather than re-encoding a large string per request. */
function pageAround(page: string, fragment: Buffer): Buffer {
  const at = page.indexOf(cachedPart);
  return Buffer.concat([Buffer.from(page.slice(0, at), 'utf8'), fragment, Buffer.from(page.slice(at + cachedPart.length), 'utf8')]);
}

export function hasErrors(form: FormState): boolean {
  return Object.keys(form.errors).length > 0;
}

/** The link-preview tags for a page's head (og:*, twitter:*). */
export function shareMeta(page: PageShare, type: 'website' | 'article' = 'website') {
  return h(ShareMeta, { share: page.share, description: page.description, image: page.image, type });
}

/** The board page; the table comes from the snapshot's cache, the form (with its one-time key) is fresh. `sort` orders each cell.
 * `board` and `snapshot` are in the page's language (boardIn, loadBoardSnapshot), and the snapshot's renders are that language's. */
export function boardPageHtml(
  ctx: PageContext,
  baseUrl: string,
  board: Shown<Board>,
  snapshot: BoardSnapshot,
  filterKey: string | null,
  form: FormState,
  sort: AnswerSort = null,
): Buffer {
  const { locale, t } = ctx;
  const filter = snapshot.perspectives.find((p) => p.key === filterKey) ?? null;
  const here = boardPath(board.slug, filter?.key, sort);
  // The snapshot is this language's, so its renders are too (board-snapshot.ts).
  const table = snapshot.rendered(`table:${filter?.key ?? ''}:${sort ?? 'oldest'}`, () =>
    renderFragment(h(BoardTable, { board, snapshot: snapshot.sorted(sort), filter, links: { ...siteLinks, back: here, locale } })),
  );
  // In the page's language even where the board's own texts are not (a board not translated into Welsh).
  const sharing = boardShare(baseUrl, board, locale);
  const page = renderPage(
    h(BoardPage, {
      ctx,
      board,
      title: filter ? `${board.title} (${filter.label})` : board.title,
      hasErrors: hasErrors(form),
      head: [
        h('link', { rel: 'alternate', type: 'application/json+oembed', href: oembedUrl(baseUrl, ctx.link(boardPath(board.slug))), title: board.title }),
        // The canonical address is this language's own: the English and Welsh pages are alternates of each other (hreflang).
        h('link', { rel: 'canonical', href: absoluteUrl(baseUrl, ctx.link(boardPath(board.slug))) }),
        shareMeta(sharing),
        !board.archivedAt &&
          h('link', { rel: 'alternate', type: 'application/atom+xml', href: ctx.link(feedPath(board.slug)), title: t.boards.feedTitle(board.title) }),
      ],
      filterNav: h(PerspectiveFilter, {
        perspectives: snapshot.perspectives,
        current: filter?.key ?? null,
        path: (key) => ctx.link(boardPath(board.slug, key, sort)),
        locale,
      }),
      sortNav: h(AnswerSortNav, { current: sort, path: (order) => ctx.link(boardPath(board.slug, filter?.key, order)), locale }),
      table: cachedPart,
      form: h(AnswerForm, { board, questions: snapshot.questions, perspectives: snapshot.perspectives, ...form, locale }),
      embed: h(EmbedCode, { board, baseUrl, locale }),
      share: h(ShareSection, { share: sharing.share, heading: t.boards.shareBoard, locale }),
      liveSince: snapshot.liveSince,
      untranslated: partlyUntranslated([board, ...snapshot.questions, ...snapshot.perspectives], locale),
    }),
  );
  return pageAround(page, table);
}

/** The question page; `asking` is the perspective a shared "Ask a manager" link chose (`?perspective=`), already chosen in the form. */
export function questionPageHtml(
  ctx: PageContext,
  baseUrl: string,
  board: Shown<Board>,
  snapshot: BoardSnapshot,
  question: Shown<Question>,
  form: FormState,
  asking: Perspective | null = null,
  sort: AnswerSort = null,
  themes: ThemeSummaryData | null = null,
): Buffer {
  const { locale, t } = ctx;
  const back = questionPath(board.slug, question.key, null, sort);
  const sections = snapshot.rendered(`question:${question.key}:${sort ?? 'oldest'}`, () =>
    renderFragment(h(QuestionSections, { board, question, snapshot: snapshot.sorted(sort), links: { ...siteLinks, back, locale } })),
  );
  const sharing = questionShare(baseUrl, board, question, asking, locale);
  const page = renderPage(
    h(QuestionPage, {
      ctx,
      board,
      question,
      hasErrors: hasErrors(form),
      sections: cachedPart,
      sortNav: h(AnswerSortNav, { current: sort, path: (order) => ctx.link(questionPath(board.slug, question.key, asking?.key, order)), locale }),
      form: h(AnswerForm, { board, questions: snapshot.questions, perspectives: snapshot.perspectives, fixedQuestion: question, ...form, locale }),
      head: shareMeta(sharing),
      themes: themes && h(ThemeSummary, { summary: themes, locale }),
      share: h(ShareSection, { share: sharing.share, heading: t.boards.shareQuestion, locale }),
      liveSince: snapshot.liveSince,
    }),
  );
  return pageAround(page, sections);
}
