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
  const t = ctx.t.team;
  return (
    <Layout ctx={ctx} title={t.title(board.title)} account={{ name }}>
      <BackLink href={adminPath}>{t.back}</BackLink>
      <h1>
        <span class="caption">{t.teamOf}</span> {board.title}
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
      <p>{t.intro}</p>
      <table class="summary-table">
        <caption class="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">
              <span class="visually-hidden">{t.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {m.name}
                {m.id === meId ? t.you : ''}
              </th>
              <td>{m.email}</td>
              <td>{m.role === 'owner' ? t.owner : t.moderator}</td>
              <td>
                {m.role === 'owner' && members.filter((x) => x.role === 'owner').length === 1 ? (
                  <span class="hint">{t.onlyOwner}</span>
                ) : (
                  <form method="post" action={adminBoardPath(board.slug, `/team/${m.id}/remove`)} class="inline-form">
                    <button type="submit" class="button button--secondary button--small">
                      {t.remove}
                      <span class="visually-hidden">{t.removeWho(m.name)}</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="narrow">
        <h2>{t.inviteHeading}</h2>
        {inviteLink ? (
          <div class="private-link" role="status">
            <p>{t.inviteLinkText(inviteRole ?? 'moderator')}</p>
            <label class="label" for="invite-link">
              {t.inviteLinkLabel}
            </label>
            <input class="input input--wide" id="invite-link" type="text" readonly value={inviteLink} />
          </div>
        ) : null}
        <form method="post" action={adminBoardPath(board.slug, '/team/invite')} novalidate>
          <Radios
            t={ctx.t}
            name="role"
            legend={<span class="label--bold">{t.as}</span>}
            choices={[
              { value: 'moderator', label: t.moderator, hint: t.moderatorHint },
              { value: 'owner', label: t.owner, hint: t.ownerHint },
            ]}
            value="moderator"
          />
          <TextInput t={ctx.t} name="email" type="email" label={t.inviteEmail} hint={t.inviteEmailHint} value="" autocomplete="off" spellcheck={false} />
          <button class="button" type="submit">
            {t.inviteSubmit}
          </button>
        </form>
      </div>
    </Layout>
  );
}
