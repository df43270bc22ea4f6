import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { AssetName, Assets } from './assets.ts';
import type { HelpInfo } from '../helplines.ts';
import { catalogues, type Messages } from '../i18n/catalogue.ts';
import { type Locale, languageTag, localised, locales, otherLocale } from '../i18n/locale.ts';
import { accountPath, adminPath, helpPath, homePath, signOutPath } from './paths.ts';

export interface PageContext {
  assets: Assets;
  /** The response's CSP nonce; '' on pages every reader of a revision shares, whose scripts (all from /assets) 'self' allows. */
  nonce: string;
  /** The configured helplines, for help shown on any page. */
  help: HelpInfo;
  /** The page's language, and every string in it. */
  locale: Locale;
  t: Messages;
  /** This page's English address (path and query): the language switch and hreflang links name its twin. */
  here: string;
  /** The site's address (BASE_URL): hreflang links are absolute. */
  baseUrl: string;
  /** A link to an English address, in this page's language: ctx.link(boardPath(slug)). */
  link(path: string): string;
}

/** What routes call for a page's context: the language and address come from the request. */
export type MakePageContext = (
  request: FastifyRequest,
  nonce: string,
  /** here: the page's English address when it is not the request's; locale: a page not yet translated is in English. */
  options?: { here?: string; locale?: Locale },
) => PageContext;

export function Layout(props: {
  ctx: PageContext;
  title: string;
  hasErrors?: boolean;
  head?: ComponentChildren;
  scripts?: AssetName[];
  /** Set on facilitator pages: the header shows their area and a sign-out button. */
  account?: { name: string };
  children: ComponentChildren;
}) {
  const { ctx, title, hasErrors, head, scripts = [], account, children } = props;
  const { t, locale } = ctx;
  const other = otherLocale(locale);
  return (
    <html lang={languageTag[locale]}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${hasErrors ? `${t.layout.errorPrefix} ` : ''}${title} ${t.layout.titleSuffix}`}</title>
        <link rel="stylesheet" href={ctx.assets.url('style.css')} />
        {locales.map((l) => (
          <link key={l} rel="alternate" hreflang={languageTag[l]} href={new URL(localised(l, ctx.here), ctx.baseUrl).href} />
        ))}
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.layout.skipLink}
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-header__brand" href={ctx.link(homePath)}>
              {t.layout.siteName}
            </a>
            <a
              class="site-header__language"
              href={localised(other, ctx.here)}
              hreflang={languageTag[other]}
              lang={languageTag[other]}
              data-language-switch={other}
            >
              {catalogues[other].layout.thisLanguage}
            </a>
            <a class="site-header__help" href={ctx.link(helpPath)}>
              {t.layout.needHelp}
            </a>
          </div>
          <LanguageOffer ctx={ctx} />
          {account && (
            <nav class="container account-nav" aria-label={t.layout.facilitatorNav}>
              <a href={adminPath}>{t.layout.yourBoards}</a>
              <a href={accountPath}>{t.layout.yourAccount(account.name)}</a>
              <form method="post" action={signOutPath} class="account-nav__form">
                <button type="submit" class="link-button">
                  {t.layout.signOut}
                </button>
              </form>
            </nav>
          )}
        </header>
        <main id="main" class="container main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>
              {t.layout.footer} <a href={ctx.link(helpPath)}>{t.layout.footerHelpLink}</a>.
            </p>
          </div>
        </footer>
        {scripts.map((name) => (
          <script key={name} src={ctx.assets.url(name)} nonce={ctx.nonce || undefined} defer />
        ))}
        <script src={ctx.assets.url('language.js')} nonce={ctx.nonce || undefined} defer />
      </body>
    </html>
  );
}

/**
 * For a first visitor whose browser prefers the other language: a note, in that language, linking to this page's twin.
 * Hidden until language.js finds the browser's preference (never a redirect), so every reader gets the same bytes.
 */
function LanguageOffer({ ctx }: { ctx: PageContext }) {
  const other = otherLocale(ctx.locale);
  const them = catalogues[other].layout;
  return (
    <div class="container language-offer" lang={languageTag[other]} data-language-offer={languageTag[other]} hidden>
      <p>
        {them.offer} <a href={localised(other, ctx.here)}>{them.offerLink}</a>{' '}
        <button type="button" class="link-button" data-language-dismiss>
          {them.offerDismiss}
        </button>
      </p>
    </div>
  );
}

/** The link back to where the person came from, above a page's heading. */
export function BackLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <p>
      <a class="back-link" href={href}>
        {children}
      </a>
    </p>
  );
}
