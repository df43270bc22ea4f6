// Helpful votes in Chromium: pressing with JavaScript on (count, aria-pressed, the announcement, kept after a
// reload), with JavaScript off (the form posts and comes back to the same place), and sorting a cell by most
// helpful. axe on every state; screenshots in /tmp/shots/votes/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { newPerson, pageLooker, submit } from '../../test/journeys.ts';
import { addAnswers, startServer, type TestServer } from '../../test/server.ts';

const look = pageLooker('/tmp/shots/votes');

describe('helpful votes in a browser', { timeout: 300_000 }, () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A board with three answers in one cell, oldest first: Sam, Jo, Ali. */
  async function boardWithCell() {
    const board = await createBoard(server.db, { title: 'Helpful board' });
    const start = Date.parse('2026-03-01T09:00:00Z');
    const [sam, jo, ali] = await addAnswers(
      server.db,
      board.slug,
      ['Sam', 'Jo', 'Ali'].map((name, i) => ({
        question: 'q1',
        perspective: 'p1',
        body: `${name}'s advice: write it down.`,
        displayName: name,
        createdAt: new Date(start + i * 60_000).toISOString(),
      })),
    );
    return { board, sam: sam!, jo: jo!, ali: ali! };
  }

  const countOf = async (id: string) =>
    (await server.db.selectFrom('answers').select('helpfulCount').where('id', '=', id).executeTakeFirstOrThrow()).helpfulCount;
  const helpful = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Helpful \\(\\d+\\) — mark this answer by ${name} as helpful$`) });
  const shownCount = (page: Page, id: string) => page.locator(`button [data-helpful-count="${id}"]`).textContent();
  const cellOrder = (page: Page) =>
    page
      .getByRole('row', { name: /What do I do first\?/ })
      .getByRole('cell')
      .first()
      .locator('.answer__text')
      .allTextContents();

  test('with JavaScript on: a press counts and shows as pressed, a second takes it back, a reload remembers; sorting by most helpful', async () => {
    const { board, sam, jo, ali } = await boardWithCell();
    const { context, page } = await newPerson(browser);
    await page.goto(`${server.url}/b/${board.slug}`);
    const joButton = helpful(page, 'Jo');
    assert.equal(await joButton.getAttribute('aria-pressed'), 'false', 'the script makes it a toggle button');
    assert.equal(await joButton.textContent(), 'Helpful (0) — mark this answer by Jo as helpful');
    await look(page, 'board before any press (JavaScript on)');

    await joButton.click();
    await page.waitForFunction((id) => document.querySelector(`[data-helpful-count="${id}"]`)?.textContent === '1', jo);
    assert.equal(await joButton.getAttribute('aria-pressed'), 'true');
    assert.equal(page.url(), `${server.url}/b/${board.slug}`, 'no page load');
    assert.equal(await joButton.evaluate((el) => el === document.activeElement), true, 'focus stays on the button');
    await page.getByRole('status').filter({ hasText: 'Marked helpful' }).waitFor();
    assert.equal(await countOf(jo), 1);
    await look(page, 'Jo marked helpful (JavaScript on)');

    await page.reload();
    assert.equal(await helpful(page, 'Jo').getAttribute('aria-pressed'), 'true', 'remembered after a reload');
    assert.equal(await shownCount(page, jo), '1');
    assert.equal(await helpful(page, 'Sam').getAttribute('aria-pressed'), 'false');
    await look(page, 'board reloaded, Jo still pressed (JavaScript on)');

    // By keyboard: Space presses the focused button again, which takes the mark back.
    await helpful(page, 'Jo').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((id) => document.querySelector(`[data-helpful-count="${id}"]`)?.textContent === '0', jo);
    assert.equal(await helpful(page, 'Jo').getAttribute('aria-pressed'), 'false');
    await page.getByRole('status').filter({ hasText: 'Helpful mark taken back' }).waitFor();
    assert.equal(await countOf(jo), 0);
    await look(page, 'Jo mark taken back (JavaScript on)');

    // Jo once from this browser, Ali twice from two others: most helpful first is Ali, Jo, Sam.
    await helpful(page, 'Jo').click();
    await page.waitForFunction((id) => document.querySelector(`[data-helpful-count="${id}"]`)?.textContent === '1', jo);
    for (let i = 0; i < 2; i++) {
      const other = await newPerson(browser);
      await other.page.goto(`${server.url}/b/${board.slug}`);
      await helpful(other.page, 'Ali').click();
      await other.page.getByRole('status').filter({ hasText: 'Marked helpful' }).waitFor();
      await other.context.close();
    }
    assert.equal(await countOf(ali), 2);
    assert.equal(await countOf(sam), 0);
    await page.reload();
    assert.deepEqual(await cellOrder(page), ["Sam's advice: write it down.", "Jo's advice: write it down.", "Ali's advice: write it down."]);
    await page.getByRole('navigation', { name: 'Sort answers' }).getByRole('link', { name: 'Most helpful first' }).click();
    await page.waitForURL(`${server.url}/b/${board.slug}?sort=helpful`);
    assert.deepEqual(await cellOrder(page), ["Ali's advice: write it down.", "Jo's advice: write it down.", "Sam's advice: write it down."]);
    assert.equal(await page.getByRole('link', { name: 'Most helpful first' }).getAttribute('aria-current'), 'page');
    assert.equal(await helpful(page, 'Jo').getAttribute('aria-pressed'), 'true');
    assert.equal(await shownCount(page, ali), '2');
    await look(page, 'board sorted by most helpful (JavaScript on)');

    // The filter keeps the order.
    await page.getByRole('navigation', { name: 'Show answers from' }).getByRole('link', { name: 'Practitioner' }).click();
    await page.waitForURL(`${server.url}/b/${board.slug}?perspective=p1&sort=helpful`);
    assert.equal(await page.locator('.answer__text').first().textContent(), "Ali's advice: write it down.");
    await look(page, 'practitioners only, most helpful first (JavaScript on)');
    await context.close();
  });

  test('with JavaScript off: the press posts and comes back to the same place with the count changed', async () => {
    const { board, sam } = await boardWithCell();
    const { context, page } = await newPerson(browser, { javaScriptEnabled: false });
    await page.goto(`${server.url}/b/${board.slug}/q/q1?sort=helpful`);
    const samButton = helpful(page, 'Sam');
    assert.equal(await samButton.getAttribute('aria-pressed'), null, 'a plain button: the page cannot know what this browser pressed');
    await look(page, 'question page before a press (JavaScript off)', { javaScriptEnabled: false });

    assert.equal(await submit(page, () => samButton.click()), 303);
    assert.equal(page.url(), `${server.url}/b/${board.slug}/q/q1?sort=helpful#answer-${sam}`);
    assert.equal(await shownCount(page, sam), '1');
    assert.equal(await countOf(sam), 1);
    assert.equal(await page.locator('.answer__text').first().textContent(), "Sam's advice: write it down.", 'now the most helpful');
    const scrolled = await page.evaluate((id) => document.getElementById(`answer-${id}`)!.getBoundingClientRect().top, sam);
    assert.ok(scrolled >= -1 && scrolled < 900, 'the answer is in view');
    await look(page, 'question page after a press (JavaScript off)', { javaScriptEnabled: false });

    assert.equal(await submit(page, () => helpful(page, 'Sam').click()), 303);
    assert.equal(await shownCount(page, sam), '0', 'a second press takes it back');
    assert.equal(await countOf(sam), 0);

    // The permalink page has the button too, and comes back to itself.
    await page.goto(`${server.url}/a/${sam}`);
    assert.equal(await submit(page, () => helpful(page, 'Sam').click()), 303);
    assert.equal(page.url(), `${server.url}/a/${sam}`);
    assert.equal(await page.locator(`[data-helpful-count="${sam}"]`).textContent(), '1');
    await look(page, 'permalink after a press (JavaScript off)', { javaScriptEnabled: false });
    await context.close();
  });

  test('the permalink page with JavaScript on, a flood stopped, and the embed showing the count alone', async () => {
    const { board, sam, ali } = await boardWithCell();
    const { context, page } = await newPerson(browser);
    await page.goto(`${server.url}/a/${ali}`);
    await helpful(page, 'Ali').click();
    await page.getByRole('status').filter({ hasText: 'Marked helpful' }).waitFor();
    assert.equal(await helpful(page, 'Ali').getAttribute('aria-pressed'), 'true');
    await look(page, 'permalink pressed (JavaScript on)');

    // A flood from this browser (a script pressing another answer over and over) is stopped, and the reader is told why.
    const statuses = await page.evaluate(async (url) => {
      const seen: number[] = [];
      for (let i = 0; i < 35; i++) seen.push((await fetch(url, { method: 'POST', headers: { 'x-fragment': '1' } })).status);
      return seen;
    }, `${server.url}/a/${sam}/helpful`);
    assert.ok(statuses.includes(429));
    await helpful(page, 'Ali').click();
    await page.getByRole('status').filter({ hasText: 'marked helpful from this browser or your network in the last minute. Wait a minute' }).waitFor();
    assert.match(await page.locator('.helpful__problem').innerText(), /Wait a minute, then try again\./, 'shown beside the button too');
    assert.equal(await helpful(page, 'Ali').getAttribute('aria-pressed'), 'true', 'unchanged');
    assert.equal(page.url(), `${server.url}/a/${ali}`);
    await look(page, 'permalink, too many presses (JavaScript on)');

    await page.goto(`${server.url}/embed/b/${board.slug}`);
    assert.equal(await page.getByRole('button', { name: /Helpful/ }).count(), 0);
    await page.getByText('1 found this helpful').waitFor();
    await look(page, 'embed with counts');
    await context.close();
  });
});
