import { BackLink, Layout, type PageContext } from '../web/layout.tsx';
import { adminPath } from '../web/paths.ts';
import { HelplineList } from '../help/help.views.tsx';

/** For moderators: what to do when an answer suggests that its author, or someone else, may be at risk. */
export function GuidancePage({ ctx, name }: { ctx: PageContext; name: string }) {
  return (
    <Layout ctx={ctx} title="Responding to answers that suggest someone is at risk" account={{ name }}>
      <div class="narrow">
        <BackLink href={adminPath}>Your boards</BackLink>
        <h1>Responding to answers that suggest someone is at risk</h1>
        <p class="lead">
          Roundtable holds answers that suggest their author may be at risk, or that describe ways of self-harm or suicide. They are never published
          automatically and come first in the queue, marked urgent.
        </p>
        <h2>What the author has already seen</h2>
        <p>
          As soon as they sent the answer, the author was told that a person will read it, and shown where to get help now:{' '}
          {ctx.help.helplines.map((h) => h.name).join(', ')}. You do not need to do that part.
        </p>
        <h2>What to do</h2>
        <ol>
          <li>Read the answer as soon as you can. Urgent answers are at the top of the queue.</li>
          <li>
            If it suggests a life is in danger now and you know who and where the person is, call 999. Follow your organisation's safeguarding procedure and
            tell your safeguarding lead, as you would for any other disclosure.
          </li>
          <li>
            Roundtable does not show you the author's email address, even if they gave one, and you cannot reply to them through it. If your organisation needs
            to reach them, your safeguarding lead decides how, within your own policies.
          </li>
          <li>Do not publish an answer that describes a method, however it is meant. Reject it; the reason you give is kept privately for moderators.</li>
          <li>
            An answer about a past experience or someone else's risk can be valuable to readers. If the detector held it by mistake, approve it; if parts
            identify someone, use “Replace with [name]” or “Edit or redact” first.
          </li>
          <li>Every decision is recorded in the board's audit log, by answer, never with its text.</li>
        </ol>
        <h2>Look after yourself</h2>
        <p>Reading answers like these can be hard. Talk to a colleague or your manager afterwards. The same helplines are there for you too:</p>
        <HelplineList help={ctx.help} />
      </div>
    </Layout>
  );
}
