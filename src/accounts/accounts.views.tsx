import type { Messages } from '../i18n/catalogue.ts';
import { ErrorSummary, TextInput } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { changePasswordPath, signInPath, signOutEverywherePath } from '../web/paths.ts';
import { passwordLimits } from './passwords.ts';

type Errors = Record<string, string | undefined>;

function list(errors: Errors, order: string[]) {
  return order.filter((f) => errors[f]).map((field) => ({ field, message: errors[field]! }));
}

function PasswordInput({
  t,
  name,
  label,
  hint,
  error,
  autocomplete,
}: {
  t: Messages;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  autocomplete: 'new-password' | 'current-password';
}) {
  return <TextInput t={t} name={name} type="password" label={label} hint={hint} error={error} autocomplete={autocomplete} spellcheck={false} />;
}

export interface InviteInfo {
  boardTitle: string;
  role: string;
}

export function JoinPage({ ctx, action, invite, name }: { ctx: PageContext; action: string; invite: InviteInfo; name: string }) {
  const t = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={t.join.title} account={{ name }}>
      <div class="narrow">
        <h1>{t.join.title}</h1>
        <p>{t.invited(invite.boardTitle, invite.role)}</p>
        <form method="post" action={action}>
          <button class="button" type="submit">
            {t.join.button(name)}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function SetupPage({
  ctx,
  action,
  fixedEmail,
  values,
  errors,
  invite,
}: {
  ctx: PageContext;
  action: string;
  fixedEmail: string | null;
  values: { email: string; name: string };
  errors: Errors;
  invite?: InviteInfo;
}) {
  const summary = list(errors, ['email', 'name', 'password']);
  const t = ctx.t.accounts;
  return (
    <Layout ctx={ctx} title={t.setup.title} hasErrors={summary.length > 0}>
      <div class="narrow">
        <ErrorSummary errors={summary} t={ctx.t} />
        <h1>{t.setup.title}</h1>
        {invite && (
          <p>
            {t.invited(invite.boardTitle, invite.role)} {t.setup.haveAccount} <a href={signInPath}>{t.setup.signInLink}</a>
            {t.setup.thenOpenAgain}
          </p>
        )}
        <p>{t.setup.intro}</p>
        <form method="post" action={action} novalidate>
          {fixedEmail ? (
            <p>
              {t.setup.fixedEmail} <strong>{fixedEmail}</strong>
            </p>
          ) : (
            <TextInput
              t={ctx.t}
              name="email"
              type="email"
              label={t.setup.email}
              hint={t.setup.emailHint}
              value={values.email}
              error={errors.email}
              autocomplete="email"
              spellcheck={false}
            />
          )}
          <TextInput t={ctx.t} name="name" label={t.setup.name} hint={t.setup.nameHint} value={values.name} error={errors.name} autocomplete="name" />
          <PasswordInput
            t={ctx.t}
            name="password"
            label={t.setup.password}
            hint={t.newPasswordHint(passwordLimits.min)}
            error={errors.password}
            autocomplete="new-password"
          />
          <button class="button" type="submit">
            {t.setup.submit}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function LinkNotValidPage({ ctx }: { ctx: PageContext }) {
  const t = ctx.t.accounts.linkNotValid;
  return (
    <Layout ctx={ctx} title={t.title}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <p>
        {t.askBefore} <a href={signInPath}>{t.signInLink}</a> {t.askAfter}
      </p>
    </Layout>
  );
}

export function SignInPage({ ctx, next, email, error, notice }: { ctx: PageContext; next: string; email: string; error?: string; notice?: string }) {
  const t = ctx.t.accounts.signIn;
  return (
    <Layout ctx={ctx} title={t.title} hasErrors={Boolean(error)}>
      <div class="narrow">
        <ErrorSummary errors={error ? [{ field: 'email', message: error }] : []} t={ctx.t} />
        {notice && (
          <div class="notice" role="status">
            {notice}
          </div>
        )}
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <form method="post" action={signInPath} novalidate>
          <input type="hidden" name="next" value={next} />
          <TextInput t={ctx.t} name="email" type="email" label={t.email} value={email} autocomplete="email" spellcheck={false} />
          <PasswordInput t={ctx.t} name="password" label={t.password} autocomplete="current-password" />
          <button class="button" type="submit">
            {t.submit}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function AccountPage({ ctx, name, email, errors, notice }: { ctx: PageContext; name: string; email: string; errors: Errors; notice?: string }) {
  const summary = list(errors, ['currentPassword', 'newPassword']);
  const t = ctx.t.accounts.account;
  return (
    <Layout ctx={ctx} title={t.title} hasErrors={summary.length > 0} account={{ name }}>
      <div class="narrow">
        <ErrorSummary errors={summary} t={ctx.t} />
        {notice && (
          <div class="notice" role="status">
            {notice}
          </div>
        )}
        <h1>{t.title}</h1>
        <p>
          {name}, {email}
        </p>
        <h2>{t.changeHeading}</h2>
        <form method="post" action={changePasswordPath} novalidate>
          <PasswordInput t={ctx.t} name="currentPassword" label={t.currentPassword} error={errors.currentPassword} autocomplete="current-password" />
          <PasswordInput
            t={ctx.t}
            name="newPassword"
            label={t.newPassword}
            hint={ctx.t.accounts.newPasswordHint(passwordLimits.min)}
            error={errors.newPassword}
            autocomplete="new-password"
          />
          <button class="button" type="submit">
            {t.changeSubmit}
          </button>
        </form>
        <h2>{t.everywhereHeading}</h2>
        <p>{t.everywhereText}</p>
        <form method="post" action={signOutEverywherePath}>
          <button class="button button--secondary" type="submit">
            {t.everywhereSubmit}
          </button>
        </form>
      </div>
    </Layout>
  );
}
