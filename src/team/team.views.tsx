import type { Board } from '../db/tables.ts';
import { Radios, TextInput } from '../web/forms.tsx';
import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminBoardPath, adminPath } from '../web/paths.ts';

export interface Member {
  id: string;
  name: string;
  email: string;
  role: string;
}

export function TeamPage(props: {
  ctx: PageContext;
  name: string;
  meId: string;
  board: Board;
  members: Member[];
  inviteLink?: string;
  inviteRole?: string;
  notice?: string;
  error?: string;
}) {
  const { ctx, name, meId, board, members, inviteLink, inviteRole, notice, error } = props;
  return (
    <Layout ctx={ctx} title={`Team: ${board.title}`} account={{ name }}>
      <BackLink href={adminPath}>Your boards</BackLink>
      <h1>
        <span class="caption">Team of</span> {board.title}
      </h1>
      {notice && (
        <div class="notice" role="status">
          {notice}
        </div>
      )}
      {error && (
        <div class="error-summary" role="alert">
          <p class="error-summary__title">{error}</p>
        </div>
      )}
      <p>Owners edit the board, manage its team and read its audit log. Moderators read, approve and reject answers.</p>
      <table class="summary-table">
        <caption class="visually-hidden">Members of this board</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {m.name}
                {m.id === meId ? ' (you)' : ''}
              </th>
              <td>{m.email}</td>
              <td>{m.role === 'owner' ? 'Owner' : 'Moderator'}</td>
              <td>
                {m.role === 'owner' && members.filter((x) => x.role === 'owner').length === 1 ? (
                  <span class="hint">The only owner</span>
                ) : (
                  <form method="post" action={adminBoardPath(board.slug, `/team/${m.id}/remove`)} class="inline-form">
                    <button type="submit" class="button button--secondary button--small">
                      Remove<span class="visually-hidden"> {m.name}</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="narrow">
        <h2>Invite someone</h2>
        {inviteLink ? (
          <div class="private-link" role="status">
            <p>Send this one-time link to the person you are inviting as {inviteRole === 'owner' ? 'an owner' : 'a moderator'}. It works once, for a day.</p>
            <label class="label" for="invite-link">
              Invitation link
            </label>
            <input class="input input--wide" id="invite-link" type="text" readonly value={inviteLink} />
          </div>
        ) : null}
        <form method="post" action={adminBoardPath(board.slug, '/team/invite')} novalidate>
          <Radios
            name="role"
            legend={<span class="label--bold">As</span>}
            choices={[
              { value: 'moderator', label: 'Moderator', hint: 'Reads and decides on answers.' },
              { value: 'owner', label: 'Owner', hint: 'Can also edit the board and its team.' },
            ]}
            value="moderator"
          />
          <TextInput
            name="email"
            type="email"
            label="Their email address (optional)"
            hint="When this Roundtable can send email, the link is emailed to them. It is shown here either way."
            value=""
            autocomplete="off"
            spellcheck={false}
          />
          <button class="button" type="submit">
            Create an invitation link
          </button>
        </form>
      </div>
    </Layout>
  );
}
