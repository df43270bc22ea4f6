// A facilitator builds a handout with JavaScript off: opens the builder from the queue, adds an answer, moves it up,
// writes a note (too long first), previews the handout as it will print and in large print, and downloads both PDFs.
// Every state is checked with axe; screenshots, and the PDFs' pages as PNG, go to /tmp/shots/handout/. The PDF's QR
// code is read back with zbarimg.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { addAnswers, startServer, type TestServer } from '../../test/server.ts';
import { clickAndLoad, journeySteps, pageLooker, submit, type Looker } from '../../test/journeys.ts';

const shots = '/tmp/shots/handout';
const noJs = { javaScriptEnabled: false };

describe('building a handout in a browser, JavaScript off', { timeout: 200_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let look: Looker;
  let slug = '';
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    look = pageLooker(shots);
    const board = await createBoard(server.db, {
      title: 'Talking about suicide at work',
      questions: [
        { key: 'q1', text: 'What helps when a colleague tells you they are struggling?' },
        { key: 'q2', text: 'What should a manager never say?' },
      ],
      examples: [{ question: 'q1', perspective: 'p1', body: 'Listen first. Ask them directly how they are, and mean it.', name: 'Example' }],
    });
    slug = board.slug;
    const [helpful, , workshop, facilitators] = await addAnswers(server.db, slug, [
      { question: 'q1', perspective: 'p1', body: 'Make time that day, somewhere private, and follow the policy together.', displayName: 'Gwenllian ap Dafydd' },
      { question: 'q1', perspective: 'p2', body: 'I ask what would help this week and write it down with them.', displayName: null },
      { question: 'q1', perspective: 'p1', body: 'Dŵr, tŷ a chwmni: the small things mattered most to me.', displayName: 'Siôn' },
      { question: 'q1', perspective: 'p2', body: 'Only for the facilitators: a private story.', displayName: 'Private' },
      { question: 'q2', perspective: 'p2', body: '“Just take a few days off and you will be fine.”', displayName: 'A manager' },
    ]);
    await server.db.updateTable('answers').set({ helpfulCount: 4 }).where('id', '=', helpful!).execute();
    await server.db.updateTable('answers').set({ useAllowed: 'workshop' }).where('id', '=', workshop!).execute();
    await server.db.updateTable('answers').set({ useAllowed: 'facilitators' }).where('id', '=', facilitators!).execute();
    const moderator = await createFacilitator(server.db, server.url);
    await addMember(server.db, board.id, moderator.id, 'moderator');
    context = await browser.newContext({ viewport: { width: 1100, height: 800 }, javaScriptEnabled: false, acceptDownloads: true });
    context.setDefaultTimeout(10_000);
    await context.addCookies([{ name: 'rt_session', value: moderator.cookie.split('=')[1]!, url: server.url }]);
    page = await context.newPage();
  });
  after(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  const step = journeySteps();
  const picked = (question: string) => page.getByRole('region', { name: question }).locator('ol.handout-answers > li .handout-answer__text').allInnerTexts();
  const q1 = 'What helps when a colleague tells you they are struggling?';

  step('1. the queue links to the builder, which starts from the example and the most helpful answers', async () => {
    await page.goto(`${server.url}/admin/b/${slug}/queue`);
    await clickAndLoad(page, page.getByRole('link', { name: 'Build a handout to print' }));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Build a handout from Talking about suicide at work');
    assert.deepEqual(await picked(q1), [
      'Listen first. Ask them directly how they are, and mean it.',
      'Make time that day, somewhere private, and follow the policy together.',
      'I ask what would help this week and write it down with them.',
    ]);
    assert.equal(await page.getByText('Only for the facilitators').count(), 0);
    await look(page, 'builder', noJs);
  });

  step('2. adds the answer allowed in workshops only, then moves it up', async () => {
    const region = page.getByRole('region', { name: q1 });
    await region.getByText('Answers you can add (1)').click();
    await submit(page, () => region.getByRole('button', { name: /^Add to the handout\W+the answer “Dŵr, tŷ/ }).click());
    assert.match(page.url(), /\?done=added&q=q1#answer-/);
    assert.equal(await page.getByRole('region', { name: q1 }).getByRole('status').innerText(), 'Added to the handout.');
    await submit(page, () =>
      page
        .getByRole('region', { name: q1 })
        .getByRole('button', { name: /^Move up\W+the answer “Dŵr, tŷ/ })
        .click(),
    );
    assert.equal(await page.getByRole('region', { name: q1 }).getByRole('status').innerText(), 'Moved up.');
    assert.deepEqual((await picked(q1)).slice(2), [
      'Dŵr, tŷ a chwmni: the small things mattered most to me.',
      'I ask what would help this week and write it down with them.',
    ]);
    await look(page, 'answer added and moved up', noJs);
  });

  step('3. a note that is too long is kept with a clear message; a shorter one is saved', async () => {
    const region = page.getByRole('region', { name: q1 });
    const note = region.getByRole('textbox', { name: 'Your note on this question (optional)' });
    await note.fill('Talk in pairs. '.repeat(70));
    const status = await submit(page, () => region.getByRole('button', { name: /^Save the note/ }).click());
    assert.equal(status, 422);
    assert.match(await page.getByRole('alert').innerText(), /The note must be 1,000 characters or fewer/);
    assert.match(
      await page
        .getByRole('region', { name: q1 })
        .getByRole('textbox', { name: /Your note/ })
        .inputValue(),
      /^Talk in pairs\./,
    );
    await look(page, 'note too long', noJs);
    await page
      .getByRole('region', { name: q1 })
      .getByRole('textbox', { name: /Your note/ })
      .fill('Talk in pairs for five minutes: which of these would you say?');
    assert.equal(
      await submit(page, () =>
        page
          .getByRole('region', { name: q1 })
          .getByRole('button', { name: /^Save the note/ })
          .click(),
      ),
      303,
    );
    assert.equal(await page.getByRole('region', { name: q1 }).getByRole('status').innerText(), 'Note saved.');
    await look(page, 'note saved', noJs);
  });

  step('4. previews the handout as it will print, on a wide screen, at 320 px and as printed', async () => {
    await clickAndLoad(page, page.getByRole('link', { name: 'Preview the handout as it will print' }));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Talking about suicide at work');
    const text = await page.locator('article').innerText();
    assert.match(text, /Facilitator’s note: Talk in pairs for five minutes/);
    assert.match(text, /— Siôn, Practitioner/);
    assert.match(text, /— Anonymous, Manager/);
    assert.ok(text.indexOf('Dŵr, tŷ') < text.indexOf('I ask what would help'), 'in the chosen order');
    assert.ok(await page.getByRole('img', { name: /^QR code of the board’s address/ }).isVisible());
    await look(page, 'print preview', noJs);
    await page.setViewportSize({ width: 320, height: 800 });
    await look(page, 'print preview at 320px', noJs);
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no navigation on paper');
    assert.equal(await page.getByRole('link', { name: 'Back to the handout builder' }).isVisible(), false);
    assert.equal(await page.locator('article').evaluate((el) => getComputedStyle(el).fontSize), '16px', '12 pt body');
    await page.screenshot({ path: `${shots}/print-media.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  step('5. large print is one click away: 18 pt on paper', async () => {
    await clickAndLoad(page, page.getByRole('link', { name: 'See the large-print version' }));
    assert.match(page.url(), /\/handout\/print\?size=large$/);
    await look(page, 'large-print preview', noJs);
    await page.setViewportSize({ width: 320, height: 800 });
    await look(page, 'large-print preview at 320px', noJs);
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('article').evaluate((el) => getComputedStyle(el).fontSize), '24px', '18 pt body');
    await page.screenshot({ path: `${shots}/large-print-media.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  step('6. downloads both PDFs; their pages are rendered to PNG to look at', async () => {
    for (const [link, name] of [
      ['Download this as a PDF', 'handout-large'],
      ['See the standard version', ''],
      ['Download this as a PDF', 'handout'],
    ] as const) {
      if (!name) {
        await clickAndLoad(page, page.getByRole('link', { name: link }));
        continue;
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
      assert.match(download.suggestedFilename(), new RegExp(`^${slug}-handout${name.endsWith('large') ? '-large-print' : ''}\\.pdf$`));
      const file = `${shots}/${name}.pdf`;
      await download.saveAs(file);
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      assert.match(text, /Dŵr, tŷ a chwmni: the small things mattered most to me\. — Siôn, Practitioner/);
      assert.doesNotMatch(text, /Only for the facilitators/);
      assert.equal(spawnSync('pdftoppm', ['-png', '-r', '60', file, `${shots}/${name}-page`]).status, 0);
    }
    assert.ok(fs.readdirSync(shots).some((f) => f.startsWith('handout-large-page-')));
    // The QR code on the first page, read by a real decoder (Debian's zbarimg), leads back to the board.
    assert.equal(spawnSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', `${shots}/handout.pdf`, `${shots}/qr`]).status, 0);
    const qr = spawnSync('zbarimg', ['--raw', '-q', `${shots}/qr-1.png`], { encoding: 'utf8' });
    assert.equal(qr.status, 0, qr.stderr);
    assert.equal(qr.stdout.trim(), `${server.url}/b/${slug}`);
  });
});
