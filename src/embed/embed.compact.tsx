import type { ComponentChildren } from 'preact';
import type { Board, Perspective, Question } from '../db/tables.ts';
import type { Assets } from '../web/assets.ts';
import { absoluteUrl, answerPath, boardPath, compactEmbedPath, questionPath } from '../web/paths.ts';
import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import type { PublicAnswer } from '../boards/boards.queries.ts';
import { LiveStatus, missingVoice, PerspectiveFilter } from '../boards/boards.views.tsx';

// The compact embed: one question at a time, each perspective's newest answer as a short excerpt and "N more",
// so the whole frame stays under 1,000 px (WordPress's limit) from 320 px wide. On a board with many perspectives
// embed-frame.ts tightens it further where it would not fit: each cell's count instead of its excerpts, then no filter,
// then no empty cells (the footer's "Add your answer" and the real page still ask for them). Every answer is one click away
// on the real page, and every link that leaves the frame opens at the top level (embed-frame.js asks WordPress to).

/** The longest excerpt shown per perspective; the whole answer is its link. */
const excerptLength = 90;

export function excerpt(text: string, max = excerptLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?–-]+$/, '')}…`;
}

function TopLink({ href, children, class: className }: { href: string; children: ComponentChildren; class?: string }) {
  return (
    <a href={href} target="_top" class={className}>
      {children}
    </a>
  );
}

function CompactCell({
  baseUrl,
  board,
  question,
  perspective,
  answers,
  shown,
}: {
  baseUrl: string;
  board: Board;
  question: Question;
  perspective: Perspective;
  answers: PublicAnswer[];
  shown: number;
}) {
  const more = answers.length - shown;
  const cellHref = absoluteUrl(baseUrl, `${questionPath(board.slug, question.key)}#p-${perspective.key}`);
  return (
    <li class={answers.length === 0 ? 'compact__cell compact__cell--empty' : 'compact__cell'}>
      <strong class="compact__perspective">{perspective.label}:</strong>{' '}
      {answers.length === 0 ? (
        <>
          {missingVoice(perspective)}.{' '}
          <TopLink href={absoluteUrl(baseUrl, questionPath(board.slug, question.key, perspective.key))}>
            Add yours<span class="visually-hidden"> as a {perspective.label.toLowerCase()}</span>
          </TopLink>
        </>
      ) : (
        <>
          {answers.slice(0, shown).map((a) => (
            <span class="compact__answer" key={a.id}>
              <TopLink href={absoluteUrl(baseUrl, answerPath(a.id))}>“{excerpt(a.body)}”</TopLink>{' '}
              <span class="compact__name">{a.displayName ?? 'Anonymous'}</span>{' '}
            </span>
          ))}
          {more > 0 ? (
            <TopLink class="compact__more" href={cellHref}>
              {more} more<span class="visually-hidden"> from {perspective.plural ?? perspective.label}</span>
            </TopLink>
          ) : null}
          {/* Shown instead of the excerpts when a large board would not fit otherwise (embed-frame.ts) */}
          <TopLink class="compact__count" href={cellHref}>
            {answers.length === 1 ? '1 answer' : `${answers.length} answers`}
            <span class="visually-hidden"> from {perspective.plural ?? perspective.label}</span>
          </TopLink>
        </>
      )}
    </li>
  );
}

/** One question of the board for a clamped frame, with a picker of questions and the perspective filter, both inside the frame. */
export function CompactEmbedPage({
  assets,
  baseUrl,
  board,
  snapshot,
  question,
  filter,
}: {
  assets: Assets;
  baseUrl: string;
  board: Board;
  snapshot: BoardSnapshot;
  question: Question;
  filter: Perspective | null;
}) {
  const columns = filter ? [filter] : snapshot.perspectives;
  const index = snapshot.questions.findIndex((q) => q.key === question.key);
  return (
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${board.title} — question ${index + 1}`}</title>
        <link rel="stylesheet" href={assets.url('style.css')} />
        <script src={assets.url('embed-frame.js')} defer />
        <script src={assets.url('live.js')} defer />
      </head>
      <body class="embed embed--compact">
        <main class="embed__main" id="embed">
          <h1 class="embed__title">
            <TopLink href={absoluteUrl(baseUrl, boardPath(board.slug))}>{board.title}</TopLink>
          </h1>
          <nav class="compact__picker" aria-label="Questions">
            <ol class="compact__questions">
              {snapshot.questions.map((q, i) => (
                <li key={q.key}>
                  <a
                    class="filter__link"
                    href={compactEmbedPath(board.slug, q.key, filter?.key)}
                    aria-current={q.key === question.key ? 'page' : undefined}
                    aria-label={`${i + 1}. ${q.text}`}
                  >
                    {i + 1}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <h2 class="compact__question">
            <span class="visually-hidden">Question </span>
            {index + 1} of {snapshot.questions.length}: {question.text}
          </h2>
          <PerspectiveFilter
            perspectives={snapshot.perspectives}
            current={filter?.key ?? null}
            path={(key) => compactEmbedPath(board.slug, question.key, key)}
          />
          <ul class="compact__cells">
            {columns.map((p) => (
              <CompactCell
                key={p.key}
                baseUrl={baseUrl}
                board={board}
                question={question}
                perspective={p}
                answers={snapshot.cell(question.key, p.key)}
                shown={filter ? 3 : 1}
              />
            ))}
          </ul>
          <p class="embed__footer">
            <TopLink href={absoluteUrl(baseUrl, questionPath(board.slug, question.key))}>All answers to this question</TopLink>
            {' · '}
            <TopLink href={absoluteUrl(baseUrl, questionPath(board.slug, question.key, filter?.key))}>Add your answer</TopLink>
            <LiveStatus board={board} view="embed" since={snapshot.liveSince} inline />
          </p>
        </main>
      </body>
    </html>
  );
}
