// A facilitator reads a question's themes with JavaScript off (every control is a plain form): opens them from the
// queue, hides a phrase, merges two, reads the answers behind a phrase, and shows the summary on the public question
// page, where a reader follows a phrase to an answer. Every state is checked with axe; screenshots go to /tmp/shots/themes/.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { addAnswers, startServer, type SeedAnswer, type TestServer } from '../../test/server.ts';
import { clickAndLoad, journeySteps, pageLooker, submit, type Looker } from '../../test/journeys.ts';

const shots = '/tmp/shots/themes';

const seed: SeedAnswer[] = [
  ...[
    'Ask your supervisor for clinical supervision before anything else.',
    'Clinical supervision every month gave me protected time to think.',
    'Book clinical supervision and write down what you want from it.',
    'Reflective practice with the team helped me more than any course.',
    'A reflective practice group on Fridays, with protected time.',
    'Find a mentor and keep a reflective practice diary.',
  ].map((body, i) => ({ question: 'q1', perspective: 'p1', body, displayName: i === 0 ? 'Priya K.' : null })),
  ...[
    'Look at staffing levels first: nothing else works without them.',
    'Staffing levels and a fair rota come before training.',
    'Check the rota, then the staffing levels, then the budget.',
    'Talk to the team about the rota and protected time for training.',
    'Our budget decides the staffing levels, so start with the budget.',
  ].map((body) => ({ question: 'q1', perspective: 'p2', body })),
];

describe('themes by perspective in a browser', { timeout: 200_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let look: Looker;
  let slug = '';
  let facilitator: BrowserContext;
  let page: Page;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    look = pageLooker(shots);
    const board = await createBoard(server.db, { title: 'Supervision in social care' });
    slug = board.slug;
    const moderator = await createFacilitator(server.db, server.url);
    await addMember(server.db, board.id, moderator.id, 'moderator');
    await addAnswers(server.db, board.slug, seed);
    facilitator = await browser.newContext({ viewport: { width: 1100, height: 800 }, javaScriptEnabled: false });
    facilitator.setDefaultTimeout(10_000);
    await facilitator.addCookies([{ name: 'rt_session', value: moderator.cookie.split('=')[1]!, url: server.url }]);
    page = await facilitator.newPage();
  });
  after(async () => {
    await facilitator?.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  const step = journeySteps();
  const off = { javaScriptEnabled: false };
  const keyPhrases = () => page.getByRole('table', { name: 'Key phrases in the answers, the most used first' });
  const row = (name: string) =>
    keyPhrases()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\s*: read the answers`) }) });

  step('1. the queue links to the themes; each question says how many answers it has', async () => {
    await page.goto(`${server.url}/admin/b/${slug}/queue`);
    await clickAndLoad(page, page.getByRole('link', { name: 'Themes by perspective' }));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Themes by perspective in Supervision in social care');
    assert.match(await page.getByRole('row', { name: /What do I do first\?/ }).innerText(), /What do I do first\?\s+11\s+To facilitators only/);
    await look(page, 'themes index', off);
    await clickAndLoad(page, page.getByRole('link', { name: 'What do I do first?' }));
  });

  step('2. the question’s key phrases, with counts and examples, and each perspective’s own', async () => {
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Themes in the answers to What do I do first?');
    assert.match(
      await row('clinical supervision').innerText(),
      /^clinical supervision\s+: read the answers that use it\s+3\s+“Ask your supervisor for clinical supervision before anything else\.” \(Practitioner\)/,
    );
    assert.match(await row('staffing levels').innerText(), /^staffing levels\s+: read the answers that use it\s+4\s/);
    const managers = page.getByRole('region', { name: /Manager/ });
    assert.match(await managers.innerText(), /“staffing levels”: in 4 of 5 answers from managers/);
    await look(page, 'question themes', off);
  });

  step('3. hides a phrase: it leaves the lists and can be shown again', async () => {
    assert.ok(await row('protected time').isVisible());
    const status = await submit(page, () => row('protected time').getByRole('button', { name: 'Hide “protected time”' }).click());
    assert.equal(status, 303);
    assert.equal(await page.getByRole('status').innerText(), 'The phrase is hidden.');
    assert.equal(await row('protected time').count(), 0);
    assert.match(await page.getByRole('listitem').filter({ hasText: '“protected time” (3 answers)' }).innerText(), /Show again/);
    await look(page, 'a phrase hidden', off);
  });

  step('4. merges "reflective practice" into "clinical supervision": their answers count together', async () => {
    await page.getByLabel('Merge this phrase').selectOption({ label: 'reflective practice (3)' });
    await page.getByLabel('into this one').selectOption({ label: 'clinical supervision (3)' });
    await submit(page, () => page.getByRole('button', { name: 'Merge', exact: true }).click());
    assert.equal(await page.getByRole('status').innerText(), 'The phrases are merged.');
    assert.match(
      await row('clinical supervision').innerText(),
      /Includes “reflective practice”\s+Undo\s+the merge of “reflective practice” into “clinical supervision”\s+6\s/,
    );
    assert.equal(await row('reflective practice').count(), 0);
    await look(page, 'two phrases merged', off);
  });

  step('5. a phrase leads to the answers that use it, each use marked', async () => {
    await clickAndLoad(page, row('clinical supervision').getByRole('link', { name: /^clinical supervision\s*: read the answers that use it$/ }));
    const answers = page.getByRole('region', { name: /Answers that use “clinical supervision”/ });
    assert.equal(await answers.getByRole('article').count(), 6);
    assert.deepEqual(await answers.locator('mark').allInnerTexts(), [
      'clinical supervision',
      'Clinical supervision',
      'clinical supervision',
      'Reflective practice',
      'reflective practice',
      'reflective practice',
    ]);
    await look(page, 'the answers behind a phrase', off);
    await page.setViewportSize({ width: 320, height: 800 });
    await look(page, 'the themes page, 320 px', off);
    await page.setViewportSize({ width: 1100, height: 800 });
  });

  step('6. turns on the public summary and sees it on the question page, where a phrase leads to its answers', async () => {
    await page.getByLabel('On the question’s public page').check();
    await submit(page, () => page.getByRole('button', { name: 'Save where they are shown' }).click());
    assert.equal(await page.getByRole('status').innerText(), 'Your choice of where the themes are shown is saved.');
    await look(page, 'shown publicly', off);

    // A reader, with JavaScript on.
    const reader = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    reader.setDefaultTimeout(10_000);
    const publicPage = await reader.newPage();
    await publicPage.goto(`${server.url}/b/${slug}/q/q1`);
    const themes = publicPage.getByRole('region', { name: 'Themes in these answers' });
    const phrases = themes.getByRole('list', { name: 'Key phrases, the most used first' }).locator(':scope > li');
    assert.match(
      await phrases.first().innerText(),
      /^clinical supervision · 6 answers\s+“Ask your supervisor for clinical supervision before anything else\.”/,
    );
    const names = await phrases.locator('strong').allInnerTexts();
    assert.ok(names.includes('staffing levels'));
    assert.ok(!names.includes('protected time'), 'the hidden phrase is not shown to readers');
    await look(publicPage, 'public question page with themes');
    await themes.screenshot({ path: `${shots}/summary.png` });
    await publicPage.setViewportSize({ width: 320, height: 800 });
    await look(publicPage, 'public question page with themes, 320 px');
    await themes.screenshot({ path: `${shots}/summary-320.png` });
    await publicPage.setViewportSize({ width: 1100, height: 800 });

    await themes.getByText('Read the 4 answers that mention “staffing levels”').click();
    await themes.getByRole('link', { name: /^Staffing levels and a fair rota/ }).click();
    await publicPage.waitForURL(/#answer-/);
    const target = publicPage.locator(':target');
    assert.match(await target.innerText(), /^Staffing levels and a fair rota come before training\./);
    assert.ok(await target.isVisible());
    await look(publicPage, 'a reader follows a phrase to an answer');
    await reader.close();
  });
});
