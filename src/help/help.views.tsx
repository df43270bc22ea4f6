import { Layout, type PageContext } from '../web/layout.tsx';
import { type HelpInfo, type LocalText, helplinesFor, oldestCheck, textIn } from '../helplines.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, languageTag } from '../i18n/locale.ts';
import { formatDate } from '../i18n/format.ts';

function dialable(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}

/** A configured text in the page's language; marked with its own when the file has it only in the other (WCAG 3.1.2). */
export function Configured({ text, locale }: { text: LocalText; locale: Locale }) {
  const shown = textIn(text, locale);
  return shown.lang === locale ? shown.text : <span lang={languageTag[shown.lang]}>{shown.text}</span>;
}

/** The helplines a page in `locale` shows (every page's, then its language's own), as tel: and sms: links (TRUST SG-2). */
export function HelplineList({ help, locale = 'en' }: { help: HelpInfo; locale?: Locale | undefined }) {
  const t = catalogues[locale].help;
  return (
    <ul class="helplines">
      {helplinesFor(help, locale).map((h) => (
        <li key={`${textIn(h.name, 'en').text} ${h.phone ?? h.sms}`}>
          <strong>
            <Configured text={h.name} locale={locale} />:{' '}
          </strong>
          {h.phone && <a href={`tel:${dialable(h.phone)}`}>{t.call(h.phone)}</a>}
          {h.phone && h.sms && t.or}
          {h.sms && <a href={`sms:${dialable(h.sms)}${h.smsBody ? `?body=${encodeURIComponent(h.smsBody)}` : ''}`}>{t.text(h.sms, h.smsBody)}</a>}
          <span class="hint">
            {' '}
            <Configured text={h.description} locale={locale} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function HelpPage({ ctx }: { ctx: PageContext }) {
  const { help, locale } = ctx;
  const t = ctx.t.help;
  const lastChecked = oldestCheck([...helplinesFor(help, locale).map((h) => h.lastChecked), help.directory.lastChecked]);
  return (
    <Layout ctx={ctx} title={t.title}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <h2>{t.inCountry(textIn(help.countryName, locale).text)}</h2>
      <p>
        <Configured text={help.emergency} locale={locale} />
      </p>
      <HelplineList help={help} locale={locale} />
      <h2>{t.elsewhere}</h2>
      <p>
        {t.directoryBefore}
        <a href={help.directory.url}>
          <Configured text={help.directory.name} locale={locale} />
        </a>
        {t.directoryAfter(textIn(help.directory.description, locale).text)}
      </p>
      {lastChecked && <p class="hint">{t.lastChecked(formatDate(locale, lastChecked))}</p>}
    </Layout>
  );
}
