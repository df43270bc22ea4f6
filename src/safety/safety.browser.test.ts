// Browser journeys for the safety checks: help shown at once after a possible crisis, identifying
// details found and checked by the author (JavaScript on and off), the invisible browser check, and the
// moderator's queue with highlights and one-click redaction. Every state is checked with axe.
// Screenshots go to /tmp/shots/safety/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { addMember, createFacilitator, testPassword } from '../../test/accounts.ts';
import { answerThroughForm, focused, newPerson, pageLooker, signInThroughForm, submit } from '../../test/journeys.ts';
import { startServer, type TestServer } from '../../test/server.ts';

const crisisText = "i dont want to be here anymore. ive been saving my tablets and i think tonight's the night";
const phoneText = 'A family member found my work number, 07700 900123, and rang me at home.';

// A hang guard, not a speed test: CI runs two test files at once on two cores.
describe('safety checks in a browser', { timeout: 300_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const look = pageLooker('/tmp/shots/safety');

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const answerRow = (id: string) =>
    server.db.selectFrom('answers').select(['status', 'heldFor', 'urgentAt', 'body']).where('id', '=', id).executeTakeFirstOrThrow();

  for (const js of [true, false]) {
    const mode = js ? 'JavaScript on' : 'JavaScript off';

    test(`a possible crisis: the author sees a calm panel with helplines at once (${mode})`, async () => {
      const { slug } = await createBoard(server.db, { moderation: 'post' });
      const { context, page } = await newPerson(browser, { javaScriptEnabled: js });
      await page.goto(`${server.url}/b/${slug}`);
      await page.getByText('Answers that may identify someone, or suggest that someone is at risk, are always read by a facilitator first.').waitFor();
      const { answerId } = await answerThroughForm(page, { question: 'What do I do first?', perspective: 'Practitioner', body: crisisText });
      const panel = page.getByRole('status');
      await panel.getByRole('heading', { name: 'Thank you. Your answer has been received' }).waitFor();
      await panel.getByText('It will not be published automatically.').waitFor();
      const links = await panel.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of ['tel:999', 'tel:111', 'tel:116123', 'sms:85258?body=SHOUT']) assert.ok(links.includes(href), `${href} in ${links.join(' ')}`);
      await look(page, `crisis help panel ${mode}`, { javaScriptEnabled: js });
      const row = await answerRow(answerId);
      assert.equal(row.status, 'pending');
      assert.ok(row.urgentAt);
      // "Need help now?" sits in the same place on this page as on every other.
      assert.equal(await page.locator('header .site-header__help').textContent(), 'Need help now?');
      await context.close();
    });

    test(`the author changes their answer to one suggesting they are at risk: the same help at once (${mode})`, async () => {
      const { slug } = await createBoard(server.db, { moderation: 'post' });
      const { context, page } = await newPerson(browser, { javaScriptEnabled: js });
      await page.goto(`${server.url}/b/${slug}`);
      const { answerId, key } = await answerThroughForm(page, {
        question: 'What do I do first?',
        perspective: 'Practitioner',
        body: 'Reply quickly and ring the duty team.',
      });
      await page.goto(`${server.url}/a/${answerId}/manage`);
      await page.getByRole('textbox', { name: 'Your private key' }).fill(key);
      await submit(page, () => page.getByRole('button', { name: 'Continue' }).click());
      await page.getByRole('textbox', { name: 'Your answer' }).fill(crisisText);
      await submit(page, () => page.getByRole('button', { name: 'Save changes' }).click());
      const panel = page.getByRole('status');
      await panel.getByText('It will not be published automatically.').waitFor();
      const links = await panel.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.includes('tel:116123'), links.join(' '));
      await look(page, `crisis help after a change ${mode}`, { javaScriptEnabled: js });
      const row = await answerRow(answerId);
      assert.deepEqual({ status: row.status, heldFor: row.heldFor }, { status: 'pending', heldFor: 'crisis' });
      assert.ok(row.urgentAt);
      await context.close();
    });

    test(`identifying details: shown highlighted, then edited or sent anyway (${mode})`, async () => {
      const { slug } = await createBoard(server.db, { moderation: 'post' });
      const { context, page } = await newPerson(browser, { javaScriptEnabled: js });
      await page.goto(`${server.url}/b/${slug}`);
      await page.getByRole('radio', { name: 'What do I do first?' }).check();
      await page.getByRole('radio', { name: 'Manager' }).check();
      const body = page.getByRole('textbox', { name: 'Your answer' });
      if (js) {
        // pressSequentially fires input events as typing does; the hint comes after a pause.
        await body.pressSequentially(phoneText, { delay: 5 });
        const hint = page.locator('#body-identifying');
        await hint.getByText('Your answer seems to include a phone number.').waitFor();
        assert.equal(await hint.getAttribute('aria-live'), 'polite');
        await look(page, 'identifying hint while typing', { javaScriptEnabled: js });
      } else {
        await body.fill(phoneText);
      }
      await page.getByRole('radio', { name: /Publish it on this board/ }).check();
      assert.equal(await submit(page, () => page.getByRole('button', { name: 'Send your answer' }).click()), 200);

      const check = page.getByRole('region', { name: 'Check your answer before you send it' });
      await check.getByText('Your answer seems to include a phone number.').waitFor();
      assert.equal(
        await check
          .locator('mark')
          .first()
          .evaluate((m) => m.firstChild?.textContent),
        '07700 900123',
      );
      assert.equal((await focused(page)).id, 'identifying-check', 'the check takes focus, so it is read first');
      assert.equal(await body.inputValue(), phoneText, 'what they wrote is kept');
      await look(page, `identifying check ${mode}`, { javaScriptEnabled: js });

      const status = await submit(page, () => page.getByRole('button', { name: 'Send it as it is' }).click());
      assert.equal(status, 303);
      await page.getByRole('heading', { level: 1, name: 'Your answer has been received' }).waitFor();
      const id = /\/received\/([0-9a-z]+)/.exec(page.url())![1]!;
      const row = await answerRow(id);
      assert.equal(row.status, 'pending', 'held for a moderator on a post-moderated board');
      assert.equal(row.heldFor, js ? 'identifying' : 'identifying unchecked');
      await context.close();
    });

    test(`the invisible check: ${js ? 'solved by the browser, so the answer is published' : 'missing, so the answer is held, not refused'} (${mode})`, async () => {
      const { slug } = await createBoard(server.db, { moderation: 'post' });
      const { context, page } = await newPerson(browser, { javaScriptEnabled: js });
      let checks = 0;
      page.on('request', (r) => {
        if (r.url().endsWith(`/b/${slug}/check`)) checks++;
      });
      await page.goto(`${server.url}/b/${slug}`);
      assert.equal(checks, 0, 'no check is fetched for people who only read');
      const { answerId } = await answerThroughForm(page, {
        question: 'Where do I find the time?',
        perspective: 'Practitioner',
        body: `Fifteen minutes a week, booked in the diary (${mode}).`,
      });
      const row = await answerRow(answerId);
      assert.deepEqual({ status: row.status, heldFor: row.heldFor }, js ? { status: 'published', heldFor: null } : { status: 'pending', heldFor: 'unchecked' });
      assert.equal(checks, js ? 1 : 0);
      // The hidden field for bots is out of sight, out of the tab order and hidden from screen readers.
      await page.goto(`${server.url}/b/${slug}`);
      const trap = page.locator('input[name="website"]');
      const box = await trap.boundingBox();
      assert.ok(box && box.x + box.width < 0, 'off the screen');
      assert.equal(await trap.locator('xpath=..').getAttribute('aria-hidden'), 'true');
      assert.equal(await trap.getAttribute('tabindex'), '-1');
      await context.close();
    });
  }

  test('a moderator sees why answers are held, reads the guidance, and replaces a detail with a placeholder', async () => {
    const board = await createBoard(server.db, { moderation: 'pre', title: 'Moderated board' });
    const me = await createFacilitator(server.db, server.url);
    await addMember(server.db, board.id, me.id, 'owner');
    const { context, page } = await newPerson(browser);
    await page.goto(`${server.url}/b/${board.slug}`);
    await answerThroughForm(page, { question: 'What do I do first?', perspective: 'Practitioner', body: crisisText });
    await page.goto(`${server.url}/b/${board.slug}`);
    await page.getByRole('radio', { name: 'What do I do first?' }).check();
    await page.getByRole('radio', { name: 'Manager' }).check();
    await page.getByRole('textbox', { name: 'Your answer' }).fill('Dr Patel gave me 07700 900123 to ring about the clinic page.');
    await page.getByRole('radio', { name: /Publish it on this board/ }).check();
    await submit(page, () => page.getByRole('button', { name: 'Send your answer' }).click());
    await submit(page, () => page.getByRole('button', { name: 'Send it as it is' }).click());

    await page.goto(`${server.url}/sign-in`);
    await signInThroughForm(page, me.email, testPassword);
    await page.goto(`${server.url}/admin/b/${board.slug}/queue`);
    const items = page.locator('[data-queue-item]');
    await items.first().getByText('Urgent: read this first').waitFor();
    await items.first().getByText('The author may be at risk', { exact: true }).waitFor();
    const second = items.nth(1);
    await second.getByText('May identify someone', { exact: true }).waitFor();
    assert.deepEqual(await second.locator('mark').evaluateAll((ms) => ms.map((m) => m.firstChild?.textContent)), ['Dr Patel', '07700 900123']);
    await look(page, 'queue with holds and highlights');

    await submit(page, () => second.getByRole('button', { name: /Replace with \[phone\]/ }).click());
    await page.getByRole('status').getByText('The detail is replaced with a placeholder.').waitFor();
    // The name is still marked for the moderator to decide on; the number is gone.
    assert.equal(
      await page
        .locator('[data-queue-item]')
        .nth(1)
        .locator('.queue__text')
        .evaluate((el) => el.firstChild?.parentElement?.innerText.includes('gave me [phone] to ring')),
      true,
    );
    const redacted = await server.db
      .selectFrom('answers')
      .select(['body', 'originalBody'])
      .where('body', 'like', 'Dr Patel gave me%')
      .executeTakeFirstOrThrow();
    assert.deepEqual(redacted, {
      body: 'Dr Patel gave me [phone] to ring about the clinic page.',
      originalBody: 'Dr Patel gave me 07700 900123 to ring about the clinic page.',
    });
    await look(page, 'queue after redacting');

    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Guidance: responding to answers that suggest someone is at risk' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Responding to answers that suggest someone is at risk' }).waitFor();
    await look(page, 'guidance for moderators');
    await context.close();
  });
});
