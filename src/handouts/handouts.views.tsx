import type { ComponentChildren } from 'preact';
import { useWording } from '../answers/answers.input.ts';
import { ErrorSummary, Textarea } from '../web/forms.tsx';
import type { Messages } from '../i18n/catalogue.ts';
import { formatNumber, plural } from '../i18n/format.ts';
import { languageTag } from '../i18n/locale.ts';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, handoutPath, handoutPdfPath, handoutPrintPath } from '../web/paths.ts';
import { attribution, handoutTitle, printedQuestions, printedWords } from './handout-pdf.ts';
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

/** The builder's words: the facilitator area is served in English for now (issue 14). */
type Builder = Messages['handouts']['builder'];

function excerpt(text: string, length = 60): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length - 1).join('')}…`;
}

function AnswerMeta({ answer, b }: { answer: HandoutAnswer; b: Builder }) {
  return (
    <p class="caption handout-answer__meta">
      {answer.perspectiveLabel} · {answer.displayName?.trim() || b.anonymous}
      {answer.helpfulCount > 0 ? ` · ${plural('en', answer.helpfulCount, b.helpful)}` : ''}
      {answer.isExample ? <strong class="tag handout-answer__tag">{b.example}</strong> : null}
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
function BuilderAnswer({ slug, answer, b, children }: { slug: string; answer: HandoutAnswer; b: Builder; children: ComponentChildren }) {
  return (
    <li class="handout-answer" id={`answer-${answer.id}`}>
      <AnswerMeta answer={answer} b={b} />
      <p class="handout-answer__text">{answer.body}</p>
      <form method="post" action={handoutPath(slug, '/answers')} class="handout-answer__actions">
        <input type="hidden" name="answer" value={answer.id} />
        {children}
      </form>
    </li>
  );
}

function PickedAnswer({ slug, answer, index, count, b }: { slug: string; answer: HandoutAnswer; index: number; count: number; b: Builder }) {
  const about = b.aboutAnswer(excerpt(answer.body));
  return (
    <BuilderAnswer slug={slug} answer={answer} b={b}>
      {index > 0 && (
        <MoveButton move="up" about={about}>
          {b.moveUp}
        </MoveButton>
      )}
      {index < count - 1 && (
        <MoveButton move="down" about={about}>
          {b.moveDown}
        </MoveButton>
      )}
      <MoveButton move="remove" about={about}>
        {b.takeOut}
      </MoveButton>
    </BuilderAnswer>
  );
}

function OtherAnswer({ slug, answer, b }: { slug: string; answer: HandoutAnswer; b: Builder }) {
  return (
    <BuilderAnswer slug={slug} answer={answer} b={b}>
      <MoveButton move="add" about={b.aboutAnswer(excerpt(answer.body))}>
        {b.add}
      </MoveButton>
    </BuilderAnswer>
  );
}

function QuestionBuilder(props: { slug: string; item: HandoutQuestion; notice?: BuilderNotice | undefined; error?: BuilderError | undefined; t: Messages }) {
  const { slug, item, notice, error, t } = props;
  const b = t.handouts.builder;
  const { question, picked, others, chosen } = item;
  const key = question.key;
  const noteField = `note-${key}`;
  const typedNote = error?.typed?.questionKey === key ? error.typed.text : undefined;
  return (
    <section class="handout-question" id={`q-${key}`} aria-labelledby={`q-${key}-title`}>
      <h2 id={`q-${key}-title`}>{question.text}</h2>
      {notice?.questionKey === key && (
        <div class="notice" role="status">
          {b.notices[notice.done]}
        </div>
      )}
      <h3>{b.inHandout(picked.length)}</h3>
      {!chosen && picked.length > 0 && <p class="hint">{b.startingHint}</p>}
      {picked.length === 0 ? (
        <p>{b.noPicks}</p>
      ) : (
        <ol class="handout-answers">
          {picked.map((answer, i) => (
            <PickedAnswer key={answer.id} slug={slug} answer={answer} index={i} count={picked.length} b={b} />
          ))}
        </ol>
      )}
      <details class="details" open={picked.length === 0 || notice?.questionKey === key ? true : undefined}>
        <summary class="details__summary">{b.canAdd(others.length)}</summary>
        <div class="details__text">
          {others.length === 0 ? (
            <p>{b.noneToAdd}</p>
          ) : (
            <ul class="handout-answers">
              {others.map((answer) => (
                <OtherAnswer key={answer.id} slug={slug} answer={answer} b={b} />
              ))}
            </ul>
          )}
        </div>
      </details>
      <form method="post" action={handoutPath(slug, '/note')} novalidate class="handout-note">
        <input type="hidden" name="question" value={key} />
        <Textarea
          name={noteField}
          label={b.noteLabel}
          hint={b.noteHint(formatNumber('en', handoutLimits.note))}
          value={typedNote ?? item.note}
          error={error?.field === noteField ? error.message : undefined}
          rows={3}
          t={t}
        />
        <button type="submit" class="button button--secondary">
          {b.saveNote}
          <span class="visually-hidden">{b.onQuestion(excerpt(question.text))}</span>
        </button>
      </form>
    </section>
  );
}

export function HandoutBuilderPage(props: { ctx: PageContext; name: string; handout: Handout; notice?: BuilderNotice; error?: BuilderError }) {
  const { ctx, name, handout, notice, error } = props;
  const { board } = handout;
  const introTyped = error?.field === 'intro' ? error.typed?.text : undefined;
  const { t } = ctx;
  const b = t.handouts.builder;
  return (
    <Layout ctx={ctx} title={b.title(board.title)} hasErrors={Boolean(error)} account={{ name }}>
      <BackLink href={adminBoardPath(board.slug, '/queue')}>{b.back(board.title)}</BackLink>
      <ErrorSummary errors={error ? [{ field: error.field, message: error.message }] : []} t={t} />
      <h1>
        {b.heading} <span class="caption">{b.from(board.title)}</span>
      </h1>
      <p>{b.lead}</p>
      <ul class="handout-links">
        <li>
          <a href={handoutPrintPath(board.slug)}>{b.preview}</a>
        </li>
        <li>
          <a href={handoutPrintPath(board.slug, 'large')}>{b.previewLarge}</a>
        </li>
        <li>
          <a href={handoutPdfPath(board.slug)} download>
            {b.downloadPdf}
          </a>
        </li>
        <li>
          <a href={handoutPdfPath(board.slug, 'large')} download>
            {b.downloadLarge}
          </a>
        </li>
      </ul>
      <form method="post" action={handoutPath(board.slug, '/intro')} novalidate class="handout-note" id="handout-intro">
        {notice?.done === 'intro' && (
          <div class="notice" role="status">
            {b.notices.intro}
          </div>
        )}
        <Textarea
          name="intro"
          label={b.introLabel}
          hint={b.introHint(formatNumber('en', handoutLimits.intro))}
          value={introTyped ?? handout.intro}
          error={error?.field === 'intro' ? error.message : undefined}
          rows={3}
          t={t}
        />
        <button type="submit" class="button button--secondary">
          {b.saveIntro}
        </button>
      </form>
      {handout.questions.length === 0 && <p>{b.noQuestions}</p>}
      {handout.questions.map((item) => (
        <QuestionBuilder key={item.question.id} slug={board.slug} item={item} notice={notice} error={error} t={t} />
      ))}
    </Layout>
  );
}

function QrCode({ address, label }: { address: string; label: string }) {
  const qr = qrRuns(address);
  const side = qr.size + 8;
  return (
    <svg class="handout__qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shape-rendering="crispEdges">
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
  const b = ctx.t.handouts.builder;
  // The handout itself is in the board's language; the toolbar around it is the facilitator area's (English for now).
  const words = printedWords(handout);
  const lang = board.language === ctx.locale ? undefined : languageTag[board.language];
  return (
    <Layout ctx={ctx} title={b.previewTitle(handoutTitle(handout, size))} account={{ name }}>
      <div class="handout-toolbar">
        <BackLink href={handoutPath(board.slug)}>{b.backToBuilder}</BackLink>
        <p>{size === 'large' ? b.thisIsLarge : b.thisIs}</p>
        <ul class="handout-links">
          <li>
            <a href={handoutPdfPath(board.slug, size)} download>
              {b.downloadThis}
            </a>
          </li>
          <li>
            <a href={handoutPrintPath(board.slug, other)}>{other === 'large' ? b.seeLarge : b.seeStandard}</a>
          </li>
        </ul>
      </div>
      <article class={size === 'large' ? 'handout handout--large' : 'handout'} lang={lang}>
        <h1>{board.title}</h1>
        {handout.intro && <p class="handout__intro">{handout.intro}</p>}
        <div class="handout__where">
          <p>
            {words.readAt}{' '}
            <a class="handout__url" href={handout.address}>
              {handout.address}
            </a>
          </p>
          <QrCode address={handout.address} label={words.qrAlt(handout.address)} />
        </div>
        {printed.length === 0 && <p>{words.nothingPicked}</p>}
        {printed.map((item) => (
          <section key={item.question.id} class="handout__question">
            <h2>{item.question.text}</h2>
            {item.note && (
              <p class="handout__note">
                <strong>{words.note}</strong> <em>{item.note}</em>
              </p>
            )}
            {item.summary && <Summary summary={item.summary} />}
            <ul class="handout__answers">
              {item.picked.map((answer) => (
                <li key={answer.id}>
                  <p class="handout__text">{answer.body}</p>
                  <p class="handout__by">— {attribution(answer, words)}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    </Layout>
  );
}
