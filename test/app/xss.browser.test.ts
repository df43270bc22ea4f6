// TRUST SEC-1 "Text is text", proved in a real browser: a corpus of XSS payloads (test/xss-payloads.ts)
// goes into every field a person writes in (board title, introduction, questions, perspectives, answers,
// display names, email, report details, rejection reasons, facilitator names), through the app's own
// routes; a moderator publishes them in the queue; then Chromium looks at every page that shows them —
// public, embedded on another origin, admin — and nothing may run: no dialog, no window.__xss, no request
// to /xss-beacon, no Content-Security-Policy violation, no element or attribute the app did not write, no
// navigation. The text must also read back exactly as it was written. Axe checks each kind of page once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../axe.ts';
import { launchBrowser } from '../browser.ts';
import { startServer, type TestServer } from '../server.ts';
import { xssPayloads, xssPayloadsByCategory } from './xss-payloads.ts';
import { createSignupLink } from '../../src/accounts/accounts.actions.ts';
import { answerLimits, charCount, cleanText } from '../../src/answers/answers.input.ts';
import { cellCap } from '../../src/boards/boards.views.tsx';

const mainSlug = 'xss-main';
const fieldSlugs = ['xss-fields-1', 'xss-fields-2', 'xss-fields-3'];
const owner = { email: 'xss-owner@example.org', name: xssPayloadsByCategory.attributeBreakouts[0], password: 'a kettle, a ladder and a lighthouse' };
const moderator = { email: 'xss-moderator@example.org', name: xssPayloadsByCategory.contextBreakouts[2], password: 'marmalade on the night bus home' };
// Valid by the form's own rule (no spaces, one @, a dot in the domain), and markup all the same.
const requestEmail = '"><svg/onload=alert(303)>@example.org';
const editedBody = '</textarea><svg onload=alert(304)> [name] said this';

/** What the answer form keeps of a display name: cleaned, runs of white space made one space. */
function cleanName(name: string): string {
  return cleanText(name).replace(/\s+/g, ' ');
}

/** What the editor keeps of a one-line board field. */
function cleanField(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** A blog on another origin ("localhost" and another port, where the app is 127.0.0.1) that serves the pages it is given. */
async function startHostSite(): Promise<{
  origin: string;
  setPage(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const server = http.createServer((request, response) => {
    const page = pages.get(request.url ?? '');
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    setPage: (path, html, headers = {}) => void pages.set(path, { html, headers }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface BoardSpec {
  slug: string;
  title: string;
  intro: string[];
  questions: string[];
  perspectives: { label: string; plural: string; description: string }[];
}

interface BoardKeys {
  questions: { key: string; text: string }[];
  perspectives: { key: string; label: string }[];
}

interface StoredAnswer {
  id: string;
  body: string;
  originalBody: string | null;
  displayName: string | null;
  email: string | null;
  status: string;
}

// In the page: records every Content-Security-Policy violation, in every frame, from before any of the page's scripts run.
function recordViolations() {
  const store: { directive: string; blocked: string; sample: string; source: string; line: number }[] = [];
  Object.defineProperty(window, '__rtCspViolations', { value: store });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => store.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber }),
    true,
  );
}

// In the page: what a person's pointer and keyboard would set off, for every element (inline handlers run on dispatch).
function stirEverything() {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
    for (const type of ['pointerover', 'mouseover', 'mouseenter', 'mousemove']) el.dispatchEvent(new MouseEvent(type, { bubbles: type !== 'mouseenter' }));
    el.dispatchEvent(new FocusEvent('focus'));
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  }
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select, [tabindex]')))
    el.focus({ preventScroll: true });
  (document.activeElement as HTMLElement | null)?.blur();
}

// In the page: the state left behind, and any markup the app never writes (so it can only have come from a payload).
function readState(options: { scan: boolean }) {
  const w = window as unknown as {
    __xss?: unknown;
    __rtCspViolations?: { directive: string; blocked: string; sample: string; source: string; line: number }[];
  };
  const injected: string[] = [];
  if (options.scan) {
    const forbiddenTags = new Set([
      'img',
      'svg',
      'math',
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'applet',
      'base',
      'video',
      'audio',
      'source',
      'track',
      'marquee',
      'style',
      'template',
      'noscript',
      'image',
      'animate',
      'set',
      'foreignobject',
      'mglyph',
      'maction',
      'mtext',
      'mi',
      'xss',
    ]);
    const forbiddenAttributes = new Set(['style', 'srcdoc', 'formaction', 'autofocus', 'xlink:href', 'background', 'dynsrc', 'lowsrc']);
    const urlAttributes = new Set(['href', 'src', 'action', 'data', 'poster', 'srcset', 'values', 'to']);
    // (No helper functions in here: the test's transpiler would wrap them in a helper the page does not have.)
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.localName.toLowerCase();
      if (forbiddenTags.has(tag)) injected.push(`<${tag}>: ${el.outerHTML.slice(0, 160)}`);
      if (tag === 'script') {
        const src = el.getAttribute('src') ?? '';
        if (!/^\/assets\/[\w.-]+\.js$/.test(src)) injected.push(`script not from /assets/: ${el.outerHTML.slice(0, 160)}`);
      }
      if (tag === 'link' && !/^(stylesheet|alternate|canonical)$/.test(el.getAttribute('rel') ?? '')) injected.push(`link: ${el.outerHTML.slice(0, 160)}`);
      if (tag === 'link' && el.getAttribute('rel') === 'stylesheet' && !/^\/assets\//.test(el.getAttribute('href') ?? ''))
        injected.push(`stylesheet: ${el.outerHTML.slice(0, 160)}`);
      if (tag === 'meta' && el.hasAttribute('http-equiv')) injected.push(`meta http-equiv: ${el.outerHTML.slice(0, 160)}`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        // The app's own autofocus: the panel that asks an author to check details that may identify someone.
        if (name === 'autofocus' && el.matches('[data-identifying-check]')) continue;
        if (name.startsWith('on') || forbiddenAttributes.has(name)) injected.push(`attribute ${name} on <${tag}>: ${el.outerHTML.slice(0, 160)}`);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters in a URL scheme, so the check does too
        if (urlAttributes.has(name) && /^(javascript|vbscript|data):/i.test(attr.value.replace(/[\u0000-\u0020]/g, '')))
          injected.push(`${name}=${attr.value.slice(0, 60)} on <${tag}>`);
      }
    }
  }
  return { xss: w.__xss === undefined ? null : String(w.__xss), violations: w.__rtCspViolations ?? null, injected };
}

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// A hang guard, not a speed test: CI runs two test files at once on two cores.
describe('XSS payloads in every field, viewed in Chromium: nothing runs, everything reads as text', { timeout: 400_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let host: Awaited<ReturnType<typeof startHostSite>>;
  const contexts: BrowserContext[] = [];

  /** What ran, was requested or was injected, with the page it happened on; each test ends by expecting none. */
  const findings: string[] = [];
  /** The page each browser tab is on now, so that what happens in it is reported with its name. */
  const labels = new WeakMap<Page, string>();
  let where = 'setup';
  const labelOf = (page: Page | null | undefined) => (page && labels.get(page)) ?? where;

  let ownerCookie = '';
  let moderatorCookie = '';
  const boards: BoardSpec[] = [];
  const keys = new Map<string, BoardKeys>();
  /** Every answer sent: its payload and what the form's cleaning keeps of it. */
  const sent: { id: string; slug: string; payload: string; body: string; displayName: string | null; email: string | null; status: string }[] = [];
  const toReject: { id: string; reason: string }[] = [];
  const toKeepPending: string[] = [];
  /** Answers the owner edits and hides (extra ones, so every corpus payload stays on the public pages). */
  const toEdit: string[] = [];
  const toHide: string[] = [];
  const reported: { id: string; details: string }[] = [];
  let editedId = '';
  let hiddenId = '';
  let textareaBreakoutId = '';

  let addressCount = 0;
  /** A different client address for each request, as if each came from a different person. */
  function nextAddress(): string {
    addressCount++;
    return `10.${(addressCount >> 16) & 255}.${(addressCount >> 8) & 255}.${addressCount & 255}`;
  }

  before(async () => {
    [server, browser, host] = await Promise.all([startServer(), launchBrowser(), startHostSite()]);
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await host?.close();
    await server?.close();
  });

  /** Each test starts where the one before left off: after a failure the rest are skipped, not failed again. */
  let failedAt = '';
  function step(name: string, fn: () => Promise<void>) {
    test(name, async (t) => {
      if (failedAt) return t.skip(`step ${failedAt} failed`);
      findings.length = 0;
      try {
        await fn();
        assert.deepEqual(findings, [], `something ran, was requested or was injected:\n${findings.join('\n')}`);
      } catch (err) {
        failedAt = name.split('.')[0]!;
        // What the watchers saw before the failure matters more than the failure itself.
        if (findings.length > 0) console.log(`# before this failure, something ran, was requested or was injected:\n# ${findings.join('\n# ')}`);
        throw err;
      }
    });
  }

  // ---- HTTP, as a facilitator's browser would send it ----

  function form(fields: Record<string, string | string[]>): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(name, v);
    return params.toString();
  }

  async function post(path: string, fields: Record<string, string | string[]>, cookie = ''): Promise<Response> {
    return fetch(server.url + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, ...(cookie ? { cookie } : {}) },
      body: form(fields),
    });
  }

  async function expectRedirect(res: Response, label: string): Promise<void> {
    if (res.status !== 303) assert.fail(`${label}: expected 303, got ${res.status}: ${(await res.text()).slice(0, 400)}`);
  }

  function sessionCookieOf(res: Response): string {
    const cookie = res.headers
      .getSetCookie()
      .map((c) => /^(rt_session=[^;]+)/.exec(c)?.[1])
      .find(Boolean);
    assert.ok(cookie, 'a session cookie is set');
    return cookie;
  }

  async function published(slug: string): Promise<StoredAnswer[]> {
    return answersOn(slug, 'published');
  }

  async function answersOn(slug: string, status?: string): Promise<StoredAnswer[]> {
    let query = server.db
      .selectFrom('answers')
      .innerJoin('boards', 'boards.id', 'answers.boardId')
      .select(['answers.id', 'answers.body', 'answers.originalBody', 'answers.displayName', 'answers.email', 'answers.status'])
      .where('boards.slug', '=', slug);
    if (status) query = query.where('answers.status', '=', status as 'published');
    return query.execute();
  }

  // ---- The browser, watched ----

  async function newContext(cookie = ''): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    await context.addInitScript(recordViolations);
    await context.route(
      (url) => url.pathname.startsWith('/xss-beacon'),
      (route) => {
        let page: Page | undefined;
        try {
          page = route.request().frame().page();
        } catch {
          // A request from no frame (a worker): reported under the step's current page.
        }
        findings.push(`${labelOf(page)}: request to ${route.request().url()}`);
        return route.fulfill({ status: 204 });
      },
    );
    context.on('dialog', (dialog) => {
      findings.push(`${labelOf(dialog.page())}: ${dialog.type()} dialog "${dialog.message()}"`);
      void dialog.dismiss().catch(() => {});
    });
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: server.url }]);
    }
    return context;
  }

  async function newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    // A window a payload opens (from the page or any of its frames).
    page.on('popup', (popup) => findings.push(`${labelOf(page)}: a window opened at ${popup.url()}`));
    return page;
  }

  async function visit(page: Page, path: string, label: string, status = 200): Promise<void> {
    where = label;
    labels.set(page, label);
    const response = await page.goto(path.startsWith('http') ? path : server.url + path);
    assert.equal(response?.status(), status, `${label}: status`);
  }

  /**
   * Hovers what a person would (up to `hover` answers or rows), sets off pointer and focus events on every
   * element, waits for late timers, then reads each frame: window.__xss, CSP violations, injected markup.
   */
  async function inspect(page: Page, label: string, options: { hover?: number; scan?: boolean; scanOrigin?: string } = {}): Promise<void> {
    labels.set(page, label);
    const expectedUrl = page.url().replace(/#.*$/, '');
    const targets = page.locator('.answer, [data-queue-item], .board-table th, tbody tr, h1, .lead, p');
    const count = Math.min(await targets.count(), options.hover ?? 6);
    for (let i = 0; i < count; i++)
      await targets
        .nth(i)
        .hover({ timeout: 2000, force: true })
        .catch(() => {});
    for (const frame of page.frames()) await frame.evaluate(stirEverything).catch(() => {});
    await page.waitForTimeout(300);
    assert.equal(page.url().replace(/#.*$/, ''), expectedUrl, `${label}: the page did not navigate away`);
    const scanOrigin = options.scanOrigin ?? new URL(server.url).origin;
    for (const frame of page.frames()) {
      const url = frame.url();
      if (url === 'about:blank' && frame !== page.mainFrame()) {
        findings.push(`${label}: an about:blank frame exists (an injected iframe?)`);
        continue;
      }
      const ours = url.startsWith(scanOrigin);
      const state = await frame.evaluate(readState, { scan: ours && options.scan !== false });
      const at = frame === page.mainFrame() ? label : `${label} (frame ${url})`;
      if (state.xss !== null) findings.push(`${at}: window.__xss is ${state.xss}`);
      if (state.violations === null) findings.push(`${at}: the violation recorder is missing`);
      for (const v of state.violations ?? [])
        findings.push(`${at}: CSP violation of ${v.directive}: blocked ${v.blocked || '(inline)'} sample ${JSON.stringify(v.sample)} at ${v.source}:${v.line}`);
      for (const i of state.injected) findings.push(`${at}: injected ${i}`);
    }
  }

  /**
   * The text of every element matching selector, for comparing with what was written. Leaves out what the
   * app adds inside it for moderators: screen-reader notes and the buttons beside details it has marked.
   */
  function texts(target: Page | Frame, selector: string): Promise<string[]> {
    return target.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as Element;
        for (const extra of copy.querySelectorAll('.visually-hidden, button')) extra.remove();
        return copy.textContent ?? '';
      }),
    );
  }

  /** A capped table (cellCap answers a cell): each answer it shows is the whole text of one stored answer, and it shows some. */
  function expectShownAsStored(shown: string[], stored: string[], label: string): void {
    const set = new Set(stored);
    assert.deepEqual(shown.filter((text) => !set.has(text)).slice(0, 5), [], `${label}: every answer shown reads as written`);
    assert.ok(shown.length >= Math.min(stored.length, cellCap), `${label}: answers are shown`);
  }

  /** Every expected string is the whole text of one of the shown elements. */
  function expectEach(shown: string[], expected: string[], label: string): void {
    const set = new Set(shown);
    const missing = expected.filter((e) => !set.has(e));
    assert.deepEqual(
      missing.slice(0, 5),
      [],
      `${label}: ${missing.length} of ${expected.length} not shown as text exactly; first of the shown: ${JSON.stringify(shown.slice(0, 3))}`,
    );
  }

  /** Every expected string appears in the text of the page (or frame). */
  async function expectInText(target: Page | Frame, expected: string[], label: string): Promise<void> {
    const text = await target.locator('body').evaluate((b) => b.textContent ?? '');
    const missing = expected.filter((e) => !text.includes(e));
    assert.deepEqual(missing, [], `${label}: not found as text`);
  }

  async function formValues(page: Page): Promise<string[]> {
    return page
      .locator('input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement | HTMLTextAreaElement).value));
  }

  // ---- The steps ----

  step('1. the corpus is large and distinct, and fits the fields it goes into', async () => {
    const counts = Object.fromEntries(Object.entries(xssPayloadsByCategory).map(([k, v]) => [k, v.length]));
    console.log(`# ${xssPayloads.length} payloads: ${JSON.stringify(counts)}`);
    assert.ok(xssPayloads.length >= 110, `at least 110 payloads (${xssPayloads.length})`);
    assert.equal(new Set(xssPayloads).size, xssPayloads.length, 'every payload is different');
    assert.equal(new Set(xssPayloads.map(cleanText)).size, xssPayloads.length, 'every payload is different after cleaning too');
    for (const p of xssPayloads) assert.ok(charCount(cleanText(p)) <= answerLimits.body, `within the answer limit: ${p}`);
  });

  step('2. the watchers catch payloads that do run, on pages written to be vulnerable', async () => {
    const raw = [
      '<img src=x onerror=alert(9001)>',
      '<img src=x onerror="window.__xss=1">',
      '<img src=/xss-beacon?control>',
      `<img src=x onerror="window.open('/popup')">`,
    ].join('\n');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control</title></head><body><main><h1>Control</h1>${raw}</main></body></html>`;
    host.setPage('/control-open.html', html);
    host.setPage('/control-csp.html', html, { 'content-security-policy': "default-src 'self'; script-src 'self'" });
    const context = await newContext();
    const page = await newPage(context);
    for (const [path, label] of [
      ['/control-open.html', 'control without CSP'],
      ['/control-csp.html', 'control with CSP'],
    ] as const) {
      await visit(page, host.origin + path, label);
      await inspect(page, label, { scanOrigin: host.origin });
    }
    await context.close();
    const caught = findings.splice(0);
    const expected = [
      /^control without CSP: alert dialog "9001"$/,
      /^control without CSP: window\.__xss is 1$/,
      /^control without CSP: request to .*\/xss-beacon\?control$/,
      /^control without CSP: a window opened/,
      /^control without CSP: injected <img>/,
      /^control with CSP: CSP violation of script-src-attr/,
      /^control with CSP: request to .*\/xss-beacon\?control$/,
      /^control with CSP: injected attribute onerror/,
    ];
    for (const re of expected)
      assert.ok(
        caught.some((f) => re.test(f)),
        `the watchers report ${re}; they reported:\n${caught.join('\n')}`,
      );
  });

  step('3. a facilitator with a payload for a name creates boards with payloads in every field, through the editor', async () => {
    const signup = new URL(await createSignupLink(server.db, server.url, null)).pathname;
    let res = await post(signup, { email: owner.email, name: owner.name, password: owner.password });
    await expectRedirect(res, 'owner account');
    ownerCookie = sessionCookieOf(res);

    // Board fields take one-line payloads (inputs drop line breaks), each used once, within each field's limit.
    const pool = xssPayloads.filter((p) => !/[\n\r\u2028\u2029]/.test(p) && p === p.trim());
    const used = new Set<string>();
    let cursor = 0;
    const pick = (max: number): string => {
      for (let tries = 0; tries < pool.length * 3; tries++) {
        const p = pool[(cursor++ * 5) % pool.length]!;
        if (p.length <= max && !used.has(p)) {
          used.add(p);
          return p;
        }
      }
      throw new Error(`no payload left of at most ${max} characters`);
    };
    const spec = (slug: string, nQuestions: number, nIntro: number): BoardSpec => ({
      slug,
      title: pick(200),
      intro: Array.from({ length: nIntro }, () => pick(300)),
      questions: Array.from({ length: nQuestions }, () => pick(500)),
      perspectives: Array.from({ length: 2 }, () => ({ label: pick(80), plural: pick(80), description: pick(300) })),
    });
    boards.push(spec(mainSlug, 3, 3), ...fieldSlugs.map((slug) => spec(slug, 2, 2)));

    for (const b of boards) {
      res = await post(
        '/admin/boards',
        { slug: b.slug, title: b.title, intro: b.intro.join('\n\n'), moderation: 'pre', accepting: 'yes', listed: 'yes' },
        ownerCookie,
      );
      await expectRedirect(res, `create ${b.slug}`);
      for (const text of b.questions) await expectRedirect(await post(`/admin/b/${b.slug}/questions`, { text }, ownerCookie), `question on ${b.slug}`);
      for (const p of b.perspectives) await expectRedirect(await post(`/admin/b/${b.slug}/perspectives`, { ...p }, ownerCookie), `perspective on ${b.slug}`);
      const api = (await (await fetch(`${server.url}/api/v1/boards/${b.slug}`)).json()) as BoardKeys & { title: string; intro: string };
      assert.equal(api.title, cleanField(b.title), `${b.slug}: the title is stored as written`);
      assert.equal(api.intro, b.intro.join('\n\n'), `${b.slug}: the introduction is stored as written`);
      assert.deepEqual(
        api.questions.map((q) => q.text),
        b.questions.map(cleanField),
        `${b.slug}: the questions are stored as written`,
      );
      assert.deepEqual(
        api.perspectives.map((p) => p.label),
        b.perspectives.map((p) => cleanField(p.label)),
        `${b.slug}: the perspectives are stored as written`,
      );
      keys.set(b.slug, { questions: api.questions, perspectives: api.perspectives });
    }
    const fieldPayloads = boards.reduce((n, b) => n + 1 + b.intro.length + b.questions.length + b.perspectives.length * 3, 0);
    console.log(`# ${fieldPayloads} payloads in board fields on ${boards.length} boards`);
    assert.ok(fieldPayloads >= 20);

    // A moderator, invited to the main board, whose name is a payload too.
    res = await post(`/admin/b/${mainSlug}/team/invite`, { role: 'moderator', email: '' }, ownerCookie);
    assert.equal(res.status, 200);
    const invite = /\/setup\/[A-Za-z0-9_-]{20,}/.exec(await res.text())?.[0];
    assert.ok(invite, 'the invitation link is shown');
    res = await post(invite, { email: moderator.email, name: moderator.name, password: moderator.password });
    await expectRedirect(res, 'moderator account');
    moderatorCookie = sessionCookieOf(res);
  });

  step('4. every payload is sent as an answer through the JSON API, the short ones as display names too', async () => {
    const main = keys.get(mainSlug)!;
    const shortNames = xssPayloads.filter((p) => cleanName(p) !== '' && charCount(cleanName(p)) <= answerLimits.displayName);
    console.log(`# ${shortNames.length} payloads short enough for a display name`);
    const send = async (slug: string, payload: string, cell: number, displayName: string | null, email: string | null) => {
      const k = keys.get(slug)!;
      const question = k.questions[cell % k.questions.length]!.key;
      const perspective = k.perspectives[Math.floor(cell / k.questions.length) % k.perspectives.length]!.key;
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${slug}/answers`,
        headers: { 'content-type': 'application/json' },
        payload: { question, perspective, body: payload, ...(displayName ? { displayName } : {}), ...(email ? { email } : {}), use: 'board' },
        remoteAddress: nextAddress(),
      });
      assert.equal(res.statusCode, 201, `answer ${JSON.stringify(payload)}: ${res.statusCode} ${res.body}`);
      const { id, status } = res.json() as { id: string; status: string };
      sent.push({ id, slug, payload, body: cleanText(payload), displayName: displayName ? cleanName(displayName) : null, email, status });
      return id;
    };
    for (const [i, payload] of xssPayloads.entries()) {
      await send(mainSlug, payload, i % (main.questions.length * main.perspectives.length), shortNames[i] ?? null, i % 20 === 0 ? requestEmail : null);
    }
    // Answers that stay out of the table: rejected with a payload for a reason, or left waiting.
    for (let i = 0; i < 3; i++) {
      const id = await send(mainSlug, `To reject ${i}: ${xssPayloads[i * 11]!}`, i, null, null);
      toReject.push({ id, reason: xssPayloads[i * 13 + 5]! });
    }
    for (let i = 0; i < 2; i++) toKeepPending.push(await send(mainSlug, `Left waiting ${i}: ${xssPayloads[i * 17 + 3]!}`, i, null, null));
    toEdit.push(await send(mainSlug, `To edit: ${xssPayloadsByCategory.contextBreakouts[0]}`, 2, null, null));
    toHide.push(await send(mainSlug, `To hide: ${xssPayloadsByCategory.svg[0]}`, 3, null, null));
    // A few answers on each other board, in one cell only, so the others show their plural "No answers yet from …".
    for (const [b, slug] of fieldSlugs.entries()) {
      for (let i = 0; i < 2; i++)
        await send(slug, `Board ${b + 1}, answer ${i + 1}: ${xssPayloads[b * 29 + i * 7 + 1]!}`, 0, shortNames[b * 3 + i] ?? null, null);
    }

    const statuses = sent.reduce<Record<string, number>>((acc, s) => {
      acc[s.status] = (acc[s.status] ?? 0) + 1;
      return acc;
    }, {});
    console.log(`# ${sent.length} answers sent: ${JSON.stringify(statuses)}`);
    // Stored exactly as cleaned: nothing stripped or rewritten (text is text, not sanitised HTML).
    const stored = new Map((await answersOn(mainSlug)).map((a) => [a.id, a]));
    for (const s of sent.filter((x) => x.slug === mainSlug)) {
      assert.equal(stored.get(s.id)?.body, s.body, `stored as sent: ${JSON.stringify(s.payload)}`);
      assert.equal(stored.get(s.id)?.displayName ?? null, s.displayName, `name stored as sent: ${JSON.stringify(s.displayName)}`);
    }
  });

  step('5. the moderator reads every waiting answer in the queue and publishes them with bulk approval', async () => {
    for (const r of toReject) await expectRedirect(await post(`/admin/b/${mainSlug}/answers/${r.id}/reject`, { reason: r.reason }, ownerCookie), 'reject');

    const context = await newContext(moderatorCookie);
    const page = await newPage(context);
    await visit(page, `/admin/b/${mainSlug}/queue`, 'queue: every answer waiting');
    const waiting = await answersOn(mainSlug, 'pending');
    assert.ok(waiting.length >= xssPayloads.length, `every answer waits (${waiting.length})`);
    await inspect(page, 'queue: every answer waiting', { hover: 20 });
    expectEach(
      await texts(page, '.queue__text'),
      waiting.map((a) => a.body),
      'queue: answer texts',
    );
    await expectInText(page, [moderator.name, boards[0]!.title], 'queue: the moderator’s name and the board title');
    // (Axe runs on the queue in the admin step, with fewer answers: the same markup, a fraction of the time.)

    where = 'queue: bulk approval';
    const keep = new Set(toKeepPending);
    // Ticking 180 boxes one by one through Playwright takes half a minute: the first few by pointer, the rest by a click in the page.
    const selectable = waiting.filter((a) => !keep.has(a.id));
    for (const a of selectable.slice(0, 3)) await page.locator(`#select-${a.id}`).check();
    await page.locator('input[name=ids]').evaluateAll(
      (boxes, skip) => {
        for (const box of boxes as HTMLInputElement[]) if (!box.checked && !skip.includes(box.value)) box.click();
      },
      [...keep],
    );
    assert.equal(await page.locator('input[name=ids]:checked').count(), selectable.length);
    await Promise.all([page.waitForURL(/\/queue\?done=/), page.getByRole('button', { name: 'Approve selected' }).click()]);
    await inspect(page, 'queue: after bulk approval');

    // Anything a newer safety check keeps out of bulk approval is approved one by one, as a moderator would.
    for (const a of await answersOn(mainSlug, 'pending')) {
      if (!keep.has(a.id)) await expectRedirect(await post(`/admin/b/${mainSlug}/answers/${a.id}/approve`, {}, moderatorCookie), `approve ${a.id}`);
    }
    for (const slug of fieldSlugs) {
      for (const a of await answersOn(slug, 'pending'))
        await expectRedirect(await post(`/admin/b/${slug}/answers/${a.id}/approve`, {}, ownerCookie), `approve on ${slug}`);
    }
    const live = new Set((await published(mainSlug)).map((a) => a.id));
    const corpusIds = sent.slice(0, xssPayloads.length).map((s) => s.id);
    const publishedCount = corpusIds.filter((id) => live.has(id)).length;
    console.log(`# ${publishedCount} of ${corpusIds.length} payload answers published`);
    assert.ok(publishedCount >= corpusIds.length * 0.9, `most payload answers are published (${publishedCount} of ${corpusIds.length})`);

    // Readers report some, with payloads in the details; the owner edits one, hides one and marks one as an example.
    const liveSent = sent.filter((s) => live.has(s.id));
    const reasons = ['abusive', 'identifying', 'harmful', 'spam', 'other', 'other'];
    for (const [i, reason] of reasons.entries()) {
      const target = liveSent[i * 9 + 4]!;
      const details = xssPayloads[i * 19 + 2]!;
      const res = await server.app.inject({
        method: 'POST',
        url: `/a/${target.id}/report`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: form({ reason, details }),
        remoteAddress: nextAddress(),
      });
      assert.equal(res.statusCode, 303, `report: ${res.statusCode}`);
      reported.push({ id: target.id, details: cleanText(details) });
    }
    textareaBreakoutId = liveSent.find((s) => s.payload.startsWith('</textarea>'))!.id;
    editedId = toEdit[0]!;
    await expectRedirect(await post(`/admin/b/${mainSlug}/answers/${editedId}/edit`, { body: editedBody }, ownerCookie), 'edit');
    hiddenId = toHide[0]!;
    await expectRedirect(await post(`/admin/b/${mainSlug}/answers/${hiddenId}/hide`, {}, ownerCookie), 'hide');
    await expectRedirect(await post(`/admin/b/${mainSlug}/answers/${liveSent[1]!.id}/mark-example`, {}, ownerCookie), 'mark as example');
    await context.close();
  });

  step('6. public pages: home, each board (and filtered), each question, permalinks, the report form, the JSON API', async () => {
    const context = await newContext();
    const page = await newPage(context);

    await visit(page, '/', 'home');
    await inspect(page, 'home');
    await expectInText(
      page,
      boards.map((b) => cleanField(b.title)),
      'home: board titles',
    );
    await expectNoAxeViolations(page, 'home');

    for (const [n, b] of boards.entries()) {
      const label = `board ${b.slug}`;
      await visit(page, `/b/${b.slug}`, label);
      await inspect(page, label, { hover: n === 0 ? 20 : 6 });
      assert.equal(await page.title(), `${cleanField(b.title)} – Roundtable`, `${label}: the title element`);
      assert.equal(await page.locator('h1').textContent(), cleanField(b.title), `${label}: the heading`);
      expectEach(await texts(page, 'main p.lead'), b.intro, `${label}: introduction`);
      assert.deepEqual(await texts(page, 'th.board-table__question a'), b.questions.map(cleanField), `${label}: questions`);
      assert.deepEqual(
        (await texts(page, '.board-table thead th')).slice(1),
        b.perspectives.map((p) => cleanField(p.label)),
        `${label}: perspectives`,
      );
      await expectInText(
        page,
        b.perspectives.map((p) => cleanField(p.description)),
        `${label}: perspective descriptions in the form`,
      );
      if (n > 0)
        await expectInText(
          page,
          b.perspectives.slice(1).map((p) => `No answers yet from ${cleanField(p.plural)}`),
          `${label}: plurals in empty cells`,
        );
      const live = await published(b.slug);
      // The table shows each cell's first answers (cellCap); all of them are on the question pages, below.
      const shown = await texts(page, '.answer__text');
      expectShownAsStored(
        shown,
        live.map((a) => a.body),
        `${label}: answers`,
      );
      // The embed code offered to copy carries the title in an attribute: it must read back as written.
      const code = await page.locator('textarea#embed-code').inputValue();
      assert.ok(code.includes(`/embed/b/${b.slug}`), `${label}: embed code`);
      // Found as text by what a person reads, as a test would look for it (the first payloads the table shows).
      if (n === 0)
        for (const text of shown.filter((t) => /[<>]/.test(t)).slice(0, 5))
          assert.ok((await page.getByText(text, { exact: true }).count()) >= 1, `${label}: getByText ${text}`);
      // Axe on a board with payloads in every field and a few answers: the same markup as the big one, in a fraction of the time.
      if (n === 1) await expectNoAxeViolations(page, 'board page');
    }

    const main = keys.get(mainSlug)!;
    await visit(page, `/b/${mainSlug}?perspective=${main.perspectives[1]!.key}`, 'board filtered by a perspective');
    await inspect(page, 'board filtered by a perspective');
    assert.match(await page.title(), new RegExp(`\\(${cleanField(boards[0]!.perspectives[1]!.label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));

    let questionAxe = false;
    for (const b of boards) {
      const onQuestionPages: string[] = [];
      const metas: string[] = [];
      for (const [i, q] of keys.get(b.slug)!.questions.entries()) {
        const label = `question page ${b.slug}/${q.key}`;
        await visit(page, `/b/${b.slug}/q/${encodeURIComponent(q.key)}`, label);
        await inspect(page, label, { hover: b.slug === mainSlug ? 10 : 4 });
        assert.equal(await page.locator('h1').textContent(), cleanField(b.questions[i]!), `${label}: heading`);
        assert.equal(await page.title(), `${cleanField(b.questions[i]!)} – Roundtable`, `${label}: title element`);
        await expectInText(page, [`Back to all questions on “${cleanField(b.title)}”`, ...b.perspectives.map((p) => cleanField(p.label))], label);
        onQuestionPages.push(...(await texts(page, '.answer__text')));
        metas.push(...(await texts(page, '.answer__meta')));
        if (!questionAxe && b.slug !== mainSlug) {
          await expectNoAxeViolations(page, 'question page');
          questionAxe = true;
        }
      }
      const live = await published(b.slug);
      expectEach(
        onQuestionPages,
        live.map((a) => a.body),
        `${b.slug}: every answer on its question's page`,
      );
      const names = metas.join('\n');
      for (const a of live)
        if (a.displayName) assert.ok(names.includes(a.displayName), `${b.slug}: display name ${JSON.stringify(a.displayName)} shown as text`);
    }

    // Every permalink: each answer on a page of its own, four tabs at a time (their waits for late timers overlap).
    const live = await published(mainSlug);
    const tabs = await Promise.all(Array.from({ length: 4 }, () => newPage(context)));
    let next = 0;
    await Promise.all(
      tabs.map(async (tab) => {
        for (let i = next++; i < live.length; i = next++) {
          const a = live[i]!;
          const label = `permalink ${a.id}`;
          await visit(tab, `/a/${a.id}`, label);
          // (No pointer here: the synthetic events reach every element, and a real hover per tab costs more than the page.)
          await inspect(tab, label, { hover: 0 });
          assert.equal(await tab.locator('.answer__text').textContent(), a.body, `${label}: text`);
          if (a.displayName) assert.ok((await tab.locator('.answer__meta').textContent())!.includes(a.displayName), `${label}: name`);
        }
      }),
    );
    await expectNoAxeViolations(tabs[0]!, 'permalink');
    console.log(`# ${live.length} permalinks checked`);

    for (const [i, a] of live.slice(0, 3).entries()) {
      const label = `report form for ${a.id}`;
      await visit(page, `/a/${a.id}/report`, label);
      await inspect(page, label);
      assert.equal(await page.locator('.answer__text').textContent(), a.body, `${label}: text`);
      if (i === 0) await expectNoAxeViolations(page, 'report form');
    }

    // The JSON API, opened in the browser as a developer would: JSON, never HTML.
    where = 'JSON API';
    const response = await page.goto(`${server.url}/api/v1/boards/${mainSlug}`);
    assert.equal(response?.status(), 200);
    assert.match(response!.headers()['content-type'] ?? '', /^application\/json\b/);
    assert.equal(response!.headers()['x-content-type-options'], 'nosniff');
    await inspect(page, 'JSON API', { scan: false });
    const api = JSON.parse(await response!.text()) as { title: string; answers: { body: string; displayName: string | null }[] };
    assert.equal(api.title, cleanField(boards[0]!.title));
    expectEach(
      api.answers.map((a) => a.body),
      live.map((a) => a.body),
      'JSON API: answers',
    );
    // (Chromium's own JSON viewer is not a page of the app, so axe is not run on it.)
    await context.close();
  });

  step('7. the author’s own view: an answer with identifying details is shown back to check, then sent as it is', async () => {
    const context = await newContext();
    const page = await newPage(context);
    // Details the safety check marks (an email address, a web address), with markup all round them.
    const body =
      '<img src=x onerror=alert(145)> write to "><svg onload=alert(146)>@example.org or see http://x.invalid/<script>alert(147)</script>\n</textarea><script>alert(148)</script>';
    const name = `'"><img src=x onerror=alert(149)>`;
    await visit(page, `/b/${fieldSlugs[0]}`, 'answer form');
    await page.locator('input[name=question]').first().check();
    await page.locator('input[name=perspective]').first().check();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(body);
    await page.getByRole('textbox', { name: 'Your name (optional)' }).fill(name);
    await page.getByRole('radio', { name: /Publish it on this board/ }).check();
    where = 'answer form: details to check';
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Send your answer' }).click()]);
    await page.locator('[data-identifying-check]').waitFor();
    await inspect(page, 'answer form: details to check');
    assert.deepEqual(await texts(page, '.found-text'), [cleanText(body)], 'the marked text reads as written');
    assert.equal(await page.getByRole('textbox', { name: 'Your answer' }).inputValue(), cleanText(body), 'the textarea keeps the text');
    assert.equal(await page.getByRole('textbox', { name: 'Your name (optional)' }).inputValue(), name, 'the name field keeps the name');
    await expectNoAxeViolations(page, 'answer form: details to check');

    where = 'answer received';
    await Promise.all([page.waitForURL(/\/received\//), page.getByRole('button', { name: 'Send it as it is' }).click()]);
    await page.waitForLoadState('load');
    await inspect(page, 'answer received');
    await expectNoAxeViolations(page, 'answer received');
    const stored = (await answersOn(fieldSlugs[0]!)).find((a) => a.body === cleanText(body));
    assert.ok(stored, 'the answer is stored as written');
    assert.equal(stored.displayName, cleanName(name));
    await context.close();
  });

  step('8. the embed, on a page of another origin, exactly as the board page offers the code', async () => {
    const context = await newContext();
    const page = await newPage(context);
    const snippets: string[] = [];
    for (const b of boards) {
      await visit(page, `/b/${b.slug}`, `board ${b.slug} for its embed code`);
      snippets.push(await page.locator('textarea#embed-code').inputValue());
    }
    const hostPage = (parts: string[]) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post</title></head>` +
      `<body><main><h1>Boards from our workshop</h1>${parts.map((s) => `<section>${s}</section>`).join('\n')}<p>Thanks for reading.</p></main></body></html>`;
    host.setPage('/host.html', hostPage(snippets));
    host.setPage('/host-one.html', hostPage(snippets.slice(1, 2)));
    where = 'embed host page';
    await page.goto(`${host.origin}/host.html`);
    const iframes = page.locator('iframe');
    assert.equal(await iframes.count(), boards.length, 'one iframe per board, nothing else framed');
    for (const [i, b] of boards.entries()) {
      assert.equal(await iframes.nth(i).getAttribute('title'), cleanField(b.title), `the iframe's title attribute reads back as written (${b.slug})`);
      assert.equal(await iframes.nth(i).getAttribute('src'), `${server.url}/embed/b/${b.slug}`);
      await iframes.nth(i).scrollIntoViewIfNeeded();
    }
    // The host page itself: the snippet added no handlers and nothing but its iframe and script.
    const hostMarkup = await page.evaluate(() => ({
      handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${el.localName} ${a.name}`),
      ),
      tags: Array.from(new Set(Array.from(document.body.querySelectorAll('*')).map((el) => el.localName))).sort(),
    }));
    assert.deepEqual(hostMarkup.handlers, []);
    assert.deepEqual(hostMarkup.tags, ['h1', 'iframe', 'main', 'p', 'script', 'section']);

    const frames: Frame[] = [];
    for (const b of boards) {
      const deadline = Date.now() + 10_000;
      const embedFrame = () => page.frames().find((f) => f.url() === `${server.url}/embed/b/${b.slug}`);
      while (!embedFrame() && Date.now() < deadline) await page.waitForTimeout(100);
      const frame = embedFrame();
      assert.ok(frame, `the embed of ${b.slug} loaded`);
      await frame.waitForSelector('.board-table');
      frames.push(frame);
    }
    await inspect(page, 'embed on another origin', { hover: 10 });
    for (const [i, b] of boards.entries()) {
      const frame = frames[i]!;
      const label = `embed of ${b.slug}`;
      assert.equal(await frame.locator('h1').textContent(), cleanField(b.title), `${label}: heading`);
      assert.equal(await frame.title(), cleanField(b.title), `${label}: title element`);
      assert.deepEqual(await texts(frame, 'th.board-table__question a'), b.questions.map(cleanField), `${label}: questions`);
      expectShownAsStored(
        await texts(frame, '.answer__text'),
        (await published(b.slug)).map((a) => a.body),
        `${label}: answers`,
      );
    }
    const top = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
    assert.equal(top, undefined, 'window.__xss on the host page');
    // Axe (which checks inside the frame too) on a post embedding one board with payloads in every field.
    where = 'embed host page, one board';
    await page.goto(`${host.origin}/host-one.html`);
    const one = page.frameLocator('iframe');
    await one.locator('.board-table').waitFor();
    await inspect(page, 'embed on another origin, one board');
    await expectNoAxeViolations(page, 'embed on another origin');
    await context.close();
  });

  step('9. admin pages: boards, the queue (reported, published, rejected, hidden), edit, audit, editor, team, account', async () => {
    const context = await newContext(ownerCookie);
    const page = await newPage(context);

    await visit(page, '/admin', 'admin: your boards');
    await inspect(page, 'admin: your boards');
    await expectInText(page, [...boards.map((b) => cleanField(b.title)), owner.name], 'admin: titles and name');
    await expectNoAxeViolations(page, 'admin: your boards');

    await visit(page, `/admin/b/${mainSlug}/queue`, 'queue: reported and waiting');
    await inspect(page, 'queue: reported and waiting', { hover: 20 });
    const queueTexts = await texts(page, '.queue__text');
    expectEach(
      queueTexts,
      (await answersOn(mainSlug)).filter((a) => toKeepPending.includes(a.id) || reported.some((r) => r.id === a.id)).map((a) => a.body),
      'queue: waiting and reported answers',
    );
    const reports = (await texts(page, '.reported li')).join('\n');
    for (const r of reported) assert.ok(reports.includes(`“${r.details}”`), `queue: report details shown as text: ${JSON.stringify(r.details)}`);
    await expectNoAxeViolations(page, 'queue: reported and waiting');

    for (const status of ['published', 'rejected', 'hidden'] as const) {
      const label = `queue: ${status}`;
      await visit(page, `/admin/b/${mainSlug}/queue?status=${status}`, label);
      await inspect(page, label, { hover: 10 });
      expectEach(
        await texts(page, '.queue__text'),
        (await answersOn(mainSlug, status)).map((a) => a.body),
        `${label}: answers`,
      );
    }
    await visit(page, `/admin/b/${mainSlug}/queue?status=rejected`, 'queue: rejected reasons');
    await expectInText(
      page,
      toReject.map((r) => `Reason for rejecting: ${cleanText(r.reason)}`),
      'queue: rejection reasons',
    );
    await expectNoAxeViolations(page, 'queue: rejected');

    // Edit or redact: the text in a textarea (the </textarea> breakouts), and the author's original in <details>.
    const stored = new Map((await answersOn(mainSlug)).map((a) => [a.id, a]));
    for (const id of [editedId, textareaBreakoutId]) {
      const label = `edit answer ${id}`;
      await visit(page, `/admin/b/${mainSlug}/answers/${id}/edit`, label);
      const original = page.locator('details');
      if ((await original.count()) > 0) await original.locator('summary').click();
      await inspect(page, label);
      assert.equal(await page.getByRole('textbox', { name: 'Text to publish' }).inputValue(), stored.get(id)!.body, `${label}: the textarea holds the text`);
      if (id === editedId) {
        assert.equal(stored.get(id)!.body, cleanText(editedBody));
        assert.equal(await original.locator('.answer__text').textContent(), stored.get(id)!.originalBody, `${label}: the original`);
        await expectNoAxeViolations(page, 'edit an answer, original open');
      }
    }

    await visit(page, `/admin/b/${mainSlug}/audit`, 'audit log');
    await inspect(page, 'audit log', { hover: 20 });
    await expectInText(page, [moderator.name, owner.name, cleanField(boards[0]!.title)], 'audit log: names and title');
    // Axe on a shorter log (the same markup): the main board's has a row for each of its 180 approvals.
    await visit(page, `/admin/b/${fieldSlugs[0]}/audit`, 'audit log, short');
    await inspect(page, 'audit log, short');
    await expectNoAxeViolations(page, 'audit log');

    for (const [n, b] of boards.entries()) {
      const label = `editor ${b.slug}`;
      await visit(page, `/admin/b/${b.slug}/edit`, label);
      await inspect(page, label);
      const values = await formValues(page);
      expectEach(
        values,
        [
          cleanField(b.title),
          b.intro.join('\n\n'),
          ...b.questions.map(cleanField),
          ...b.perspectives.flatMap((p) => [p.label, p.plural, p.description].map(cleanField)),
        ],
        `${label}: field values`,
      );
      if (n === 0) await expectNoAxeViolations(page, 'board editor');
    }

    await visit(page, `/admin/b/${mainSlug}/team`, 'team');
    await inspect(page, 'team');
    await expectInText(page, [moderator.name, owner.name], 'team: names');
    await expectNoAxeViolations(page, 'team');

    await visit(page, '/admin/account', 'account');
    await inspect(page, 'account');
    await expectInText(page, [owner.name], 'account: name');
    await expectNoAxeViolations(page, 'account');
    await context.close();
  });

  step('10. a request about personal data: search by an email that is itself a payload, see the answers, download them', async () => {
    const context = await newContext(ownerCookie);
    const page = await newPage(context);
    await visit(page, '/admin/data-requests', 'data requests');
    await page.getByRole('textbox', { name: 'Email address' }).fill(requestEmail);
    where = 'data requests: results';
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Find answers' }).click()]);
    await inspect(page, 'data requests: results', { hover: 10 });
    const withEmail = (await answersOn(mainSlug)).filter((a) => a.email === requestEmail);
    assert.ok(withEmail.length >= 5, `answers given with the email (${withEmail.length})`);
    expectEach(
      await texts(page, 'td.answer__text'),
      withEmail.map((a) => a.body),
      'data requests: answers',
    );
    await expectInText(page, [`given with ${requestEmail.toLowerCase()}`, cleanField(boards[0]!.title)], 'data requests: the email and board');
    assert.equal(await page.getByRole('textbox', { name: 'Email address' }).inputValue(), requestEmail.toLowerCase(), 'the email reads back in its field');
    await expectNoAxeViolations(page, 'data requests: results');

    where = 'data requests: download';
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download them as JSON' }).click()]);
    const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { answers: { body: string }[] };
    assert.deepEqual(file.answers.map((a) => a.body).sort(), withEmail.map((a) => a.body).sort(), 'the export holds the text exactly');
    const res = await page.request.post(`${server.url}/admin/data-requests/export`, { form: { email: requestEmail } });
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'] ?? '', /^application\/json\b/);
    assert.match(res.headers()['content-disposition'] ?? '', /^attachment\b/);
    assert.equal(res.headers()['x-content-type-options'], 'nosniff');
    await inspect(page, 'data requests: after download');
    await context.close();
  });

  step('11. the CSV export: a download that neutralises spreadsheet formulas', async () => {
    const route = '/admin/b/:slug/export.csv';
    assert.ok(
      server.app.routeList.some((r) => r.method === 'GET' && r.url === route),
      `${route} exists`,
    );
    const context = await newContext(ownerCookie);
    const page = await newPage(context);
    const res = await page.request.get(`${server.url}/admin/b/${mainSlug}/export.csv`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'] ?? '', /^text\/csv\b/);
    assert.match(res.headers()['content-disposition'] ?? '', /^attachment\b/);
    assert.equal(res.headers()['x-content-type-options'], 'nosniff');
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    // A line break inside an answer must stay inside its quoted cell: otherwise the rest of the answer is a row of its own.
    const width = rows[0]!.length;
    const broken = rows.filter((r) => r.length !== width);
    assert.deepEqual(
      broken.slice(0, 3),
      [],
      `${broken.length} rows do not have the header's ${width} cells: a line break in an answer left unquoted ends the row, and the next line becomes a row whose first cell is not neutralised`,
    );
    assert.equal(rows.length, (await published(mainSlug)).length + 1, 'one row per published answer, and the header');
    const cells = rows.flat();
    const live = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    assert.deepEqual(live.slice(0, 5), [], `${live.length} cells start with a formula character`);
    for (const a of await published(mainSlug)) {
      const expected = /^[=+\-@\t\r]/.test(a.body) ? `'${a.body}` : a.body;
      assert.ok(cells.includes(expected), `the CSV holds ${JSON.stringify(expected)}`);
    }
    await context.close();
  });
});
