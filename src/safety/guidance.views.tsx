import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminPath } from '../web/paths.ts';
import { HelplineList } from '../help/help.views.tsx';
import { helplinesFor, textIn } from '../helplines.ts';

/** For moderators: what to do when an answer suggests that its author, or someone else, may be at risk. */
export function GuidancePage({ ctx, name }: { ctx: PageContext; name: string }) {
  const { locale } = ctx;
  const t = ctx.t.safety.guidance;
  return (
    <Layout ctx={ctx} title={t.title} account={{ name }}>
      <div class="narrow">
        <BackLink href={adminPath}>{t.back}</BackLink>
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        <h2>{t.seenHeading}</h2>
        <p>
          {t.seen(
            helplinesFor(ctx.help, locale)
              .map((h) => textIn(h.name, locale).text)
              .join(', '),
          )}
        </p>
        <h2>{t.doHeading}</h2>
        <ol>
          {t.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <h2>{t.yourselfHeading}</h2>
        <p>{t.yourself}</p>
        <HelplineList help={ctx.help} locale={locale} />
      </div>
    </Layout>
  );
}
