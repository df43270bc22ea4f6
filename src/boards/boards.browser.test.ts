// Browser tests for reading a board: the home page, the table, the perspective filter, the question
// page and the narrow-screen layout, each checked with axe. Screenshots go to /tmp/shots/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { addAnswers, startServer, type TestServer } from '../../test/server.ts';

const shots = '/tmp/shots';

function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

describe('reading a board in a browser', () => {
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

  async function newPage(options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    return context.newPage();
  }

  test('the home page lists public boards, and a board title links to its board', async () => {
    const listed = await createBoard(server.db, { title: 'Fears about social media at work' });
    await createBoard(server.db, { title: 'A hidden board', listed: false });
    const page = await newPage();
    const response = await page.goto(`${server.url}/`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Boards');
    const link = page.getByRole('link', { name: 'Fears about social media at work' });
    assert.equal(await link.getAttribute('href'), `/b/${listed.slug}`);
    assert.equal(await page.getByText('A hidden board').count(), 0, 'an unlisted board is not on the home page');
    await expectNoAxeViolations(page, 'home page');
    await page.screenshot({ path: `${shots}/home.png`, fullPage: true });

    await link.click();
    await page.waitForURL(`${server.url}/b/${listed.slug}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Fears about social media at work');
    await page.context().close();
  });

  test('the board shows its intro and a real table: caption, row and column headers, answers with name and date, and whose voice is missing', async () => {
    const { slug } = await createBoard(server.db, { title: 'Table board' });
    const [samId, anonId, managerId] = await addAnswers(server.db, slug, [
      { question: 'q1', perspective: 'p1', body: 'Phone the duty team straight away.', displayName: 'Sam', createdAt: '2026-03-04T10:00:00.000Z' },
      { question: 'q1', perspective: 'p1', body: 'Write down what was said, then tell your supervisor.', createdAt: '2026-03-05T10:00:00.000Z' },
      { question: 'q2', perspective: 'p2', body: 'Protect an hour a week for it.', displayName: 'Priya', createdAt: '2026-03-06T10:00:00.000Z' },
    ]);
    await addAnswers(server.db, slug, [{ question: 'q2', perspective: 'p1', body: 'A pending answer nobody should see yet.', status: 'pending' }]);
    const stored = await server.db.selectFrom('answers').select(['id', 'createdAt']).where('id', 'in', [samId!, anonId!, managerId!]).execute();
    const createdAt = new Map(stored.map((a) => [a.id, a.createdAt]));

    const page = await newPage();
    const response = await page.goto(`${server.url}/b/${slug}`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Table board');
    await page.getByText('An introduction.', { exact: true }).waitFor();
    await page.getByText('In two paragraphs.', { exact: true }).waitFor();

    const table = page.getByRole('table', { name: 'Answers to each question, by perspective' });
    assert.equal(await table.count(), 1, 'one table, named by its caption');
    assert.equal(await table.locator('caption').textContent(), 'Answers to each question, by perspective');
    assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Question', 'Practitioner', 'Manager']);
    assert.deepEqual(await table.getByRole('rowheader').allTextContents(), ['What do I do first?', 'Where do I find the time?']);
    assert.deepEqual(await table.locator('tbody th').evaluateAll((ths) => ths.map((th) => th.getAttribute('scope'))), ['row', 'row']);

    const row1 = table.getByRole('row', { name: /What do I do first\?/ });
    const [practitioners1, managers1] = [row1.getByRole('cell').nth(0), row1.getByRole('cell').nth(1)];
    assert.match(await practitioners1.innerText(), /2 answers/);
    assert.match(await practitioners1.innerText(), /Phone the duty team straight away\./);
    assert.match(await practitioners1.innerText(), new RegExp(`Sam, ${longDate(createdAt.get(samId!)!)}`));
    assert.match(await practitioners1.innerText(), /Write down what was said, then tell your supervisor\./);
    assert.match(await practitioners1.innerText(), new RegExp(`Anonymous, ${longDate(createdAt.get(anonId!)!)}`));
    assert.equal(await practitioners1.locator('time').first().getAttribute('datetime'), createdAt.get(samId!));
    assert.match(
      (await managers1.innerText()).replace(/^Manager\s*/, '').trim(),
      /^No answers yet from managers\s+Ask a manager\s+to answer “What do I do first\?”$/,
    );

    const row2 = table.getByRole('row', { name: /Where do I find the time\?/ });
    assert.match(await row2.getByRole('cell').nth(0).innerText(), /No answers yet from practitioners/, 'a pending answer is not shown');
    assert.match(await row2.getByRole('cell').nth(1).innerText(), /1 answer\b[\s\S]*Protect an hour a week for it\.[\s\S]*Priya/);
    assert.equal(await page.getByText('A pending answer nobody should see yet.').count(), 0);

    await expectNoAxeViolations(page, 'board page');
    await page.screenshot({ path: `${shots}/board.png`, fullPage: true });

    // The row header links to the question's own page.
    const rowLink = table.getByRole('rowheader', { name: 'What do I do first?' }).getByRole('link');
    assert.equal(await rowLink.getAttribute('href'), `/b/${slug}/q/q1`);
    await rowLink.click();
    await page.waitForURL(`${server.url}/b/${slug}/q/q1`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'What do I do first?');
    await page.context().close();
  });

  test('the perspective filter is plain links that show one column, with JavaScript off', async () => {
    const { slug } = await createBoard(server.db, { title: 'Filter board' });
    await addAnswers(server.db, slug, [
      { question: 'q1', perspective: 'p1', body: 'A practitioner view.', displayName: 'Sam' },
      { question: 'q1', perspective: 'p2', body: 'A manager view.', displayName: 'Mo' },
    ]);
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/b/${slug}`);
    const filter = page.getByRole('navigation', { name: 'Show answers from' });
    assert.deepEqual(await filter.getByRole('link').allTextContents(), ['All perspectives', 'Practitioner', 'Manager']);
    assert.equal(await filter.getByRole('link', { name: 'All perspectives' }).getAttribute('aria-current'), 'page');

    await filter.getByRole('link', { name: 'Manager' }).click();
    await page.waitForURL(`${server.url}/b/${slug}?perspective=p2`);
    const table = page.getByRole('table');
    assert.equal(await table.locator('caption').textContent(), 'Answers to each question from managers');
    assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Question', 'Manager']);
    assert.equal(await filter.getByRole('link', { name: 'Manager' }).getAttribute('aria-current'), 'page');
    assert.equal(await filter.getByRole('link', { name: 'All perspectives' }).getAttribute('aria-current'), null);
    await page.getByText('A manager view.').waitFor();
    assert.equal(await page.getByText('A practitioner view.').count(), 0);
    assert.match(await page.title(), /^Filter board \(Manager\)/);
    await page.screenshot({ path: `${shots}/board-filtered-js-off.png`, fullPage: true });

    await filter.getByRole('link', { name: 'All perspectives' }).click();
    await page.waitForURL(`${server.url}/b/${slug}`);
    assert.deepEqual(await page.getByRole('table').getByRole('columnheader').allTextContents(), ['Question', 'Practitioner', 'Manager']);
    await page.context().close();

    // axe runs its own script, so check the filtered page in a context with JavaScript on.
    const jsPage = await newPage();
    await jsPage.goto(`${server.url}/b/${slug}?perspective=p2`);
    await expectNoAxeViolations(jsPage, 'board filtered to one perspective');
    await jsPage.context().close();
  });

  test('the question page shows its answers grouped by perspective, and the answer form', async () => {
    const { slug } = await createBoard(server.db, { title: 'Question board' });
    await addAnswers(server.db, slug, [
      { question: 'q2', perspective: 'p1', body: 'Ask for it in supervision.', displayName: 'Ali' },
      { question: 'q1', perspective: 'p1', body: 'An answer to the other question.' },
    ]);
    const page = await newPage();
    const response = await page.goto(`${server.url}/b/${slug}/q/q2`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Where do I find the time?');
    const practitioners = page.getByRole('region', { name: 'Practitioner' });
    const managers = page.getByRole('region', { name: 'Manager' });
    assert.match(await practitioners.innerText(), /1 answer[\s\S]*Ask for it in supervision\.[\s\S]*Ali/);
    assert.match(await managers.innerText(), /No answers yet from managers/);
    assert.equal(await page.getByText('An answer to the other question.').count(), 0);

    const form = page.getByRole('region', { name: 'Add your answer to this question' });
    assert.equal(await form.getByRole('group', { name: 'Which question are you answering?' }).count(), 0, 'the question is fixed');
    assert.equal(await form.getByRole('group', { name: 'Which point of view are you answering from?' }).getByRole('radio').count(), 2);
    assert.equal(await form.getByRole('group', { name: 'Where may your answer be used?' }).getByRole('radio').count(), 3);
    await form.getByRole('group', { name: 'Which point of view are you answering from?' }).waitFor();
    await form.getByRole('textbox', { name: 'Your answer' }).waitFor();
    await form.getByRole('button', { name: 'Send your answer' }).waitFor();
    await page.getByRole('link', { name: 'Back to all questions on “Question board”' }).waitFor();
    await expectNoAxeViolations(page, 'question page');
    await page.screenshot({ path: `${shots}/question.png`, fullPage: true });
    await page.context().close();
  });

  test('at 320px wide the board reflows to one question at a time with no sideways scrolling', async () => {
    const { slug } = await createBoard(server.db, { title: 'A board with a rather long title to read on a small phone screen' });
    await addAnswers(server.db, slug, [
      {
        question: 'q1',
        perspective: 'p1',
        body: 'See https://www.example.org/guidance/social-media/safeguarding-and-professional-boundaries-for-practitioners.html first.',
        displayName: 'Sam',
      },
      {
        question: 'q1',
        perspective: 'p2',
        body: 'Escalate to the safeguarding lead the same day, and record what you did.',
        displayName: 'A manager with a long display name',
      },
      { question: 'q2', perspective: 'p1', body: 'Supercalifragilisticexpialidociouslyunbreakablewordthatgoesonandonandonwithoutanyspaces.' },
    ]);
    const page = await newPage({ width: 320 });
    await page.goto(`${server.url}/b/${slug}`);
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      table: document.querySelector('table')!.getBoundingClientRect().width,
    }));
    assert.ok(widths.doc <= 320, `the page scrolls sideways: document is ${widths.doc}px wide at a 320px viewport`);
    assert.ok(widths.body <= 320, `body is ${widths.body}px wide`);
    assert.ok(widths.table <= 320, `table is ${widths.table}px wide`);

    // Each question is a card: its header, then each perspective's cell below the one before, full width.
    const rows = page.locator('table tbody tr');
    assert.equal(await rows.count(), 2);
    let previousBottom = -Infinity;
    for (let r = 0; r < 2; r++) {
      const parts = rows.nth(r).locator('th, td');
      assert.equal(await parts.count(), 3);
      for (let i = 0; i < 3; i++) {
        const box = (await parts.nth(i).boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= 320, `row ${r + 1} part ${i + 1} spans ${box.x}–${box.x + box.width}px`);
        assert.ok(box.y >= previousBottom - 1, `row ${r + 1} part ${i + 1} starts at ${box.y}px, above the previous part's bottom ${previousBottom}px`);
        previousBottom = box.y + box.height;
      }
    }
    // With the column headers out of sight, each cell says which perspective it is.
    assert.deepEqual(await rows.nth(0).locator('.cell-label').allInnerTexts(), ['Practitioner', 'Manager']);
    assert.equal(await page.getByRole('columnheader', { name: 'Manager' }).count(), 1, 'column headers stay in the accessibility tree');

    await expectNoAxeViolations(page, 'board at 320px');
    await page.screenshot({ path: `${shots}/board-320.png`, fullPage: true });

    await page.goto(`${server.url}/b/${slug}?perspective=p1`);
    const filteredWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(filteredWidth <= 320, `the filtered board scrolls sideways: ${filteredWidth}px`);
    await page.screenshot({ path: `${shots}/board-320-filtered.png`, fullPage: true });
    await page.context().close();
  });

  test('the help page has no accessibility violations', async () => {
    const page = await newPage();
    const response = await page.goto(`${server.url}/help`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Need help now?');
    await expectNoAxeViolations(page, 'help page');
    await page.screenshot({ path: `${shots}/help.png`, fullPage: true });
    await page.context().close();
  });
});
