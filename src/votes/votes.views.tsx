import { Layout, type PageContext } from '../web/layout.tsx';

/** The 429 page without JavaScript: what happened, and the way back to where the reader was (`back`: an address in the page's language). */
export function TooManyVotesPage({ ctx, back }: { ctx: PageContext; back: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.votes.tooManyTitle}>
      <h1>{t.votes.tooManyTitle}</h1>
      <p class="lead">{t.votes.tooMany}</p>
      <p>
        <a href={back}>{t.votes.backToAnswers}</a>
      </p>
    </Layout>
  );
}
