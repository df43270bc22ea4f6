import type { ComponentChildren } from 'preact';
import { HelplineList } from '../help/help.views.tsx';
import type { HelpInfo } from '../helplines.ts';
import { helpPath } from '../web/paths.ts';
import { identifyingKinds, identifyingLabels, type IdentifyingKind, type IdentifyingSpan } from './identifying/identifying.ts';

/** "a phone number and a name", "two phone numbers, an email address and a date". */
export function describeFound(spans: IdentifyingSpan[]): string {
  const parts = identifyingKinds(spans).map((kind: IdentifyingKind) => {
    const n = spans.filter((s) => s.kind === kind).length;
    return n === 1 ? identifyingLabels[kind].singular : identifyingLabels[kind].plural;
  });
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The text with each found detail marked, and named for screen readers. `action` adds a control after a span (the queue's redact button). */
export function HighlightedText({
  text,
  spans,
  action,
}: {
  text: string;
  spans: IdentifyingSpan[];
  action?: (span: IdentifyingSpan, index: number) => ComponentChildren;
}) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  spans.forEach((span, index) => {
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={index} class="found">
        {text.slice(span.start, span.end)}
        <span class="visually-hidden"> ({identifyingLabels[span.kind].singular})</span>
      </mark>,
    );
    if (action) parts.push(action(span, index));
    at = span.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Shown to the author when their answer seems to hold something that identifies a person. */
export function IdentifyingCheck({ text, spans }: { text: string; spans: IdentifyingSpan[] }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: markup left as it was in the safety restructuring; a <section> with the same label would do
    <div class="warning-panel" id="identifying-check" tabIndex={-1} autofocus aria-labelledby="identifying-check-title" role="region" data-identifying-check>
      <h3 class="warning-panel__title" id="identifying-check-title">
        Check your answer before you send it
      </h3>
      <p>
        Your answer seems to include {describeFound(spans)}. Answers are public and may be shown on other websites, so details like these could identify you or
        someone else.
      </p>
      <p class="found-text">
        <HighlightedText text={text} spans={spans} />
      </p>
      <p>Change your answer below and send it again. Or, if you are sure, send it as it is: a facilitator will read it before anyone else can.</p>
    </div>
  );
}

/** After an answer that suggests its author may be at risk: calm, not a rejection, with help to hand. */
export function CrisisHelpPanel({ help }: { help: HelpInfo }) {
  return (
    <div class="help-panel" role="status" aria-labelledby="help-panel-title">
      <h1 class="help-panel__title" id="help-panel-title">
        Thank you. Your answer has been received
      </h1>
      <p>A person from the board's team will read it before it appears anywhere. It will not be published automatically.</p>
      <h2 class="heading-m">If you are thinking about harming yourself, help is available now</h2>
      <p>You do not have to wait for us. You can talk to someone today, free and in confidence:</p>
      <p>{help.emergency}</p>
      <HelplineList help={help} />
      <p>
        <a href={helpPath}>More places to find help, including in other countries</a>
      </p>
    </div>
  );
}
