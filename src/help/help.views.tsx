import { Layout, type PageContext } from '../web/layout.tsx';
import type { HelpInfo } from '../helplines.ts';

function dialable(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}

export function HelplineList({ help }: { help: HelpInfo }) {
  return (
    <ul class="helplines">
      {help.helplines.map((h) => (
        <li key={h.name}>
          <strong>{h.name}: </strong>
          {h.phone && <a href={`tel:${dialable(h.phone)}`}>call {h.phone}</a>}
          {h.sms && (
            <a href={`sms:${dialable(h.sms)}${h.smsBody ? `?body=${encodeURIComponent(h.smsBody)}` : ''}`}>
              text {h.smsBody ? `${h.smsBody} to ` : ''}
              {h.sms}
            </a>
          )}
          <span class="hint"> {h.description}</span>
        </li>
      ))}
    </ul>
  );
}

export function HelpPage({ ctx }: { ctx: PageContext }) {
  const { help } = ctx;
  const lastChecked = [...help.helplines.map((h) => h.lastChecked), help.directory.lastChecked].sort()[0];
  return (
    <Layout ctx={ctx} title="Need help now?">
      <h1>Need help now?</h1>
      <p class="lead">
        If you are thinking about harming yourself, or you are worried about someone, help is available now. Roundtable is a discussion board, not a crisis
        service: answers are read by the board's facilitators, not straight away.
      </p>
      <h2>In {help.countryName}</h2>
      <p>{help.emergency}</p>
      <HelplineList help={help} />
      <h2>Elsewhere</h2>
      <p>
        <a href={help.directory.url}>{help.directory.name}</a> lists {help.directory.description}.
      </p>
      <p class="hint">These details were last checked on {lastChecked}.</p>
    </Layout>
  );
}
