import type { ComponentChildren } from 'preact';
import { Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, boardPath, dataRequestsPath, newBoardPath } from '../web/paths.ts';

export interface AdminBoardRow {
  slug: string;
  title: string;
  role: string;
  moderation: string;
  accepting: number;
  pending: number;
  published: number;
  urgent: number;
}

export function AdminHomePage({ ctx, name, boards, coverage }: { ctx: PageContext; name: string; boards: AdminBoardRow[]; coverage?: ComponentChildren }) {
  const t = ctx.t.admin.home;
  return (
    <Layout ctx={ctx} title={t.title} account={{ name }}>
      <h1>{t.title}</h1>
      <p>
        <a class="button" href={newBoardPath}>
          {t.createBoard}
        </a>
      </p>
      <p>
        <a href={dataRequestsPath}>{t.requestsLink}</a>
        {t.requestsText}
      </p>
      {boards.length === 0 ? (
        <p>{t.noBoards}</p>
      ) : (
        <table class="summary-table">
          <caption class="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.board}</th>
              <th scope="col">{t.yourRole}</th>
              <th scope="col">{t.moderation}</th>
              <th scope="col" class="number">
                {t.waiting}
              </th>
              <th scope="col" class="number">
                {t.published}
              </th>
              <th scope="col" class="number">
                {t.urgent}
              </th>
            </tr>
          </thead>
          <tbody>
            {boards.map((b) => (
              <tr key={b.slug}>
                <th scope="row">
                  {b.title}
                  {b.accepting ? null : <span class="hint">{t.closed}</span>}
                  <br />
                  <a href={adminBoardPath(b.slug, '/queue')}>
                    {t.answers}
                    <span class="visually-hidden">{t.answersOn(b.title)}</span>
                  </a>
                  {' · '}
                  <a href={adminBoardPath(b.slug, '/live')}>
                    {t.live}
                    <span class="visually-hidden">{t.liveOf(b.title)}</span>
                  </a>
                  {' · '}
                  <a href={boardPath(b.slug)}>
                    {t.boardLink}
                    <span class="visually-hidden">{t.boardAsReaders(b.title)}</span>
                  </a>
                </th>
                <td>
                  {b.role === 'owner' ? t.owner : t.moderator}
                  {b.role === 'owner' && (
                    <>
                      {' · '}
                      <a href={adminBoardPath(b.slug, '/edit')}>
                        {t.edit}
                        <span class="visually-hidden">{t.editWhich(b.title)}</span>
                      </a>
                      {' · '}
                      <a href={adminBoardPath(b.slug, '/team')}>
                        {t.team}
                        <span class="visually-hidden">{t.teamOf(b.title)}</span>
                      </a>
                    </>
                  )}
                </td>
                <td>{b.moderation === 'pre' ? t.preModeration : t.postModeration}</td>
                <td class="number">
                  <a href={adminBoardPath(b.slug, '/queue')}>
                    {b.pending}
                    <span class="visually-hidden">{t.waitingOn(b.title)}</span>
                  </a>
                </td>
                <td class="number">{b.published}</td>
                <td class={b.urgent > 0 ? 'number count-urgent' : 'number'}>{b.urgent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {boards.length > 0 && coverage && (
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading">{t.coverageHeading}</h2>
          <p>{t.coverageIntro}</p>
          {coverage}
        </section>
      )}
    </Layout>
  );
}
