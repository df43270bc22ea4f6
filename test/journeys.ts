// Steps a person takes in a browser, shared by the journey tests: look at a page (axe + a screenshot),
// send a form and wait for the page that comes back, answer a board, sign in, create an account.
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.ts';

export interface Looker {
  /** Checks the page as it is now with axe (zero violations), then saves a full-page screenshot. */
  (page: Page, label: string, options?: { javaScriptEnabled?: boolean }): Promise<void>;
  /** How many pages and states have been checked. */
  readonly count: number;
}

/** A looker that numbers its screenshots in the order the journey visited them, in dir (emptied first); `defaults` apply to every look. */
export function pageLooker(dir: string, defaults: { javaScriptEnabled?: boolean } = {}): Looker {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  const look = async (page: Page, label: string, options: { javaScriptEnabled?: boolean } = defaults) => {
    n++;
    const file = `${String(n).padStart(2, '0')}-${label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}.png`;
    // Neither changes the page, so they can run side by side.
    await Promise.all([expectNoAxeViolations(page, label, options), page.screenshot({ path: path.join(dir, file), fullPage: true })]);
  };
  Object.defineProperty(look, 'count', { get: () => n });
  return look as Looker;
}

/** A context of its own (no cookies), as a different person or browser; JavaScript on unless said. */
export async function newPerson(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1024, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(10_000);
  return { context, page: await context.newPage() };
}

/**
 * Does what sends a form (a click, a key press) and waits until the page that comes back has loaded.
 * Returns the status of the POST itself (303 for a redirect, 422 for a form with mistakes, …).
 */
export async function submit(page: Page, act: () => Promise<void>): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest() && r.frame() === page.mainFrame()),
    // The page that was there has loaded already, so the next load event is the new page's.
    page.waitForEvent('load'),
    act(),
  ]);
  return response.status();
}

/** Clicks a button or link that navigates, and waits for the new page to load. */
export async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), target.click()]);
}

/** What has keyboard focus, described the way a test can compare. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      text: el?.textContent?.trim() ?? '',
      cls: el?.className ?? '',
    };
  });
}

export interface AnswerFields {
  question: string;
  perspective: string;
  body: string;
  displayName?: string;
  email?: string;
}

/**
 * On a board's page: fills in the answer form as a person would and sends it. Returns the new answer's
 * id and the private key from the confirmation page's #fragment (an empty string if there was none).
 */
export async function answerThroughForm(page: Page, fields: AnswerFields): Promise<{ answerId: string; key: string; status: number }> {
  await page.getByRole('radio', { name: fields.question }).check();
  await page.getByRole('radio', { name: fields.perspective }).check();
  await page.getByRole('textbox', { name: 'Your answer' }).fill(fields.body);
  if (fields.displayName) await page.getByRole('textbox', { name: 'Your name (optional)' }).fill(fields.displayName);
  if (fields.email) await page.getByRole('textbox', { name: 'Email address (optional)' }).fill(fields.email);
  await page.getByRole('radio', { name: /Publish it on this board/ }).check();
  const status = await submit(page, () => page.getByRole('button', { name: 'Send your answer' }).click());
  const url = new URL(page.url());
  const match = /^\/b\/[^/]+\/received\/([0-9a-z]+)$/.exec(url.pathname);
  if (!match) throw new Error(`answerThroughForm: expected the confirmation page, got ${url.pathname} (status ${status})`);
  return { answerId: match[1]!, key: /[#&]key=([A-Za-z0-9_-]+)/.exec(url.hash)?.[1] ?? '', status };
}

/** On the sign-in page: types an email address and password and sends them. Returns the POST's status. */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<number> {
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  return submit(page, () => page.getByRole('button', { name: 'Sign in' }).click());
}

/** On a sign-up or invitation page: fills in the account form and sends it. Returns the POST's status. */
export async function createAccountThroughForm(page: Page, fields: { email?: string; name: string; password: string }): Promise<number> {
  if (fields.email !== undefined) await page.getByRole('textbox', { name: 'Email address' }).fill(fields.email);
  await page.getByRole('textbox', { name: 'Your name' }).fill(fields.name);
  await page.getByLabel('Create a password').fill(fields.password);
  return submit(page, () => page.getByRole('button', { name: 'Create account' }).click());
}

/**
 * Tests that make one journey in numbered steps ("3. the owner approves it"), each starting where the one
 * before left off: after a step fails, the later steps are reported as skipped for that reason, not failed again.
 */
export function journeySteps(): (name: string, fn: () => Promise<void>) => void {
  let failedAt = '';
  return (name, fn) => {
    test(name, async (t) => {
      if (failedAt) return t.skip(`journey ${failedAt} failed`);
      try {
        await fn();
      } catch (err) {
        failedAt = name.split('.')[0]!;
        throw err;
      }
    });
  };
}
