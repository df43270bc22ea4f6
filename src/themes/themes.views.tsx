import { catalogues } from '../i18n/catalogue.ts';
import { formatNumber, plural } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ThemeSummaryData } from './themes.actions.ts';
import type { Distinctive, PerspectiveThemes, Quote, ThemePhrase, Themes } from './themes.ts';

// The themes as readers see them (the public question page, the handout), and the pieces the facilitators' page shares.

/** A quote with the phrase marked: `<mark>` is read out as "highlight" by screen readers, and the words stay plain text. */
export function QuoteText({ quote }: { quote: Quote }) {
  return (
    <>
      “{quote.before}
      <mark>{quote.match}</mark>
      {quote.after}”
    </>
  );
}

/** "6 of 10 answers from managers": whose answers, in plain words. */
export function fromWhom(p: { label: string; plural: string | null }, locale: Locale = 'en'): string {
  return p.plural ?? catalogues[locale].themes.summary.perspectiveName(p.label);
}

/** The first words of an answer, to name a link to it. */
export function answerOpening(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= length ? flat : `${chars.slice(0, length - 1).join('')}…`;
}

/** How many of a perspective's answers use a distinctive phrase, and how sure the difference is. */
export function DistinctiveLine({ item, perspective, locale = 'en' }: { item: Distinctive; perspective: PerspectiveThemes; locale?: Locale }) {
  const s = catalogues[locale].themes.summary;
  return (
    <>
      {s.distinctive(
        formatNumber(locale, item.count),
        plural(locale, perspective.answers, s.answers),
        perspective,
        s.strength[item.strength],
        item.z.toFixed(1),
      )}
    </>
  );
}

/** The answers using a phrase, as links to them on the question page (each answer there has id="answer-…"). */
function AnswerLinks({ phrase, openings, locale }: { phrase: ThemePhrase; openings: Map<string, string>; locale: Locale }) {
  const s = catalogues[locale].themes.summary;
  const shown = phrase.answerIds.slice(0, 30);
  return (
    <details class="details details--small">
      <summary class="details__summary">
        {s.readThe(plural(locale, phrase.count, s.answers))}
        <span class="visually-hidden">{s.thatMention(phrase.label)}</span>
      </summary>
      <ul class="details__text">
        {shown.map((id) => (
          <li key={id}>
            <a href={`#answer-${id}`}>{openings.get(id)}</a>
          </li>
        ))}
        {phrase.count > shown.length && <li>{s.moreBelow(formatNumber(locale, phrase.count - shown.length))}</li>}
      </ul>
    </details>
  );
}

/** The first of a perspective's answers that uses its distinctive phrase. */
function firstFrom(themes: Themes, d: Distinctive, p: PerspectiveThemes): string {
  return themes.uses(d.phrase.key).find((u) => u.answer.perspectiveKey === p.key)?.answer.id ?? d.phrase.example.answerId;
}

/**
 * The summary of a question's themes. `links` (the public question page) lists each phrase's answers as links to
 * them on the same page; the handout prints without links. `locale`: the page's language (readers see this part).
 */
export function ThemeSummary(props: { summary: ThemeSummaryData; links?: boolean; headingLevel?: 2 | 3; locale?: Locale }) {
  const { summary, links = true, headingLevel = 2, locale = 'en' } = props;
  const s = catalogues[locale].themes.summary;
  const { themes } = summary;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const headingId = `themes-${summary.questionKey}`;
  const openings = new Map<string, string>();
  if (links) for (const use of themes.phrases.flatMap((p) => themes.uses(p.key))) openings.set(use.answer.id, answerOpening(use.answer.body));
  const perspectives = themes.perspectives.filter((p) => p.distinctive.length > 0);
  return (
    <section class="themes" aria-labelledby={headingId}>
      <Heading id={headingId}>{s.heading}</Heading>
      <p class="hint">{s.intro(plural(locale, themes.answers, s.publishedAnswers))}</p>
      {themes.phrases.length === 0 ? (
        <p>{s.noPhrase}</p>
      ) : (
        // A list, not a table: each phrase with its quote reflows to one column at 320 px.
        <ul class="answer-list" aria-label={s.listLabel}>
          {themes.phrases.map((p) => (
            <li key={p.key}>
              <p>
                <strong>{p.label}</strong> · {plural(locale, p.count, s.answers)}
              </p>
              <p>
                <QuoteText quote={p.example} />
              </p>
              {links && <AnswerLinks phrase={p} openings={openings} locale={locale} />}
            </li>
          ))}
        </ul>
      )}
      {perspectives.length > 0 && (
        <>
          <Sub>{s.perspectivesHeading}</Sub>
          {perspectives.map((p) => (
            <div key={p.key}>
              <p>
                <strong>{p.label}</strong>
              </p>
              <ul>
                {p.distinctive.map((d) => (
                  <li key={d.phrase.key}>
                    {links ? <a href={`#answer-${firstFrom(themes, d, p)}`}>“{d.phrase.label}”</a> : <>“{d.phrase.label}”</>}:{' '}
                    <DistinctiveLine item={d} perspective={p} locale={locale} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
