import type { ComponentChildren } from 'preact';
import type { Board, Perspective, Question } from '../db/tables.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { formatDate, formatNumber, plural } from '../i18n/format.ts';
import { type Locale, localised } from '../i18n/locale.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { type AnswerSort, answerPath, boardPath, eventsPath, feedPath, helpfulPath, questionPath, reportPath } from '../web/paths.ts';
import { boardIn, langOf } from './board-language.ts';
import type { BoardSnapshot } from './board-snapshot.ts';
import type { PublicAnswer } from './boards.queries.ts';
import { askWhom } from './share.ts';

/** A board's text as shown (board-language.ts): `lang` is the language it is in, when known. */
type MaybeShown = { lang?: Locale | undefined };

/** "No answers yet from managers": whose voice is missing. */
export function missingVoice(perspective: Perspective, locale: Locale = 'en'): string {
  return catalogues[locale].boards.missingVoice(perspective);
}

export function Paragraphs({ text, class: className, lang }: { text: string; class?: string; lang?: string | undefined }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <p key={i} class={className} lang={lang}>
            {p}
          </p>
        ))}
    </>
  );
}

/** Links open in a new tab inside an embed (the frame is sandboxed on some hosts). */
export interface LinkOptions {
  base: string;
  newTab: boolean;
  /** The page the answers are shown on, for a form to come back to without JavaScript (default: the answer's permalink). */
  back?: string;
  /** The language of the page the answers are shown on (default English): its words, and the addresses it links to. */
  locale?: Locale;
}

export const siteLinks: LinkOptions = { base: '', newTab: false };

/** A link to an English address, in the links' language. */
function linkProps(links: LinkOptions, href: string) {
  const path = localised(links.locale ?? 'en', href);
  return links.newTab ? { href: links.base + path, target: '_blank', rel: 'noopener' } : { href: path };
}

export function AnswerCard({ answer, links }: { answer: PublicAnswer; links: LinkOptions }) {
  const locale = links.locale ?? 'en';
  const t = catalogues[locale].boards;
  const name = answer.displayName ?? t.anonymous;
  return (
    <article class="answer">
      {/* Shown as written: marked when the author wrote in the page's other language. */}
      <p class="answer__text" lang={langOf(answer.language, locale)}>
        {answer.body}
      </p>
      <p class="answer__meta">
        {answer.isExample ? <strong class="tag">{t.example}</strong> : null} {name},{' '}
        <time dateTime={answer.createdAt}>{formatDate(locale, answer.createdAt)}</time>
        {' · '}
        <a {...linkProps(links, answerPath(answer.id))}>
          {t.permalink}
          <span class="visually-hidden">{t.permalinkFor(name)}</span>
        </a>
        {' · '}
        <a {...linkProps(links, reportPath(answer.id))}>
          {t.report}
          <span class="visually-hidden">{t.reportFor(name)}</span>
        </a>
        {links.newTab && (
          <>
            {' · '}
            <HelpfulCount answer={answer} /> {t.foundHelpful}
          </>
        )}
      </p>
      {!links.newTab && <HelpfulForm answer={answer} back={links.back && `${links.back}#answer-${answer.id}`} locale={locale} />}
    </article>
  );
}

/** The number live views update (the `votes` event). */
function HelpfulCount({ answer }: { answer: PublicAnswer }) {
  return <span data-helpful-count={answer.id}>{answer.helpfulCount}</span>;
}

/**
 * "Helpful (3)": marks the answer helpful, or takes the mark back. The page is the same bytes for every reader, so
 * whether this browser pressed it is not in it: votes.js makes it a toggle button (aria-pressed) from its own memory.
 * Not in an embed: its frame allows no forms, so the card shows the count alone.
 */
export function HelpfulForm({ answer, back, locale = 'en' }: { answer: PublicAnswer; back?: string | undefined; locale?: Locale }) {
  const t = catalogues[locale].boards;
  return (
    <form class="helpful" method="post" action={localised(locale, helpfulPath(answer.id))} data-helpful-form>
      {back && <input type="hidden" name="back" value={localised(locale, back)} />}
      <button type="submit" class="helpful__button" data-helpful={answer.id}>
        {t.helpful} (<HelpfulCount answer={answer} />)<span class="visually-hidden">{t.markHelpful(answer.displayName ?? t.anonymous)}</span>
      </button>
    </form>
  );
}

/** "Ask a manager": in an empty cell, a link to the question with that perspective chosen in its form, ready to share. */
export function AskLink({ href, perspective, question, links }: { href: string; perspective: Perspective; question: Question; links: LinkOptions }) {
  const t = catalogues[links.locale ?? 'en'].boards;
  return (
    <p class="cell-ask">
      <a {...linkProps(links, href)}>
        {t.ask({ ...perspective, whom: askWhom(perspective) })}
        <span class="visually-hidden">{t.askToAnswer(question.text)}</span>
      </a>
    </p>
  );
}

/** Only an open board asks for more answers. */
function isAsking(board: Board): boolean {
  return Boolean(board.accepting) && !board.archivedAt;
}

/** One answer in a cell's list; live views insert or replace it by its id (live.ts). */
export function AnswerItem({ answer, links }: { answer: PublicAnswer; links: LinkOptions }) {
  return (
    <li id={`answer-${answer.id}`}>
      <AnswerCard answer={answer} links={links} />
    </li>
  );
}

/**
 * How many answers a cell of the board's table shows. Six answers of a few hundred characters fill about a screen
 * at desktop width; a 5 × 5 board then shows at most 150 answers however many it has (its 1,000-answer page is
 * about a sixth of the size), and six is enough for the examples, the most helpful and the newest to all appear.
 */
export const cellCap = 6;

/** The answers a full cell shows: the examples, then the most helpful, then the newest; kept in the cell's own order. */
export function firstAnswers(answers: PublicAnswer[], cap = cellCap): PublicAnswer[] {
  if (answers.length <= cap) return answers;
  // Newest by time, then by id (time-ordered too), so answers sent in the same millisecond still rank newest first.
  const newest = (a: PublicAnswer, b: PublicAnswer) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  const ranked = [...answers].sort((a, b) => b.isExample - a.isExample || b.helpfulCount - a.helpfulCount || newest(a, b));
  const shown = new Set(ranked.slice(0, cap));
  return answers.filter((a) => shown.has(a));
}

/** The link from a full cell to all its answers, on the question page (sent again by the live stream as the count grows). */
export function CellMore({
  href,
  count,
  perspective,
  question,
  links,
}: {
  href: string;
  count: number;
  perspective: Perspective;
  question: Question;
  links: LinkOptions;
}) {
  const locale = links.locale ?? 'en';
  const t = catalogues[locale].boards;
  return (
    <p class="cell-more">
      <a {...linkProps(links, href)}>
        {t.seeAll(formatNumber(locale, count), perspective)}
        <span class="visually-hidden">{t.toQuestion(question.text)}</span>
      </a>
    </p>
  );
}

export function AnswerList(props: {
  answers: PublicAnswer[];
  empty: string;
  links: LinkOptions;
  ask?: ComponentChildren;
  total?: number;
  more?: ComponentChildren;
}) {
  const { answers, empty, links, ask, total = answers.length, more } = props;
  if (answers.length === 0)
    return (
      <>
        <p class="cell-empty">{empty}</p>
        {ask}
      </>
    );
  return (
    <>
      <p class="cell-count" data-count={total}>
        {plural(links.locale ?? 'en', total, catalogues[links.locale ?? 'en'].boards.answerCount)}
      </p>
      <ul class="answer-list">
        {answers.map((a) => (
          <AnswerItem key={a.id} answer={a} links={links} />
        ))}
      </ul>
      {more}
    </>
  );
}

/** Where a cell's "See all" link leads: its perspective's part of the question page. */
export function cellPath(slug: string, question: string, perspective: string): string {
  return `${questionPath(slug, question)}#p-${perspective}`;
}

/** The questions × perspectives table; at narrow widths CSS stacks it one question at a time. */
export function BoardTable({
  board,
  snapshot,
  filter,
  links,
}: {
  board: Board;
  snapshot: BoardSnapshot;
  filter: (Perspective & MaybeShown) | null;
  links: LinkOptions;
}) {
  const columns = filter ? [filter] : snapshot.perspectives;
  const asking = isAsking(board);
  const locale = links.locale ?? 'en';
  const t = catalogues[locale].boards;
  return (
    <table class={filter ? 'board-table board-table--one' : 'board-table'}>
      <caption class="board-table__caption">{filter ? t.captionFrom(filter) : t.caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="board-table__corner">
            {t.questionColumn}
          </th>
          {columns.map((p) => (
            <th scope="col" key={p.key} lang={langOf(p.lang, locale)}>
              {p.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {snapshot.questions.map((q) => (
          <tr key={q.key}>
            <th scope="row" class="board-table__question" lang={langOf(q.lang, locale)}>
              <a {...linkProps(links, questionPath(board.slug, q.key))}>{q.text}</a>
            </th>
            {columns.map((p) => {
              const all = snapshot.cell(q.key, p.key);
              return (
                <td key={p.key} data-cell={`${q.key} ${p.key}`} data-cap={cellCap}>
                  <p class="cell-label" aria-hidden="true" lang={langOf(p.lang, locale)}>
                    {p.label}
                  </p>
                  <AnswerList
                    answers={firstAnswers(all)}
                    total={all.length}
                    more={
                      all.length > cellCap && (
                        <CellMore href={cellPath(board.slug, q.key, p.key)} count={all.length} perspective={p} question={q} links={links} />
                      )
                    }
                    empty={missingVoice(p, locale)}
                    links={links}
                    ask={asking && <AskLink href={questionPath(board.slug, q.key, p.key)} perspective={p} question={q} links={links} />}
                  />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Show answers from": the whole board or one perspective; `path` gives each choice's address in the page's language. */
export function PerspectiveFilter({
  perspectives,
  current,
  path,
  locale = 'en',
}: {
  perspectives: (Perspective & MaybeShown)[];
  current: string | null;
  path: (perspective: string | null) => string;
  locale?: Locale;
}) {
  const t = catalogues[locale].boards;
  const items: [string | null, string, string | undefined][] = [
    [null, t.filter.all, undefined],
    ...perspectives.map((p): [string, string, string | undefined] => [p.key, p.label, langOf(p.lang, locale)]),
  ];
  return (
    <nav class="filter" aria-labelledby="filter-label">
      <p class="filter__label" id="filter-label">
        {t.filter.label}
      </p>
      <ul class="filter__list">
        {items.map(([key, label, lang]) => (
          <li key={key ?? ''}>
            <a class="filter__link" href={path(key)} aria-current={key === current ? 'page' : undefined} lang={lang}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "Sort answers": oldest first, or most helpful first (`?sort=helpful`); `path` keeps the page's other choices. */
export function AnswerSortNav({ current, path, locale = 'en' }: { current: AnswerSort; path: (sort: AnswerSort) => string; locale?: Locale }) {
  const t = catalogues[locale].boards.sort;
  const items: [AnswerSort, string][] = [
    [null, t.oldest],
    ['helpful', t.helpful],
  ];
  return (
    <nav class="filter" aria-labelledby="sort-label">
      <p class="filter__label" id="sort-label">
        {t.label}
      </p>
      <ul class="filter__list">
        {items.map(([sort, label]) => (
          <li key={sort ?? ''}>
            <a class="filter__link" href={path(sort)} aria-current={sort === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function HomePage({ ctx, boards }: { ctx: PageContext; boards: Board[] }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t.boards.home.title}>
      <h1>{t.boards.home.title}</h1>
      <p class="lead">{t.boards.home.lead}</p>
      {boards.length === 0 ? (
        <p>{t.boards.home.none}</p>
      ) : (
        <ul class="board-list">
          {boards.map((listed) => {
            const b = boardIn(listed, locale);
            const lang = langOf(b.lang, locale);
            return (
              <li key={b.id} class="board-list__item">
                <h2 class="board-list__title" lang={lang}>
                  <a href={ctx.link(boardPath(b.slug))}>{b.title}</a>
                </h2>
                <p class="board-list__intro" lang={langOf(b.introLang, locale)}>
                  {b.intro.length > 240 ? `${b.intro.slice(0, 237)}…` : b.intro}
                </p>
                <p class="hint">{b.accepting ? t.boards.home.open : t.boards.home.closed}</p>
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}

export function BoardIntro({ board, locale = 'en' }: { board: Board & MaybeShown & { introLang?: Locale }; locale?: Locale }) {
  return <Paragraphs text={board.intro} class="lead" lang={langOf(board.introLang ?? board.lang, locale)} />;
}

export function BoardPage(props: {
  ctx: PageContext;
  board: Board & MaybeShown;
  title: string;
  hasErrors: boolean;
  head: ComponentChildren;
  filterNav: ComponentChildren;
  sortNav?: ComponentChildren;
  table: string;
  form: ComponentChildren;
  embed: ComponentChildren;
  share?: ComponentChildren;
  /** The snapshot's latest live event (BoardSnapshot.liveSince). */
  liveSince: number;
  /** Some of the board's texts are shown in the other language (board-language.ts partlyUntranslated). */
  untranslated?: boolean;
}) {
  const { ctx, board, title, hasErrors, head, filterNav, sortNav, table, form, embed, share, liveSince, untranslated } = props;
  return (
    <Layout
      ctx={ctx}
      title={title}
      hasErrors={hasErrors}
      head={head}
      scripts={share ? ['answer-form.js', 'share.js', 'live.js', 'votes.js'] : ['answer-form.js', 'live.js', 'votes.js']}
    >
      <h1 lang={langOf(board.lang, ctx.locale)}>{board.title}</h1>
      {untranslated && <p class="hint board-untranslated">{ctx.t.boards.untranslated}</p>}
      <BoardIntro board={board} locale={ctx.locale} />
      {filterNav}
      {sortNav}
      <LiveStatus board={board} since={liveSince} locale={ctx.locale} />
      <div class="table-wrap" data-helpful-words={JSON.stringify(ctx.t.boards.helpfulWords)} dangerouslySetInnerHTML={{ __html: table }} />
      {!board.archivedAt && <FollowFeed board={board} locale={ctx.locale} />}
      {form}
      {share}
      {embed}
    </Layout>
  );
}

/**
 * Where live.js says what arrived ("2 new answers from practitioners") and offers to pause. Hidden until the
 * script runs: without JavaScript a reload shows what is new. `inline` fits it into a line of links (the
 * compact embed, which must stay short), saying what arrived to screen readers only.
 */
export function LiveStatus({
  board,
  view = 'page',
  since,
  inline = false,
  locale = 'en',
}: {
  board: Board;
  view?: 'page' | 'embed';
  since: number;
  inline?: boolean;
  locale?: Locale;
}) {
  // An archived board takes no more answers: there is nothing to wait for.
  if (board.archivedAt) return null;
  // In the page's language, so the stream knows which language to write its fragments in.
  const events = localised(locale, eventsPath(board.slug, view));
  const t = catalogues[locale];
  const pause = t.boards.pauseLive;
  // What live.js says, in the page's language (client scripts take no catalogue).
  const words = JSON.stringify(t.workshop.live);
  if (inline) {
    return (
      <span class="live-status live-status--inline" data-live={events} data-live-since={since} data-live-words={words} hidden>
        {' · '}
        <span class="visually-hidden" role="status" data-live-said />
        <button type="button" class="link-button" data-live-pause>
          {pause}
        </button>
      </span>
    );
  }
  return (
    <div class="live-status" data-live={events} data-live-since={since} data-live-words={words} hidden>
      <p class="live-status__said" role="status" data-live-said data-empty={t.boards.liveWaiting} />
      <button type="button" class="button button--secondary live-status__pause" data-live-pause>
        {pause}
      </button>
    </div>
  );
}

/** The board's Atom feed, offered under the table with what a feed reader is. */
export function FollowFeed({ board, locale = 'en' }: { board: Board; locale?: Locale }) {
  const t = catalogues[locale].boards;
  return (
    <p class="follow-feed">
      <a href={localised(locale, feedPath(board.slug))} type="application/atom+xml">
        {t.followFeed}
      </a>
      {t.followFeedRest}
    </p>
  );
}

export function QuestionPage(props: {
  ctx: PageContext;
  board: Board;
  question: Question & MaybeShown;
  hasErrors: boolean;
  sections: string;
  sortNav?: ComponentChildren;
  form: ComponentChildren;
  head?: ComponentChildren;
  share?: ComponentChildren;
  /** The facilitator's summary of the answers' themes, when they chose to show it. */
  themes?: ComponentChildren;
  liveSince: number;
}) {
  const { ctx, board, question, hasErrors, sections, sortNav, form, head, share, themes, liveSince } = props;
  const { t, locale } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={question.text}
      hasErrors={hasErrors}
      head={head}
      scripts={share ? ['answer-form.js', 'share.js', 'live.js', 'votes.js'] : ['answer-form.js', 'live.js', 'votes.js']}
    >
      <BackLink href={ctx.link(boardPath(board.slug))}>{t.boards.backToQuestions(board.title)}</BackLink>
      <h1 lang={langOf(question.lang, locale)}>{question.text}</h1>
      {sortNav}
      <LiveStatus board={board} since={liveSince} locale={locale} />
      {themes}
      <div data-helpful-words={JSON.stringify(t.boards.helpfulWords)} dangerouslySetInnerHTML={{ __html: sections }} />
      {form}
      {share}
    </Layout>
  );
}

export function QuestionSections({
  board,
  question,
  snapshot,
  links = siteLinks,
}: {
  board: Board;
  question: Question;
  snapshot: BoardSnapshot;
  links?: LinkOptions;
}) {
  const asking = isAsking(board);
  const locale = links.locale ?? 'en';
  return (
    <>
      {snapshot.perspectives.map((p) => (
        <section key={p.key} class="perspective-section" aria-labelledby={`p-${p.key}`} data-cell={`${question.key} ${p.key}`}>
          <h2 id={`p-${p.key}`} lang={langOf(p.lang, locale)}>
            {p.label}
          </h2>
          <AnswerList
            answers={snapshot.cell(question.key, p.key)}
            empty={missingVoice(p, locale)}
            links={links}
            ask={asking && <AskLink href={questionPath(board.slug, question.key, p.key)} perspective={p} question={question} links={links} />}
          />
        </section>
      ))}
    </>
  );
}
