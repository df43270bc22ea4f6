import { ErrorSummary, TextInput } from '../web/forms.tsx';
import { Layout, type PageContext } from '../web/layout.tsx';
import { changePasswordPath, signInPath, signOutEverywherePath } from '../web/paths.ts';
import { passwordLimits } from './passwords.ts';

type Errors = Record<string, string | undefined>;

function list(errors: Errors, order: string[]) {
  return order.filter((f) => errors[f]).map((field) => ({ field, message: errors[field]! }));
}

function PasswordInput({
  name,
  label,
  hint,
  error,
  autocomplete,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  autocomplete: 'new-password' | 'current-password';
}) {
  return <TextInput name={name} type="password" label={label} hint={hint} error={error} autocomplete={autocomplete} spellcheck={false} />;
}

const newPasswordHint = `At least ${passwordLimits.min} characters. A few unrelated words make a strong password that is easy to remember. You can paste from a password manager.`;

export interface InviteInfo {
  boardTitle: string;
  role: string;
}

function inviteSentence(invite: InviteInfo): string {
  return `You are invited to “${invite.boardTitle}” as ${invite.role === 'owner' ? 'an owner' : 'a moderator'}.`;
}

export function JoinPage({ ctx, action, invite, name }: { ctx: PageContext; action: string; invite: InviteInfo; name: string }) {
  return (
    <Layout ctx={ctx} title="Join a board" account={{ name }}>
      <div class="narrow">
        <h1>Join a board</h1>
        <p>{inviteSentence(invite)}</p>
        <form method="post" action={action}>
          <button class="button" type="submit">
            Join as {name}
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
  return (
    <Layout ctx={ctx} title="Create your facilitator account" hasErrors={summary.length > 0}>
      <div class="narrow">
        <ErrorSummary errors={summary} />
        <h1>Create your facilitator account</h1>
        {invite && (
          <p>
            {inviteSentence(invite)} Already have an account? <a href={signInPath}>Sign in</a>, then open this link again.
          </p>
        )}
        <p>Facilitators create boards, read answers before they are published, and look after the people who write them.</p>
        <form method="post" action={action} novalidate>
          {fixedEmail ? (
            <p>
              Email address: <strong>{fixedEmail}</strong>
            </p>
          ) : (
            <TextInput
              name="email"
              type="email"
              label="Email address"
              hint="You sign in with it."
              value={values.email}
              error={errors.email}
              autocomplete="email"
              spellcheck={false}
            />
          )}
          <TextInput
            name="name"
            label="Your name"
            hint="Shown to other facilitators of your boards, never to the public."
            value={values.name}
            error={errors.name}
            autocomplete="name"
          />
          <PasswordInput name="password" label="Create a password" hint={newPasswordHint} error={errors.password} autocomplete="new-password" />
          <button class="button" type="submit">
            Create account
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function LinkNotValidPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="This link cannot be used">
      <h1>This link cannot be used</h1>
      <p class="lead">Sign-up links work once, for a day. This one has been used or has expired.</p>
      <p>
        Ask whoever runs this Roundtable for a new link, or <a href={signInPath}>sign in</a> if you already have an account.
      </p>
    </Layout>
  );
}

export function SignInPage({ ctx, next, email, error, notice }: { ctx: PageContext; next: string; email: string; error?: string; notice?: string }) {
  return (
    <Layout ctx={ctx} title="Sign in" hasErrors={Boolean(error)}>
      <div class="narrow">
        <ErrorSummary errors={error ? [{ field: 'email', message: error }] : []} />
        {notice && (
          <div class="notice" role="status">
            {notice}
          </div>
        )}
        <h1>Sign in</h1>
        <p>For facilitators and moderators of boards. You do not need an account to answer a question.</p>
        <form method="post" action={signInPath} novalidate>
          <input type="hidden" name="next" value={next} />
          <TextInput name="email" type="email" label="Email address" value={email} autocomplete="email" spellcheck={false} />
          <PasswordInput name="password" label="Password" autocomplete="current-password" />
          <button class="button" type="submit">
            Sign in
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function AccountPage({ ctx, name, email, errors, notice }: { ctx: PageContext; name: string; email: string; errors: Errors; notice?: string }) {
  const summary = list(errors, ['currentPassword', 'newPassword']);
  return (
    <Layout ctx={ctx} title="Your account" hasErrors={summary.length > 0} account={{ name }}>
      <div class="narrow">
        <ErrorSummary errors={summary} />
        {notice && (
          <div class="notice" role="status">
            {notice}
          </div>
        )}
        <h1>Your account</h1>
        <p>
          {name}, {email}
        </p>
        <h2>Change your password</h2>
        <form method="post" action={changePasswordPath} novalidate>
          <PasswordInput name="currentPassword" label="Current password" error={errors.currentPassword} autocomplete="current-password" />
          <PasswordInput name="newPassword" label="New password" hint={newPasswordHint} error={errors.newPassword} autocomplete="new-password" />
          <button class="button" type="submit">
            Change password
          </button>
        </form>
        <h2>Sign out everywhere</h2>
        <p>
          Signs you out on every device and browser, including this one. Use it if you signed in on a shared computer or think someone else knows your password.
        </p>
        <form method="post" action={signOutEverywherePath}>
          <button class="button button--secondary" type="submit">
            Sign out everywhere
          </button>
        </form>
      </div>
    </Layout>
  );
}
