// Browser tests for sharing and asking for missing voices: the share section with JavaScript on and off,
// the Mastodon step, and "Ask a manager" from an empty cell to a form with that perspective chosen. Axe on
// every state; screenshots go to /tmp/shots/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { addAnswers, startServer, type TestServer } from '../../test/server.ts';

const shots = '/tmp/shots';

describe('sharing and asking in a browser', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    fs.mkdirSync(shots, { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page whose requests to any other site are stopped and recorded: sharing must load nothing from elsewhere. */
  async function newPage(options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<{ page: Page; elsewhere: string[] }> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    context.setDefaultTimeout(10_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const elsewhere: string[] = [];
    await context.route(
      (url) => url.origin !== server.url,
      (route) => {
        elsewhere.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Another site</p>' });
      },
    );
    return { page: await context.newPage(), elsewhere };
  }

  test('with JavaScript on: copy the link, the share sheet only where the device has one, plain links, and Mastodon', async () => {
    const { slug } = await createBoard(server.db, { title: 'Sharing board' });
    const { page, elsewhere } = await newPage();
    await page.goto(`${server.url}/b/${slug}`);
    const section = page.getByRole('region', { name: 'Share this board' });
    await section.waitFor();
    assert.equal(await section.getByRole('textbox', { name: 'Link to this page' }).inputValue(), `${server.url}/b/${slug}`);
    const copy = section.getByRole('button', { name: 'Copy link' });
    await copy.click();
    await section.getByRole('status').getByText('Link copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}/b/${slug}`);
    const hasShareSheet = await page.evaluate(() => typeof navigator.share === 'function');
    assert.equal(await section.getByRole('button', { name: 'Share…' }).isVisible(), hasShareSheet, 'the share sheet button only where navigator.share exists');
    for (const name of ['Share by email', 'Share on X', 'Share on Bluesky', 'Share on LinkedIn', 'Share on Facebook', 'Share on WhatsApp']) {
      assert.equal(await section.getByRole('link', { name }).count(), 1, name);
    }
    await expectNoAxeViolations(page, 'board page share section, JavaScript on');
    await section.screenshot({ path: `${shots}/share-js.png` });
    assert.deepEqual(elsewhere, [], 'nothing was loaded from another site');

    // Keyboard: the copy button is reached by Tab and shows focus.
    await section.getByRole('textbox', { name: 'Link to this page' }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Copy link');

    await section.getByRole('textbox', { name: 'Share on Mastodon: your server' }).fill('nonsense');
    await section.getByRole('button', { name: 'Share on Mastodon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Share on Mastodon' }).waitFor();
    assert.match(await page.title(), /^Error: /);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary', 'the error summary takes focus');
    await expectNoAxeViolations(page, 'Mastodon server not understood');
    await page.getByRole('textbox', { name: 'Share on Mastodon: your server' }).fill('@me@Toot.Example.org');
    await page.getByRole('button', { name: 'Share on Mastodon' }).click();
    await page.waitForURL(/^https:\/\/toot\.example\.org\/share\?/);
    const text = new URL(page.url()).searchParams.get('text');
    assert.equal(text, `Sharing board – answers from every point of view. Read them, or add yours. ${server.url}/b/${slug}`);
    assert.deepEqual(elsewhere, [page.url()], 'the only request to another site is the one the reader asked for');
    await page.context().close();
  });

  test('with JavaScript off: the link to copy is shown, no dead buttons, and Mastodon still works', async () => {
    const { slug } = await createBoard(server.db, { title: 'Sharing without scripts' });
    await addAnswers(server.db, slug, [{ question: 'q1', perspective: 'p1', body: 'Keep a record.' }]);
    const [answerId] = await addAnswers(server.db, slug, [{ question: 'q2', perspective: 'p2', body: 'Block an hour.', displayName: 'Jo' }]);
    for (const [path, heading] of [
      [`/b/${slug}`, 'Share this board'],
      [`/b/${slug}/q/q1`, 'Share this question'],
      [`/a/${answerId}`, 'Share this answer'],
    ] as const) {
      const { page, elsewhere } = await newPage({ javaScriptEnabled: false });
      await page.goto(`${server.url}${path}`);
      const section = page.getByRole('region', { name: heading });
      assert.equal(await section.getByRole('textbox', { name: 'Link to this page' }).inputValue(), `${server.url}${path}`);
      assert.equal(await section.getByRole('button', { name: 'Copy link' }).count(), 0, 'no copy button without the script');
      assert.equal(await section.getByRole('button', { name: 'Share…' }).count(), 0);
      assert.equal(await section.getByRole('link', { name: 'Share on Bluesky' }).count(), 1);
      await expectNoAxeViolations(page, `${heading}, JavaScript off`, { javaScriptEnabled: false });
      if (path === `/a/${answerId}`) {
        await section.screenshot({ path: `${shots}/share-nojs.png` });
        await section.getByRole('textbox', { name: 'Share on Mastodon: your server' }).fill('mastodon.social');
        await section.getByRole('button', { name: 'Share on Mastodon' }).click();
        await page.waitForURL(/^https:\/\/mastodon\.social\/share\?/);
        assert.equal(new URL(page.url()).searchParams.get('text'), `Jo (Manager) on “Where do I find the time?” ${server.url}/a/${answerId}`);
      }
      assert.ok(
        elsewhere.every((u) => u.startsWith('https://mastodon.social/share?')),
        `only the Mastodon step the reader asked for left the site: ${elsewhere}`,
      );
      await page.context().close();
    }
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`"Ask a manager" from an empty cell opens the question with Manager chosen, ready to share (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { slug } = await createBoard(server.db, { title: 'Missing voices' });
      await addAnswers(server.db, slug, [{ question: 'q1', perspective: 'p1', body: 'Phone the duty team.' }]);
      const { page } = await newPage({ javaScriptEnabled });
      await page.goto(`${server.url}/b/${slug}`);
      const cell = page
        .getByRole('row', { name: /What do I do first\?/ })
        .getByRole('cell')
        .nth(1);
      await cell.getByText('No answers yet from managers').waitFor();
      const ask = cell.getByRole('link', { name: 'Ask a manager to answer “What do I do first?”' });
      if (javaScriptEnabled) await cell.screenshot({ path: `${shots}/ask-cell.png` });
      await ask.click();
      await page.waitForURL(`${server.url}/b/${slug}/q/q1?perspective=p2`);
      assert.equal(await page.getByRole('radio', { name: 'Manager' }).isChecked(), true, 'Manager is chosen in the form');
      assert.equal(await page.getByRole('radio', { name: 'Practitioner' }).isChecked(), false);
      const share = page.getByRole('region', { name: 'Share this question' });
      assert.equal(await share.getByRole('textbox', { name: 'Link to this page' }).inputValue(), `${server.url}/b/${slug}/q/q1?perspective=p2`);
      const email = await share.getByRole('link', { name: 'Share by email' }).getAttribute('href');
      assert.match(decodeURIComponent(email ?? ''), /As a manager, how would you answer “What do I do first\?”\?/);
      await expectNoAxeViolations(page, `question page asking a manager, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, { javaScriptEnabled });
      await page.context().close();
    });
  }

  test('at 320 px the share links wrap and every target stays at least 24 px', async () => {
    const { slug } = await createBoard(server.db);
    const { page } = await newPage({ width: 320 });
    await page.goto(`${server.url}/b/${slug}`);
    const section = page.getByRole('region', { name: 'Share this board' });
    await section.waitFor();
    const sizes = await section.locator('a, button:not([hidden]), input:not([type=hidden])').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    for (const box of sizes) assert.ok(box.height >= 24 && box.width >= 24, `a target of ${box.width}×${box.height}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, 'no sideways scrolling');
    await expectNoAxeViolations(page, 'share section at 320 px');
    await section.screenshot({ path: `${shots}/share-320.png` });
    await page.context().close();
  });
});
