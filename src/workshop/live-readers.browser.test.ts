// Readers see the board live: on the board page, a question page and both embeds, an answer a moderator approves
// appears in its cell without a reload, said once, politely; focus and the reader's place stay put; pausing holds
// changes back until resumed. Screenshots go to /tmp/shots/live-readers/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../test/browser.ts';
import { answerForm, answerIdFrom, createBoard, formHeaders, importDemoBoard, translateBoard } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { newPerson, pageLooker } from '../../test/journeys.ts';
import { startServer, type TestServer } from '../../test/server.ts';

const look = pageLooker('/tmp/shots/live-readers');

describe('readers see answers arrive live', () => {
  let server: TestServer;
  let browser: Browser;
  let slug: string;
  let cookie: string;
  let ownerId: string;

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    slug = await importDemoBoard(server.db);
    const board = await server.db.selectFrom('boards').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const owner = await createFacilitator(server.db, server.url);
    await addMember(server.db, board.id, owner.id, 'owner');
    cookie = owner.cookie;
    ownerId = owner.id;
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  /** Someone answers, and a moderator approves it: the way an answer reaches readers. */
  async function publish(fields: Record<string, string>, on = slug): Promise<string> {
    const sent = await server.app.inject({ method: 'POST', url: `/b/${on}/answers`, headers: formHeaders, payload: answerForm(fields) });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    const id = answerIdFrom(sent.headers.location);
    const approved = await server.app.inject({ method: 'POST', url: `/admin/b/${on}/answers/${id}/approve`, headers: { ...formHeaders, cookie } });
    assert.equal(approved.statusCode, 303);
    return id;
  }

  async function hide(id: string): Promise<void> {
    const res = await server.app.inject({ method: 'POST', url: `/admin/b/${slug}/answers/${id}/hide`, headers: { ...formHeaders, cookie } });
    assert.equal(res.statusCode, 303);
  }

  /** Opens the page and waits until its stream is open, so nothing published after is missed. */
  async function openLive(page: Page, path: string): Promise<void> {
    await page.goto(`${server.url}${path}`);
    await page.locator('[data-live][data-live-open]').waitFor({ state: 'visible' });
  }

  test('on the board page: in its cell, said once, focus and scroll kept, paused and resumed, removed when hidden', async () => {
    const { context, page } = await newPerson(browser);
    await openLive(page, `/b/${slug}`);
    // The reader is part-way down the table, on a link in the fourth question's row.
    const anchor = page.locator('[data-cell="recommend-platform practitioner"] a').first();
    await anchor.scrollIntoViewIfNeeded();
    await anchor.focus();
    const before = await anchor.boundingBox();

    const first = await publish({
      question: 'private-life',
      perspective: 'practitioner',
      body: 'Lock down your personal account and never accept requests from people you support.',
    });
    const cell = page.locator(`[data-cell="private-life practitioner"]`);
    await cell.locator(`#answer-${first}`).waitFor();
    await page.getByRole('status').filter({ hasText: 'New answer from practitioners.' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-cell]')?.getAttribute('data-cell')), 'recommend-platform practitioner');
    const after = await anchor.boundingBox();
    assert.ok(before && after && Math.abs(after.y - before.y) < 2, `the reader's place moved from ${before?.y} to ${after?.y}`);
    assert.match((await cell.locator('.cell-count').textContent()) ?? '', /^\d+ answers?$/);
    await look(page, 'board page, an answer arrived');

    // Two at once are said in one sentence.
    await publish({ question: 'finding-time', perspective: 'manager', body: 'Block out twenty minutes a week for it.' });
    await publish({ question: 'finding-time', perspective: 'manager', body: 'Make it part of supervision.' });
    await page.getByRole('status').filter({ hasText: '2 new answers from managers.' }).waitFor();

    // Paused: nothing moves until the reader resumes.
    await page.getByRole('button', { name: 'Pause live updates' }).click();
    const held = await publish({ question: 'criticised-online', perspective: 'digital', body: 'Screenshot it, then report it through the platform.' });
    await page.getByRole('status').filter({ hasText: 'Live updates paused: 1 change waiting.' }).waitFor();
    assert.equal(await page.locator(`#answer-${held}`).count(), 0);
    await look(page, 'board page, paused with a change waiting');
    await page.getByRole('button', { name: 'Resume live updates' }).click();
    await page.locator(`[data-cell="criticised-online digital"] #answer-${held}`).waitFor();

    await hide(first);
    await cell.locator(`#answer-${first}`).waitFor({ state: 'detached' });
    await look(page, 'board page, an answer hidden');
    await context.close();
  });

  test('on a question page and in the embed (table and compact)', async () => {
    const { context, page } = await newPerson(browser);
    await openLive(page, `/b/${slug}/q/suicidal-mention`);
    const embed = await context.newPage();
    await openLive(embed, `/embed/b/${slug}`);
    const compact = await context.newPage();
    await openLive(compact, `/embed/b/${slug}?compact=1&q=suicidal-mention`);
    const before = await compact.locator('.compact__cell').filter({ hasText: 'Manager' }).textContent();

    const id = await publish({
      question: 'suicidal-mention',
      perspective: 'manager',
      body: 'Call your safeguarding lead straight away, then follow the policy.',
      displayName: 'Dee',
    });
    await page.locator(`[data-cell="suicidal-mention manager"] #answer-${id}`).waitFor();
    await look(page, 'question page, an answer arrived');

    const inEmbed = embed.locator(`[data-cell="suicidal-mention manager"] #answer-${id}`);
    await inEmbed.waitFor();
    assert.equal(await inEmbed.getByRole('link', { name: /Permalink/ }).getAttribute('target'), '_blank', 'links in the embed open outside the frame');
    await look(embed, 'embed, an answer arrived');

    // The compact embed shows each cell's count and first answer: the manager's cell now counts one more.
    const count = (text: string | null) => Number(/(\d+) answers?/.exec(text ?? '')?.[1] ?? 0);
    await compact.waitForFunction((was) => {
      const cell = [...document.querySelectorAll('.compact__cell')].find((c) => c.textContent?.includes('Manager'));
      return Number(/(\d+) answers?/.exec(cell?.textContent ?? '')?.[1] ?? 0) === was + 1;
    }, count(before));
    await look(compact, 'compact embed, an answer arrived');
    await context.close();
  });

  test('in Welsh: the embed says what arrived in Welsh, counts the Welsh way and pauses in Welsh', async () => {
    const board = await createBoard(server.db, { moderation: 'pre' });
    await addMember(server.db, board.id, ownerId, 'owner');
    await translateBoard(server.db, board.id, { perspectives: { p1: { label: 'Ymarferydd', plural: 'ymarferwyr' } } });
    const { context, page } = await newPerson(browser);
    await openLive(page, `/cy/embed/b/${board.slug}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');

    const first = await publish({ question: 'q1', perspective: 'p1', body: 'Ffoniwch y tîm dyletswydd.' }, board.slug);
    const cell = page.locator('[data-cell="q1 p1"]');
    await cell.locator(`#answer-${first}`).waitFor();
    await page.getByRole('status').filter({ hasText: 'Ateb newydd gan ymarferwyr.' }).waitFor();
    assert.equal((await cell.locator('.cell-count').textContent())?.trim(), '1 ateb');
    assert.match((await cell.locator(`#answer-${first} a`).first().getAttribute('href')) ?? '', /\/cy\/a\//, 'its links lead to Welsh pages');
    await look(page, 'Welsh embed, an answer arrived');

    await page.getByRole('button', { name: 'Oedi diweddariadau byw' }).click();
    const held = await publish({ question: 'q1', perspective: 'p1', body: 'Ysgrifennwch y cyfan i lawr.' }, board.slug);
    await page.getByRole('status').filter({ hasText: 'Diweddariadau byw wedi’u hoedi: 1 newid yn aros.' }).waitFor();
    assert.equal(await page.locator(`#answer-${held}`).count(), 0);
    await page.getByRole('button', { name: 'Ailddechrau diweddariadau byw' }).click();
    await cell.locator(`#answer-${held}`).waitFor();
    assert.equal((await cell.locator('.cell-count').textContent())?.trim(), '2 ateb');
    await look(page, 'Welsh embed, resumed');
    await context.close();
  });
});
