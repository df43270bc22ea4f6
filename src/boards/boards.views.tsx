import type { ComponentChildren } from 'preact';
import type { Board, Perspective, Question } from '../db/tables.ts';
import { formatDate, plural } from '../web/html.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { type AnswerSort, answerPath, boardPath, eventsPath, feedPath, helpfulPath, questionPath, reportPath } from '../web/paths.ts';
import type { BoardSnapshot } from './board-snapshot.ts';
import type { PublicAnswer } from './boards.queries.ts';
import { askWhom } from './share.ts';

/** "No answers yet from managers": whose voice is missing. */
export function missingVoice(perspective: Perspective): string {
  return perspective.plural ? `No answers yet from ${perspective.plural}` : `No answers yet from the “${perspective.label}” perspective`;
}

export function Paragraphs({ text, class: className }: { text: string; class?: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <p key={i} class={className}>
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
}

export const siteLinks: LinkOptions = { base: '', newTab: false };

function linkProps(links: LinkOptions, href: string) {
  return links.newTab ? { href: links.base + href, target: '_blank', rel: 'noopener' } : { href };
}

export function AnswerCard({ answer, links }: { answer: PublicAnswer; links: LinkOptions }) {
  return (
    <article class="answer">
      <p class="answer__text">{answer.body}</p>
      <p class="answer__meta">
        {answer.isExample ? <strong class="tag">Example</strong> : null} {answer.displayName ?? 'Anonymous'},{' '}
        <time dateTime={answer.createdAt}>{formatDate(answer.createdAt)}</time>
        {' · '}
        <a {...linkProps(links, answerPath(answer.id))}>
          Permalink<span class="visually-hidden"> to this answer by {answer.displayName ?? 'Anonymous'}</span>
        </a>
        {' · '}
        <a {...linkProps(links, reportPath(answer.id))}>
          Report<span class="visually-hidden"> this answer by {answer.displayName ?? 'Anonymous'}</span>
        </a>
        {links.newTab && (
          <>
            {' · '}
            <HelpfulCount answer={answer} /> found this helpful
          </>
        )}
      </p>
      {!links.newTab && <HelpfulForm answer={answer} back={links.back && `${links.back}#answer-${answer.id}`} />}
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
export function HelpfulForm({ answer, back }: { answer: PublicAnswer; back?: string | undefined }) {
  return (
    <form class="helpful" method="post" action={helpfulPath(answer.id)} data-helpful-form>
      {back && <input type="hidden" name="back" value={back} />}
      <button type="submit" class="helpful__button" data-helpful={answer.id}>
        Helpful (<HelpfulCount answer={answer} />)<span class="visually-hidden"> — mark this answer by {answer.displayName ?? 'Anonymous'} as helpful</span>
      </button>
    </form>
  );
}

/** "Ask a manager": in an empty cell, a link to the question with that perspective chosen in its form, ready to share. */
export function AskLink({ href, perspective, question, links }: { href: string; perspective: Perspective; question: Question; links: LinkOptions }) {
  return (
    <p class="cell-ask">
      <a {...linkProps(links, href)}>
        Ask {askWhom(perspective)}
        <span class="visually-hidden"> to answer “{question.text}”</span>
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
  return (
    <p class="cell-more">
      <a {...linkProps(links, href)}>
        See all {count} answers from {perspective.plural ?? `the “${perspective.label}” perspective`}
        <span class="visually-hidden"> to “{question.text}”</span>
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
        {plural(total, 'answer', 'answers')}
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
export function BoardTable({ board, snapshot, filter, links }: { board: Board; snapshot: BoardSnapshot; filter: Perspective | null; links: LinkOptions }) {
  const columns = filter ? [filter] : snapshot.perspectives;
  const asking = isAsking(board);
  return (
    <table class={filter ? 'board-table board-table--one' : 'board-table'}>
      <caption class="board-table__caption">
        Answers to each question{filter ? ` from ${filter.plural ?? `the “${filter.label}” perspective`}` : ', by perspective'}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="board-table__corner">
            Question
          </th>
          {columns.map((p) => (
            <th scope="col" key={p.key}>
              {p.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {snapshot.questions.map((q) => (
          <tr key={q.key}>
            <th scope="row" class="board-table__question">
              <a {...linkProps(links, questionPath(board.slug, q.key))}>{q.text}</a>
            </th>
            {columns.map((p) => {
              const all = snapshot.cell(q.key, p.key);
              return (
                <td key={p.key} data-cell={`${q.key} ${p.key}`} data-cap={cellCap}>
                  <p class="cell-label" aria-hidden="true">
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
                    empty={missingVoice(p)}
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

export function PerspectiveFilter({
  perspectives,
  current,
  path,
}: {
  perspectives: Perspective[];
  current: string | null;
  path: (perspective: string | null) => string;
}) {
  const items: [string | null, string][] = [[null, 'All perspectives'], ...perspectives.map((p): [string, string] => [p.key, p.label])];
  return (
    <nav class="filter" aria-labelledby="filter-label">
      <p class="filter__label" id="filter-label">
        Show answers from
      </p>
      <ul class="filter__list">
        {items.map(([key, label]) => (
          <li key={key ?? ''}>
            <a class="filter__link" href={path(key)} aria-current={key === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "Sort answers": oldest first, or most helpful first (`?sort=helpful`); `path` keeps the page's other choices. */
export function AnswerSortNav({ current, path }: { current: AnswerSort; path: (sort: AnswerSort) => string }) {
  const items: [AnswerSort, string][] = [
    [null, 'Oldest first'],
    ['helpful', 'Most helpful first'],
  ];
  return (
    <nav class="filter" aria-labelledby="sort-label">
      <p class="filter__label" id="sort-label">
        Sort answers
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
  return (
    <Layout ctx={ctx} title="Boards">
      <h1>Boards</h1>
      <p class="lead">Questions people are asking, answered from every point of view. Read the answers, or add your own.</p>
      {boards.length === 0 ? (
        <p>There are no public boards yet.</p>
      ) : (
        <ul class="board-list">
          {boards.map((b) => (
            <li key={b.id} class="board-list__item">
              <h2 class="board-list__title">
                <a href={boardPath(b.slug)}>{b.title}</a>
              </h2>
              <p class="board-list__intro">{b.intro.length > 240 ? `${b.intro.slice(0, 237)}…` : b.intro}</p>
              <p class="hint">{b.accepting ? 'Open for answers' : 'Closed for new answers'}</p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function BoardIntro({ board }: { board: Board }) {
  return <Paragraphs text={board.intro} class="lead" />;
}

export function BoardPage(props: {
  ctx: PageContext;
  board: Board;
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
}) {
  const { ctx, board, title, hasErrors, head, filterNav, sortNav, table, form, embed, share, liveSince } = props;
  return (
    <Layout
      ctx={ctx}
      title={title}
      hasErrors={hasErrors}
      head={head}
      scripts={share ? ['answer-form.js', 'share.js', 'live.js', 'votes.js'] : ['answer-form.js', 'live.js', 'votes.js']}
    >
      <h1>{board.title}</h1>
      <BoardIntro board={board} />
      {filterNav}
      {sortNav}
      <LiveStatus board={board} since={liveSince} />
      <div class="table-wrap" dangerouslySetInnerHTML={{ __html: table }} />
      {!board.archivedAt && <FollowFeed board={board} />}
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
export function LiveStatus({ board, view = 'page', since, inline = false }: { board: Board; view?: 'page' | 'embed'; since: number; inline?: boolean }) {
  // An archived board takes no more answers: there is nothing to wait for.
  if (board.archivedAt) return null;
  const events = eventsPath(board.slug, view);
  if (inline) {
    return (
      <span class="live-status live-status--inline" data-live={events} data-live-since={since} hidden>
        {' · '}
        <span class="visually-hidden" role="status" data-live-said />
        <button type="button" class="link-button" data-live-pause>
          Pause live updates
        </button>
      </span>
    );
  }
  return (
    <div class="live-status" data-live={events} data-live-since={since} hidden>
      <p class="live-status__said" role="status" data-live-said />
      <button type="button" class="button button--secondary live-status__pause" data-live-pause>
        Pause live updates
      </button>
    </div>
  );
}

/** The board's Atom feed, offered under the table with what a feed reader is. */
export function FollowFeed({ board }: { board: Board }) {
  return (
    <p class="follow-feed">
      <a href={feedPath(board.slug)} type="application/atom+xml">
        Follow new answers
      </a>{' '}
      in a feed reader: an app that checks sites for you and shows each new answer as it is published.
    </p>
  );
}

export function QuestionPage(props: {
  ctx: PageContext;
  board: Board;
  question: Question;
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
  return (
    <Layout
      ctx={ctx}
      title={question.text}
      hasErrors={hasErrors}
      head={head}
      scripts={share ? ['answer-form.js', 'share.js', 'live.js', 'votes.js'] : ['answer-form.js', 'live.js', 'votes.js']}
    >
      <BackLink href={boardPath(board.slug)}>Back to all questions on “{board.title}”</BackLink>
      <h1>{question.text}</h1>
      {sortNav}
      <LiveStatus board={board} since={liveSince} />
      {themes}
      <div dangerouslySetInnerHTML={{ __html: sections }} />
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
  return (
    <>
      {snapshot.perspectives.map((p) => (
        <section key={p.key} class="perspective-section" aria-labelledby={`p-${p.key}`} data-cell={`${question.key} ${p.key}`}>
          <h2 id={`p-${p.key}`}>{p.label}</h2>
          <AnswerList
            answers={snapshot.cell(question.key, p.key)}
            empty={missingVoice(p)}
            links={links}
            ask={asking && <AskLink href={questionPath(board.slug, question.key, p.key)} perspective={p} question={question} links={links} />}
          />
        </section>
      ))}
    </>
  );
}
