// /admin's coverage: which voices each board is missing, checked with axe with the details open and closed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { addAnswers, startServer, type TestServer } from '../../test/server.ts';

describe('coverage on /admin in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    fs.mkdirSync('/tmp/shots', { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a facilitator opens a board’s coverage and follows "Ask a manager" to the question with Manager chosen', async () => {
    const me = await createFacilitator(server.db, server.url);
    const board = await createBoard(server.db, { title: 'Coverage in a browser' });
    await addMember(server.db, board.id, me.id, 'owner');
    await addAnswers(server.db, board.slug, [
      { question: 'q1', perspective: 'p1', body: 'One.' },
      { question: 'q1', perspective: 'p1', body: 'Two.' },
      { question: 'q2', perspective: 'p1', body: 'Three.' },
    ]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    await context.addCookies([{ name: 'rt_session', value: me.cookie.split('=')[1]!, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/admin`);
    const summary = page.getByText('Coverage of “Coverage in a browser”: 2 empty cells, 1 with one answer');
    await expectNoAxeViolations(page, 'admin home, coverage closed');
    await summary.click();
    const table = page.getByRole('table', { name: /Published answers on “Coverage in a browser”/ });
    await table.waitFor();
    const firstRows = await table.getByRole('row').evaluateAll((rows) => rows.slice(1, 3).map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    assert.match(firstRows[0]!, /^What do I do first\? Manager None 0 Ask a manager/);
    assert.match(firstRows[1]!, /^Where do I find the time\? Manager None 0 Ask a manager/);
    await expectNoAxeViolations(page, 'admin home, coverage open');
    await page.locator('.coverage').screenshot({ path: '/tmp/shots/admin-coverage.png' });
    await table.getByRole('link', { name: 'Ask a manager to answer “What do I do first?”' }).click();
    await page.waitForURL(`${server.url}/b/${board.slug}/q/q1?perspective=p2`);
    assert.equal(await page.getByRole('radio', { name: 'Manager' }).isChecked(), true);
    await context.close();
  });
});
