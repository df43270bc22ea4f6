import { Layout, type PageContext } from './layout.tsx';
import { homePath } from './paths.ts';

export function ErrorPage({ ctx, status, title, message }: { ctx: PageContext; status: number; title: string; message: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      <p>
        <a href={ctx.link(homePath)}>{t.web.errors.homeLink}</a>
      </p>
      <p class="hint">{t.web.errors.code(status)}</p>
    </Layout>
  );
}
