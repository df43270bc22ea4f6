import { Layout, type PageContext } from '../web/layout.tsx';
import helplines from './helplines.json' with { type: 'json' };

export interface Helpline {
  name: string;
  description: string;
  phone?: string;
  sms?: string;
  lastChecked: string;
}

function telHref(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}

export function HelplineList() {
  return (
    <ul class="helplines">
      {(helplines.helplines as Helpline[]).map((h) => (
        <li key={h.name}>
          <strong>{h.name}: </strong>
          {h.phone && <a href={`tel:${telHref(h.phone)}`}>call {h.phone}</a>}
          {h.sms && <a href={`sms:${telHref(h.sms)}?body=SHOUT`}>text SHOUT to {h.sms}</a>}
          <span class="hint"> {h.description}</span>
        </li>
      ))}
    </ul>
  );
}

export function HelpPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Need help now?">
      <h1>Need help now?</h1>
      <p class="lead">If you are thinking about harming yourself, or you are worried about someone, help is available now. Roundtable is a discussion board, not a crisis service: answers are read by the board's facilitators, not straight away.</p>
      <h2>In the {helplines.country}</h2>
      <p>In an emergency, call 999 or go to A&amp;E.</p>
      <HelplineList />
      <h2>Elsewhere</h2>
      <p>
        <a href={helplines.directory.url}>{helplines.directory.name}</a> lists free, confidential helplines in other countries.
      </p>
      <p class="hint">These numbers were last checked on {helplines.directory.lastChecked}.</p>
    </Layout>
  );
}
