// The projector in Chromium, at the two sizes rooms project (1280 × 720 and 1920 × 1080), with the demo board
// and about ten published answers per cell: no scrollbar, body text of 28 px or more at 1080p, axe clean, a
// screenshot per state (in /tmp/shots-projector/), the QR code read back by a real decoder (Debian's zbarimg),
// and the screen following the facilitator live: an approved answer appears, a new question, a pause, a
// restart of the server it streams from, and no motion for those who ask for less.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp } from '../app.ts';
import { launchBrowser } from '../../test/browser.ts';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { createBoard, createTestDb, importDemoBoard, type TestDb } from '../../test/helpers.ts';
import { addAnswers, type SeedAnswer } from '../../test/server.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { freePort } from '../../test/ports.ts';

const shots = '/tmp/shots-projector';
const sizes = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

// Realistic answers of every length, put together from sentences people write on this board.
const sentences = [
  'Follow your safeguarding policy and tell your manager the same day.',
  'Reply privately and say you have seen the message.',
  'If there is an immediate risk to life, call 999.',
  'Move the conversation to a phone call as soon as you can.',
  'Keep a record of what was said and what you did.',
  'Talk it through with your supervisor afterwards: it is upsetting to read.',
  'Nothing online is ever completely private, whatever the settings say.',
  'Check who can see your photos and who can tag you in them.',
  'Your employer may still act on what it sees, even off duty.',
  'Criticism in public deserves a calm reply in public, and the detail in private.',
  'Ask the communications team before you answer a complaint online.',
  'Do not delete the post: screenshot it and pass it on.',
  'Suggest platforms with good moderation and clear reporting tools.',
  'Agree together how you will check in, and what to do if it makes things worse.',
  'Ten minutes a day is plenty if you plan what you will share.',
  'It saves time once people can find answers without ringing the office.',
  'We share one account across the team, so nobody carries it alone.',
  'Start by listening: search for your service and read what people say.',
];
const names = [null, 'Sam', null, 'Priya K', 'Jo', null, 'A ward manager', null, 'Chris', null];

function demoLoad(): SeedAnswer[] {
  const questions = ['suicidal-mention', 'private-life', 'criticised-online', 'recommend-platform', 'finding-time'];
  const perspectives = ['service-user', 'practitioner', 'manager', 'digital', 'other'];
  const answers: SeedAnswer[] = [];
  let n = 0;
  for (const question of questions) {
    for (const perspective of perspectives) {
      for (let i = 0; i < 10; i++, n++) {
        const length = 1 + ((n * 7) % 5);
        const body = Array.from({ length }, (_, k) => sentences[(n * 5 + k * 3) % sentences.length]).join(' ');
        answers.push({ question, perspective, body, displayName: names[n % names.length], createdAt: new Date(Date.UTC(2026, 11, 1, 9, 0, n)).toISOString() });
      }
    }
  }
  return answers;
}

/** The text in a PNG's QR code, read by zbarimg (test/run.ts installs zbar-tools). */
function decodeQr(file: string): string {
  const result = spawnSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' });
  assert.equal(result.status, 0, `zbarimg could not read ${file}: ${result.stderr}`);
  return result.stdout.trim();
}

// A hang guard, not a speed test: CI runs two test files at once on two cores.
describe('the projector in a browser', { timeout: 300_000 }, () => {
  let testDb: TestDb;
  let app: FastifyInstance;
  let port: number;
  let origin: string;
  let browser: Browser;
  let slug: string;
  let cookie: string;
  let ownerId: string;
  const contexts: BrowserContext[] = [];
  let shot = 0;

  async function listen(): Promise<void> {
    app = await createApp(testDb.config, testDb.db);
    await app.listen({ port, host: '127.0.0.1' });
  }

  before(async () => {
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    testDb = await createTestDb('sqlite', { PORT: String(port), BASE_URL: origin, LOG_LEVEL: 'silent' });
    slug = await importDemoBoard(testDb.db);
    await addAnswers(testDb.db, slug, demoLoad());
    const board = await testDb.db.selectFrom('boards').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const owner = await createFacilitator(testDb.db, origin);
    await addMember(testDb.db, board.id, owner.id, 'owner');
    cookie = owner.cookie;
    ownerId = owner.id;
    fs.rmSync(shots, { recursive: true, force: true });
    fs.mkdirSync(shots, { recursive: true });
    await listen();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
    await testDb?.cleanup();
  });

  async function projector(
    size: { width: number; height: number },
    options: { reducedMotion?: 'reduce'; javaScriptEnabled?: boolean; welsh?: boolean } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      viewport: size,
      reducedMotion: options.reducedMotion ?? 'no-preference',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    const page = await context.newPage();
    const response = await page.goto(`${origin}${options.welsh ? '/cy' : ''}/b/${slug}/live`);
    assert.equal(response?.status(), 200);
    return page;
  }

  /** What a facilitator's console form sends (a same-origin POST, signed in); answers 303 like the form. */
  async function facilitatorPosts(pathname: string, fields: Record<string, string> = {}): Promise<void> {
    const response = await fetch(`${origin}${pathname}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    assert.equal(response.status, 303, `${pathname}: ${response.status}`);
  }
  const console_ = {
    start: () => facilitatorPosts(`/admin/b/${slug}/live/start`),
    question: (key: string) => facilitatorPosts(`/admin/b/${slug}/live/question`, { question: key }),
    spotlight: (id: string) => facilitatorPosts(`/admin/b/${slug}/live/spotlight`, { answer: id }),
    clearSpotlight: () => facilitatorPosts(`/admin/b/${slug}/live/clear-spotlight`),
    pause: () => facilitatorPosts(`/admin/b/${slug}/live/pause`),
    resume: () => facilitatorPosts(`/admin/b/${slug}/live/resume`),
    approve: (id: string) => facilitatorPosts(`/admin/b/${slug}/answers/${id}/approve`),
    hide: (id: string) => facilitatorPosts(`/admin/b/${slug}/answers/${id}/hide`),
  };

  /** How many published answers the question has (from one perspective, or all), the demo board's examples among them. */
  async function published(question: string, perspective?: string): Promise<number> {
    let query = testDb.db
      .selectFrom('answers')
      .innerJoin('questions', 'questions.id', 'answers.questionId')
      .innerJoin('perspectives', 'perspectives.id', 'answers.perspectiveId')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('answers.status', '=', 'published')
      .where('questions.key', '=', question);
    if (perspective) query = query.where('perspectives.key', '=', perspective);
    return Number((await query.executeTakeFirstOrThrow()).n);
  }

  /** An answer sent and waiting for a moderator. */
  async function waiting(question: string, perspective: string, body: string): Promise<string> {
    const [id] = await addAnswers(testDb.db, slug, [{ question, perspective, body, status: 'pending' }]);
    return id!;
  }

  /** Everything a room would notice about the screen's fit, measured in the page. */
  function measure(page: Page) {
    return page.evaluate(() => {
      const root = document.scrollingElement!;
      const clipped = [...document.querySelectorAll<HTMLElement>('.projector-answer:not([hidden])')].filter((li) => {
        const list = li.parentElement!.getBoundingClientRect();
        const item = li.getBoundingClientRect();
        return item.bottom > list.bottom + 0.5 || item.right > list.right + 0.5;
      });
      const textSizes = [...document.querySelectorAll<HTMLElement>('.projector-answer, .projector-table td p, .projector-spotlight p, .projector__main p')].map(
        (el) => Number.parseFloat(getComputedStyle(el).fontSize),
      );
      return {
        scrollHeight: root.scrollHeight,
        scrollWidth: root.scrollWidth,
        innerHeight: window.innerHeight,
        innerWidth: window.innerWidth,
        bodySize: Number.parseFloat(getComputedStyle(document.body).fontSize),
        smallestText: Math.min(...textSizes),
        clipped: clipped.length,
      };
    });
  }

  /** No scrollbar, big enough text, nothing cut, axe clean; then a screenshot to look at. */
  async function lookAt(page: Page, label: string, options: { javaScriptEnabled?: boolean } = {}): Promise<void> {
    const size = page.viewportSize()!;
    shot++;
    const file = `${String(shot).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${size.width}x${size.height}.png`;
    await page.screenshot({ path: path.join(shots, file) });
    const m = await measure(page);
    assert.ok(m.scrollHeight <= m.innerHeight, `${label} at ${size.width}×${size.height}: no vertical scrollbar (${m.scrollHeight} > ${m.innerHeight})`);
    assert.ok(m.scrollWidth <= m.innerWidth, `${label} at ${size.width}×${size.height}: no horizontal scrollbar (${m.scrollWidth} > ${m.innerWidth})`);
    assert.equal(m.clipped, 0, `${label}: no answer shown cut off`);
    if (size.width === 1920) {
      assert.ok(m.bodySize >= 28, `${label}: body text ${m.bodySize}px at 1080p`);
      assert.ok(m.smallestText >= 28, `${label}: the smallest text on the screen is ${m.smallestText}px at 1080p`);
    }
    await expectNoAxeViolations(page, `${label} at ${size.width}×${size.height}`, options);
  }

  const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

  test('no session: the board title, a calm message and its address, at both sizes', async () => {
    for (const size of sizes) {
      const page = await projector(size);
      assert.equal(await h1(page), 'Social media: what clinicians and care workers really want to know');
      assert.ok(await page.getByText('No live session is running.').isVisible());
      assert.equal(await page.getByRole('link', { name: `127.0.0.1:${port}/b/${slug}` }).getAttribute('href'), `/b/${slug}`);
      await lookAt(page, 'no session');
    }
  });

  let code = '';
  test('the current question with the join panel: answers by perspective, counts, "+ N more", at both sizes', async () => {
    await console_.start();
    for (const size of sizes) {
      const page = await projector(size);
      assert.equal(await h1(page), 'Someone I support mentions me on Twitter to say they are feeling suicidal. What do I do?');
      assert.equal(await page.getByRole('banner').locator('.projector__total').innerText(), `${await published('suicidal-mention')} answers so far`);
      const columns = page.getByRole('region');
      assert.equal(await columns.count(), 5);
      for (const [i, perspective] of ['service-user', 'practitioner', 'manager', 'digital', 'other'].entries()) {
        const column = columns.nth(i);
        const count = await published('suicidal-mention', perspective);
        assert.ok(count >= 10);
        assert.match(await column.getByRole('heading', { level: 2 }).innerText(), new RegExp(`\\s${count} answers$`));
        const shown = await column.locator('.projector-answer:visible').count();
        assert.ok(shown >= 1, 'at least one answer per column');
        const more = column.locator('.projector-column__more');
        if (shown < count) assert.equal(await more.innerText(), `+ ${count - shown} more`, 'what is not shown is counted');
        else assert.ok(await more.isHidden());
      }
      const join = page.getByRole('complementary', { name: 'Join in' });
      code = (await join.locator('.projector-join__code').innerText()).replace(/\s/g, '');
      assert.match(code, /^[A-Z2-9]{5}$/);
      assert.equal(await join.locator('.projector-join__address').innerText(), `127.0.0.1:${port}/j/${code}`);
      assert.ok(
        await join.getByRole('img', { name: /QR code/ }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        'the QR code loaded',
      );
      await lookAt(page, 'question with join panel');
    }
  });

  test('in Welsh: Welsh counts and "+ N arall" as the script counts them, the Welsh join address, at both sizes', async () => {
    for (const size of sizes) {
      const page = await projector(size, { welsh: true });
      assert.equal(await page.getAttribute('html', 'lang'), 'cy');
      assert.equal(await page.getByRole('banner').locator('.projector__total').innerText(), `${await published('suicidal-mention')} ateb hyd yma`);
      const columns = page.getByRole('region');
      for (const [i, perspective] of ['service-user', 'practitioner', 'manager', 'digital', 'other'].entries()) {
        const column = columns.nth(i);
        const count = await published('suicidal-mention', perspective);
        // Welsh numerals take the singular noun: "12 ateb".
        assert.match(await column.getByRole('heading', { level: 2 }).innerText(), new RegExp(`\\s${count} ateb$`));
        const shown = await column.locator('.projector-answer:visible').count();
        const more = column.locator('.projector-column__more');
        if (shown < count) assert.equal(await more.innerText(), `+ ${count - shown} arall`, 'projector.js counts in Welsh');
        else assert.ok(await more.isHidden());
      }
      const join = page.getByRole('complementary', { name: 'Ymunwch' });
      assert.equal(await join.locator('.projector-join__address').innerText(), `127.0.0.1:${port}/cy/j/${code}`);
      assert.ok(
        await join.getByRole('img', { name: /^Cod QR/ }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        'the Welsh QR code loaded',
      );
      await lookAt(page, 'question with join panel, in Welsh');
    }
  });

  test('the QR code on the screen decodes, with a real decoder, to the join address', async () => {
    const page = await projector(sizes[1]!);
    code = (await page.locator('.projector-join__code').innerText()).trim();
    const file = path.join(shots, 'qr-on-screen-1280x720.png');
    await page.getByRole('img', { name: /QR code/ }).screenshot({ path: file });
    assert.equal(decodeQr(file), `${origin}/j/${code}`);
    // And the SVG on its own, as a browser draws it.
    const svgPage = await page.context().newPage();
    await svgPage.setViewportSize({ width: 400, height: 400 });
    const response = await svgPage.goto(`${origin}/b/${slug}/join.svg`);
    assert.equal(response?.headers()['content-type'], 'image/svg+xml');
    const svgFile = path.join(shots, 'join-svg.png');
    await svgPage.screenshot({ path: svgFile });
    assert.equal(decodeQr(svgFile), `${origin}/j/${code}`);
  });

  test('the whole table: each cell’s count and newest answer, at both sizes', async () => {
    await console_.question('whole_table');
    for (const size of sizes) {
      const page = await projector(size);
      assert.equal(await h1(page), 'Social media: what clinicians and care workers really want to know');
      const table = page.getByRole('table');
      assert.equal(await table.getByRole('rowheader').count(), 5);
      assert.equal(await table.getByRole('columnheader').count(), 6);
      assert.equal(await table.getByText(/^1[01] answers$/).count(), 25, 'each cell has its count');
      await lookAt(page, 'whole table');
    }
  });

  test('a board with more questions than fit: the whole table shows eight and says how many more, at both sizes', async () => {
    const big = await createBoard(testDb.db, {
      title: 'A long workshop with nine questions to get through in one afternoon',
      perspectives: ['service-user', 'practitioner', 'manager', 'digital', 'other'].map((key) => ({ key, label: `${key} perspective`, plural: key })),
      questions: Array.from({ length: 9 }, (_, i) => ({ key: `q${i + 1}`, text: `Question ${i + 1}: ${sentences[i]} What would you do, and why?` })),
    });
    await addMember(testDb.db, big.id, ownerId, 'owner');
    const seeds: SeedAnswer[] = [];
    for (let q = 1; q <= 9; q++)
      for (const p of ['service-user', 'practitioner', 'manager', 'digital', 'other'])
        seeds.push({ question: `q${q}`, perspective: p, body: sentences[(q * 3) % sentences.length]! });
    await addAnswers(testDb.db, big.slug, seeds);
    await facilitatorPosts(`/admin/b/${big.slug}/live/start`);
    await facilitatorPosts(`/admin/b/${big.slug}/live/question`, { question: 'whole_table' });
    for (const size of sizes) {
      const context = await browser.newContext({ viewport: size });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${origin}/b/${big.slug}/live`);
      assert.equal(await page.getByRole('table').getByRole('rowheader').count(), 8);
      assert.ok(await page.getByText('+ 1 more question').isVisible());
      await lookAt(page, 'whole table of a board with nine questions');
    }
    await facilitatorPosts(`/admin/b/${big.slug}/live/end`);
  });

  test('the spotlight: one answer very large with its perspective and author, at both sizes', async () => {
    const [id] = await addAnswers(testDb.db, slug, [
      {
        question: 'finding-time',
        perspective: 'manager',
        body: 'We stopped treating it as extra work: ten minutes at the Monday huddle, one person posts, and the whole team answers questions together.',
        displayName: 'Morgan',
      },
    ]);
    await console_.spotlight(id!);
    for (const size of sizes) {
      const page = await projector(size);
      const figure = page.getByRole('figure');
      assert.match(await figure.innerText(), /^We stopped treating it as extra work/);
      assert.equal(await figure.locator('figcaption').innerText(), 'Morgan, Manager');
      await lookAt(page, 'spotlight');
    }
    // The longest answer the form takes (2,000 characters) still fits, ending in "…" if it must.
    const [longest] = await addAnswers(testDb.db, slug, [
      { question: 'finding-time', perspective: 'other', body: sentences.join(' ').repeat(3).slice(0, 2000), displayName: 'A very long answer' },
    ]);
    await console_.spotlight(longest!);
    for (const size of sizes) {
      const page = await projector(size);
      assert.equal(await page.getByRole('figure').locator('figcaption').innerText(), 'A very long answer, Other');
      await lookAt(page, 'spotlight, longest answer');
    }
    await console_.clearSpotlight();
  });

  test('live: an approved answer appears without a reload, the question follows the console, a pause holds the screen', async () => {
    await console_.question('private-life');
    const page = await projector(sizes[0]!);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    assert.match(await h1(page), /^Can a personal Facebook account ever be completely private/);

    const first = await waiting('private-life', 'digital', 'Approved live: assume every post can end up in front of your manager.');
    await console_.approve(first);
    const arrived = page.getByText('Approved live: assume every post');
    await arrived.waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument), true, 'no reload');
    assert.equal(await arrived.evaluate((el) => getComputedStyle(el).animationName), 'projector-appear', 'it appears with a transition');
    const digital = await published('private-life', 'digital');
    const heading = await page
      .getByRole('region', { name: /Digital specialist/ })
      .getByRole('heading')
      .innerText();
    assert.match(heading, new RegExp(`^Digital specialist\\s+${digital} answers$`), 'its count went up');
    await lookAt(page, 'question after an answer arrived');

    await console_.question('finding-time');
    await page.getByRole('heading', { level: 1, name: /How do I find the time for social media/ }).waitFor();
    assert.equal(await page.title(), "Live: How do I find the time for social media? Isn't it just more work on top of everything else? – Roundtable");

    await console_.pause();
    await page.locator('[data-paused-marker]').waitFor({ state: 'visible' });
    const held = await waiting('finding-time', 'other', 'Held by the pause: it shows when the facilitator resumes.');
    await console_.approve(held);
    await page.waitForTimeout(2500);
    assert.equal(await page.getByText('Held by the pause').count(), 0, 'paused: the screen stays as it was');
    await lookAt(page, 'paused');
    // Paused or not, an answer hidden by a moderator leaves the screen at once.
    const onScreen = await page.locator('.projector-answer:visible').first();
    const hiddenId = (await onScreen.getAttribute('data-answer-id'))!;
    await console_.hide(hiddenId);
    await page.locator(`[data-answer-id="${hiddenId}"]`).waitFor({ state: 'detached' });

    await console_.resume();
    await page.getByText('Held by the pause').waitFor();
    assert.ok(await page.locator('[data-paused-marker]').isHidden());
  });

  test('recovery: the projector catches up by itself after its server restarts', async () => {
    await console_.question('criticised-online');
    const page = await projector(sizes[1]!);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await app.close();
    await page.waitForTimeout(500);
    await listen();
    const id = await waiting('criticised-online', 'service-user', 'After the restart: a calm public reply, then the detail in private.');
    await console_.approve(id);
    await page.getByText('After the restart: a calm public reply').waitFor({ timeout: 20_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument), true, 'no reload');
  });

  test('prefers-reduced-motion: a new answer appears with no animation', async () => {
    const page = await projector(sizes[0]!, { reducedMotion: 'reduce' });
    const id = await waiting('criticised-online', 'manager', 'Reduced motion: this one simply appears.');
    await console_.approve(id);
    const arrived = page.getByText('Reduced motion: this one simply appears.');
    await arrived.waitFor();
    assert.equal(await arrived.evaluate((el) => el.classList.contains('projector-new')), true, 'marked new');
    assert.deepEqual(await page.evaluate(() => document.getAnimations().length), 0, 'and nothing moves');
  });

  test('with JavaScript off the page shows the current state', async () => {
    const page = await projector(sizes[0]!, { javaScriptEnabled: false });
    assert.match(await h1(page), /^What if someone I support criticises me/);
    assert.ok(await page.getByText('After the restart: a calm public reply').isVisible());
    await lookAt(page, 'JavaScript off', { javaScriptEnabled: false });
  });
});
