// A facilitator imports the answers their Google Form collected: uploads the Forms download, matches its columns to
// the board, sees the preview with a skipped row and why, imports, and finds the answers waiting in the queue.
// Every state is checked with axe; screenshots go to /tmp/shots-import/.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { startServer, type TestServer } from '../../test/server.ts';
import { clickAndLoad, journeySteps, pageLooker, submit, type Looker } from '../../test/journeys.ts';

const shots = '/tmp/shots-import';

// Every step works the same with JavaScript off: the facilitator's pages are plain forms.
for (const js of [true, false])
  describe(`importing a Google Form’s answers in a browser (JavaScript ${js ? 'on' : 'off'})`, { timeout: 200_000 }, () => {
    let server: TestServer;
    let browser: Browser;
    let look: Looker;
    let slug = '';
    let cookie = '';
    let context: BrowserContext;
    let page: Page;

    before(async () => {
      [server, browser] = await Promise.all([startServer(), launchBrowser()]);
      look = pageLooker(`${shots}/${js ? 'js-on' : 'js-off'}`, { javaScriptEnabled: js });
      const board = await createBoard(server.db, { title: 'Supporting families after a death' });
      slug = board.slug;
      const moderator = await createFacilitator(server.db, server.url);
      await addMember(server.db, board.id, moderator.id, 'moderator');
      cookie = moderator.cookie.split('=')[1]!;
      context = await browser.newContext({ viewport: { width: 1100, height: 800 }, javaScriptEnabled: js });
      context.setDefaultTimeout(10_000);
      await context.addCookies([{ name: 'rt_session', value: cookie, url: server.url }]);
      page = await context.newPage();
    });
    after(async () => {
      await context?.close().catch(() => {});
      await browser?.close();
      await server?.close();
    });

    const step = journeySteps();

    step('the queue links to the import; a wrong file gets a clear message', async () => {
      await page.goto(`${server.url}/admin/b/${slug}/queue`);
      await clickAndLoad(page, page.getByRole('link', { name: 'Import answers from a Google Form' }));
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Import answers from a Google Form into Supporting families after a death');
      await look(page, 'upload page');
      await page.getByLabel('Upload the CSV file').setInputFiles(fileURLToPath(new URL('./testdata/workbook-renamed.csv', import.meta.url)));
      const status = await submit(page, () => page.getByRole('button', { name: 'Upload and continue' }).click());
      assert.equal(status, 422);
      assert.match(await page.getByRole('alert').innerText(), /This file is a workbook/);
      await look(page, 'upload refused');
    });

    step('uploads the Forms download and matches its columns', async () => {
      await page.getByLabel('Upload the CSV file').setInputFiles(fileURLToPath(new URL('./testdata/forms.csv', import.meta.url)));
      await submit(page, () => page.getByRole('button', { name: 'Upload and continue' }).click());
      assert.equal(await page.getByLabel('Column “What do I do first?”').inputValue(), 'q1', 'matched by title');
      assert.equal(await page.getByLabel('Which perspective are the answers from?').inputValue(), 'column:4', 'the column naming perspectives');
      await look(page, 'mapping');
      await page.getByLabel('Column “Where do I find the time?”').selectOption({ label: 'Where do I find the time?' });
      await clickAndLoad(page, page.getByRole('button', { name: 'Preview' }));
    });

    step('sees the preview with the skipped row and why, then imports', async () => {
      const preview = page.getByRole('region', { name: 'Preview' });
      assert.match(await preview.innerText(), /3 answers will be imported/);
      const skipped = page.getByRole('table', { name: 'Skipped, and why' });
      assert.match(await skipped.innerText(), /4\s+The whole row\s+no perspective given/);
      assert.match(
        await page.getByRole('table', { name: 'The answers to import' }).innerText(),
        /Start with the checklist\.\s+Anonymous\s+4 Sept 2026, 14:21 UTC/,
      );
      await look(page, 'preview');
      await submit(page, () => page.getByRole('button', { name: 'Import 3 answers' }).click());
      assert.equal(
        await page.getByRole('alert').getByRole('link').innerText(),
        'Choose what the people who answered your form agreed to',
        'nothing is assumed about what they agreed to',
      );
      await look(page, 'what people agreed to, not chosen');
      await page
        .getByRole('group', { name: 'What did the people who answered your form agree to?' })
        .getByRole('radio', { name: 'Workshops and handouts only' })
        .check();
      await submit(page, () => page.getByRole('button', { name: 'Import 3 answers' }).click());
      assert.match(page.url(), /\/queue\?done=imported&count=3$/);
      assert.equal(await page.getByRole('status').innerText(), '3 answers imported; they wait for moderation.');
      assert.match(await page.locator('.queue').innerText(), /Start with the checklist\./);
      assert.doesNotMatch(await page.content(), /dee@example\.org/);
      await look(page, 'queue after import');
    });
  });
