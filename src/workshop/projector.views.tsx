import type { ComponentChildren } from 'preact';
import type { Board, LiveSession, Perspective, Question } from '../db/tables.ts';
import type { Assets } from '../web/assets.ts';
import { catalogues, type Messages } from '../i18n/catalogue.ts';
import { plural } from '../i18n/format.ts';
import { type Locale, languageTag, localised } from '../i18n/locale.ts';
import { absoluteUrl, boardPath, eventsPath, helpPath, joinPath, joinQrPath, liveScreenPath } from '../web/paths.ts';
import { langOf, type Shown } from '../boards/board-language.ts';
import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import type { PublicAnswer } from '../boards/boards.queries.ts';
import { missingVoice } from '../boards/boards.views.tsx';
import { excerpt, Written } from '../embed/embed.compact.tsx';

// The projector: one 16:9 screen for the room, read from the back. The page is a minimal shell around the
// screen, a fragment cached per board revision and session change that projector.js fetches afresh.
// Sizes are in rem and the root font scales with the viewport (style.css, "Projector"), so the layout at
// 1280 × 720 is the one at 1920 × 1080 made smaller: the budgets below hold at every 16:9 size.

/** What the screen shows, from the board's running session. */
export type ProjectorState =
  | { kind: 'none' }
  | { kind: 'question'; question: Shown<Question> }
  | { kind: 'table' }
  | { kind: 'spotlight'; answer: PublicAnswer; question: Shown<Question>; perspective: Shown<Perspective> };

export function projectorState(snapshot: BoardSnapshot, session: LiveSession | undefined): ProjectorState {
  if (!session) return { kind: 'none' };
  // Only a published answer is in the snapshot: a spotlit answer hidden since is simply not found.
  const spotlit = session.spotlightAnswerId ? snapshot.answers.find((a) => a.id === session.spotlightAnswerId) : undefined;
  if (spotlit) {
    const question = snapshot.questions.find((q) => q.key === spotlit.questionKey);
    const perspective = snapshot.perspectives.find((p) => p.key === spotlit.perspectiveKey);
    if (question && perspective) return { kind: 'spotlight', answer: spotlit, question, perspective };
  }
  const question = session.questionId ? snapshot.questions.find((q) => q.id === session.questionId) : undefined;
  return question ? { kind: 'question', question } : { kind: 'table' };
}

/** Newest first, as the room expects to see what was just approved on top. */
function newestFirst(answers: PublicAnswer[]): PublicAnswer[] {
  return [...answers].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}

/** An address as people type it: without the scheme. */
function typedAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

// Budgets, in lines of body text on the 16:9 screen (38.5rem tall, 68.5rem wide).
/** Lines an answer may take on the question screen before it ends in "…". */
const answerLines = 4;
/** Lines of answers a perspective's column holds (below its heading). */
const columnLines = 20;
/** Questions the whole table shows at most. */
const maxTableRows = 8;

/**
 * How many of a column's answers to send. The column's list wraps what does not fit into a clipped second
 * column (CSS), so nothing shows cut mid-line; projector.js counts what wrapped into "+ N more". Without
 * JavaScript this estimate is what the count says, so it errs by at most an answer.
 */
function answersThatFit(answers: PublicAnswer[], charsPerLine: number): number {
  let used = 0;
  let n = 0;
  for (const a of answers) {
    const lines = Math.min(answerLines, Math.ceil(a.body.length / charsPerLine)) + 0.6;
    if (used + lines > columnLines) break;
    used += lines;
    n++;
  }
  return Math.max(n, Math.min(1, answers.length));
}

/** The screen's language and strings. */
interface Words {
  locale: Locale;
  t: Messages;
}

function PausedMarker({ paused, w }: { paused: boolean; w: Words }) {
  return (
    <p class="projector__paused" data-paused-marker hidden={!paused}>
      {w.t.workshop.paused}
    </p>
  );
}

function Bar({ board, paused, showBoard, total, w }: { board: Shown<Board>; paused: boolean; showBoard: boolean; total?: number; w: Words }) {
  return (
    <header class="projector__bar">
      <p class="projector__brand">
        {w.t.layout.siteName}
        {showBoard ? (
          <span class="projector__board">
            :{' '}
            <Written lang={board.lang} locale={w.locale}>
              {board.title}
            </Written>
          </span>
        ) : null}
      </p>
      <PausedMarker paused={paused} w={w} />
      {total !== undefined && <p class="projector__total">{plural(w.locale, total, w.t.workshop.soFar)}</p>}
      <a class="projector__help" href={localised(w.locale, helpPath)}>
        {w.t.layout.needHelp}
      </a>
    </header>
  );
}

export interface JoinInfo {
  code: string;
  /** The join address without its scheme, as people type it. */
  address: string;
  qr: string;
}

/** The join address, the QR code's picture and the code; on a Welsh screen the address and the QR code lead to the Welsh join page. */
export function joinInfo(baseUrl: string, board: Board, session: LiveSession, locale: Locale = 'en'): JoinInfo {
  return {
    code: session.code,
    address: typedAddress(absoluteUrl(baseUrl, localised(locale, joinPath(session.code)))),
    qr: localised(locale, joinQrPath(board.slug, session.code)),
  };
}

function JoinPanel({ join, w }: { join: JoinInfo; w: Words }) {
  const t = w.t.workshop;
  return (
    <aside class="projector-join" aria-labelledby="projector-join-heading">
      <h2 class="projector-join__heading" id="projector-join-heading">
        {t.joinIn}
      </h2>
      <img class="projector-join__qr" src={join.qr} alt={t.qrAlt(join.address)} width={320} height={320} />
      <p class="projector-join__label">
        {t.orGoTo}
        <strong class="projector-join__address">
          {join.address.slice(0, join.address.lastIndexOf('/j/'))}
          <wbr />
          <span class="projector-join__path">{join.address.slice(join.address.lastIndexOf('/j/'))}</span>
        </strong>
      </p>
      <p class="projector-join__label">
        {t.code}
        <strong class="projector-join__code">{join.code}</strong>
      </p>
    </aside>
  );
}

function Count({ n, w }: { n: number; w: Words }) {
  return <span class="projector__count">{plural(w.locale, n, w.t.workshop.answers)}</span>;
}

function QuestionScreen({ snapshot, question, withJoin, w }: { snapshot: BoardSnapshot; question: Shown<Question>; withJoin: boolean; w: Words }) {
  const columns = snapshot.perspectives.map((p) => ({ perspective: p, answers: newestFirst(snapshot.cell(question.key, p.key)) }));
  // Characters per line of a column at the body size (about half an em each), on the 16:9 screen.
  const width = (withJoin ? 50 : 66) / Math.max(1, columns.length) - 1.5;
  const charsPerLine = Math.max(8, Math.floor(width * 1.9));
  return (
    <>
      <h1 class={question.text.length > 100 ? 'projector__question projector__question--long' : 'projector__question'} lang={langOf(question.lang, w.locale)}>
        {question.text}
      </h1>
      <div class={`projector-columns projector-columns--${Math.min(columns.length, 6)}`}>
        {columns.map(({ perspective, answers }) => {
          const shown = answersThatFit(answers, charsPerLine);
          const more = answers.length - shown;
          return (
            <section key={perspective.key} class="projector-column" aria-labelledby={`projector-p-${perspective.key}`}>
              <h2 class="projector-column__heading" id={`projector-p-${perspective.key}`}>
                <span class="projector-column__label" lang={langOf(perspective.lang, w.locale)}>
                  {perspective.label}
                </span>{' '}
                <Count n={answers.length} w={w} />
              </h2>
              {answers.length === 0 ? (
                <p class="projector-column__empty">{missingVoice(perspective, w.locale)}</p>
              ) : (
                <ul class="projector-column__answers">
                  {answers.slice(0, shown).map((a) => (
                    <li key={a.id} class="projector-answer" data-answer-id={a.id} lang={langOf(a.language, w.locale)}>
                      {a.body}
                    </li>
                  ))}
                </ul>
              )}
              <p class="projector-column__more" data-more={more} hidden={more === 0}>
                {plural(w.locale, more, w.t.workshop.more)}
              </p>
            </section>
          );
        })}
      </div>
    </>
  );
}

function TableScreen({ board, snapshot, w }: { board: Shown<Board>; snapshot: BoardSnapshot; w: Words }) {
  const t = w.t.workshop;
  // Rows share the screen: up to five get three lines each (a cell's count and two of its newest answer), up to
  // eight get two; a board with more shows its first eight and says how many more there are.
  const rows = Math.min(snapshot.questions.length, maxTableRows);
  const lines = rows <= 5 ? 3 : 2;
  const questions = snapshot.questions.slice(0, rows);
  const moreQuestions = snapshot.questions.length - rows;
  return (
    <>
      <h1 class="projector__title" lang={langOf(board.lang, w.locale)}>
        {board.title}
      </h1>
      <table class={`projector-table projector-table--lines-${lines}`}>
        <caption class="visually-hidden">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="projector-table__corner">
              <span class="visually-hidden">{t.question}</span>
            </th>
            {snapshot.perspectives.map((p) => (
              <th scope="col" key={p.key} lang={langOf(p.lang, w.locale)}>
                <span class="projector-table__clamp">{p.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.key}>
              <th scope="row" class="projector-table__question" lang={langOf(q.lang, w.locale)}>
                <span class="projector-table__clamp projector-table__clamp--row">{q.text}</span>
              </th>
              {snapshot.perspectives.map((p) => {
                const answers = snapshot.cell(q.key, p.key);
                const newest = newestFirst(answers)[0];
                return (
                  <td key={p.key}>
                    {newest ? (
                      <>
                        <p class="projector-table__count">{plural(w.locale, answers.length, t.answers)}</p>
                        <p class="projector-table__clamp projector-table__clamp--answer" data-answer-id={newest.id} lang={langOf(newest.language, w.locale)}>
                          {excerpt(newest.body, 160)}
                        </p>
                      </>
                    ) : (
                      <p class="projector-table__none">
                        <span aria-hidden="true">–</span>
                        <span class="visually-hidden">{missingVoice(p, w.locale)}</span>
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {moreQuestions > 0 && <p class="projector__more-questions">{plural(w.locale, moreQuestions, t.moreQuestions)}</p>}
    </>
  );
}

/** Smaller type for a longer answer, so the whole of most answers fits the screen. */
function spotlightSize(text: string): number {
  const n = text.length;
  return n <= 140 ? 1 : n <= 300 ? 2 : n <= 600 ? 3 : 4;
}

function SpotlightScreen({ answer, question, perspective, w }: { answer: PublicAnswer; question: Shown<Question>; perspective: Shown<Perspective>; w: Words }) {
  return (
    <>
      <h1 class="projector__question projector__question--small" lang={langOf(question.lang, w.locale)}>
        {question.text}
      </h1>
      <figure class="projector-spotlight" data-answer-id={answer.id}>
        <blockquote class={`projector-spotlight__text projector-spotlight__text--${spotlightSize(answer.body)}`} lang={langOf(answer.language, w.locale)}>
          <p>{answer.body}</p>
        </blockquote>
        <figcaption class="projector-spotlight__who">
          {answer.displayName ?? w.t.workshop.anonymous},{' '}
          <span class="projector-spotlight__perspective" lang={langOf(perspective.lang, w.locale)}>
            {perspective.label}
          </span>
        </figcaption>
      </figure>
    </>
  );
}

function NoSessionScreen({ board, baseUrl, w }: { board: Shown<Board>; baseUrl: string; w: Words }) {
  const path = localised(w.locale, boardPath(board.slug));
  return (
    <div class="projector-idle">
      <h1 class="projector__title" lang={langOf(board.lang, w.locale)}>
        {board.title}
      </h1>
      <p class="projector-idle__status">{w.t.workshop.noSession}</p>
      <p>
        {w.t.workshop.boardAt} <a href={path}>{typedAddress(absoluteUrl(baseUrl, path))}</a>
      </p>
    </div>
  );
}

/** The screen as one fragment: what the page starts with and what projector.js swaps in. */
export function ProjectorScreen({
  locale,
  board,
  snapshot,
  session,
  baseUrl,
  version,
}: {
  locale: Locale;
  board: Shown<Board>;
  snapshot: BoardSnapshot;
  session: LiveSession | undefined;
  baseUrl: string;
  /** Names this rendering (the board's revision and what the session shows): projector.js skips a screen it already shows. */
  version: string;
}) {
  const w: Words = { locale, t: catalogues[locale] };
  const state = projectorState(snapshot, session);
  const join = session?.showJoin ? joinInfo(baseUrl, board, session, locale) : null;
  const paused = Boolean(session?.paused);
  // How many answers there are in all: the question's on its screen, the board's on the whole table.
  const total =
    state.kind === 'question'
      ? snapshot.answers.filter((a) => a.questionKey === state.question.key).length
      : state.kind === 'table'
        ? snapshot.answers.length
        : undefined;
  let body: ComponentChildren;
  switch (state.kind) {
    case 'none':
      body = <NoSessionScreen board={board} baseUrl={baseUrl} w={w} />;
      break;
    case 'question':
      body = <QuestionScreen snapshot={snapshot} question={state.question} withJoin={join !== null} w={w} />;
      break;
    case 'table':
      body = <TableScreen board={board} snapshot={snapshot} w={w} />;
      break;
    case 'spotlight':
      body = <SpotlightScreen answer={state.answer} question={state.question} perspective={state.perspective} w={w} />;
      break;
  }
  return (
    <div
      class={`projector projector--${state.kind}${join ? ' projector--join' : ''}`}
      data-projector-screen
      data-version={version}
      data-state={state.kind}
      data-paused={paused ? '1' : '0'}
      data-title={projectorTitle(locale, board, state)}
    >
      <Bar board={board} paused={paused} showBoard={state.kind === 'question' || state.kind === 'spotlight'} total={total} w={w} />
      <main class="projector__main" id="main">
        {body}
      </main>
      {join && <JoinPanel join={join} w={w} />}
    </div>
  );
}

/** The page's title: what the screen shows. */
export function projectorTitle(locale: Locale, board: Board, state: ProjectorState): string {
  return catalogues[locale].workshop.projectorTitle(state.kind === 'question' || state.kind === 'spotlight' ? state.question.text : board.title);
}

/**
 * The page around the screen. `screen` is only a marker, replaced by the cached fragment's bytes (rendered and
 * escaped by ProjectorScreen): no text anyone wrote passes through dangerouslySetInnerHTML here.
 */
export function ProjectorPage(props: { assets: Assets; nonce: string; locale: Locale; board: Board; title: string; screen: string; since: number }) {
  const { assets, nonce, locale, board, title, screen, since } = props;
  return (
    <html lang={languageTag[locale]} class="projector-html">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href={assets.url('style.css')} />
      </head>
      <body class="projector-page">
        <div
          class="projector-frame"
          data-projector
          data-screen-url={localised(locale, liveScreenPath(board.slug))}
          data-events-url={localised(locale, eventsPath(board.slug))}
          data-since={String(since)}
          data-more-words={JSON.stringify(catalogues[locale].workshop.more)}
          dangerouslySetInnerHTML={{ __html: screen }}
        />
        <script src={assets.url('projector.js')} nonce={nonce} defer />
      </body>
    </html>
  );
}
