import type { ComponentChildren } from 'preact';
import type { AssetName, Assets } from './assets.ts';
import type { HelpInfo } from '../helplines.ts';
import { accountPath, adminPath, helpPath, homePath, signOutPath } from './paths.ts';

export interface PageContext {
  assets: Assets;
  /** The response's CSP nonce; '' on pages every reader of a revision shares, whose scripts (all from /assets) 'self' allows. */
  nonce: string;
  /** The configured helplines, for help shown on any page. */
  help: HelpInfo;
}

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
  return (
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${hasErrors ? 'Error: ' : ''}${title} – Roundtable`}</title>
        <link rel="stylesheet" href={ctx.assets.url('style.css')} />
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-header__brand" href={homePath}>
              Roundtable
            </a>
            <a class="site-header__help" href={helpPath}>
              Need help now?
            </a>
          </div>
          {account && (
            <nav class="container account-nav" aria-label="Facilitator">
              <a href={adminPath}>Your boards</a>
              <a href={accountPath}>Your account ({account.name})</a>
              <form method="post" action={signOutPath} class="account-nav__form">
                <button type="submit" class="link-button">
                  Sign out
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
              Answers are read by the board's facilitators. Roundtable is not a crisis service: <a href={helpPath}>if you need help now, see who to contact</a>.
            </p>
          </div>
        </footer>
        {scripts.map((name) => (
          <script key={name} src={ctx.assets.url(name)} nonce={ctx.nonce || undefined} defer />
        ))}
      </body>
    </html>
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
