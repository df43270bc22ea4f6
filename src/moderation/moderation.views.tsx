import type { AnswerStatus, AnswerUse, Board } from '../db/tables.ts';
import { ErrorSummary } from '../web/forms.tsx';
import { AnswerBodyField } from '../answers/answers.views.tsx';
import { useWording } from '../answers/answers.input.ts';
import { formatDate } from '../web/html.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import type { ModerationAnswer } from '../answers/answers.queries.ts';
import { adminBoardPath, adminPath, boardPath, guidancePath, importPath, themesPath } from '../web/paths.ts';
import { reportReasons, type ReportReason } from '../reports/reports.actions.ts';
import { holdReasonLabels, parseHoldReasons, suggestsRisk, type HoldReason } from '../safety/safety.ts';
import { findIdentifying, identifyingLabels } from '../safety/identifying/identifying.ts';
import { describeFound, HighlightedText } from '../safety/safety.views.tsx';
import { spanKey } from './moderation.actions.ts';

export const statusTabs: [AnswerStatus, string][] = [
  ['pending', 'Waiting to be read'],
  ['published', 'Published'],
  ['rejected', 'Rejected'],
  ['hidden', 'Hidden'],
];

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
export function UseAllowed({ use }: { use: AnswerUse }) {
  return (
    <p class={use === 'board' ? 'queue__use' : 'queue__use queue__use--kept'}>
      Its author allows: <strong>{useWording[use].short}</strong>
    </p>
  );
}

export function HoldReasons({ reasons }: { reasons: HoldReason[] }) {
  if (reasons.length === 0) return null;
  const atRisk = suggestsRisk(reasons);
  return (
    <div class="held">
      <p>
        Held for you to read:{' '}
        {reasons.map((r) => (
          <strong key={r} class="tag tag--warning">
            {holdReasonLabels[r]}
          </strong>
        ))}
      </p>
      {atRisk && (
        <p>
          <a href={guidancePath}>How to respond when an answer suggests someone is at risk</a>
        </p>
      )}
    </div>
  );
}

/** The answer's text, with each detail that may identify someone marked and a button to replace it with a placeholder. */
function FoundDetails({ board, answer }: { board: Board; answer: ModerationAnswer }) {
  const spans = findIdentifying(answer.body);
  if (spans.length === 0) return <p class="answer__text queue__text">{answer.body}</p>;
  return (
    <form method="post" action={adminBoardPath(board.slug, `/answers/${answer.id}/redact`)} class="found-details">
      <p class="hint">Marked: {describeFound(spans)} that may identify someone.</p>
      <div class="answer__text queue__text">
        <HighlightedText
          text={answer.body}
          spans={spans}
          action={(span, i) => (
            <button key={`r${i}`} type="submit" name="span" value={spanKey(span)} class="link-button link-button--dark redact-button">
              Replace with {identifyingLabels[span.kind].placeholder}
              <span class="visually-hidden">: “{answer.body.slice(span.start, span.end)}”</span>
            </button>
          )}
        />
      </div>
    </form>
  );
}

export type ReportsByAnswer = Map<string, { reason: string; details: string | null }[]>;

function QueueItem({ board, answer, reports }: { board: Board; answer: ModerationAnswer; reports: { reason: string; details: string | null }[] }) {
  const base = adminBoardPath(board.slug, `/answers/${answer.id}`);
  return (
    <li class="queue__item" id={`answer-${answer.id}`} tabIndex={-1} data-queue-item>
      <article aria-labelledby={`q-${answer.id}`}>
        <h2 class="queue__question" id={`q-${answer.id}`}>
          {answer.questionText}
        </h2>
        <p class="caption">
          {answer.perspectiveLabel} · {answer.displayName ?? 'Anonymous'} · <time dateTime={answer.createdAt}>{formatDate(answer.createdAt)}</time>
          {answer.isExample ? <strong class="tag"> Example</strong> : null}
        </p>
        <UseAllowed use={answer.useAllowed} />
        {answer.urgentAt && <strong class="tag tag--urgent">Urgent: read this first</strong>}
        <HoldReasons reasons={parseHoldReasons(answer.heldFor)} />
        {answer.reportedAt && (
          <div class="reported">
            <p>
              <strong class="tag tag--warning">Reported</strong> by {reports.length} {reports.length === 1 ? 'reader' : 'readers'}
              {answer.status === 'hidden' ? ', and hidden until you decide' : ''}:
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
        <FoundDetails board={board} answer={answer} />
        {answer.originalBody && (
          <details class="details details--small">
            <summary class="details__summary">What the author first wrote (private)</summary>
            <div class="details__text">
              <p class="answer__text">{answer.originalBody}</p>
            </div>
          </details>
        )}
        {answer.status === 'rejected' && answer.rejectionReason && <p class="hint">Reason for rejecting: {answer.rejectionReason}</p>}
        <div class="queue__actions">
          {answer.status === 'pending' && (
            <div class="checkboxes__item checkboxes__item--small">
              <input class="checkboxes__input" type="checkbox" form="bulk-approve" name="ids" value={answer.id} id={`select-${answer.id}`} />
              <label class="checkboxes__label" for={`select-${answer.id}`}>
                Select<span class="visually-hidden"> this answer</span> for bulk approval
              </label>
            </div>
          )}
          {answer.status !== 'published' && (
            <ActionButton action={`${base}/approve`} label={answer.status === 'hidden' ? 'Publish again' : 'Approve'} shortcut="a" />
          )}
          {answer.status === 'published' && answer.reportedAt && <ActionButton action={`${base}/approve`} label="Keep published" shortcut="a" />}
          {answer.status === 'published' && <ActionButton action={`${base}/hide`} label="Hide" shortcut="h" secondary />}
          {answer.status === 'published' && (
            <ActionButton
              action={`${base}/${answer.isExample ? 'unmark-example' : 'mark-example'}`}
              label={answer.isExample ? 'Unmark as example' : 'Mark as example'}
              secondary
            />
          )}
          <a class="button button--secondary button--small" href={`${base}/edit`} data-shortcut="e">
            Edit or redact
            <ShortcutHint keyName="e" />
          </a>
          {answer.status === 'pending' && (
            <details class="details details--small reject">
              <summary class="details__summary" data-shortcut="r">
                Reject
                <ShortcutHint keyName="r" />
              </summary>
              <form method="post" action={`${base}/reject`} class="details__text">
                <label class="label" for={`reason-${answer.id}`}>
                  Reason (kept privately, for moderators)
                </label>
                <textarea class="textarea" id={`reason-${answer.id}`} name="reason" rows={2} />
                <button type="submit" class="button button--warning button--small">
                  Reject this answer
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
  const label = statusTabs.find(([s]) => s === status)![1];
  return (
    <Layout ctx={ctx} title={`${label}: ${board.title}`} account={{ name }} scripts={['moderation-queue.js']}>
      <BackLink href={adminPath}>Your boards</BackLink>
      <h1>
        <span class="caption">Answers on</span> {board.title}
      </h1>
      <p>
        <a href={boardPath(board.slug)}>See the board as readers see it</a>
        {' · '}
        <a href={adminBoardPath(board.slug, '/live')}>Live session</a>
        {' · '}
        Download the published answers:{' '}
        <a href={adminBoardPath(board.slug, '/export.xlsx')} download>
          Excel workbook
        </a>
        {', '}
        <a href={adminBoardPath(board.slug, '/export.csv')} download>
          CSV
        </a>
        {', '}
        <a href={adminBoardPath(board.slug, '/export.md')} download>
          Markdown for a blog post
        </a>
        {', '}
        <a href={adminBoardPath(board.slug, '/export.json')} download>
          JSON
        </a>
        {' · '}
        <a href={importPath(board.slug)}>Import answers from a Google Form</a> · <a href={themesPath(board.slug)}>Themes by perspective</a>
        {' · '}
        <a href={adminBoardPath(board.slug, '/handout')}>Build a handout to print</a>
        {role === 'owner' && (
          <>
            {' · '}
            <a href={adminBoardPath(board.slug, '/audit')}>Audit log</a>
          </>
        )}
      </p>
      <nav class="tabs" aria-label="Answers by status">
        <ul class="tabs__list">
          {statusTabs.map(([s, text]) => (
            <li key={s}>
              <a class="tabs__link" href={adminBoardPath(board.slug, `/queue?status=${s}`)} aria-current={s === status ? 'page' : undefined}>
                {text} ({counts[s]})
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
        <a href={guidancePath}>Guidance: responding to answers that suggest someone is at risk</a>
      </p>
      <p class="hint">
        Keyboard shortcuts when an answer has focus: <kbd>j</kbd> next, <kbd>k</kbd> previous, <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>e</kbd> edit,{' '}
        <kbd>h</kbd> hide.
      </p>
      {answers.length === 0 ? (
        <p>{status === 'pending' ? 'Nothing is waiting to be read.' : 'No answers here.'}</p>
      ) : (
        <>
          {answers.some((a) => a.status === 'pending') && (
            <form method="post" action={adminBoardPath(board.slug, '/answers/approve')} id="bulk-approve" class="bulk">
              <button type="submit" class="button">
                Approve selected
              </button>
            </form>
          )}
          <ol class="queue">
            {answers.map((a) => (
              <QueueItem key={a.id} board={board} answer={a} reports={reports.get(a.id) ?? []} />
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
  return (
    <Layout ctx={ctx} title="Edit or redact an answer" hasErrors={Boolean(error)} account={{ name }} scripts={['answer-form.js']}>
      <div class="narrow">
        <BackLink href={adminBoardPath(board.slug, '/queue')}>Back to the answers</BackLink>
        <ErrorSummary errors={error ? [{ field: 'body', message: error }] : []} />
        <h1>Edit or redact an answer</h1>
        <p>
          Readers will see your text instead of the author's. Replace what identifies someone with a placeholder, such as [name], [phone] or [place]. The
          original is kept privately for moderators.
        </p>
        <form method="post" action={adminBoardPath(board.slug, `/answers/${answerId}/edit`)} novalidate>
          <AnswerBodyField label="Text to publish" value={body} error={error} />
          {originalBody && (
            <details class="details">
              <summary class="details__summary">What the author first wrote (private)</summary>
              <div class="details__text">
                <p class="answer__text">{originalBody}</p>
              </div>
            </details>
          )}
          <button type="submit" class="button">
            Save
          </button>
        </form>
      </div>
    </Layout>
  );
}

const actionLabels: Record<string, string> = {
  approve: 'Approved',
  reject: 'Rejected',
  hide: 'Hid',
  edit: 'Edited or redacted',
  redact: 'Replaced a detail with a placeholder',
  'mark-example': 'Marked as example',
  'unmark-example': 'Unmarked as example',
};

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
  return (
    <Layout ctx={ctx} title={`Audit log: ${board.title}`} account={{ name }}>
      <BackLink href={adminBoardPath(board.slug, '/queue')}>Back to the answers</BackLink>
      <h1>
        <span class="caption">Audit log for</span> {board.title}
      </h1>
      {entries.length === 0 ? (
        <p>Nothing has been done yet.</p>
      ) : (
        <table class="summary-table">
          <caption class="visually-hidden">Who did what, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.createdAt}>{new Date(e.createdAt).toISOString().replace('T', ' ').slice(0, 16)} UTC</time>
                </td>
                <td>{e.facilitatorName ?? 'A removed account'}</td>
                <td>{actionLabels[e.action] ?? e.action}</td>
                <td>{e.answerId ? <code>{e.answerId}</code> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
