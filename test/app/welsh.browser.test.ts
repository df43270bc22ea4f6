// Issue 14 in a browser: a Welsh reader's whole visit. A crawl from /cy follows every Welsh link and finds, on every page,
// the page's language said (lang="cy"), no sentence of the English catalogue outside parts marked as English, and no axe
// violation (language of the page and of parts included); then someone answers the demo board in Welsh, with a mistake
// first, with JavaScript on and off. Screenshots go to /tmp/shots/welsh/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { catalogues } from '../../src/i18n/catalogue.ts';
import { LiveBus } from '../../src/live/live.bus.ts';
import { startSession } from '../../src/workshop/workshop.actions.ts';
import { launchBrowser } from '../browser.ts';
import { importDemoBoard } from '../helpers.ts';
import { newPerson, pageLooker, submit } from '../journeys.ts';
import { addAnswers, startServer, type TestServer } from '../server.ts';

/** Every sentence of the English catalogue a Welsh page must not show: three words or more, and not the same in Welsh. */
function englishSentences(): string[] {
  const found: string[] = [];
  const walk = (en: unknown, cy: unknown) => {
    if (typeof en === 'string') {
      if (en !== cy && en.trim().split(/\s+/).length >= 3) found.push(en.trim());
    } else if (en && typeof en === 'object') {
      for (const [key, value] of Object.entries(en)) walk(value, (cy as Record<string, unknown> | undefined)?.[key]);
    }
  };
  walk(catalogues.en, catalogues.cy);
  return found;
}

/** The page's visible text, leaving out parts marked as another language (untranslated board texts, English answers). */
function welshText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang]:not([lang^="cy"]), script, style, template')) el.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });
}

describe('a Welsh reader in a browser', { timeout: 300_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let slug: string;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    slug = await importDemoBoard(server.db);
    await server.db.updateTable('boards').set({ moderation: 'post' }).where('slug', '=', slug).execute();
    await addAnswers(server.db, slug, [{ question: 'private-life', perspective: 'practitioner', body: 'Mae fy nghyfrif i yn breifat.' }]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a crawl of every Welsh page finds them all in Welsh, with no English catalogue sentence and no axe violation', async () => {
    const sentences = englishSentences();
    assert.ok(sentences.length > 50, `the English catalogue has sentences to look for (${sentences.length})`);
    const look = pageLooker('/tmp/shots/welsh/crawl');
    const { context, page } = await newPerson(browser);
    const seen = new Set<string>();
    const board = await server.db.selectFrom('boards').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
    const session = await startSession(server.db, new LiveBus(), board);
    const queue = [
      '/cy',
      '/cy/help',
      `/cy/b/${slug}`,
      `/cy/embed/b/${slug}`,
      `/cy/embed/b/${slug}?compact=1`,
      '/cy/j',
      `/cy/j/${session.code}`,
      `/cy/b/${slug}/live`,
    ];
    // Pages of one template (each answer's page, each filter) need not all be seen: two of each shape are enough.
    const shapes = new Map<string, number>();
    const shapeOf = (path: string) => path.replace(/\/a\/[0-9a-z]+/, '/a/:id').replace(/=[^&]*/g, '=');
    const problems: string[] = [];
    while (queue.length > 0 && seen.size < 80) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await page.goto(`${server.url}${path}`);
      assert.equal(response?.status(), 200, `${path}: ${response?.status()}`);
      assert.equal(await page.getAttribute('html', 'lang'), 'cy', `${path}: <html lang="cy">`);
      const text = await welshText(page);
      for (const sentence of sentences) if (text.includes(sentence)) problems.push(`${path}: "${sentence}"`);
      await look(page, path);
      for (const href of await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href))) {
        const url = new URL(href);
        // Pages only: the Atom feed says its language in its own way (tested in src/feeds).
        if (url.origin !== server.url || !/^\/cy(\/|$)/.test(url.pathname) || url.pathname.endsWith('.atom')) continue;
        const next = url.pathname + url.search;
        if (seen.has(next) || queue.includes(next)) continue;
        const shape = shapeOf(next);
        if ((shapes.get(shape) ?? 0) >= 2) continue;
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        queue.push(next);
      }
    }
    await context.close();
    assert.ok(seen.size >= 10, `the crawl found Welsh pages (${[...seen].join(', ')})`);
    assert.deepEqual(problems, [], 'English sentences on Welsh pages');
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`answering the demo board in Welsh, a mistake first (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const look = pageLooker(`/tmp/shots/welsh/answer-js-${javaScriptEnabled ? 'on' : 'off'}`, { javaScriptEnabled });
      const { context, page } = await newPerson(browser, { javaScriptEnabled });
      await page.goto(`${server.url}/cy/b/${slug}`);
      await look(page, 'the board in Welsh');
      const form = page.locator('form[data-answer-form]').first();
      await form.locator('input[name="question"][value="private-life"]').check();
      await form.locator('input[name="perspective"][value="practitioner"]').check();
      await form.locator('input[name="use"][value="board"]').check();
      // The mistake: no answer written.
      const refused = await submit(page, () => form.locator('button[type="submit"]').first().click());
      assert.equal(refused, 422);
      assert.match(new URL(page.url()).pathname, /^\/cy\//, 'still in Welsh');
      assert.equal(await page.getAttribute('html', 'lang'), 'cy');
      const summary = page.locator('[data-error-summary]');
      assert.equal((await summary.locator('h2').textContent())?.trim(), 'Mae problem wedi codi');
      if (javaScriptEnabled) assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary')), true, 'the summary has focus');
      await look(page, 'the mistake, in Welsh');
      const english = englishSentences();
      const text = await welshText(page);
      assert.deepEqual(
        english.filter((s) => text.includes(s)),
        [],
        'no English sentence on the Welsh form with its errors',
      );

      const again = page.locator('form[data-answer-form]').first();
      await again.locator('textarea[name="body"]').fill('Rwy’n cadw fy nghyfrif personol ar wahân i’r gwaith.');
      if (!(await again.locator('input[name="use"][value="board"]').isChecked())) await again.locator('input[name="use"][value="board"]').check();
      const sent = await submit(page, () => again.locator('button[type="submit"]').first().click());
      assert.ok(sent === 303 || sent === 200, `sent: ${sent}`);
      assert.match(new URL(page.url()).pathname, new RegExp(`^/cy/b/${slug}/received/`), 'the confirmation is in Welsh');
      assert.equal(await page.getAttribute('html', 'lang'), 'cy');
      await look(page, 'received, in Welsh');
      await context.close();
    });
  }
});
