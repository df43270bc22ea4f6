import type { ComponentChildren } from 'preact';
import type { Board, Question } from '../db/tables.ts';
import { ErrorSummary, ErrorMessage } from '../web/forms.tsx';
import { formatDate, plural } from '../web/html.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, questionPath, themesActionPath, themesPath } from '../web/paths.ts';
import type { QuestionThemes } from '../themes/themes.actions.ts';
import type { ThemeSettings } from '../themes/themes.queries.ts';
import type { PublicAnswer } from '../boards/boards.queries.ts';
import { DistinctiveLine, QuoteText, fromWhom } from '../themes/themes.views.tsx';

const notices = {
  hidden: 'The phrase is hidden.',
  unhidden: 'The phrase is shown again.',
  merged: 'The phrases are merged.',
  unmerged: 'The phrases are apart again.',
  saved: 'Your choice of where the themes are shown is saved.',
} as const;
export type ThemesNotice = keyof typeof notices;

/** GET /admin/b/:slug/themes: the board's questions, each with its published answers and where its themes are shown. */
export function ThemesIndexPage(props: {
  ctx: PageContext;
  name: string;
  board: Board;
  questions: { question: Question; answers: number; settings: ThemeSettings }[];
}) {
  const { ctx, name, board, questions } = props;
  return (
    <Layout ctx={ctx} title={`Themes: ${board.title}`} account={{ name }}>
      <BackLink href={adminBoardPath(board.slug, '/queue')}>Answers on {board.title}</BackLink>
      <h1>
        Themes by perspective <span class="caption">in {board.title}</span>
      </h1>
      <p>
        For each question: the phrases its published answers use most, and what each perspective says that the others do not. Worked out on this server by
        counting words: no answer is sent to an AI service.
      </p>
      {questions.length === 0 ? (
        <p>This board has no questions yet.</p>
      ) : (
        <table class="summary-table">
          <caption class="visually-hidden">Questions on {board.title}</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col" class="number">
                Published answers
              </th>
              <th scope="col">Shown</th>
            </tr>
          </thead>
          <tbody>
            {questions.map(({ question, answers, settings }) => (
              <tr key={question.key}>
                <th scope="row">
                  <a href={themesPath(board.slug, question.key)}>{question.text}</a>
                </th>
                <td class="number">{answers}</td>
                <td>{shownWhere(settings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function shownWhere(settings: ThemeSettings): string {
  if (settings.showPublic && settings.showHandout) return 'On the question page and in the handout';
  if (settings.showPublic) return 'On the question page';
  if (settings.showHandout) return 'In the handout';
  return 'To facilitators only';
}

function PhraseButton(props: { action: string; phrase: string; children: ComponentChildren; label?: string }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <input type="hidden" name="phrase" value={props.phrase} />
      <button type="submit" class="button button--secondary button--small" aria-label={props.label}>
        {props.children}
      </button>
    </form>
  );
}

/** An answer's text with the phrase's uses marked. */
function MarkedText({ text, spans }: { text: string; spans: [number, number][] }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <p class="answer__text">{parts}</p>;
}

/** GET /admin/b/:slug/themes/:question (?phrase=…): the question's themes, the facilitator's choices about them, and a phrase's answers. */
export function ThemesPage(props: {
  ctx: PageContext;
  name: string;
  board: Board;
  current: QuestionThemes;
  phrase?: string;
  notice?: ThemesNotice;
  error?: { field: 'into'; message: string; phrase: string; into: string };
}) {
  const { ctx, name, board, current, phrase, notice, error } = props;
  const { question, themes, settings } = current;
  const perspectiveLabel = new Map(themes.perspectives.map((p) => [p.key, p.label]));
  const chosen = phrase === undefined ? undefined : themes.uses(phrase);
  const chosenLabel =
    phrase === undefined ? '' : (themes.phrases.find((p) => p.key === phrase)?.label ?? themes.hidden.find((h) => h.key === phrase)?.label ?? phrase);
  const options = themes.phrases.map((p) => ({ value: p.key, label: `${p.label} (${p.count})` }));
  const selectOptions = (selected: string | undefined) =>
    options.map((o) => (
      <option key={o.value} value={o.value} selected={o.value === selected}>
        {o.label}
      </option>
    ));
  const answersFrom = (answer: PublicAnswer) => perspectiveLabel.get(answer.perspectiveKey) ?? answer.perspectiveKey;
  return (
    <Layout ctx={ctx} title={`Themes: ${question.text}`} hasErrors={Boolean(error)} account={{ name }}>
      <BackLink href={themesPath(board.slug)}>Themes of every question on {board.title}</BackLink>
      <ErrorSummary errors={error ? [{ field: error.field, message: error.message }] : []} />
      {notice && (
        <div class="notice" role="status">
          {notices[notice]}
        </div>
      )}
      <h1>
        <span class="caption">Themes in the answers to</span> {question.text}
      </h1>
      <p>
        From the {plural(themes.answers, 'published answer', 'published answers')} readers can see, counting each phrase once per answer. Worked out on this
        server: no answer is sent to an AI service.
      </p>

      <form method="post" action={themesActionPath(board.slug, question.key, 'display')} novalidate>
        <div class="form-group">
          <fieldset class="fieldset">
            <legend class="fieldset__legend">
              <h2 class="heading-m">Where these themes are shown</h2>
            </legend>
            <p class="hint">Facilitators always see them here. Readers see the phrases and perspectives below, not the hidden ones.</p>
            <div class="checkboxes">
              <div class="checkboxes__item">
                <input class="checkboxes__input" id="public" name="public" type="checkbox" value="yes" checked={settings.showPublic} />
                <label class="checkboxes__label" for="public">
                  On the question’s public page
                </label>
              </div>
              <div class="checkboxes__item">
                <input class="checkboxes__input" id="handout" name="handout" type="checkbox" value="yes" checked={settings.showHandout} />
                <label class="checkboxes__label" for="handout">
                  In the handout
                </label>
              </div>
            </div>
          </fieldset>
        </div>
        <button type="submit" class="button">
          Save where they are shown
        </button>{' '}
        {settings.showPublic && <a href={`${questionPath(board.slug, question.key)}#themes-${question.key}`}>See them on the question page</a>}
      </form>

      <h2 class="heading-m">Key phrases</h2>
      {themes.phrases.length === 0 ? (
        <p>{themes.answers === 0 ? 'This question has no published answers yet.' : 'No phrase is used in more than one answer yet.'}</p>
      ) : (
        // Scrolls sideways at 320 px rather than squeezing the quotes to a word a line.
        <div class="table-wrap">
          <table class="summary-table">
            <caption class="visually-hidden">Key phrases in the answers, the most used first</caption>
            <thead>
              <tr>
                <th scope="col">Phrase</th>
                <th scope="col" class="number">
                  Answers
                </th>
                <th scope="col">For example</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {themes.phrases.map((p) => (
                <tr key={p.key}>
                  <th scope="row">
                    <a href={themesPath(board.slug, question.key, { phrase: p.key })}>
                      {p.label}
                      <span class="visually-hidden">: read the answers that use it</span>
                    </a>
                    {p.merged.length > 0 && (
                      <div class="hint">
                        Includes{' '}
                        {p.merged.map((m, i) => (
                          <span key={m.key}>
                            {i > 0 && ', '}“{m.label}”{' '}
                            <PhraseButton action={themesActionPath(board.slug, question.key, 'unmerge')} phrase={m.key}>
                              Undo
                              <span class="visually-hidden">
                                {' '}
                                the merge of “{m.label}” into “{p.label}”
                              </span>
                            </PhraseButton>
                          </span>
                        ))}
                      </div>
                    )}
                  </th>
                  <td class="number">{p.count}</td>
                  <td>
                    <QuoteText quote={p.example} />
                    <span class="hint"> ({perspectiveLabel.get(p.example.perspectiveKey)})</span>
                  </td>
                  <td>
                    {/* aria-label, not a visually hidden span: in the last column of a table that scrolls at 320 px, the span widened the page. */}
                    <PhraseButton action={themesActionPath(board.slug, question.key, 'hide')} phrase={p.key} label={`Hide “${p.label}”`}>
                      Hide
                    </PhraseButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {themes.phrases.length >= 2 && (
        <form method="post" action={themesActionPath(board.slug, question.key, 'merge')} novalidate>
          <h2 class="heading-m">Merge two phrases</h2>
          <p class="hint">When two phrases say the same thing. Their answers count together under the second one’s name; you can undo it.</p>
          <div class="form-group">
            <label class="label" for="phrase">
              Merge this phrase
            </label>
            <select class="select" id="phrase" name="phrase">
              {selectOptions(error?.phrase ?? themes.phrases[1]?.key)}
            </select>
          </div>
          <div class={error ? 'form-group form-group--error' : 'form-group'}>
            <label class="label" for="into">
              into this one
            </label>
            <ErrorMessage id="into" message={error?.message} />
            <select class="select" id="into" name="into" aria-describedby={error ? 'into-error' : undefined}>
              {selectOptions(error?.into ?? themes.phrases[0]?.key)}
            </select>
          </div>
          <button type="submit" class="button button--secondary">
            Merge
          </button>
        </form>
      )}

      <h2 class="heading-m">What each perspective says more than the others</h2>
      {!themes.compared ? (
        <p>{themes.answers === 0 ? 'Nothing to compare yet.' : 'Only one perspective has answered so far, so there is nothing to compare it with.'}</p>
      ) : (
        <>
          <p class="hint">
            Phrases one perspective uses more than all the others together, by the weighted log-odds ratio (Monroe, Colaresi and Quinn, 2008). z is how many
            standard errors the difference is from none: 1.6 or more is a clear difference.
          </p>
          {themes.perspectives.map((p) => (
            <section key={p.key} aria-labelledby={`distinctive-${p.key}`}>
              <h3 id={`distinctive-${p.key}`}>
                {p.label} <span class="caption">{plural(p.answers, 'answer', 'answers')}</span>
              </h3>
              {p.distinctive.length === 0 ? (
                <p>Nothing stands out yet: no phrase is used clearly more by {fromWhom(p)} than by the others.</p>
              ) : (
                <ul>
                  {p.distinctive.map((d) => (
                    <li key={d.phrase.key}>
                      <a href={themesPath(board.slug, question.key, { phrase: d.phrase.key })}>“{d.phrase.label}”</a>:{' '}
                      <DistinctiveLine item={d} perspective={p} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}

      {themes.hidden.length > 0 && (
        <>
          <h2 class="heading-m">Hidden phrases</h2>
          <ul>
            {themes.hidden.map((h) => (
              <li key={h.key}>
                “{h.label}” ({plural(h.count, 'answer', 'answers')}){' '}
                <PhraseButton action={themesActionPath(board.slug, question.key, 'unhide')} phrase={h.key}>
                  Show again<span class="visually-hidden">: “{h.label}”</span>
                </PhraseButton>
              </li>
            ))}
          </ul>
        </>
      )}

      {chosen && (
        <section aria-labelledby="answers" class="themes__answers">
          <h2 id="answers" tabIndex={-1}>
            Answers that use “{chosenLabel}” <span class="caption">{plural(chosen.length, 'answer', 'answers')}</span>
          </h2>
          {chosen.length === 0 ? (
            <p>No published answer uses this phrase now.</p>
          ) : (
            <ul class="answer-list">
              {chosen.map(({ answer, spans }) => (
                <li key={answer.id}>
                  <article class="answer">
                    <MarkedText text={answer.body} spans={spans} />
                    <p class="answer__meta">
                      {answersFrom(answer)} · {answer.displayName ?? 'Anonymous'} · <time dateTime={answer.createdAt}>{formatDate(answer.createdAt)}</time>
                    </p>
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Layout>
  );
}
