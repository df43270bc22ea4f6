import { Layout, type PageContext } from '../web/layout.tsx';

export const tooManyVotes = 'A lot of answers have been marked helpful from this browser or your network in the last minute. Wait a minute, then try again.';

/** The 429 page without JavaScript: what happened, and the way back to where the reader was. */
export function TooManyVotesPage({ ctx, back }: { ctx: PageContext; back: string }) {
  return (
    <Layout ctx={ctx} title="Too many helpful marks">
      <h1>Too many helpful marks</h1>
      <p class="lead">{tooManyVotes}</p>
      <p>
        <a href={back}>Go back to the answers</a>
      </p>
    </Layout>
  );
}
