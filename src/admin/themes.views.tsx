import type { ComponentChildren } from 'preact';
import type { Board, Question } from '../db/tables.ts';
import { ErrorSummary, ErrorMessage } from '../web/forms.tsx';
import type { Messages } from '../i18n/catalogue.ts';
import { formatDate, plural } from '../i18n/format.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, questionPath, themesActionPath, themesPath } from '../web/paths.ts';
import type { QuestionThemes } from '../themes/themes.actions.ts';
import type { ThemeSettings } from '../themes/themes.queries.ts';
import type { PublicAnswer } from '../boards/boards.queries.ts';
import { DistinctiveLine, QuoteText, fromWhom } from '../themes/themes.views.tsx';

// The facilitators' themes pages are served in English for now (issue 14); their words come from the catalogue.
export type ThemesNotice = keyof Messages['themes']['admin']['notices'];

/** GET /admin/b/:slug/themes: the board's questions, each with its published answers and where its themes are shown. */
export function ThemesIndexPage(props: {
  ctx: PageContext;
  name: string;
  board: Board;
  questions: { question: Question; answers: number; settings: ThemeSettings }[];
}) {
  const { ctx, name, board, questions } = props;
  const a = ctx.t.themes.admin;
  const i = a.index;
  return (
    <Layout ctx={ctx} title={i.title(board.title)} account={{ name }}>
      <BackLink href={adminBoardPath(board.slug, '/queue')}>{i.back(board.title)}</BackLink>
      <h1>
        {i.heading} <span class="caption">{i.in(board.title)}</span>
      </h1>
      <p>{i.lead}</p>
      {questions.length === 0 ? (
        <p>{i.noQuestions}</p>
      ) : (
        <table class="summary-table">
          <caption class="visually-hidden">{i.caption(board.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{i.question}</th>
              <th scope="col" class="number">
                {i.published}
              </th>
              <th scope="col">{i.shown}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map(({ question, answers, settings }) => (
              <tr key={question.key}>
                <th scope="row">
                  <a href={themesPath(board.slug, question.key)}>{question.text}</a>
                </th>
                <td class="number">{answers}</td>
                <td>{shownWhere(settings, a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function shownWhere(settings: ThemeSettings, a: Messages['themes']['admin']): string {
  if (settings.showPublic && settings.showHandout) return a.shownWhere.both;
  if (settings.showPublic) return a.shownWhere.public;
  if (settings.showHandout) return a.shownWhere.handout;
  return a.shownWhere.neither;
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
  const { t } = ctx;
  const a = t.themes.admin;
  const w = a.page;
  const s = t.themes.summary;
  return (
    <Layout ctx={ctx} title={w.title(question.text)} hasErrors={Boolean(error)} account={{ name }}>
      <BackLink href={themesPath(board.slug)}>{w.back(board.title)}</BackLink>
      <ErrorSummary errors={error ? [{ field: error.field, message: error.message }] : []} t={t} />
      {notice && (
        <div class="notice" role="status">
          {a.notices[notice]}
        </div>
      )}
      <h1>
        <span class="caption">{w.heading}</span> {question.text}
      </h1>
      <p>{w.lead(plural('en', themes.answers, s.publishedAnswers))}</p>

      <form method="post" action={themesActionPath(board.slug, question.key, 'display')} novalidate>
        <div class="form-group">
          <fieldset class="fieldset">
            <legend class="fieldset__legend">
              <h2 class="heading-m">{w.whereLegend}</h2>
            </legend>
            <p class="hint">{w.whereHint}</p>
            <div class="checkboxes">
              <div class="checkboxes__item">
                <input class="checkboxes__input" id="public" name="public" type="checkbox" value="yes" checked={settings.showPublic} />
                <label class="checkboxes__label" for="public">
                  {w.onPublic}
                </label>
              </div>
              <div class="checkboxes__item">
                <input class="checkboxes__input" id="handout" name="handout" type="checkbox" value="yes" checked={settings.showHandout} />
                <label class="checkboxes__label" for="handout">
                  {w.inHandout}
                </label>
              </div>
            </div>
          </fieldset>
        </div>
        <button type="submit" class="button">
          {w.saveWhere}
        </button>{' '}
        {settings.showPublic && <a href={`${questionPath(board.slug, question.key)}#themes-${question.key}`}>{w.seePublic}</a>}
      </form>

      <h2 class="heading-m">{w.keyPhrases}</h2>
      {themes.phrases.length === 0 ? (
        <p>{themes.answers === 0 ? w.noAnswers : w.noPhrase}</p>
      ) : (
        // Scrolls sideways at 320 px rather than squeezing the quotes to a word a line.
        <div class="table-wrap">
          <table class="summary-table">
            <caption class="visually-hidden">{w.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{w.phrase}</th>
                <th scope="col" class="number">
                  {w.answers}
                </th>
                <th scope="col">{w.forExample}</th>
                <th scope="col">{w.change}</th>
              </tr>
            </thead>
            <tbody>
              {themes.phrases.map((p) => (
                <tr key={p.key}>
                  <th scope="row">
                    <a href={themesPath(board.slug, question.key, { phrase: p.key })}>
                      {p.label}
                      <span class="visually-hidden">{w.readAnswers}</span>
                    </a>
                    {p.merged.length > 0 && (
                      <div class="hint">
                        {w.includes}{' '}
                        {p.merged.map((m, i) => (
                          <span key={m.key}>
                            {i > 0 && ', '}“{m.label}”{' '}
                            <PhraseButton action={themesActionPath(board.slug, question.key, 'unmerge')} phrase={m.key}>
                              {w.undo}
                              <span class="visually-hidden">{w.undoMerge(m.label, p.label)}</span>
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
                    <PhraseButton action={themesActionPath(board.slug, question.key, 'hide')} phrase={p.key} label={w.hideLabel(p.label)}>
                      {w.hide}
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
          <h2 class="heading-m">{w.mergeHeading}</h2>
          <p class="hint">{w.mergeHint}</p>
          <div class="form-group">
            <label class="label" for="phrase">
              {w.mergeThis}
            </label>
            <select class="select" id="phrase" name="phrase">
              {selectOptions(error?.phrase ?? themes.phrases[1]?.key)}
            </select>
          </div>
          <div class={error ? 'form-group form-group--error' : 'form-group'}>
            <label class="label" for="into">
              {w.intoThis}
            </label>
            <ErrorMessage id="into" message={error?.message} t={t} />
            <select class="select" id="into" name="into" aria-describedby={error ? 'into-error' : undefined}>
              {selectOptions(error?.into ?? themes.phrases[0]?.key)}
            </select>
          </div>
          <button type="submit" class="button button--secondary">
            {w.merge}
          </button>
        </form>
      )}

      <h2 class="heading-m">{s.perspectivesHeading}</h2>
      {!themes.compared ? (
        <p>{themes.answers === 0 ? w.nothingToCompare : w.onlyOne}</p>
      ) : (
        <>
          <p class="hint">{w.method}</p>
          {themes.perspectives.map((p) => (
            <section key={p.key} aria-labelledby={`distinctive-${p.key}`}>
              <h3 id={`distinctive-${p.key}`}>
                {p.label} <span class="caption">{plural('en', p.answers, s.answers)}</span>
              </h3>
              {p.distinctive.length === 0 ? (
                <p>{w.nothingStandsOut(fromWhom(p))}</p>
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
          <h2 class="heading-m">{w.hiddenHeading}</h2>
          <ul>
            {themes.hidden.map((h) => (
              <li key={h.key}>
                “{h.label}” ({plural('en', h.count, s.answers)}){' '}
                <PhraseButton action={themesActionPath(board.slug, question.key, 'unhide')} phrase={h.key}>
                  {w.showAgain}
                  <span class="visually-hidden">: “{h.label}”</span>
                </PhraseButton>
              </li>
            ))}
          </ul>
        </>
      )}

      {chosen && (
        <section aria-labelledby="answers" class="themes__answers">
          <h2 id="answers" tabIndex={-1}>
            {w.usesHeading(chosenLabel)} <span class="caption">{plural('en', chosen.length, s.answers)}</span>
          </h2>
          {chosen.length === 0 ? (
            <p>{w.noneUse}</p>
          ) : (
            <ul class="answer-list">
              {chosen.map(({ answer, spans }) => (
                <li key={answer.id}>
                  <article class="answer">
                    <MarkedText text={answer.body} spans={spans} />
                    <p class="answer__meta">
                      {answersFrom(answer)} · {answer.displayName ?? w.anonymous} ·{' '}
                      <time dateTime={answer.createdAt}>{formatDate('en', answer.createdAt)}</time>
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
