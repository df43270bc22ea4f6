import { Fragment } from 'preact';
import type { AnswerStatus, AnswerUse, Board } from '../db/tables.ts';
import { ErrorSummary } from '../web/forms.tsx';
import { AnswerBodyField } from '../answers/answers.views.tsx';
import { useWording } from '../answers/answers.input.ts';
import { catalogues, type Messages } from '../i18n/catalogue.ts';
import { formatDate, plural } from '../i18n/format.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import type { ModerationAnswer } from '../answers/answers.queries.ts';
import { adminBoardPath, adminPath, boardPath, guidancePath, importPath, themesPath } from '../web/paths.ts';
import { reportReasons, type ReportReason } from '../reports/reports.actions.ts';
import { holdReasonLabels, parseHoldReasons, suggestsRisk, type HoldReason } from '../safety/safety.ts';
import { findIdentifying, identifyingLabels } from '../safety/identifying/identifying.ts';
import { describeFound, HighlightedText } from '../safety/safety.views.tsx';
import { spanKey } from './moderation.actions.ts';

/** The queue's tabs, in order. */
export const statusTabs: AnswerStatus[] = ['pending', 'published', 'rejected', 'hidden'];

/** The facilitator area is served in English for now; its strings still come from the catalogue (issue 14). */
type Strings = { t?: Messages };

/** The key that does the same as a button, shown beside its label; screen readers hear the list of shortcuts above the queue instead. */
export function ShortcutHint({ keyName }: { keyName: string }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a kbd is not focusable; Biome sees the focusable button around it
    <kbd class="shortcut" aria-hidden="true">
      {keyName}
    </kbd>
  );
}

function ActionButton({ action, label, shortcut, secondary }: { action: string; label: string; shortcut?: string; secondary?: boolean }) {
  return (
    <form method="post" action={action} class="inline-form">
      <button type="submit" class={secondary ? 'button button--secondary button--small' : 'button button--small'} data-shortcut={shortcut}>
        {label}
        {shortcut && <ShortcutHint keyName={shortcut} />}
      </button>
    </form>
  );
}

/** Where the answer's author allows it to be used, as every moderation list shows it. */
export function UseAllowed({ use, t = catalogues.en }: { use: AnswerUse } & Strings) {
  return (
    <p class={use === 'board' ? 'queue__use' : 'queue__use queue__use--kept'}>
      {t.moderation.authorAllows} <strong>{useWording[use].short}</strong>
    </p>
  );
}

export function HoldReasons({ reasons, t = catalogues.en }: { reasons: HoldReason[] } & Strings) {
  if (reasons.length === 0) return null;
  const atRisk = suggestsRisk(reasons);
  return (
    <div class="held">
      <p>
        {t.moderation.heldForYou}{' '}
        {reasons.map((r) => (
          <strong key={r} class="tag tag--warning">
            {holdReasonLabels[r]}
          </strong>
        ))}
      </p>
      {atRisk && (
        <p>
          <a href={guidancePath}>{t.moderation.atRiskLink}</a>
        </p>
      )}
    </div>
  );
}

/** The answer's text, with each detail that may identify someone marked and a button to replace it with a placeholder. */
function FoundDetails({ board, answer, t }: { board: Board; answer: ModerationAnswer; t: Messages }) {
  const spans = findIdentifying(answer.body);
  if (spans.length === 0) return <p class="answer__text queue__text">{answer.body}</p>;
  return (
    <form method="post" action={adminBoardPath(board.slug, `/answers/${answer.id}/redact`)} class="found-details">
      <p class="hint">{t.moderation.marked(describeFound(spans))}</p>
      <div class="answer__text queue__text">
        <HighlightedText
          text={answer.body}
          spans={spans}
          action={(span, i) => (
            <button key={`r${i}`} type="submit" name="span" value={spanKey(span)} class="link-button link-button--dark redact-button">
              {t.moderation.replaceWith(identifyingLabels[span.kind].placeholder)}
              <span class="visually-hidden">: “{answer.body.slice(span.start, span.end)}”</span>
            </button>
          )}
        />
      </div>
    </form>
  );
}

export type ReportsByAnswer = Map<string, { reason: string; details: string | null }[]>;

function QueueItem(props: { board: Board; answer: ModerationAnswer; reports: { reason: string; details: string | null }[]; t: Messages }) {
  const { board, answer, reports, t } = props;
  const m = t.moderation;
  const base = adminBoardPath(board.slug, `/answers/${answer.id}`);
  return (
    <li class="queue__item" id={`answer-${answer.id}`} tabIndex={-1} data-queue-item>
      <article aria-labelledby={`q-${answer.id}`}>
        <h2 class="queue__question" id={`q-${answer.id}`}>
          {answer.questionText}
        </h2>
        <p class="caption">
          {answer.perspectiveLabel} · {answer.displayName ?? m.anonymous} · <time dateTime={answer.createdAt}>{formatDate('en', answer.createdAt)}</time>
          {answer.isExample ? <strong class="tag"> {m.example}</strong> : null}
        </p>
        <UseAllowed use={answer.useAllowed} t={t} />
        {answer.urgentAt && <strong class="tag tag--urgent">{m.urgent}</strong>}
        <HoldReasons reasons={parseHoldReasons(answer.heldFor)} t={t} />
        {answer.reportedAt && (
          <div class="reported">
            <p>
              <strong class="tag tag--warning">{m.reported}</strong> {plural('en', reports.length, m.reportedBy)}
              {answer.status === 'hidden' ? m.hiddenUntil : ''}:
            </p>
            <ul>
              {reports.map((r, i) => (
                <li key={i}>
                  {reportReasons[r.reason as ReportReason] ?? r.reason}
                  {r.details ? `: “${r.details}”` : ''}
                </li>
              ))}
            </ul>
          </div>
        )}
        <FoundDetails board={board} answer={answer} t={t} />
        {answer.originalBody && (
          <details class="details details--small">
            <summary class="details__summary">{m.firstWrote}</summary>
            <div class="details__text">
              <p class="answer__text">{answer.originalBody}</p>
            </div>
          </details>
        )}
        {answer.status === 'rejected' && answer.rejectionReason && <p class="hint">{m.rejectedBecause(answer.rejectionReason)}</p>}
        <div class="queue__actions">
          {answer.status === 'pending' && (
            <div class="checkboxes__item checkboxes__item--small">
              <input class="checkboxes__input" type="checkbox" form="bulk-approve" name="ids" value={answer.id} id={`select-${answer.id}`} />
              <label class="checkboxes__label" for={`select-${answer.id}`}>
                {m.select}
                <span class="visually-hidden">{m.selectHidden}</span>
                {m.forBulk}
              </label>
            </div>
          )}
          {answer.status !== 'published' && (
            <ActionButton action={`${base}/approve`} label={answer.status === 'hidden' ? m.publishAgain : m.approve} shortcut="a" />
          )}
          {answer.status === 'published' && answer.reportedAt && <ActionButton action={`${base}/approve`} label={m.keepPublished} shortcut="a" />}
          {answer.status === 'published' && <ActionButton action={`${base}/hide`} label={m.hide} shortcut="h" secondary />}
          {answer.status === 'published' && (
            <ActionButton
              action={`${base}/${answer.isExample ? 'unmark-example' : 'mark-example'}`}
              label={answer.isExample ? m.unmarkExample : m.markExample}
              secondary
            />
          )}
          <a class="button button--secondary button--small" href={`${base}/edit`} data-shortcut="e">
            {m.editOrRedact}
            <ShortcutHint keyName="e" />
          </a>
          {answer.status === 'pending' && (
            <details class="details details--small reject">
              <summary class="details__summary" data-shortcut="r">
                {m.reject}
                <ShortcutHint keyName="r" />
              </summary>
              <form method="post" action={`${base}/reject`} class="details__text">
                <label class="label" for={`reason-${answer.id}`}>
                  {m.reasonLabel}
                </label>
                <textarea class="textarea" id={`reason-${answer.id}`} name="reason" rows={2} />
                <button type="submit" class="button button--warning button--small">
                  {m.rejectThis}
                </button>
              </form>
            </details>
          )}
        </div>
      </article>
    </li>
  );
}

export function QueuePage(props: {
  ctx: PageContext;
  name: string;
  board: Board;
  role: string;
  status: AnswerStatus;
  counts: Record<AnswerStatus, number>;
  answers: ModerationAnswer[];
  reports: ReportsByAnswer;
  notice?: string;
}) {
  const { ctx, name, board, role, status, counts, answers, reports, notice } = props;
  const { t } = ctx;
  const m = t.moderation;
  const q = m.queue;
  return (
    <Layout ctx={ctx} title={q.title(m.statusTabs[status], board.title)} account={{ name }} scripts={['moderation-queue.js']}>
      <BackLink href={adminPath}>{q.back}</BackLink>
      <h1>
        <span class="caption">{q.answersOn}</span> {board.title}
      </h1>
      <p>
        <a href={boardPath(board.slug)}>{q.seeBoard}</a>
        {' · '}
        <a href={adminBoardPath(board.slug, '/live')}>{q.live}</a>
        {' · '}
        {q.download}{' '}
        <a href={adminBoardPath(board.slug, '/export.xlsx')} download>
          {q.excel}
        </a>
        {', '}
        <a href={adminBoardPath(board.slug, '/export.csv')} download>
          {q.csv}
        </a>
        {', '}
        <a href={adminBoardPath(board.slug, '/export.md')} download>
          {q.markdown}
        </a>
        {', '}
        <a href={adminBoardPath(board.slug, '/export.json')} download>
          {q.json}
        </a>
        {' · '}
        <a href={importPath(board.slug)}>{q.import}</a> · <a href={themesPath(board.slug)}>{q.themes}</a>
        {' · '}
        <a href={adminBoardPath(board.slug, '/handout')}>{q.handout}</a>
        {role === 'owner' && (
          <>
            {' · '}
            <a href={adminBoardPath(board.slug, '/audit')}>{q.audit}</a>
          </>
        )}
      </p>
      <nav class="tabs" aria-label={q.tabsLabel}>
        <ul class="tabs__list">
          {statusTabs.map((s) => (
            <li key={s}>
              <a class="tabs__link" href={adminBoardPath(board.slug, `/queue?status=${s}`)} aria-current={s === status ? 'page' : undefined}>
                {m.statusTabs[s]} ({counts[s]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {notice && (
        <div class="notice" role="status">
          {notice}
        </div>
      )}
      <p>
        <a href={guidancePath}>{q.guidance}</a>
      </p>
      <p class="hint">
        {q.shortcutsIntro}{' '}
        {Object.entries(q.shortcuts).map(([key, word], i, all) => (
          <Fragment key={key}>
            <kbd>{key}</kbd> {word}
            {i < all.length - 1 ? ', ' : '.'}
          </Fragment>
        ))}
      </p>
      {answers.length === 0 ? (
        <p>{status === 'pending' ? q.nothingWaiting : q.noAnswers}</p>
      ) : (
        <>
          {answers.some((a) => a.status === 'pending') && (
            <form method="post" action={adminBoardPath(board.slug, '/answers/approve')} id="bulk-approve" class="bulk">
              <button type="submit" class="button">
                {q.approveSelected}
              </button>
            </form>
          )}
          <ol class="queue">
            {answers.map((a) => (
              <QueueItem key={a.id} board={board} answer={a} reports={reports.get(a.id) ?? []} t={t} />
            ))}
          </ol>
        </>
      )}
    </Layout>
  );
}

export function EditAnswerPage(props: {
  ctx: PageContext;
  name: string;
  board: Board;
  answerId: string;
  body: string;
  originalBody: string | null;
  error?: string;
}) {
  const { ctx, name, board, answerId, body, originalBody, error } = props;
  const { t } = ctx;
  const e = t.moderation.edit;
  return (
    <Layout ctx={ctx} title={e.title} hasErrors={Boolean(error)} account={{ name }} scripts={['answer-form.js']}>
      <div class="narrow">
        <BackLink href={adminBoardPath(board.slug, '/queue')}>{e.back}</BackLink>
        <ErrorSummary errors={error ? [{ field: 'body', message: error }] : []} t={t} />
        <h1>{e.title}</h1>
        <p>{e.lead}</p>
        <form method="post" action={adminBoardPath(board.slug, `/answers/${answerId}/edit`)} novalidate>
          <AnswerBodyField label={e.label} value={body} error={error} locale={ctx.locale} />
          {originalBody && (
            <details class="details">
              <summary class="details__summary">{t.moderation.firstWrote}</summary>
              <div class="details__text">
                <p class="answer__text">{originalBody}</p>
              </div>
            </details>
          )}
          <button type="submit" class="button">
            {e.save}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function AuditPage({
  ctx,
  name,
  board,
  entries,
}: {
  ctx: PageContext;
  name: string;
  board: Board;
  entries: { id: string; action: string; answerId: string | null; createdAt: string; facilitatorName: string | null }[];
}) {
  const a = ctx.t.moderation.audit;
  return (
    <Layout ctx={ctx} title={a.title(board.title)} account={{ name }}>
      <BackLink href={adminBoardPath(board.slug, '/queue')}>{a.back}</BackLink>
      <h1>
        <span class="caption">{a.heading}</span> {board.title}
      </h1>
      {entries.length === 0 ? (
        <p>{a.nothing}</p>
      ) : (
        <table class="summary-table">
          <caption class="visually-hidden">{a.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{a.when}</th>
              <th scope="col">{a.who}</th>
              <th scope="col">{a.what}</th>
              <th scope="col">{a.answer}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.createdAt}>{a.at(new Date(e.createdAt).toISOString().replace('T', ' ').slice(0, 16))}</time>
                </td>
                <td>{e.facilitatorName ?? a.removedAccount}</td>
                <td>{a.actions[e.action] ?? e.action}</td>
                <td>{e.answerId ? <code>{e.answerId}</code> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
