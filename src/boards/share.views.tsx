import { catalogues } from '../i18n/catalogue.ts';
import { type Locale, localised } from '../i18n/locale.ts';
import { ErrorMessage, ErrorSummary } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { shareOnMastodonPath } from '../web/paths.ts';
import { shareLinks, type ShareTarget } from './share.ts';

/** Open Graph and Twitter-card tags: only public text (titles, intros, published answers), never an email (PR-3). */
export function ShareMeta(props: { share: ShareTarget; description: string; type?: 'website' | 'article'; image?: { url: string; alt: string } }) {
  const { share, description, type = 'website', image } = props;
  return (
    <>
      <meta name="description" content={description} />
      <meta property="og:site_name" content="Roundtable" />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={share.title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={share.url} />
      {image && <meta property="og:image" content={image.url} />}
      {image && <meta property="og:image:type" content="image/png" />}
      {image && <meta property="og:image:width" content="1200" />}
      {image && <meta property="og:image:height" content="630" />}
      {image && <meta property="og:image:alt" content={image.alt} />}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={share.title} />
      <meta name="twitter:description" content={description} />
      {image && <meta name="twitter:image:alt" content={image.alt} />}
    </>
  );
}

/** The reader's Mastodon server: a GET form, so it works without JavaScript (shareRoutes sends them on). */
export function MastodonForm({ share, value = '', error, locale = 'en' }: { share: ShareTarget; value?: string; error?: string; locale?: Locale }) {
  const t = catalogues[locale].embed;
  return (
    <form method="get" action={localised(locale, shareOnMastodonPath)} class={error ? 'share__mastodon form-group form-group--error' : 'share__mastodon'}>
      <input type="hidden" name="text" value={share.text} />
      <input type="hidden" name="url" value={share.url} />
      <label class="label" for="mastodon-instance">
        {t.mastodonLabel}
      </label>
      <p class="hint" id="mastodon-instance-hint">
        {t.mastodonHint}
      </p>
      <ErrorMessage id="mastodon-instance" message={error} />
      <div class="share__mastodon-row">
        <input
          class={error ? 'input input--medium input--error' : 'input input--medium'}
          id="mastodon-instance"
          name="instance"
          type="text"
          value={value}
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          aria-describedby={error ? 'mastodon-instance-hint mastodon-instance-error' : 'mastodon-instance-hint'}
        />
        <button type="submit" class="button button--secondary">
          {t.shareOnMastodon}
        </button>
      </div>
    </form>
  );
}

/**
 * Ways to share this page (PR-2: plain links, nothing loaded from another site). With JavaScript off the link
 * is shown to copy; share.js adds "Copy link" and, where the device has one, its own share sheet (its words in data-share-words).
 */
export function ShareSection({ share, heading, locale = 'en' }: { share: ShareTarget; heading: string; locale?: Locale }) {
  const t = catalogues[locale].embed;
  return (
    <section
      class="share"
      aria-labelledby="share-heading"
      data-share
      data-share-url={share.url}
      data-share-title={share.title}
      data-share-text={share.text}
      data-share-words={JSON.stringify({ copied: t.copied, copyByKeys: t.copyByKeys })}
    >
      <h2 id="share-heading">{heading}</h2>
      <div class="share__copy">
        <label class="label" for="share-link">
          {t.linkToPage}
        </label>
        <p class="hint" id="share-link-hint">
          {t.linkHint}
        </p>
        <div class="share__copy-row">
          <input class="input input--wide" id="share-link" type="text" value={share.url} readonly spellcheck={false} aria-describedby="share-link-hint" />
          <button type="button" class="button button--secondary" data-share-copy hidden>
            {t.copyLink}
          </button>
          <button type="button" class="button button--secondary" data-share-native hidden>
            {t.shareNative}
          </button>
        </div>
        <p class="share__status" role="status" data-share-status />
      </div>
      <ul class="share__list">
        {shareLinks(share).map((link) => (
          <li key={link.site}>
            <a class="share__link" href={link.href} rel="noreferrer" aria-label={link.site === 'Email' ? t.shareByEmail : t.shareOn(link.site)}>
              {link.site === 'Email' ? t.emailSite : link.site}
            </a>
          </li>
        ))}
      </ul>
      <MastodonForm share={share} locale={locale} />
    </section>
  );
}

/** The Mastodon form again when the server's name could not be used: 400, with the GOV.UK error pattern. */
export function MastodonErrorPage({ ctx, share, value, error }: { ctx: PageContext; share: ShareTarget; value: string; error: string }) {
  const t = ctx.t.embed;
  return (
    <Layout ctx={ctx} title={t.shareOnMastodon} hasErrors>
      <ErrorSummary errors={[{ field: 'mastodon-instance', message: error }]} />
      <h1>{t.shareOnMastodon}</h1>
      <p>
        {t.sharing} <a href={share.url}>{share.title}</a>
      </p>
      <MastodonForm share={share} value={value} error={error} locale={ctx.locale} />
    </Layout>
  );
}

/** On the way to the reader's Mastodon server: it moves on at once (a 0-second refresh), with the link in case it does not. */
export function MastodonOnwardPage({ ctx, host, href }: { ctx: PageContext; host: string; href: string }) {
  const t = ctx.t.embed;
  return (
    <Layout ctx={ctx} title={t.shareOnMastodon} head={<meta http-equiv="refresh" content={`0; url=${href}`} />}>
      <h1>{t.shareOnMastodon}</h1>
      <p>
        {t.takingYou(host)} <a href={href}>{t.continueTo(host)}</a>.
      </p>
    </Layout>
  );
}
