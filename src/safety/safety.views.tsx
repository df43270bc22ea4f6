import type { ComponentChildren } from 'preact';
import { HelplineList, Configured } from '../help/help.views.tsx';
import type { HelpInfo } from '../helplines.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, localised } from '../i18n/locale.ts';
import { helpPath } from '../web/paths.ts';
import { identifyingKinds, type IdentifyingKind, type IdentifyingSpan } from './identifying/identifying.ts';

/** How each kind is named in a language; typed here so that a catalogue missing a kind fails the type check. */
function kindNames(locale: Locale): Record<IdentifyingKind, { singular: string; plural: string }> {
  return catalogues[locale].safety.identifying;
}

/** "a phone number and a name", "two phone numbers, an email address and a date"; "rhif ffôn ac enw" in Welsh. */
export function describeFound(spans: IdentifyingSpan[], locale: Locale = 'en'): string {
  const names = kindNames(locale);
  const parts = identifyingKinds(spans).map((kind: IdentifyingKind) => {
    const n = spans.filter((s) => s.kind === kind).length;
    return n === 1 ? names[kind].singular : names[kind].plural;
  });
  return catalogues[locale].safety.list(parts);
}

/** The text with each found detail marked, and named for screen readers. `action` adds a control after a span (the queue's redact button). */
export function HighlightedText({
  text,
  spans,
  action,
  locale = 'en',
}: {
  text: string;
  spans: IdentifyingSpan[];
  action?: (span: IdentifyingSpan, index: number) => ComponentChildren;
  locale?: Locale | undefined;
}) {
  const names = kindNames(locale);
  const parts: ComponentChildren[] = [];
  let at = 0;
  spans.forEach((span, index) => {
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={index} class="found">
        {text.slice(span.start, span.end)}
        <span class="visually-hidden"> ({names[span.kind].singular})</span>
      </mark>,
    );
    if (action) parts.push(action(span, index));
    at = span.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Shown to the author when their answer seems to hold something that identifies a person; in the page's language. */
export function IdentifyingCheck({ text, spans, locale = 'en' }: { text: string; spans: IdentifyingSpan[]; locale?: Locale | undefined }) {
  const t = catalogues[locale].safety;
  return (
    // biome-ignore lint/a11y/useSemanticElements: markup left as it was in the safety restructuring; a <section> with the same label would do
    <div class="warning-panel" id="identifying-check" tabIndex={-1} autofocus aria-labelledby="identifying-check-title" role="region" data-identifying-check>
      <h3 class="warning-panel__title" id="identifying-check-title">
        {t.checkTitle}
      </h3>
      <p>{t.seemsToInclude(describeFound(spans, locale))}</p>
      <p class="found-text">
        <HighlightedText text={text} spans={spans} locale={locale} />
      </p>
      <p>{t.changeOrSend}</p>
    </div>
  );
}

/**
 * After an answer that suggests its author may be at risk: calm, not a rejection, with help to hand (TRUST SG-2), in the
 * page's language with its language's helplines. Callers pass ctx.locale; without it the panel is English.
 */
export function CrisisHelpPanel({ help, locale = 'en' }: { help: HelpInfo; locale?: Locale | undefined }) {
  const t = catalogues[locale].safety;
  return (
    <div class="help-panel" role="status" aria-labelledby="help-panel-title">
      <h1 class="help-panel__title" id="help-panel-title">
        {t.received}
      </h1>
      <p>{t.readFirst}</p>
      <h2 class="heading-m">{t.helpHeading}</h2>
      <p>{t.noNeedToWait}</p>
      <p>
        <Configured text={help.emergency} locale={locale} />
      </p>
      <HelplineList help={help} locale={locale} />
      <p>
        <a href={localised(locale, helpPath)}>{t.moreHelp}</a>
      </p>
    </div>
  );
}
