// Browser tests for answering: the form with JavaScript on and off, moderation, resubmits, mistakes and
// the keyboard, each state checked with axe. Screenshots go to /tmp/shots/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { startServer, type TestServer } from '../../test/server.ts';

const shots = '/tmp/shots';
const send = { name: 'Send your answer' } as const;

// A hang guard, not a speed test: CI runs two test files at once on two cores.
describe('answering in a browser', { timeout: 300_000 }, () => {
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

  function answersOf(boardId: string) {
    return server.db.selectFrom('answers').selectAll().where('boardId', '=', boardId).execute();
  }

  /** What has keyboard focus, described the way a test can compare. */
  function focused(page: Page) {
    return page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        id: el?.id ?? '',
        name: el?.getAttribute('name') ?? '',
        text: el?.textContent?.trim() ?? '',
        cls: el?.className ?? '',
      };
    });
  }

  /** Clicks send and waits for the page that comes back; returns the status of the POST itself. */
  async function clickSend(page: Page, expect: 'received' | 'error'): Promise<number> {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/answers')),
      page.getByRole('button', send).click(),
    ]);
    // The confirmation's address may carry the author's private key in its #fragment.
    await page.waitForURL((url) => (expect === 'received' ? /^\/b\/[^/]+\/received\/[0-9a-z]+$/ : /^\/b\/[^/]+\/answers$/).test(url.pathname));
    return response.status();
  }

  for (const js of [true, false]) {
    const mode = js ? 'JavaScript on' : 'JavaScript off';
    const tag = js ? 'js-on' : 'js-off';

    describe(`with ${mode}`, () => {
      async function newPage(): Promise<Page> {
        const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1024, height: 900 } });
        context.setDefaultTimeout(10_000);
        return context.newPage();
      }

      test('an answer kept for workshops stays off the board until its author, through the private link, allows it there', async () => {
        const { slug } = await createBoard(server.db, { moderation: 'post', title: 'Choosing where answers go' });
        const page = await newPage();
        await page.goto(`${server.url}/b/${slug}`);
        const text = `Kept for the workshop room (${mode}).`;
        await page.getByRole('radio', { name: 'What do I do first?' }).check();
        await page.getByRole('radio', { name: 'Practitioner' }).check();
        await page.getByRole('textbox', { name: 'Your answer' }).fill(text);
        await page.getByRole('group', { name: 'Where may your answer be used?' }).getByRole('radio', { name: 'Use it in workshops and handouts only' }).check();
        await expectNoAxeViolations(page, `use chosen (${mode})`, { javaScriptEnabled: js });
        await page.locator('#use').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/use-choice-${tag}.png` });
        assert.equal(await clickSend(page, 'received'), 303);
        await page.getByRole('heading', { name: 'Your answer has been received' }).waitFor();
        await page.getByText('it will not appear on the board or anywhere online').waitFor();
        await expectNoAxeViolations(page, `received, kept off the board (${mode})`, { javaScriptEnabled: js });
        const key = /#key=([\w-]+)$/.exec(page.url())?.[1];
        assert.ok(key, 'the private key is in the address');
        const id = /\/received\/([0-9a-z]+)/.exec(page.url())![1]!;
        await page.goto(`${server.url}/b/${slug}`);
        assert.equal(await page.getByText(text).count(), 0, 'not on the board');

        // The author opens their private link: with JavaScript the key is sent for them, without it they paste it.
        await page.goto(`${server.url}/a/${id}/manage#key=${key}`);
        if (!js) {
          await page.getByRole('textbox', { name: 'Your private key' }).fill(key);
          await page.getByRole('button', { name: 'Continue' }).click();
        }
        const choice = page.getByRole('group', { name: 'Where may your answer be used?' });
        assert.equal(await choice.getByRole('radio', { name: 'Use it in workshops and handouts only' }).isChecked(), true);
        await expectNoAxeViolations(page, `private page with the choice (${mode})`, { javaScriptEnabled: js });
        await page.screenshot({ path: `${shots}/use-manage-${tag}.png`, fullPage: true });
        await choice.getByRole('radio', { name: 'Publish it on this board for anyone to read' }).check();
        await page.getByRole('button', { name: 'Save where it may be used' }).click();
        await page.getByRole('heading', { name: 'Your changes are saved' }).waitFor();
        // Without JavaScript the browser check did not run, so the answer waits for a facilitator (as any such answer does).
        const after = js ? 'It is on the board for everyone to read.' : 'It appears on the board once a facilitator has read it.';
        await page.getByText(`Your answer: published on the board. ${after}`).waitFor();
        await expectNoAxeViolations(page, `choice saved (${mode})`, { javaScriptEnabled: js });
        await page.getByRole('link', { name: 'Back to “Choosing where answers go”' }).click();
        if (js) await page.getByText(text).waitFor();
        else assert.equal(await page.getByText(text).count(), 0, 'waiting for a facilitator');
        await page.context().close();
      });

      test('on a pre-moderated board the answer is received, will be read first, and is not on the board yet', async () => {
        const { slug, id } = await createBoard(server.db, { moderation: 'pre', title: 'Pre-moderated board' });
        const page = await newPage();
        await page.goto(`${server.url}/b/${slug}`);

        // The form as a person meets it.
        const questions = page.getByRole('group', { name: 'Which question are you answering?' });
        const perspectives = page.getByRole('group', { name: 'Which point of view are you answering from?' });
        assert.deepEqual(await questions.getByRole('radio').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).checked)), [false, false]);
        assert.equal(await perspectives.getByRole('radio').count(), 2);
        await perspectives.getByText('You lead a team.').waitFor();
        const body = page.getByRole('textbox', { name: 'Your answer' });
        assert.deepEqual((await body.getAttribute('aria-describedby'))?.split(' '), ['body-hint', 'body-count']);
        const uses = page.getByRole('group', { name: 'Where may your answer be used?' });
        assert.deepEqual(
          await uses.getByRole('radio').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).checked)),
          [false, false, false],
          'nothing is chosen for the author',
        );
        await uses.getByText('It is never published online.').waitFor();
        const consent = uses.getByRole('radio', { name: 'Publish it on this board for anyone to read' });
        const count = page.locator('#body-count');
        if (js) {
          assert.equal(await count.textContent(), 'You have 2,000 characters remaining');
        } else {
          assert.equal(await count.textContent(), 'You can enter up to 2,000 characters');
        }

        const text = 'Tell your manager and write down exactly what you saw.';
        await questions.getByRole('radio', { name: 'Where do I find the time?' }).check();
        await perspectives.getByRole('radio', { name: 'Manager' }).check();
        await body.fill(text);
        if (js) assert.equal(await count.textContent(), `You have ${(2000 - text.length).toLocaleString('en-GB')} characters remaining`);
        await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Jo');
        await page.getByRole('textbox', { name: 'Email address (optional)' }).fill('jo@example.org');
        await consent.check();
        assert.equal(await clickSend(page, 'received'), 303);

        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Your answer has been received');
        assert.match(await page.getByRole('status').innerText(), /Your answer has been received/);
        await page.getByText('A facilitator will read it before it appears on the board.').waitFor();
        await expectNoAxeViolations(page, `confirmation, pre-moderated (${mode})`, { javaScriptEnabled: js });
        await page.screenshot({ path: `${shots}/answer-received-${tag}.png`, fullPage: true });

        const stored = await answersOf(id);
        assert.equal(stored.length, 1);
        assert.equal(stored[0]!.body, text);
        assert.equal(stored[0]!.displayName, 'Jo');
        assert.equal(stored[0]!.email, 'jo@example.org');
        assert.equal(stored[0]!.status, 'pending');

        await page.getByRole('link', { name: 'Back to “Pre-moderated board”' }).click();
        await page.waitForURL(`${server.url}/b/${slug}`);
        assert.equal(await page.getByText(text).count(), 0, 'the answer is not on the board before a facilitator reads it');
        const row = page.getByRole('row', { name: /Where do I find the time\?/ });
        assert.match(await row.getByRole('cell').nth(1).innerText(), /No answers yet from managers/);
        await page.context().close();
      });

      test(
        js
          ? 'on a post-moderated board the answer is on the board at once, with its own permalink'
          : 'on a post-moderated board, without the browser check, the answer is held for a facilitator',
        async () => {
          const { slug, id } = await createBoard(server.db, { moderation: 'post', title: 'Post-moderated board' });
          const page = await newPage();
          await page.goto(`${server.url}/b/${slug}`);
          const text = `Block an hour on a Friday (${mode}).`;
          await page.getByRole('radio', { name: 'Where do I find the time?' }).check();
          await page.getByRole('radio', { name: 'Practitioner' }).check();
          await page.getByRole('textbox', { name: 'Your answer' }).fill(text);
          await page.getByRole('radio', { name: /Publish it on this board/ }).check();
          assert.equal(await clickSend(page, 'received'), 303);
          const stored = await answersOf(id);
          assert.equal(stored.length, 1);
          assert.equal(stored[0]!.displayName, null);

          if (!js) {
            // The invisible check needs JavaScript: the answer is kept, and a person reads it first.
            assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Your answer has been received');
            await page.getByText('A facilitator will read it before it appears on the board.').waitFor();
            await expectNoAxeViolations(page, `confirmation, post-moderated (${mode})`, { javaScriptEnabled: js });
            assert.deepEqual({ status: stored[0]!.status, heldFor: stored[0]!.heldFor }, { status: 'pending', heldFor: 'unchecked' });
            await page.context().close();
            return;
          }
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Your answer is published');
          await page.getByText('It is now on the board for everyone to read.').waitFor();
          await expectNoAxeViolations(page, `confirmation, post-moderated (${mode})`, { javaScriptEnabled: js });
          await page.screenshot({ path: `${shots}/answer-published-${tag}.png`, fullPage: true });
          assert.equal(stored[0]!.status, 'published');

          await page.getByRole('link', { name: 'See your answer' }).click();
          await page.waitForURL(`${server.url}/a/${stored[0]!.id}`);
          assert.equal(await page.locator('blockquote .answer__text').textContent(), text);
          assert.match(await page.locator('blockquote footer').innerText(), /^Anonymous, \d{1,2} \w+ \d{4}$/);
          await page.getByText('Practitioner', { exact: true }).waitFor();
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Where do I find the time?');
          await expectNoAxeViolations(page, `permalink (${mode})`, { javaScriptEnabled: js });
          await page.screenshot({ path: `${shots}/permalink-${tag}.png`, fullPage: true });

          await page.goto(`${server.url}/b/${slug}`);
          const cell = page
            .getByRole('row', { name: /Where do I find the time\?/ })
            .getByRole('cell')
            .nth(0);
          assert.match(await cell.innerText(), new RegExp(`1 answer[\\s\\S]*${text.replace(/[().]/g, '\\$&')}[\\s\\S]*Anonymous`));
          await page.context().close();
        },
      );

      test('going back and sending the same form again stores one answer', async () => {
        const { slug, id } = await createBoard(server.db, { moderation: 'post' });
        const page = await newPage();
        await page.goto(`${server.url}/b/${slug}`);
        await page.getByRole('radio', { name: 'What do I do first?' }).check();
        await page.getByRole('radio', { name: 'Manager' }).check();
        await page.getByRole('textbox', { name: 'Your answer' }).fill('Only once, please.');
        await page.getByRole('radio', { name: /Publish it on this board/ }).check();
        await clickSend(page, 'received');
        const firstPath = new URL(page.url()).pathname;

        await page.goBack();
        await page.waitForURL(`${server.url}/b/${slug}`);
        // The browser restores what was typed; make sure of it, as a person would, then send again.
        assert.equal(await page.getByRole('textbox', { name: 'Your answer' }).inputValue(), 'Only once, please.');
        assert.equal(await page.getByRole('radio', { name: /Publish it on this board/ }).isChecked(), true);
        assert.equal(await clickSend(page, 'received'), 303);
        assert.equal(new URL(page.url()).pathname, firstPath, 'the second send is shown the first answer');

        const stored = await answersOf(id);
        assert.equal(stored.length, 1, `expected one answer, found ${stored.length}`);
        await page.context().close();
      });

      test('an empty submit shows an error summary that has focus and links to each field, with Error: in the title', async () => {
        const { slug, id } = await createBoard(server.db);
        const page = await newPage();
        await page.goto(`${server.url}/b/${slug}`);
        assert.equal(await clickSend(page, 'error'), 422);

        assert.match(await page.title(), /^Error: /);
        const summary = page.getByRole('alert');
        assert.equal(await summary.getByRole('heading').textContent(), 'There is a problem');
        assert.deepEqual(await focused(page).then((f) => f.cls), 'error-summary', 'the error summary has focus when the page loads');
        const links = summary.getByRole('link');
        assert.deepEqual(await links.allTextContents(), [
          'Choose the question you are answering',
          'Choose the perspective you are answering from',
          'Enter your answer',
          'Choose where your answer may be used',
        ]);
        // Each message is also beside its field, and the field points to it.
        assert.equal(await page.locator('#question-error').textContent(), 'Error: Choose the question you are answering');
        assert.equal(await page.locator('#perspective-error').textContent(), 'Error: Choose the perspective you are answering from');
        assert.equal(await page.locator('#body-error').textContent(), 'Error: Enter your answer');
        assert.equal(await page.locator('#use-error').textContent(), 'Error: Choose where your answer may be used');
        assert.match(
          (await page.getByRole('group', { name: 'Which question are you answering?' }).getAttribute('aria-describedby')) ?? '',
          /\bquestion-error\b/,
        );
        assert.match((await page.getByRole('textbox', { name: 'Your answer' }).getAttribute('aria-describedby')) ?? '', /\bbody-error\b/);
        assert.match((await page.getByRole('group', { name: 'Where may your answer be used?' }).getAttribute('aria-describedby')) ?? '', /\buse-error\b/);
        await expectNoAxeViolations(page, `error state (${mode})`, { javaScriptEnabled: js });
        await page.screenshot({ path: `${shots}/error-empty-${tag}.png`, fullPage: true });

        // Following a link in the summary puts focus on the field it names.
        const expected = [
          { tag: 'input', name: 'question' },
          { tag: 'input', name: 'perspective' },
          { tag: 'textarea', name: 'body' },
          { tag: 'input', name: 'use' },
        ];
        for (let i = 0; i < expected.length; i++) {
          await links.nth(i).click();
          const f = await focused(page);
          assert.deepEqual({ tag: f.tag, name: f.name }, expected[i], `link ${i + 1} in the error summary`);
        }
        assert.equal((await answersOf(id)).length, 0);
        await page.context().close();
      });

      test('after a mistake everything typed is kept, and fixing it sends one answer', async () => {
        const { slug, id } = await createBoard(server.db, { moderation: 'pre' });
        const page = await newPage();
        await page.goto(`${server.url}/b/${slug}`);
        const text = 'Line one of my answer.\n\nLine two, with “quotes” & <angle brackets>.';
        await page.getByRole('radio', { name: 'Where do I find the time?' }).check();
        await page.getByRole('textbox', { name: 'Your answer' }).fill(text);
        await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Robin');
        await page.getByRole('textbox', { name: 'Email address (optional)' }).fill('robin-at-example');
        await page.getByRole('radio', { name: /Publish it on this board/ }).check();
        assert.equal(await clickSend(page, 'error'), 422);

        assert.match(await page.title(), /^Error: /);
        assert.equal((await focused(page)).cls, 'error-summary');
        assert.deepEqual(await page.getByRole('alert').getByRole('link').allTextContents(), [
          'Choose the perspective you are answering from',
          'Enter an email address in the correct format, like name@example.com',
        ]);
        assert.equal(await page.getByRole('radio', { name: 'Where do I find the time?' }).isChecked(), true);
        assert.equal(await page.getByRole('textbox', { name: 'Your answer' }).inputValue(), text);
        assert.equal(await page.getByRole('textbox', { name: 'Your name (optional)' }).inputValue(), 'Robin');
        assert.equal(await page.getByRole('textbox', { name: 'Email address (optional)' }).inputValue(), 'robin-at-example');
        assert.equal(await page.getByRole('radio', { name: /Publish it on this board/ }).isChecked(), true);
        await page.screenshot({ path: `${shots}/error-kept-${tag}.png`, fullPage: true });

        await page.getByRole('radio', { name: 'Practitioner' }).check();
        await page.getByRole('textbox', { name: 'Email address (optional)' }).fill('robin@example.org');
        assert.equal(await clickSend(page, 'received'), 303);
        const stored = await answersOf(id);
        assert.equal(stored.length, 1);
        assert.equal(stored[0]!.body, text);
        assert.equal(stored[0]!.email, 'robin@example.org');
        await page.context().close();
      });

      test('an answer over the length limit is refused with a message, and kept to shorten', async () => {
        const { slug, id } = await createBoard(server.db);
        const page = await newPage();
        await page.goto(`${server.url}/b/${slug}`);
        const tooLong = `${'a'.repeat(1995)} too long`;
        await page.getByRole('radio', { name: 'What do I do first?' }).check();
        await page.getByRole('radio', { name: 'Practitioner' }).check();
        await page.getByRole('textbox', { name: 'Your answer' }).fill(tooLong);
        if (js) {
          const count = page.locator('#body-count');
          assert.equal(await count.textContent(), `You have ${tooLong.length - 2000} characters too many`);
          await page.getByRole('textbox', { name: 'Your answer' }).press('Backspace');
          assert.equal(await count.textContent(), `You have ${tooLong.length - 2001} characters too many`);
          await page.getByRole('textbox', { name: 'Your answer' }).fill(tooLong.slice(0, 1999));
          assert.equal(await count.textContent(), 'You have 1 character remaining');
          await page.getByRole('textbox', { name: 'Your answer' }).fill(tooLong);
        }
        await page.getByRole('radio', { name: /Publish it on this board/ }).check();
        assert.equal(await clickSend(page, 'error'), 422);
        assert.deepEqual(await page.getByRole('alert').getByRole('link').allTextContents(), ['Your answer must be 2,000 characters or fewer']);
        assert.equal(await page.getByRole('textbox', { name: 'Your answer' }).inputValue(), tooLong);
        if (js) assert.equal(await page.locator('#body-count').textContent(), `You have ${tooLong.length - 2000} characters too many`);
        await page.screenshot({ path: `${shots}/error-too-long-${tag}.png`, fullPage: false });
        assert.equal((await answersOf(id)).length, 0);
        await page.context().close();
      });

      test('by keyboard alone: the skip link comes first, and the form can be filled and sent', async () => {
        const { slug, id } = await createBoard(server.db, { moderation: 'post' });
        const page = await newPage();
        await page.goto(`${server.url}/b/${slug}`);

        await page.keyboard.press('Tab');
        const skip = await focused(page);
        assert.deepEqual({ tag: skip.tag, text: skip.text }, { tag: 'a', text: 'Skip to main content' }, 'the skip link is the first thing Tab reaches');
        const box = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox();
        assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 0, 'the focused skip link is on screen');
        await page.screenshot({ path: `${shots}/skip-link-${tag}.png` });
        await page.keyboard.press('Enter');
        assert.equal((await focused(page)).id, 'main', 'the skip link moves focus to the main content');
        await page.keyboard.press('Tab');
        const next = await page.evaluate(() => {
          const main = document.getElementById('main')!;
          const first = main.querySelector('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]');
          return { inMain: main.contains(document.activeElement), isFirst: document.activeElement === first };
        });
        assert.deepEqual(next, { inMain: true, isFirst: true }, 'Tab continues from the start of the main content, past the header');

        // Tab on through the page to the form, then fill it with keys only.
        let presses = 0;
        while ((await focused(page)).name !== 'question') {
          assert.ok(++presses < 80, 'Tab never reached the question radios');
          await page.keyboard.press('Tab');
        }
        assert.equal((await focused(page)).id, 'question', 'Tab lands on the first question');
        await page.locator('#question').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/keyboard-radio-focused-${tag}.png` });
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowDown');
        assert.equal(await page.getByRole('radio', { name: 'Where do I find the time?' }).isChecked(), true);
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).name, 'perspective');
        await page.keyboard.press('Space');
        assert.equal(await page.getByRole('radio', { name: 'Practitioner' }).isChecked(), true);
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'body');
        // Long enough for the language check to know it is English (three words were taken for another language, and held).
        await page.keyboard.type('I typed this answer without using a mouse.');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'displayName');
        await page.keyboard.type('Kim');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'email');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'use', 'the first choice of where it may be used');
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).text, 'Send your answer');
        await page.screenshot({ path: `${shots}/keyboard-send-focused-${tag}.png` });
        await Promise.all([page.waitForURL((url) => url.pathname.includes('/received/')), page.keyboard.press('Enter')]);

        // Without JavaScript there is no browser check, so the answer waits for a facilitator.
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), js ? 'Your answer is published' : 'Your answer has been received');
        const stored = await answersOf(id);
        assert.equal(stored.length, 1);
        assert.deepEqual(
          [stored[0]!.body, stored[0]!.displayName, stored[0]!.status],
          ['I typed this answer without using a mouse.', 'Kim', js ? 'published' : 'pending'],
        );
        await page.context().close();
      });

      test('in Welsh: a mistake gets a Welsh error summary with focus, and the answer lands on the Welsh confirmation', async () => {
        const { slug, id } = await createBoard(server.db, { moderation: 'pre', title: 'Bwrdd Cymraeg' });
        const page = await newPage();
        await page.goto(`${server.url}/cy/b/${slug}`);
        assert.equal(await page.getAttribute('html', 'lang'), 'cy');
        // The board is written in English only: its texts carry lang="en-GB" inside the Welsh page (axe checks the values).
        await expectNoAxeViolations(page, `Welsh board page (${mode})`, { javaScriptEnabled: js });
        if (js) {
          await page.getByRole('textbox', { name: 'Eich ateb' }).fill('Deg nod.!!');
          await page.getByText('Mae gennych 1,990 nod ar ôl').first().waitFor();
        }
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/answers')),
          page.getByRole('button', { name: 'Anfon eich ateb' }).click(),
        ]);
        assert.equal(response.status(), 422);
        assert.equal(new URL(page.url()).pathname, `/cy/b/${slug}/answers`);
        assert.match(await page.title(), /^Gwall: /);
        const summary = page.locator('[data-error-summary]');
        assert.equal(await summary.getByRole('heading').textContent(), 'Mae problem wedi codi');
        assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'the summary has focus');
        await expectNoAxeViolations(page, `Welsh errors (${mode})`, { javaScriptEnabled: js });
        await page.screenshot({ path: `${shots}/welsh-errors-${tag}.png`, fullPage: true });

        await page.getByRole('radio', { name: 'What do I do first?' }).check();
        await page.getByRole('radio', { name: 'Practitioner' }).check();
        await page.getByRole('textbox', { name: 'Eich ateb' }).fill('Siaradwch â’ch goruchwyliwr a dilynwch bolisi’r tîm bob amser.');
        await page
          .getByRole('group', { name: 'Ble gellir defnyddio eich ateb?' })
          .getByRole('radio', { name: /Ei gyhoeddi ar y bwrdd hwn/ })
          .check();
        await Promise.all([page.waitForURL((url) => url.pathname.includes('/received/')), page.getByRole('button', { name: 'Anfon eich ateb' }).click()]);
        assert.match(new URL(page.url()).pathname, new RegExp(`^/cy/b/${slug}/received/[0-9a-z]+$`));
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Mae eich ateb wedi dod i law');
        await expectNoAxeViolations(page, `Welsh confirmation (${mode})`, { javaScriptEnabled: js });
        await page.screenshot({ path: `${shots}/welsh-received-${tag}.png`, fullPage: true });
        const stored = await answersOf(id);
        assert.equal(stored.filter((a) => !a.isExample).length, 1);
        await page.context().close();
      });
    });
  }

  describe('with JavaScript on only', () => {
    test('double-clicking send stores one answer', async () => {
      const { slug, id } = await createBoard(server.db, { moderation: 'post' });
      const context = await browser.newContext();
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      let posts = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST') posts++;
      });
      await page.goto(`${server.url}/b/${slug}`);
      await page.getByRole('radio', { name: 'What do I do first?' }).check();
      await page.getByRole('radio', { name: 'Practitioner' }).check();
      await page.getByRole('textbox', { name: 'Your answer' }).fill('Double-clicked.');
      await page.getByRole('radio', { name: /Publish it on this board/ }).check();
      await Promise.all([page.waitForURL((url) => url.pathname.includes('/received/')), page.getByRole('button', send).dblclick()]);
      await page.getByRole('heading', { name: 'Your answer is published' }).waitFor();
      assert.equal((await answersOf(id)).length, 1);
      assert.equal(posts, 1, 'the second click sends nothing');
      await context.close();
    });

    test('the same form sent twice at once (a retry racing the first) stores one answer', async () => {
      const { slug, id } = await createBoard(server.db, { moderation: 'post' });
      const context = await browser.newContext();
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      await page.goto(`${server.url}/b/${slug}`);
      await page.getByRole('radio', { name: 'What do I do first?' }).check();
      await page.getByRole('radio', { name: 'Practitioner' }).check();
      await page.getByRole('textbox', { name: 'Your answer' }).fill('Sent twice at once.');
      await page.getByRole('radio', { name: /Publish it on this board/ }).check();
      // Two real same-origin POSTs of the form's own fields, in flight together.
      const finalUrls = await page.evaluate(async () => {
        const form = document.querySelector<HTMLFormElement>('form[data-answer-form]')!;
        // (No named functions in here: tsx would wrap them in a helper the page does not have.)
        const fields = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
        const headers = { 'content-type': 'application/x-www-form-urlencoded' };
        const responses = await Promise.all([
          fetch(form.action, { method: 'POST', headers, body: fields }),
          fetch(form.action, { method: 'POST', headers, body: fields }),
        ]);
        return responses.map((r) => `${r.status} ${new URL(r.url).pathname}`);
      });
      const stored = await answersOf(id);
      assert.equal(stored.length, 1, `expected one answer, found ${stored.length}`);
      assert.deepEqual(finalUrls, [`200 /b/${slug}/received/${stored[0]!.id}`, `200 /b/${slug}/received/${stored[0]!.id}`]);
      await context.close();
    });
  });
});
