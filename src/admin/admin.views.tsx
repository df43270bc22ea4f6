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
  return (
    <Layout ctx={ctx} title="Your boards" account={{ name }}>
      <h1>Your boards</h1>
      <p>
        <a class="button" href={newBoardPath}>
          Create a board
        </a>
      </p>
      <p>
        <a href={dataRequestsPath}>Requests about personal data</a>: find, export or erase answers given with an email address.
      </p>
      {boards.length === 0 ? (
        <p>You are not a member of any board yet. An owner of a board can invite you.</p>
      ) : (
        <table class="summary-table">
          <caption class="visually-hidden">Your boards and their answers</caption>
          <thead>
            <tr>
              <th scope="col">Board</th>
              <th scope="col">Your role</th>
              <th scope="col">Moderation</th>
              <th scope="col" class="number">
                Waiting to be read
              </th>
              <th scope="col" class="number">
                Published
              </th>
              <th scope="col" class="number">
                Urgent
              </th>
            </tr>
          </thead>
          <tbody>
            {boards.map((b) => (
              <tr key={b.slug}>
                <th scope="row">
                  {b.title}
                  {b.accepting ? null : <span class="hint"> (closed)</span>}
                  <br />
                  <a href={adminBoardPath(b.slug, '/queue')}>
                    Answers<span class="visually-hidden"> on {b.title}</span>
                  </a>
                  {' · '}
                  <a href={adminBoardPath(b.slug, '/live')}>
                    Live session<span class="visually-hidden"> of {b.title}</span>
                  </a>
                  {' · '}
                  <a href={boardPath(b.slug)}>
                    Board<span class="visually-hidden"> {b.title} as readers see it</span>
                  </a>
                </th>
                <td>
                  {b.role === 'owner' ? 'Owner' : 'Moderator'}
                  {b.role === 'owner' && (
                    <>
                      {' · '}
                      <a href={adminBoardPath(b.slug, '/edit')}>
                        Edit<span class="visually-hidden"> {b.title}</span>
                      </a>
                      {' · '}
                      <a href={adminBoardPath(b.slug, '/team')}>
                        Team<span class="visually-hidden"> of {b.title}</span>
                      </a>
                    </>
                  )}
                </td>
                <td>{b.moderation === 'pre' ? 'Read before publishing' : 'Published at once'}</td>
                <td class="number">
                  <a href={adminBoardPath(b.slug, '/queue')}>
                    {b.pending}
                    <span class="visually-hidden"> waiting on {b.title}: read them</span>
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
          <h2 id="coverage-heading">Which voices are missing</h2>
          <p>Published answers for each question from each point of view. Share an “Ask” link with people whose voice is missing.</p>
          {coverage}
        </section>
      )}
    </Layout>
  );
}
