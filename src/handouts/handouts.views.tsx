import type { ComponentChildren } from 'preact';
import { useWording } from '../answers/answers.input.ts';
import { ErrorSummary, Textarea } from '../web/forms.tsx';
import { plural } from '../web/html.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, handoutPath, handoutPdfPath, handoutPrintPath } from '../web/paths.ts';
import { attribution, handoutTitle, printedQuestions } from './handout-pdf.ts';
import type { Handout, HandoutAnswer, HandoutQuestion, QuestionSummary } from './handouts.actions.ts';
import { handoutLimits, type HandoutSize } from './handouts.input.ts';
import { qrPath, qrRuns } from './qr.ts';

/** What the builder shows after a change: which change, to which question. */
export interface BuilderNotice {
  done: 'added' | 'removed' | 'up' | 'down' | 'note' | 'intro';
  questionKey: string;
}

/** A form shown again with its error, keeping what was typed. */
export interface BuilderError {
  field: string;
  message: string;
  /** The note or introduction as typed. */
  typed?: { questionKey?: string; text: string };
}

const noticeText: Record<BuilderNotice['done'], string> = {
  added: 'Added to the handout.',
  removed: 'Taken out of the handout.',
  up: 'Moved up.',
  down: 'Moved down.',
  note: 'Note saved.',
  intro: 'Introduction saved.',
};

function excerpt(text: string, length = 60): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length - 1).join('')}…`;
}

function AnswerMeta({ answer }: { answer: HandoutAnswer }) {
  return (
    <p class="caption handout-answer__meta">
      {answer.perspectiveLabel} · {answer.displayName?.trim() || 'Anonymous'}
      {answer.helpfulCount > 0 ? ` · ${plural(answer.helpfulCount, 'person found it helpful', 'people found it helpful')}` : ''}
      {answer.isExample ? <strong class="tag handout-answer__tag">Example</strong> : null}
      {answer.useAllowed === 'workshop' ? <strong class="tag handout-answer__tag">{useWording.workshop.short}</strong> : null}
    </p>
  );
}

function MoveButton({ move, children, about }: { move: string; children: ComponentChildren; about: string }) {
  return (
    <button type="submit" name="move" value={move} class="button button--secondary button--small">
      {children}
      <span class="visually-hidden">: {about}</span>
    </button>
  );
}

/** An answer in the builder, with its buttons (a plain form: each button sends its move). */
function BuilderAnswer({ slug, answer, children }: { slug: string; answer: HandoutAnswer; children: ComponentChildren }) {
  return (
    <li class="handout-answer" id={`answer-${answer.id}`}>
      <AnswerMeta answer={answer} />
      <p class="handout-answer__text">{answer.body}</p>
      <form method="post" action={handoutPath(slug, '/answers')} class="handout-answer__actions">
        <input type="hidden" name="answer" value={answer.id} />
        {children}
      </form>
    </li>
  );
}

function PickedAnswer({ slug, answer, index, count }: { slug: string; answer: HandoutAnswer; index: number; count: number }) {
  const about = `the answer “${excerpt(answer.body)}”`;
  return (
    <BuilderAnswer slug={slug} answer={answer}>
      {index > 0 && (
        <MoveButton move="up" about={about}>
          Move up
        </MoveButton>
      )}
      {index < count - 1 && (
        <MoveButton move="down" about={about}>
          Move down
        </MoveButton>
      )}
      <MoveButton move="remove" about={about}>
        Take out
      </MoveButton>
    </BuilderAnswer>
  );
}

function OtherAnswer({ slug, answer }: { slug: string; answer: HandoutAnswer }) {
  return (
    <BuilderAnswer slug={slug} answer={answer}>
      <MoveButton move="add" about={`the answer “${excerpt(answer.body)}”`}>
        Add to the handout
      </MoveButton>
    </BuilderAnswer>
  );
}

function QuestionBuilder({ slug, item, notice, error }: { slug: string; item: HandoutQuestion; notice?: BuilderNotice; error?: BuilderError }) {
  const { question, picked, others, chosen } = item;
  const key = question.key;
  const noteField = `note-${key}`;
  const typedNote = error?.typed?.questionKey === key ? error.typed.text : undefined;
  return (
    <section class="handout-question" id={`q-${key}`} aria-labelledby={`q-${key}-title`}>
      <h2 id={`q-${key}-title`}>{question.text}</h2>
      {notice?.questionKey === key && (
        <div class="notice" role="status">
          {noticeText[notice.done]}
        </div>
      )}
      <h3>In the handout ({picked.length})</h3>
      {!chosen && picked.length > 0 && <p class="hint">To start you off: the examples and the most helpful answer from each perspective. Change anything.</p>}
      {picked.length === 0 ? (
        <p>No answers picked. The question is left out of the handout unless it has a note.</p>
      ) : (
        <ol class="handout-answers">
          {picked.map((answer, i) => (
            <PickedAnswer key={answer.id} slug={slug} answer={answer} index={i} count={picked.length} />
          ))}
        </ol>
      )}
      <details class="details" open={picked.length === 0 || notice?.questionKey === key ? true : undefined}>
        <summary class="details__summary">Answers you can add ({others.length})</summary>
        <div class="details__text">
          {others.length === 0 ? (
            <p>None. Only approved answers whose authors allowed workshop use can be in a handout.</p>
          ) : (
            <ul class="handout-answers">
              {others.map((answer) => (
                <OtherAnswer key={answer.id} slug={slug} answer={answer} />
              ))}
            </ul>
          )}
        </div>
      </details>
      <form method="post" action={handoutPath(slug, '/note')} novalidate class="handout-note">
        <input type="hidden" name="question" value={key} />
        <Textarea
          name={noteField}
          label="Your note on this question (optional)"
          hint={`Printed under the question, for example what to discuss. Up to ${handoutLimits.note.toLocaleString('en-GB')} characters.`}
          value={typedNote ?? item.note}
          error={error?.field === noteField ? error.message : undefined}
          rows={3}
        />
        <button type="submit" class="button button--secondary">
          Save the note<span class="visually-hidden"> on “{excerpt(question.text)}”</span>
        </button>
      </form>
    </section>
  );
}

export function HandoutBuilderPage(props: { ctx: PageContext; name: string; handout: Handout; notice?: BuilderNotice; error?: BuilderError }) {
  const { ctx, name, handout, notice, error } = props;
  const { board } = handout;
  const introTyped = error?.field === 'intro' ? error.typed?.text : undefined;
  return (
    <Layout ctx={ctx} title={`Build a handout: ${board.title}`} hasErrors={Boolean(error)} account={{ name }}>
      <BackLink href={adminBoardPath(board.slug, '/queue')}>Answers on {board.title}</BackLink>
      <ErrorSummary errors={error ? [{ field: error.field, message: error.message }] : []} />
      <h1>
        Build a handout <span class="caption">from {board.title}</span>
      </h1>
      <p>
        Choose and order the answers to print for each question, across perspectives, and add a note. Each answer prints with its perspective and its author’s
        name, or “Anonymous”. Only approved answers whose authors allowed workshop use can be picked.
      </p>
      <ul class="handout-links">
        <li>
          <a href={handoutPrintPath(board.slug)}>Preview the handout as it will print</a>
        </li>
        <li>
          <a href={handoutPrintPath(board.slug, 'large')}>Preview the large-print handout</a>
        </li>
        <li>
          <a href={handoutPdfPath(board.slug)} download>
            Download the PDF
          </a>
        </li>
        <li>
          <a href={handoutPdfPath(board.slug, 'large')} download>
            Download the large-print PDF
          </a>
        </li>
      </ul>
      <form method="post" action={handoutPath(board.slug, '/intro')} novalidate class="handout-note" id="handout-intro">
        {notice?.done === 'intro' && (
          <div class="notice" role="status">
            {noticeText.intro}
          </div>
        )}
        <Textarea
          name="intro"
          label="Introduction (optional)"
          hint={`Printed under the board’s title, for example the workshop’s name and date. Up to ${handoutLimits.intro.toLocaleString('en-GB')} characters.`}
          value={introTyped ?? handout.intro}
          error={error?.field === 'intro' ? error.message : undefined}
          rows={3}
        />
        <button type="submit" class="button button--secondary">
          Save the introduction
        </button>
      </form>
      {handout.questions.length === 0 && <p>This board has no questions yet.</p>}
      {handout.questions.map((item) => (
        <QuestionBuilder key={item.question.id} slug={board.slug} item={item} notice={notice} error={error} />
      ))}
    </Layout>
  );
}

function QrCode({ address }: { address: string }) {
  const qr = qrRuns(address);
  const side = qr.size + 8;
  return (
    <svg class="handout__qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={`QR code of the board’s address, ${address}`} shape-rendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(qr, 4)} fill="#000" />
    </svg>
  );
}

function Summary({ summary }: { summary: QuestionSummary }) {
  return (
    <>
      <h3>{summary.heading}</h3>
      <ul>
        {summary.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** The handout as it will print: the page's print stylesheet leaves out everything but the handout itself. */
export function HandoutPrintPage(props: { ctx: PageContext; name: string; handout: Handout; size: HandoutSize }) {
  const { ctx, name, handout, size } = props;
  const { board } = handout;
  const printed = printedQuestions(handout);
  const other: HandoutSize = size === 'large' ? 'standard' : 'large';
  return (
    <Layout ctx={ctx} title={`Preview: ${handoutTitle(handout, size)}`} account={{ name }}>
      <div class="handout-toolbar">
        <BackLink href={handoutPath(board.slug)}>Back to the handout builder</BackLink>
        <p>
          This is the {size === 'large' ? 'large-print ' : ''}handout as it will print. Print it with your browser’s Print command, or download it as a PDF.
        </p>
        <ul class="handout-links">
          <li>
            <a href={handoutPdfPath(board.slug, size)} download>
              Download this as a PDF
            </a>
          </li>
          <li>
            <a href={handoutPrintPath(board.slug, other)}>{other === 'large' ? 'See the large-print version' : 'See the standard version'}</a>
          </li>
        </ul>
      </div>
      <article class={size === 'large' ? 'handout handout--large' : 'handout'}>
        <h1>{board.title}</h1>
        {handout.intro && <p class="handout__intro">{handout.intro}</p>}
        <div class="handout__where">
          <p>
            Read every answer, and add yours, at:{' '}
            <a class="handout__url" href={handout.address}>
              {handout.address}
            </a>
          </p>
          <QrCode address={handout.address} />
        </div>
        {printed.length === 0 && <p>No answers are picked yet: go back to the builder to choose some.</p>}
        {printed.map((item) => (
          <section key={item.question.id} class="handout__question">
            <h2>{item.question.text}</h2>
            {item.note && (
              <p class="handout__note">
                <strong>Facilitator’s note:</strong> <em>{item.note}</em>
              </p>
            )}
            {item.summary && <Summary summary={item.summary} />}
            <ul class="handout__answers">
              {item.picked.map((answer) => (
                <li key={answer.id}>
                  <p class="handout__text">{answer.body}</p>
                  <p class="handout__by">— {attribution(answer)}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    </Layout>
  );
}
