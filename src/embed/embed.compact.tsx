import type { ComponentChildren } from 'preact';
import type { Board, Perspective, Question } from '../db/tables.ts';
import type { Assets } from '../web/assets.ts';
import { absoluteUrl, answerPath, boardPath, compactEmbedPath, questionPath } from '../web/paths.ts';
import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import type { PublicAnswer } from '../boards/boards.queries.ts';
import { LiveStatus, missingVoice, PerspectiveFilter } from '../boards/boards.views.tsx';
import { langOf, type Shown } from '../boards/board-language.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { plural } from '../i18n/format.ts';
import { type Locale, languageTag, localised } from '../i18n/locale.ts';

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

/** Text the board's author wrote, marked with its language when that is not the page's (WCAG 3.1.2); bare otherwise. */
export function Written({ lang, locale, children }: { lang: Locale; locale: Locale; children: ComponentChildren }) {
  const tag = langOf(lang, locale);
  return tag ? <span lang={tag}>{children}</span> : children;
}

function TopLink({ href, children, class: className, lang }: { href: string; children: ComponentChildren; class?: string; lang?: string | undefined }) {
  return (
    <a href={href} target="_top" class={className} lang={lang}>
      {children}
    </a>
  );
}

function CompactCell({
  baseUrl,
  locale,
  board,
  question,
  perspective,
  answers,
  shown,
}: {
  baseUrl: string;
  locale: Locale;
  board: Board;
  question: Question;
  perspective: Shown<Perspective>;
  answers: PublicAnswer[];
  shown: number;
}) {
  const t = catalogues[locale].embed;
  const at = (path: string) => absoluteUrl(baseUrl, localised(locale, path));
  const more = answers.length - shown;
  const cellHref = at(`${questionPath(board.slug, question.key)}#p-${perspective.key}`);
  const who = (
    <Written lang={perspective.lang} locale={locale}>
      {perspective.plural ?? perspective.label}
    </Written>
  );
  return (
    <li class={answers.length === 0 ? 'compact__cell compact__cell--empty' : 'compact__cell'}>
      <strong class="compact__perspective" lang={langOf(perspective.lang, locale)}>
        {perspective.label}:
      </strong>{' '}
      {answers.length === 0 ? (
        <>
          {missingVoice(perspective, locale)}.{' '}
          <TopLink href={at(questionPath(board.slug, question.key, perspective.key))}>
            {t.addYours}
            <span class="visually-hidden">{t.addYoursAs(perspective.label)}</span>
          </TopLink>
        </>
      ) : (
        <>
          {answers.slice(0, shown).map((a) => (
            <span class="compact__answer" key={a.id}>
              <TopLink href={at(answerPath(a.id))} lang={langOf(a.language, locale)}>
                “{excerpt(a.body)}”
              </TopLink>{' '}
              <span class="compact__name">{a.displayName ?? t.anonymous}</span>{' '}
            </span>
          ))}
          {more > 0 ? (
            <TopLink class="compact__more" href={cellHref}>
              {plural(locale, more, t.more)}
              <span class="visually-hidden">
                {t.from}
                {who}
              </span>
            </TopLink>
          ) : null}
          {/* Shown instead of the excerpts when a large board would not fit otherwise (embed-frame.ts) */}
          <TopLink class="compact__count" href={cellHref}>
            {plural(locale, answers.length, t.answers)}
            <span class="visually-hidden">
              {t.from}
              {who}
            </span>
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
  locale,
  board,
  snapshot,
  question,
  filter,
}: {
  assets: Assets;
  baseUrl: string;
  locale: Locale;
  board: Shown<Board>;
  snapshot: BoardSnapshot;
  question: Shown<Question>;
  filter: Perspective | null;
}) {
  const t = catalogues[locale].embed;
  const at = (path: string) => absoluteUrl(baseUrl, localised(locale, path));
  const columns = filter ? [filter] : snapshot.perspectives;
  const index = snapshot.questions.findIndex((q) => q.key === question.key);
  return (
    <html lang={languageTag[locale]}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t.compactTitle(board.title, index + 1)}</title>
        <link rel="stylesheet" href={assets.url('style.css')} />
        <script src={assets.url('embed-frame.js')} defer />
        <script src={assets.url('live.js')} defer />
      </head>
      <body class="embed embed--compact">
        <main class="embed__main" id="embed">
          <h1 class="embed__title">
            <TopLink href={at(boardPath(board.slug))}>
              <Written lang={board.lang} locale={locale}>
                {board.title}
              </Written>
            </TopLink>
          </h1>
          <nav class="compact__picker" aria-label={t.questionsNav}>
            <ol class="compact__questions">
              {snapshot.questions.map((q, i) => (
                <li key={q.key}>
                  <a
                    class="filter__link"
                    href={localised(locale, compactEmbedPath(board.slug, q.key, filter?.key))}
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
            <span class="visually-hidden">{t.questionHidden}</span>
            {t.position(index + 1, snapshot.questions.length)}:{' '}
            <Written lang={question.lang} locale={locale}>
              {question.text}
            </Written>
          </h2>
          <PerspectiveFilter
            perspectives={snapshot.perspectives}
            current={filter?.key ?? null}
            path={(key) => localised(locale, compactEmbedPath(board.slug, question.key, key))}
            locale={locale}
          />
          <ul class="compact__cells">
            {columns.map((p) => (
              <CompactCell
                key={p.key}
                baseUrl={baseUrl}
                locale={locale}
                board={board}
                question={question}
                perspective={snapshot.perspectives.find((x) => x.key === p.key) ?? { ...p, lang: board.language }}
                answers={snapshot.cell(question.key, p.key)}
                shown={filter ? 3 : 1}
              />
            ))}
          </ul>
          <p class="embed__footer">
            <TopLink href={at(questionPath(board.slug, question.key))}>{t.allAnswers}</TopLink>
            {' · '}
            <TopLink href={at(questionPath(board.slug, question.key, filter?.key))}>{t.addYourAnswer}</TopLink>
            <LiveStatus board={board} view="embed" since={snapshot.liveSince} inline locale={locale} />
          </p>
        </main>
      </body>
    </html>
  );
}
