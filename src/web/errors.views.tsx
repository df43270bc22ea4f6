import { Layout, type PageContext } from './layout.tsx';
import { homePath } from './paths.ts';

export function ErrorPage({ ctx, status, title, message }: { ctx: PageContext; status: number; title: string; message: string }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      <p>
        <a href={homePath}>Go to the list of boards</a>
      </p>
      <p class="hint">Error code {status}</p>
    </Layout>
  );
}
