// Browser tests for the embed: the code a blogger copies, the iframe growing to fit on another site,
// no cookies or forms inside it, and every other page refusing to be framed. Screenshots go to /tmp/shots/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Frame, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard, importDemoBoard } from '../../test/helpers.ts';
import { addAnswers, startServer, type SeedAnswer, type TestServer } from '../../test/server.ts';
import { demoBoardFile } from '../boards/boards.input.ts';

const shots = '/tmp/shots';

/** A blog on another origin: serves whatever page the test last gave it at /host.html. */
async function startHostSite(): Promise<{ origin: string; setPage(html: string): void; close(): Promise<void> }> {
  let page = '';
  const server = http.createServer((request, response) => {
    if (request.url !== '/host.html') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost" and another port: a different origin from the app's 127.0.0.1.
    origin: `http://localhost:${port}`,
    setPage: (html) => {
      page = html;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog post</title>
<style>body { font-family: Georgia, serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; }</style></head>
<body><h1>What we heard at the workshop</h1><p>Here is the board from our session.</p>
${body}
<p id="after">Thanks for reading.</p></body></html>`;
}

/** Polls until check() passes or time runs out, then throws its last failure. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 5000): Promise<T> {
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

describe('embedding a board on another website', () => {
  let server: TestServer;
  let browser: Browser;
  let host: Awaited<ReturnType<typeof startHostSite>>;

  before(async () => {
    fs.mkdirSync(shots, { recursive: true });
    [server, browser, host] = await Promise.all([startServer(), launchBrowser(), startHostSite()]);
  });
  after(async () => {
    await browser?.close();
    await host?.close();
    await server?.close();
  });

  async function newPage(width = 1024): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    context.setDefaultTimeout(10_000);
    return context.newPage();
  }

  /** Many practitioners' answers, few from managers: a tall table that shrinks when filtered to managers. */
  function manyAnswers(): SeedAnswer[] {
    const answers: SeedAnswer[] = [];
    for (let i = 1; i <= 12; i++) {
      for (const question of ['q1', 'q2']) {
        answers.push({
          question,
          perspective: 'p1',
          body: `Practitioner answer ${i} to ${question}: check the policy, talk to your supervisor, and write down what you did and why.`,
          displayName: `Person ${i}`,
        });
      }
    }
    answers.push({ question: 'q1', perspective: 'p2', body: 'A single manager answer.', displayName: 'Mo' });
    return answers;
  }

  /** The embed code exactly as the board page offers it. */
  async function embedCodeFor(slug: string): Promise<string> {
    const page = await newPage();
    await page.goto(`${server.url}/b/${slug}`);
    const code = await page.locator('textarea#embed-code').inputValue();
    await page.context().close();
    return code;
  }

  async function heights(page: Page, frame: Frame) {
    const iframe = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
    // The content's own height (the body is not stretched to the frame), and whether the frame's document scrolls.
    const doc = await frame.evaluate(() => ({
      content: document.body.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    return { iframe, content: doc.content, scroll: doc.scroll, visible: doc.client };
  }

  /** Waits until the iframe is as tall as the embed's content (and, if given, until expect() holds too). */
  async function expectFits(page: Page, frame: Frame, description: string, expect: (h: Awaited<ReturnType<typeof heights>>) => void = () => {}) {
    return eventually(async () => {
      const h = await heights(page, frame);
      assert.ok(Math.abs(h.iframe - h.content) <= 2, `${description}: the iframe is ${h.iframe}px tall for ${h.content}px of content`);
      assert.ok(h.scroll <= h.visible + 1, `${description}: the embed scrolls inside its frame (${h.scroll}px in ${h.visible}px)`);
      expect(h);
      return h;
    });
  }

  test('the board page offers the embed code in a details element', async () => {
    const { slug } = await createBoard(server.db, { title: 'Embeddable board' });
    const page = await newPage();
    await page.goto(`${server.url}/b/${slug}`);
    const details = page.locator('details', { has: page.getByText('Embed this board on your website') });
    assert.equal(await details.count(), 1);
    const code = page.getByRole('textbox', { name: 'Embed code' });
    assert.equal(await code.isVisible(), false, 'the code is tucked away until asked for');
    await details.locator('summary').click();
    assert.equal(await code.isVisible(), true);
    assert.equal(await code.getAttribute('readonly'), '');
    const value = await code.inputValue();
    assert.match(value, new RegExp(`<iframe src="${server.url}/embed/b/${slug}" title="Embeddable board"`));
    assert.match(value, new RegExp(`<script src="${server.url}/embed.js" async></script>`));
    await expectNoAxeViolations(page, 'board page with the embed code open');
    await details.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/embed-code.png` });
    await page.context().close();
  });

  test('on another origin the iframe grows to fit the table, and follows it when the content changes', async () => {
    const { slug } = await createBoard(server.db, { title: 'A tall board' });
    await addAnswers(server.db, slug, manyAnswers());
    host.setPage(hostPage(await embedCodeFor(slug)));

    const page = await newPage();
    await page.goto(`${host.origin}/host.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    assert.ok(frame, 'the iframe has a document');
    await frame.waitForLoadState('load');
    assert.equal(new URL(frame.url()).origin, server.url, 'the embed comes from the app, not the host');
    await frame.getByRole('table').waitFor();

    const full = await expectFits(page, frame, 'all perspectives', (h) =>
      assert.ok(h.iframe > 1600, `with many answers the iframe grows well past its initial 800px: ${h.iframe}px`),
    );
    assert.equal(await page.locator('iframe').getAttribute('scrolling'), 'no');
    // The host's text after the board sits below the whole table, not over it.
    const afterTop = await page.locator('#after').evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
    const frameBottom = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().bottom + window.scrollY);
    assert.ok(afterTop >= frameBottom, 'the paragraph after the embed is below it');
    // (A full-page screenshot leaves a cross-origin frame blank below the first screen, so take the top and the end.)
    await page.screenshot({ path: `${shots}/embed-host-top.png` });
    await page.locator('#after').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/embed-host-end.png` });

    // Filtering inside the frame to the one manager answer: the frame shrinks to the shorter table.
    await frame.getByRole('link', { name: 'Manager', exact: true }).click();
    await frame.waitForURL(`${server.url}/embed/b/${slug}?perspective=p2`);
    await frame.getByText('A single manager answer.').waitFor();
    await expectFits(page, frame, 'managers only', (h) =>
      assert.ok(h.iframe < full.iframe / 2, `the frame shrinks when the table does: ${full.iframe}px → ${h.iframe}px`),
    );
    await page.screenshot({ path: `${shots}/embed-host-filtered.png`, fullPage: true });

    // Back to everything: it grows again.
    await frame.getByRole('link', { name: 'All perspectives' }).click();
    await frame.waitForURL(`${server.url}/embed/b/${slug}`);
    await expectFits(page, frame, 'all perspectives again', (h) => assert.ok(Math.abs(h.iframe - full.iframe) <= 2, `back to ${full.iframe}px: ${h.iframe}px`));

    // On a phone the table reflows into taller cards, and the frame follows without a reload.
    await page.setViewportSize({ width: 360, height: 740 });
    await expectFits(page, frame, 'at 360px wide', (h) =>
      assert.ok(h.iframe > full.iframe + 200, `the reflowed table is taller: ${h.iframe}px vs ${full.iframe}px`),
    );
    const sideways = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `the embed scrolls sideways by ${sideways}px on a phone`);
    await page.screenshot({ path: `${shots}/embed-host-phone.png` });
    await page.context().close();
  });

  test('the embed sets no cookies and holds no forms; its links leave in a new tab', async () => {
    const { slug } = await createBoard(server.db, { title: 'Cookie-free board' });
    await addAnswers(server.db, slug, [{ question: 'q1', perspective: 'p1', body: 'An answer to read.', displayName: 'Sam' }]);
    host.setPage(hostPage(await embedCodeFor(slug)));
    const page = await newPage();
    const setCookies: string[] = [];
    page.on('response', async (response) => {
      const cookie = await response.headerValue('set-cookie');
      if (cookie) setCookies.push(`${response.url()}: ${cookie}`);
    });
    await page.goto(`${host.origin}/host.html`);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.getByText('An answer to read.').waitFor();
    await page.waitForLoadState('networkidle');

    assert.deepEqual(setCookies, [], 'no response set a cookie');
    assert.deepEqual(await page.context().cookies(), [], 'the browser holds no cookies');
    assert.equal(await frame.locator('form, input, textarea, select').count(), 0, 'nothing to fill in inside the embed');
    assert.deepEqual(await frame.getByRole('button').allTextContents(), ['Pause live updates'], 'the one button pauses live updates');
    const leaving = await frame
      .locator('a:not([href^="/embed/"])')
      .evaluateAll((links) => links.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target') })));
    assert.ok(leaving.length >= 4, `the title, question, permalink and "Add your answer" links: ${leaving.length}`);
    for (const link of leaving) assert.equal(link.target, '_blank', `${link.href} opens in a new tab`);
    await page.context().close();
  });

  test('the embed page on its own has no accessibility violations, wide and at 320px', async () => {
    const { slug } = await createBoard(server.db, { title: 'Accessible embed' });
    await addAnswers(server.db, slug, manyAnswers().slice(0, 5));
    for (const width of [1024, 320]) {
      const page = await newPage(width);
      const response = await page.goto(`${server.url}/embed/b/${slug}`);
      assert.equal(response?.status(), 200);
      await page.getByRole('table').waitFor();
      await expectNoAxeViolations(page, `embed at ${width}px`);
      if (width === 320) {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= 320, `the embed scrolls sideways at 320px: ${scrollWidth}px`);
      }
      await page.screenshot({ path: `${shots}/embed-${width}.png`, fullPage: true });
      await page.context().close();
    }
  });

  test('the compact embed of the demo board fits under 1,000 px at frame widths from 320 to 1,200 px, every question and perspective, in English and in Welsh, with no accessibility violations', async () => {
    const slug = await importDemoBoard(server.db);
    const long = 'Take it seriously, follow your safeguarding procedure at once, and tell your manager what you did and when. Write it all down.';
    await addAnswers(
      server.db,
      slug,
      Array.from({ length: 6 }, (_, i) => ({
        question: 'suicidal-mention',
        perspective: 'practitioner',
        body: `${i + 1}. ${long}`,
        displayName: `Practitioner ${i + 1}`,
      })),
    );
    const board = JSON.parse(fs.readFileSync(demoBoardFile, 'utf8'));
    const questions: string[] = board.questions.map((q: { key: string }) => q.key);
    const perspectives: string[] = ['', ...board.perspectives.map((p: { key: string }) => p.key)];
    // Welsh sentences run longer than English ones: the Welsh embed (/cy/embed/…) must fit the same frame.
    for (const language of ['', '/cy']) {
      const tallest: string[] = [];
      for (const width of [320, 800, 1200]) {
        const page = await newPage(width);
        let max = 0;
        for (const q of questions) {
          for (const perspective of perspectives) {
            const url = `${server.url}${language}/embed/b/${slug}?compact=1&q=${q}${perspective ? `&perspective=${perspective}` : ''}`;
            assert.equal((await page.goto(url))?.status(), 200);
            const size = await page.evaluate(() => ({
              height: Math.ceil(document.getElementById('embed')!.getBoundingClientRect().bottom),
              scrollWidth: document.documentElement.scrollWidth,
            }));
            assert.ok(size.height <= 1000, `${language}${width}px, ${q} ${perspective}: ${size.height}px is taller than WordPress allows`);
            assert.ok(size.scrollWidth <= width, `${language}${width}px, ${q} ${perspective}: scrolls sideways (${size.scrollWidth}px)`);
            max = Math.max(max, size.height);
            if (q === questions[0] && (perspective === '' || perspective === 'practitioner'))
              await expectNoAxeViolations(page, `compact embed ${language} at ${width}px`);
          }
        }
        tallest.push(`${width}px wide: ${max}px`);
        await page.screenshot({ path: `${shots}/embed-compact${language ? '-cy' : ''}-${width}.png`, fullPage: true });
        await page.context().close();
      }
      console.log(`  compact embed of the demo board${language ? ' in Welsh' : ''}, tallest page: ${tallest.join(', ')}`);
    }
  });

  test('a compact embed of a board with many perspectives still fits under 1,000 px at 320 px, each cell one click from its answers', async () => {
    const labels = [
      'Person using services',
      'Carer or family member',
      'Nurse',
      'Doctor',
      'Social worker',
      'Care worker',
      'Occupational therapist',
      'Pharmacist',
      'Team manager',
      'Senior leader',
      'Communications officer',
      'Digital specialist',
      'Information governance lead',
      'Safeguarding lead',
      'Student',
      'Other',
    ];
    const perspectives = labels.map((label, i) => ({ key: `p${i + 1}`, label, plural: `${label.toLowerCase()}s` }));
    const question = {
      key: 'q1',
      text: 'Someone I support mentions me online saying they are suicidal and I see it late at night, off duty, on my own phone. What do I do?',
    };
    const { slug } = await createBoard(server.db, {
      title: 'A board for every role in a large health and care organisation',
      perspectives,
      questions: [question],
    });
    const answered = perspectives.filter((_, i) => i % 2 === 0);
    await addAnswers(
      server.db,
      slug,
      answered.flatMap((p) =>
        [1, 2].map((n) => ({
          question: 'q1',
          perspective: p.key,
          body: `Answer ${n} from the ${p.label}: follow your safeguarding procedure, and tell your manager what you did and when.`,
        })),
      ),
    );
    const page = await newPage(320);
    assert.equal((await page.goto(`${server.url}/embed/b/${slug}?compact=1&q=q1`))?.status(), 200);
    const height = await page.evaluate(() => Math.ceil(document.getElementById('embed')!.getBoundingClientRect().bottom));
    assert.ok(height <= 1000, `${height}px is taller than WordPress allows`);
    assert.ok(await page.evaluate(() => document.body.classList.contains('compact--tight')), 'a board this large shows counts instead of excerpts');
    for (const p of answered) {
      const link = page.getByRole('link', { name: `2 answers from ${p.plural}` });
      assert.ok(await link.isVisible(), `${p.label}: its answers are one click away`);
      assert.match((await link.getAttribute('href')) ?? '', new RegExp(`/b/${slug}/q/q1#p-${p.key}$`));
    }
    await expectNoAxeViolations(page, 'tightened compact embed at 320px');
    await page.screenshot({ path: `${shots}/embed-compact-many-320.png`, fullPage: true });
    await page.context().close();
    console.log(`  compact embed with ${perspectives.length} perspectives at 320px: ${height}px`);
  });

  test('the fixed-height iframe code scrolls inside its frame, and its links leave in a new tab', async () => {
    const { slug } = await createBoard(server.db, { title: 'Fixed-height board' });
    await addAnswers(server.db, slug, manyAnswers());
    const page = await newPage();
    await page.goto(`${server.url}/b/${slug}`);
    await page.locator('summary', { hasText: 'Embed this board on your website' }).click();
    const code = await page.getByRole('textbox', { name: 'Iframe code' }).inputValue();
    await page.context().close();
    assert.doesNotMatch(code, /<script/);
    host.setPage(hostPage(code));
    const hosted = await newPage();
    await hosted.goto(`${host.origin}/host.html`);
    const frame = (await (await hosted.waitForSelector('iframe')).contentFrame())!;
    await frame.getByRole('table').waitFor();
    const frameHeight = await hosted.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    assert.ok(Math.abs(frameHeight - 800) <= 2, `the frame keeps its height: ${frameHeight}px`);
    const doc = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    assert.ok(doc.scroll > doc.client, `the table scrolls inside the frame (${doc.scroll}px in ${doc.client}px)`);
    const [popup] = await Promise.all([hosted.waitForEvent('popup'), frame.locator('.answer__meta a', { hasText: 'Permalink' }).first().click()]);
    await popup.waitForLoadState();
    assert.match(popup.url(), new RegExp(`^${server.url}/a/[0-9a-z]+$`));
    await expectNoAxeViolations(hosted, 'host page with the fixed-height iframe');
    await hosted.context().close();
  });

  test('other pages refuse to be framed by another site', async () => {
    const { slug } = await createBoard(server.db, { title: 'Not for framing' });
    const framed = [`/b/${slug}`, `/b/${slug}/q/q1`, '/'];
    host.setPage(hostPage(framed.map((path) => `<iframe src="${server.url}${path}" title="${path}" width="600" height="300"></iframe>`).join('\n')));
    const page = await newPage();
    const headers = new Map<string, Record<string, string>>();
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (response.url().startsWith(server.url) && framed.includes(path)) headers.set(path, await response.allHeaders());
    });
    await page.goto(`${host.origin}/host.html`);
    await page.waitForLoadState('networkidle');

    for (const path of framed) {
      const policy = headers.get(path)?.['content-security-policy'] ?? '';
      assert.match(policy, /frame-ancestors 'none'/, `${path} is sent with frame-ancestors 'none'`);
      const frame = await page
        .locator(`iframe[title="${path}"]`)
        .elementHandle()
        .then((el) => el!.contentFrame());
      assert.ok(frame);
      // Chromium replaces a refused frame with its own error page: none of the app's content is shown.
      assert.notEqual(new URL(frame.url()).origin, server.url, `${path} did not load in the frame (${frame.url()})`);
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      assert.doesNotMatch(text, /Not for framing|Roundtable|Boards/, `${path} shows nothing of the app inside the frame`);
    }
    await page.screenshot({ path: `${shots}/embed-refused.png`, fullPage: true });
    await page.context().close();
  });
});
