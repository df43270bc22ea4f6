// The board pasted into a real WordPress post (Debian's WordPress 6.1, test/wordpress.ts), as a blogger does it:
// the address on a line of its own, in classic content and in the block editor's Embed block. WordPress filters our
// oEmbed HTML down to a blockquote and a sandboxed iframe and sizes the frame with its own wp-embed.js (200–1,000 px);
// these tests read the published post in Chromium. Screenshots go to /tmp/shots/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Frame, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { launchBrowser } from '../../test/browser.ts';
import { addAnswers, startServer, type TestServer } from '../../test/server.ts';
import { startWordPress, type WordPress } from '../../test/wordpress.ts';
import { importDemoBoard } from '../../test/helpers.ts';

const shots = '/tmp/shots';

/** Polls until check() passes or time runs out, then throws its last failure. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('a board pasted into a real WordPress post', { timeout: 180_000 }, () => {
  let server: TestServer;
  let wordpress: WordPress;
  let browser: Browser;
  let slug: string;
  const posts: Record<'classic' | 'block' | 'welsh', string> = { classic: '', block: '', welsh: '' };

  before(async () => {
    fs.mkdirSync(shots, { recursive: true });
    server = await startServer();
    slug = await importDemoBoard(server.db);
    // A busy cell: more answers than the compact embed shows, so "N more" leads to the rest.
    await addAnswers(
      server.db,
      slug,
      Array.from({ length: 6 }, (_, i) => ({
        question: 'suicidal-mention',
        perspective: 'practitioner',
        body: `Answer ${i + 1}: take it seriously, follow your organisation's safeguarding procedure at once, and tell your manager what you did and when. Write it down.`,
        displayName: `Practitioner ${i + 1}`,
      })),
    );
    [wordpress, browser] = await Promise.all([startWordPress(Number(new URL(server.url).port)), launchBrowser()]);
    const address = `${server.url}/b/${slug}`;
    posts.classic = wordpress.publishPost('What we heard at the workshop', `Here are the answers so far.\n\n${address}\n\nThanks for reading.`);
    posts.block = wordpress.publishPost(
      'What we heard (block editor)',
      `<!-- wp:paragraph -->\n<p>Here are the answers so far.</p>\n<!-- /wp:paragraph -->\n\n` +
        `<!-- wp:embed {"url":"${address}","type":"rich","providerNameSlug":"roundtable"} -->\n` +
        `<figure class="wp-block-embed is-type-rich is-provider-roundtable wp-block-embed-roundtable"><div class="wp-block-embed__wrapper">\n${address}\n</div></figure>\n` +
        '<!-- /wp:embed -->',
    );
    // A Welsh blogger pastes the board's Welsh address.
    posts.welsh = wordpress.publishPost('Beth glywson ni yn y gweithdy', `Dyma’r atebion hyd yma.\n\n${server.url}/cy/b/${slug}\n\nDiolch am ddarllen.`);
  });
  after(async () => {
    await browser?.close();
    wordpress?.stop();
    await server?.close();
  });

  /** A reader's page, recording every address the browser asks for. */
  async function open(url: string, width: number): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url);
    return { page, requests };
  }

  async function embedFrame(page: Page): Promise<Frame> {
    const handle = await page.locator('iframe.wp-embedded-content').elementHandle();
    const frame = await handle?.contentFrame();
    assert.ok(frame, 'WordPress shows the board in an iframe');
    return frame;
  }

  /** Waits until wp-embed.js has sized the frame to its content, with nothing clipped and no scrollbar inside. */
  async function expectSized(page: Page, frame: Frame, label: string) {
    return eventually(async () => {
      const iframe = await page.locator('iframe.wp-embedded-content').evaluate((el) => {
        const rect = el.getBoundingClientRect();
        return { height: rect.height, width: rect.width, hiddenByWordPress: el.hasAttribute('style') };
      });
      assert.equal(iframe.hiddenByWordPress, false, `${label}: wp-embed.js has not shown the frame yet`);
      const inner = await frame.evaluate(() => {
        const main = document.getElementById('embed')!;
        return {
          content: Math.ceil(main.getBoundingClientRect().bottom + window.scrollY),
          scrollHeight: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          clientHeight: document.documentElement.clientHeight,
          clientWidth: document.documentElement.clientWidth,
        };
      });
      assert.ok(Math.abs(iframe.height - inner.content) <= 40, `${label}: the frame is ${iframe.height}px tall for ${inner.content}px of content`);
      assert.ok(inner.scrollHeight <= inner.clientHeight + 1, `${label}: ${inner.scrollHeight}px of content scrolls in a ${inner.clientHeight}px frame`);
      assert.ok(inner.scrollWidth <= inner.clientWidth + 1, `${label}: ${inner.scrollWidth}px of content is clipped in a ${inner.clientWidth}px-wide frame`);
      assert.ok(inner.content <= 1000, `${label}: ${inner.content}px of content is more than wp-embed.js allows a frame (1,000 px)`);
      return { frameWidth: Math.round(iframe.width), frameHeight: Math.round(iframe.height), content: inner.content };
    });
  }

  function expectOnlyLocal(requests: string[], label: string) {
    const elsewhere = requests.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).hostname !== '127.0.0.1');
    assert.deepEqual(elsewhere, [], `${label}: requests left for a third party`);
  }

  for (const kind of ['classic', 'block'] as const) {
    test(`${kind} post: the frame fits its content at 320, 600 and 1,000 px wide, with no scrollbar and no third-party request`, async () => {
      for (const width of [320, 600, 1000]) {
        const { page, requests } = await open(posts[kind], width);
        const frame = await embedFrame(page);
        const size = await expectSized(page, frame, `${kind}, ${width}px`);
        console.log(`  ${kind} post at ${width}px: frame ${size.frameWidth}×${size.frameHeight}px, content ${size.content}px`);
        await page.screenshot({ path: `${shots}/wordpress-${kind}-${width}.png`, fullPage: true });
        // Every question is reachable inside the frame, and each keeps the frame sized.
        const questions = await frame.locator('.compact__questions a').count();
        assert.equal(questions, 5);
        for (let i = 2; i <= questions; i++) {
          await frame.locator('.compact__questions a', { hasText: new RegExp(`^${i}$`) }).click();
          await frame.waitForURL(/[?&]q=[a-z-]+#\?secret=/);
          await frame.locator('.compact__question', { hasText: `${i} of ${questions}` }).waitFor();
          await expectSized(page, frame, `${kind}, ${width}px, question ${i}`);
        }
        expectOnlyLocal(requests, `${kind}, ${width}px`);
        await page.context().close();
      }
    });
  }

  test('the perspective filter works inside the frame and keeps it sized', async () => {
    const { page, requests } = await open(posts.classic, 600);
    const frame = await embedFrame(page);
    const before = await expectSized(page, frame, 'all perspectives');
    await frame.locator('.filter').getByRole('link', { name: 'Practitioner', exact: true }).click();
    await frame.waitForURL(/perspective=practitioner#\?secret=[A-Za-z0-9]+$/);
    const filtered = await expectSized(page, frame, 'practitioners only');
    console.log(`  filter: ${before.frameHeight}px for all perspectives, ${filtered.frameHeight}px for practitioners`);
    assert.equal(await frame.locator('.compact__perspective').count(), 1);
    assert.equal(await frame.locator('.compact__answer').count(), 3, 'three answers from one perspective, then "N more"');
    assert.match((await frame.locator('.compact__more').textContent()) ?? '', /^\d+ more from practitioners$/);
    await frame.locator('.filter').getByRole('link', { name: 'All perspectives' }).click();
    await frame.waitForURL((u) => !u.search.includes('perspective='));
    await expectSized(page, frame, 'all perspectives again');
    expectOnlyLocal(requests, 'filter');
    await page.context().close();
  });

  test('the Welsh address gives the Welsh embed: its picker and filter stay in the sized frame, its links open Welsh pages', async () => {
    const { page, requests } = await open(posts.welsh, 600);
    const frame = await embedFrame(page);
    await expectSized(page, frame, 'Welsh');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'cy');
    assert.match(frame.url(), new RegExp(`^${server.url}/cy/embed/b/${slug}\\?compact=1`));
    // Links that stay in the frame carry WordPress's secret, so the next page is sized too (embed-frame.ts).
    await frame.locator('.compact__questions a', { hasText: /^2$/ }).click();
    await frame.waitForURL(/\/cy\/embed\/b\/[^?]+\?compact=1&q=[a-z-]+#\?secret=/);
    await frame.locator('.compact__question', { hasText: '2 o 5' }).waitFor();
    await expectSized(page, frame, 'Welsh, question 2');
    await frame.locator('.filter').getByRole('link', { name: 'Pob safbwynt' }).waitFor();
    await page.screenshot({ path: `${shots}/wordpress-welsh-600.png`, fullPage: true });
    await frame.getByRole('link', { name: 'Pob ateb i’r cwestiwn hwn' }).click();
    await page.waitForURL(new RegExp(`^${server.url}/cy/b/${slug}/q/[a-z-]+$`));
    assert.equal(page.frames().length, 1, 'the top page moved to the Welsh question page, not the frame');
    expectOnlyLocal(requests, 'Welsh');
    await page.context().close();
  });

  test('a click on an answer, "N more", "All answers" or "Add your answer" opens the real page at the top level', async () => {
    const targets: [string, (frame: Frame) => ReturnType<Frame['locator']>, RegExp][] = [
      ['an answer', (f) => f.locator('.compact__answer a').first(), new RegExp(`^${server.url}/a/[0-9a-z]+$`)],
      ['"N more"', (f) => f.locator('.compact__more').first(), new RegExp(`^${server.url}/b/${slug}/q/suicidal-mention#p-practitioner$`)],
      [
        '"All answers to this question"',
        (f) => f.getByRole('link', { name: 'All answers to this question' }),
        new RegExp(`^${server.url}/b/${slug}/q/suicidal-mention$`),
      ],
      ['"Add your answer"', (f) => f.getByRole('link', { name: 'Add your answer' }), new RegExp(`^${server.url}/b/${slug}/q/suicidal-mention$`)],
    ];
    for (const [label, link, expected] of targets) {
      const { page } = await open(posts.block, 600);
      const frame = await embedFrame(page);
      await expectSized(page, frame, label);
      await link(frame).click();
      await page.waitForURL(expected);
      assert.equal(page.frames().length, 1, `${label}: the top page moved, not the frame`);
      await page.context().close();
    }
  });

  test('the post with the board passes axe', async () => {
    const { page } = await open(posts.classic, 600);
    const frame = await embedFrame(page);
    await expectSized(page, frame, 'axe');
    await expectNoAxeViolations(page, 'WordPress post with the board');
    await page.context().close();
  });
});
