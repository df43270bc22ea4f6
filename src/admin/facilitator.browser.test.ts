// Browser tests for the facilitator's journeys, in order, as people would take them: first-run setup,
// signing in and out, creating a board, moderating, reports, redaction, the author's private link, the
// team, requests about personal data and the account page. Every page and state visited is checked with
// axe. Screenshots go to /tmp/shots-admin/, numbered in the order the journeys visit them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { startServer, type TestServer } from '../../test/server.ts';
import {
  answerThroughForm,
  clickAndLoad,
  createAccountThroughForm,
  focused,
  journeySteps,
  newPerson,
  pageLooker,
  signInThroughForm,
  submit,
  type Looker,
} from '../../test/journeys.ts';
import { createSignupLink } from '../accounts/accounts.actions.ts';

const shots = '/tmp/shots-admin';

const owner = {
  name: 'Alex Morgan',
  email: 'alex.morgan@example.org',
  password: 'a kettle, a ladder and a lighthouse',
  newPassword: 'seven quiet otters under the old bridge',
};
const moderator = { name: 'Jo Baker', email: 'jo.baker@example.org', password: 'marmalade on the night bus home' };
const board = {
  slug: 'after-a-death',
  title: 'Supporting families after a death',
  intro: 'What helped families in the first days after someone died in hospital.\n\nAnswers are read before they are published.',
  question: 'What helped you most in the first week?',
  perspective: 'Parent',
  plural: 'parents',
  description: 'You are a parent or carer of the person who died.',
};
const sentinelEmail = 'sentinel-erase@example.org';

// A hang guard, not a speed test: CI runs two test files at once on two cores.
describe('facilitator journeys in a browser', { timeout: 400_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let look: Looker;
  /** The facilitator's own browser, kept signed in from journey to journey. */
  let facilitator: Page;
  const contexts: BrowserContext[] = [];

  // What one journey leaves for the next.
  let adoptedSlug = '';
  let answerId = '';
  let privateLink = '';
  let privateKey = '';
  const firstText = 'Priya on the ward sat with us and explained every step. Ask for the family liaison nurse.';
  const redactedText = '[name] on the ward sat with us and explained every step. Ask for the family liaison nurse.';
  const changedText = 'A nurse stayed with us all afternoon. Later we asked for the family liaison nurse.';
  const otherText = 'Write things down: we forgot half of what we were told.';

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    look = pageLooker(shots);
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  async function person(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const { context, page } = await newPerson(browser, options);
    contexts.push(context);
    return page;
  }

  const journey = journeySteps();

  function h1(page: Page) {
    return page.getByRole('heading', { level: 1 }).innerText();
  }

  function path(page: Page) {
    const url = new URL(page.url());
    return url.pathname + url.search;
  }

  /** The cell of the board's table for this question and perspective, on a page showing the board. */
  function cell(page: Page) {
    const table = page.getByRole('table', { name: /Answers to each question/ });
    return table
      .getByRole('row', { name: new RegExp(board.question) })
      .getByRole('cell')
      .first();
  }

  /** One answer's item in the moderation queue, found by words in it. */
  function queueItem(page: Page, text: string): Locator {
    return page.locator('[data-queue-item]').filter({ hasText: text });
  }

  function answersWithEmail(email: string) {
    return server.db.selectFrom('answers').select(['id', 'body', 'status']).where('email', '=', email).execute();
  }

  journey('1. first-run setup from a printed link: a common password is refused, then the account is created', async () => {
    // A board imported before anyone had an account: the operator's first account adopts it.
    adoptedSlug = (await createBoard(server.db, { title: 'Board from before setup' })).slug;
    const link = await createSignupLink(server.db, server.url, null);
    facilitator = await person();
    const page = facilitator;

    const response = await page.goto(link);
    assert.equal(response?.status(), 200);
    assert.equal(await h1(page), 'Create your facilitator account');
    await look(page, 'setup: the printed link');

    const status = await createAccountThroughForm(page, { email: owner.email, name: owner.name, password: 'password1' });
    assert.equal(status, 422);
    assert.match(await page.title(), /^Error: /);
    const summary = page.getByRole('alert');
    assert.equal(await summary.getByRole('heading').innerText(), 'There is a problem');
    assert.deepEqual(await summary.getByRole('link').allInnerTexts(), ['That password is one of the most common: choose one that is harder to guess']);
    assert.equal((await focused(page)).cls, 'error-summary', 'the error summary has focus');
    assert.equal(await page.locator('#password-error').textContent(), 'Error: That password is one of the most common: choose one that is harder to guess');
    assert.match((await page.getByLabel('Create a password').getAttribute('aria-describedby')) ?? '', /\bpassword-error\b/);
    assert.equal(await page.getByRole('textbox', { name: 'Email address' }).inputValue(), owner.email, 'the email typed is kept');
    assert.equal(await page.getByRole('textbox', { name: 'Your name' }).inputValue(), owner.name, 'the name typed is kept');
    assert.equal(await page.getByLabel('Create a password').inputValue(), '', 'a password is never sent back');
    await look(page, 'setup: common password refused');

    await summary.getByRole('link').click();
    assert.equal((await focused(page)).id, 'password', 'the link in the summary puts focus on the password field');

    assert.equal(await createAccountThroughForm(page, { name: owner.name, password: owner.password }), 303);
    assert.equal(path(page), '/admin');
    assert.equal(await h1(page), 'Your boards');
    assert.ok(await page.getByRole('rowheader', { name: /^Board from before setup/ }).isVisible(), 'the board nobody owned is adopted');
    assert.ok(await page.getByRole('link', { name: 'Answers on Board from before setup' }).isVisible());
    assert.ok(await page.getByRole('button', { name: 'Sign out' }).isVisible());
    await look(page, 'admin: your boards after setup');

    // The link works once.
    const again = await person();
    assert.equal((await again.goto(link))?.status(), 404);
    assert.equal(await h1(again), 'This link cannot be used');
    await look(again, 'setup: used link');
  });

  journey('2. sign out from the header, then sign in: the same message for a wrong password and an unknown email', async () => {
    const page = facilitator;
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Sign out' }).click()), 303);
    assert.equal(path(page), '/sign-in?signedOut');
    assert.equal(await page.getByRole('status').innerText(), 'You have signed out.');
    await look(page, 'sign-in: signed out');

    // The admin area now asks for sign-in, and comes back to where the person was going.
    await page.goto(`${server.url}/admin`);
    assert.equal(path(page), `/sign-in?next=${encodeURIComponent('/admin')}`);
    assert.equal(await h1(page), 'Sign in');
    await look(page, 'sign-in: page');

    assert.equal(await signInThroughForm(page, owner.email, 'not my password at all'), 401);
    assert.match(await page.title(), /^Error: /);
    const wrongPassword = await page.getByRole('alert').getByRole('link').allInnerTexts();
    assert.deepEqual(wrongPassword, ['The email address or password is not right']);
    assert.equal((await focused(page)).cls, 'error-summary');
    assert.equal(await page.getByRole('textbox', { name: 'Email address' }).inputValue(), owner.email, 'the email typed is kept');
    await look(page, 'sign-in: wrong password');

    assert.equal(await signInThroughForm(page, 'nobody-here@example.org', owner.password), 401);
    assert.deepEqual(await page.getByRole('alert').getByRole('link').allInnerTexts(), wrongPassword, 'an unknown email gets the same message');
    await look(page, 'sign-in: unknown email');

    assert.equal(await signInThroughForm(page, owner.email, owner.password), 303);
    assert.equal(path(page), '/admin');
    assert.equal(await h1(page), 'Your boards');
  });

  journey('3. create a board, add a question and a perspective in the editor, and see them on the public board', async () => {
    const page = facilitator;
    await clickAndLoad(page, page.getByRole('link', { name: 'Create a board' }));
    assert.equal(path(page), '/admin/boards/new');
    assert.equal(await page.getByRole('radio', { name: /After a facilitator has read them/ }).isChecked(), true, 'pre-moderation is the default');
    await look(page, 'create a board: empty form');

    await page.getByRole('textbox', { name: 'Web address' }).fill(board.slug);
    await page.getByRole('textbox', { name: 'Title' }).fill(board.title);
    await page.getByRole('textbox', { name: 'Introduction' }).fill(board.intro);
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Create board' }).click()), 303);
    assert.equal(path(page), `/admin/b/${board.slug}/edit?done=created`);
    assert.equal(await page.getByRole('status').innerText(), 'The board is created. Add its questions and perspectives below.');
    await look(page, 'editor: board created');

    await page.getByRole('textbox', { name: 'Add a question' }).fill(board.question);
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Add question' }).click()), 303);
    assert.equal(await page.getByRole('textbox', { name: 'Question 1' }).inputValue(), board.question);
    await look(page, 'editor: question added');

    await page.getByRole('textbox', { name: 'Add a perspective: its name' }).fill(board.perspective);
    await page.getByRole('textbox', { name: 'In the plural (optional)' }).fill(board.plural);
    await page.getByRole('textbox', { name: 'Description (optional)' }).fill(board.description);
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Add perspective' }).click()), 303);
    assert.equal(await page.getByRole('textbox', { name: 'Perspective 1: name' }).inputValue(), board.perspective);
    assert.equal(await page.getByRole('status').innerText(), 'Your changes are saved.');
    await look(page, 'editor: perspective added');

    await clickAndLoad(page, page.getByRole('link', { name: 'See the board' }));
    assert.equal(path(page), `/b/${board.slug}`);
    assert.equal(await h1(page), board.title);
    const table = page.getByRole('table', { name: /Answers to each question/ });
    assert.ok(await table.getByRole('rowheader', { name: board.question }).isVisible(), 'the question is a row of the table');
    assert.ok(await table.getByRole('columnheader', { name: board.perspective }).isVisible(), 'the perspective is a column of the table');
    assert.equal(await cell(page).locator('.cell-empty').innerText(), `No answers yet from ${board.plural}`);
    assert.ok(await page.getByRole('radio', { name: board.question }).isVisible(), 'the question is in the form');
    assert.ok(await page.getByRole('radio', { name: board.perspective }).isVisible(), 'the perspective is in the form');
    await look(page, 'public board: new and empty');
  });

  journey('4. a member of the public answers on the pre-moderated board and keeps the private link', async () => {
    const page = await person();
    await page.goto(`${server.url}/b/${board.slug}`);
    const sent = await answerThroughForm(page, { question: board.question, perspective: board.perspective, body: firstText });
    assert.equal(sent.status, 303);
    answerId = sent.answerId;
    privateKey = sent.key;
    assert.ok(privateKey.length >= 22, 'the confirmation address carries the private key in its #fragment');
    assert.equal(await h1(page), 'Your answer has been received');
    assert.ok(await page.getByRole('heading', { name: 'Your private link' }).isVisible());
    const linkBox = page.getByRole('textbox', { name: 'Private link' });
    privateLink = await linkBox.inputValue();
    assert.equal(privateLink, `${server.url}/a/${answerId}/manage#key=${privateKey}`, 'the full private link is shown');
    assert.equal(await page.locator('[data-private-link-fallback]').isVisible(), false, 'the fallback text is hidden when the link is shown');
    await look(page, 'public: answer received with private link');

    // Not on the board until a facilitator has read it.
    await clickAndLoad(page, page.getByRole('link', { name: `Back to “${board.title}”` }));
    assert.equal(await cell(page).locator('.cell-empty').innerText(), `No answers yet from ${board.plural}`, 'nothing is published before it is read');
    // (The board in the same state as when it was new, checked then.)

    // Someone else answers too, with their name.
    const other = await person();
    await other.goto(`${server.url}/b/${board.slug}`);
    const second = await answerThroughForm(other, { question: board.question, perspective: board.perspective, body: otherText, displayName: 'Sam' });
    assert.equal(second.status, 303);
    // (The same page in the same state as the first answer's confirmation, checked there.)
  });

  journey('5. the facilitator approves answers in the queue, by button and by keyboard (j, then a), and sees them in the public table', async () => {
    const page = facilitator;
    await page.goto(`${server.url}/admin`);
    await look(page, 'admin: two answers waiting');
    await clickAndLoad(page, page.getByRole('link', { name: `2 waiting on ${board.title}: read them` }));
    assert.equal(path(page), `/admin/b/${board.slug}/queue`);
    assert.equal(await page.getByRole('link', { name: 'Waiting to be read (2)' }).getAttribute('aria-current'), 'page');
    const items = page.locator('[data-queue-item]');
    assert.equal(await items.count(), 2);
    assert.match(await items.nth(0).innerText(), /Priya on the ward/, 'the oldest answer comes first');
    await look(page, 'queue: two waiting');

    assert.equal(await submit(page, () => queueItem(page, 'Priya').getByRole('button', { name: 'Approve', exact: true }).click()), 303);
    assert.equal(path(page), `/admin/b/${board.slug}/queue?done=approve`);
    assert.equal(await page.getByRole('status').innerText(), 'The answer is published.');
    assert.equal(await items.count(), 1);
    await look(page, 'queue: approved by button');

    // By keyboard: j puts focus on the next answer, a approves the answer that has focus.
    await page.keyboard.press('j');
    const onItem = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { isItem: Boolean(el?.matches('[data-queue-item]')), text: el?.textContent ?? '' };
    });
    assert.equal(onItem.isItem, true, 'j puts focus on an answer in the queue');
    assert.match(onItem.text, /Write things down/);
    await look(page, 'queue: answer focused with j');
    assert.equal(await submit(page, () => page.keyboard.press('a')), 303);
    assert.equal(path(page), `/admin/b/${board.slug}/queue?done=approve`);
    assert.equal(await page.getByText('Nothing is waiting to be read.').count(), 1);
    assert.equal(await page.getByRole('link', { name: 'Published (2)' }).count(), 1);
    await look(page, 'queue: approved by keyboard, nothing waiting');

    await clickAndLoad(page, page.getByRole('link', { name: 'See the board as readers see it' }));
    const text = await cell(page).innerText();
    assert.match(text, /Priya on the ward sat with us/);
    assert.match(text, /Write things down/);
    assert.match(text, /2 answers/);
    await look(page, 'public board: two answers published');
  });

  journey('6. a reader reports the answer: a reason is needed, then thanks; the queue shows it marked Reported', async () => {
    const page = await person();
    await page.goto(`${server.url}/b/${board.slug}`);
    // (The board in the same state as at the end of journey 5, checked then.)
    await clickAndLoad(page, cell(page).getByRole('link', { name: 'Report this answer by Anonymous' }));
    assert.equal(path(page), `/a/${answerId}/report`);
    assert.equal(await h1(page), 'Report an answer');
    await look(page, 'report: form');

    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Send report' }).click()), 422);
    assert.match(await page.title(), /^Error: /);
    assert.deepEqual(await page.getByRole('alert').getByRole('link').allInnerTexts(), ['Choose what is wrong with the answer']);
    await look(page, 'report: no reason chosen');

    await page.getByRole('radio', { name: 'It identifies someone' }).check();
    await page.getByRole('textbox', { name: /Anything else the moderator should know/ }).fill('It names a nurse.');
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Send report' }).click()), 303);
    assert.equal(path(page), `/a/${answerId}/reported`);
    assert.equal(await h1(page), 'Thank you for your report');
    await look(page, 'report: thank you');

    const admin = facilitator;
    await admin.goto(`${server.url}/admin/b/${board.slug}/queue`);
    const item = queueItem(admin, 'Priya');
    assert.equal(await item.count(), 1, 'the reported answer is back in the queue');
    assert.equal(await item.locator('.tag', { hasText: 'Reported' }).innerText(), 'Reported');
    assert.match(await item.locator('.reported').innerText(), /by 1 reader/);
    assert.match(await item.locator('.reported').innerText(), /It identifies someone: “It names a nurse\.”/);
    assert.equal(await item.getByRole('button', { name: 'Keep published' }).count(), 1);
    assert.equal(await admin.getByRole('button', { name: 'Approve selected' }).count(), 0, 'no bulk approval when there is nothing to select');
    await look(admin, 'queue: answer reported');
  });

  journey('7. the facilitator redacts a name: the table shows the redacted text, the edit page keeps the original', async () => {
    const page = facilitator;
    await clickAndLoad(page, queueItem(page, 'Priya').getByRole('link', { name: 'Edit or redact' }));
    assert.equal(path(page), `/admin/b/${board.slug}/answers/${answerId}/edit`);
    const textarea = page.getByRole('textbox', { name: 'Text to publish' });
    assert.equal(await textarea.inputValue(), firstText);
    await look(page, 'redact: edit page');

    await textarea.fill((await textarea.inputValue()).replace('Priya', '[name]'));
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Save' }).click()), 303);
    assert.equal(path(page), `/admin/b/${board.slug}/queue?done=edit`);
    assert.equal(await page.getByRole('status').innerText(), 'Your edit is saved.');
    await look(page, 'queue: edit saved');

    await clickAndLoad(page, page.getByRole('link', { name: 'See the board as readers see it' }));
    const text = await cell(page).innerText();
    assert.match(text, /\[name\] on the ward sat with us/);
    assert.doesNotMatch(text, /Priya/);
    await look(page, 'public board: redacted');
    // The answer's own page too.
    await page.goto(`${server.url}/a/${answerId}`);
    assert.equal(await page.locator('.answer__text').innerText(), redactedText);
    await look(page, 'permalink: redacted');

    await page.goto(`${server.url}/admin/b/${board.slug}/queue?status=published`);
    await look(page, 'queue: published tab');
    await clickAndLoad(page, queueItem(page, '[name] on the ward').getByRole('link', { name: 'Edit or redact' }));
    assert.equal(await page.getByRole('textbox', { name: 'Text to publish' }).inputValue(), redactedText);
    const original = page.locator('details', { hasText: 'What the author first wrote (private)' });
    await original.locator('summary').click();
    assert.equal(await original.locator('.answer__text').innerText(), firstText, 'the original is kept privately');
    await look(page, 'redact: original shown');
  });

  journey('8. the author changes the answer with the private link (JavaScript on), then deletes it (JavaScript off)', async () => {
    // JavaScript on: the manage page fills in the key from the link and continues by itself.
    const page = await person();
    await page.goto(privateLink);
    const yourAnswer = page.getByRole('textbox', { name: 'Your answer' });
    await yourAnswer.waitFor();
    assert.equal(path(page), `/a/${answerId}/manage`);
    assert.equal(await h1(page), 'Change or delete your answer');
    assert.match(await page.locator('main').innerText(), /Your answer is published\. If you change it, a facilitator reads it again before it appears\./);
    assert.match(await yourAnswer.inputValue(), /on the ward sat with us/);
    await look(page, 'author: manage page (JavaScript on)');

    await yourAnswer.fill(changedText);
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Save changes' }).click()), 303);
    assert.equal(path(page), `/a/${answerId}/manage/done?changed=pending`);
    assert.equal(await h1(page), 'Your changes are saved');
    assert.match(await page.getByRole('status').innerText(), /A facilitator will read your changed answer before it appears\./);
    await look(page, 'author: changes saved');

    await clickAndLoad(page, page.getByRole('link', { name: `Back to “${board.title}”` }));
    let text = await cell(page).innerText();
    assert.doesNotMatch(text, /on the ward sat with us/, 'the old text is gone from the board');
    assert.doesNotMatch(text, /stayed with us/, 'the changed text waits to be read');
    await look(page, 'public board: changed answer back in the queue');
    let response = await page.goto(`${server.url}/a/${answerId}`);
    assert.equal(response?.status(), 404, 'the permalink is not public while the change waits');
    await look(page, 'permalink: waiting, not found');

    await facilitator.goto(`${server.url}/admin/b/${board.slug}/queue`);
    assert.equal(await queueItem(facilitator, 'stayed with us').count(), 1, 'the changed answer is in the queue');
    await look(facilitator, 'queue: changed answer waiting');

    // JavaScript off: the person pastes the key themselves.
    let noJs = await person({ javaScriptEnabled: false });
    await noJs.goto(privateLink);
    const keyField = noJs.getByRole('textbox', { name: 'Your private key' });
    assert.equal(await keyField.inputValue(), '', 'without JavaScript nothing is filled in');
    await look(noJs, 'author: private key asked (JavaScript off)', { javaScriptEnabled: false });

    // One character wrong: the message is beside the field too, and tells the person what to copy.
    await keyField.fill(privateKey.slice(0, -1) + (privateKey.endsWith('A') ? 'B' : 'A'));
    assert.equal(await submit(noJs, () => noJs.getByRole('button', { name: 'Continue' }).click()), 403);
    assert.match(await noJs.title(), /^Error: /);
    const wrongKey = 'This private key is not right. Copy the whole link from where you kept it, or the part after “#key=”.';
    assert.deepEqual(await noJs.getByRole('alert').getByRole('link').allTextContents(), [wrongKey]);
    assert.equal(await noJs.locator('#key-error').textContent(), `Error: ${wrongKey}`);
    assert.match((await noJs.getByRole('textbox', { name: 'Your private key' }).getAttribute('aria-describedby')) ?? '', /\bkey-error\b/);
    await look(noJs, 'author: wrong key (JavaScript off)', { javaScriptEnabled: false });

    // As the message says, the whole link works as well as the key.
    await noJs.getByRole('textbox', { name: 'Your private key' }).fill(privateLink);
    assert.equal(await submit(noJs, () => noJs.getByRole('button', { name: 'Continue' }).click()), 200);
    assert.equal(await noJs.getByRole('textbox', { name: 'Your answer' }).inputValue(), changedText);

    // And the key alone, pasted into the field (the link opened again, in a new tab).
    noJs = await noJs.context().newPage();
    await noJs.goto(privateLink);
    await noJs.getByRole('textbox', { name: 'Your private key' }).fill(privateKey);
    assert.equal(await submit(noJs, () => noJs.getByRole('button', { name: 'Continue' }).click()), 200);
    assert.equal(await noJs.getByRole('textbox', { name: 'Your answer' }).inputValue(), changedText);
    assert.match(await noJs.locator('main').innerText(), /Your answer is waiting to be read by a facilitator\./);
    await look(noJs, 'author: manage page (JavaScript off)', { javaScriptEnabled: false });

    assert.equal(await submit(noJs, () => noJs.getByRole('button', { name: 'Delete my answer' }).click()), 303);
    assert.equal(await h1(noJs), 'Your answer is deleted');
    await look(noJs, 'author: deleted (JavaScript off)', { javaScriptEnabled: false });

    await noJs.goto(`${server.url}/b/${board.slug}`);
    text = await cell(noJs).innerText();
    assert.doesNotMatch(text, /stayed with us|on the ward/);
    assert.match(text, /Write things down/, 'the other answer stays');
    await look(noJs, 'public board: after deletion (JavaScript off)', { javaScriptEnabled: false });
    response = await noJs.goto(`${server.url}/a/${answerId}`);
    assert.equal(response?.status(), 404);
    assert.equal(await h1(noJs), 'Page not found');
    await look(noJs, 'permalink: deleted, not found (JavaScript off)', { javaScriptEnabled: false });
    assert.equal(
      await server.db.selectFrom('answers').select('id').where('id', '=', answerId).executeTakeFirst(),
      undefined,
      'the answer is deleted, not hidden',
    );
  });

  journey('9. the owner invites a moderator, who can open this board’s queue but not another board’s', async () => {
    const page = facilitator;
    await page.goto(`${server.url}/admin`);
    await look(page, 'admin: your boards');
    await clickAndLoad(page, page.getByRole('link', { name: `Team of ${board.title}` }));
    assert.equal(path(page), `/admin/b/${board.slug}/team`);
    assert.equal(await page.getByRole('radio', { name: 'Moderator' }).isChecked(), true);
    await look(page, 'team: page');

    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Create an invitation link' }).click()), 200);
    const invite = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    assert.match(invite, new RegExp(`^${server.url.replace(/[.]/g, '\\.')}/setup/[A-Za-z0-9_-]{20,}$`));
    assert.match(await page.getByRole('status').innerText(), /as a moderator\. It works once, for a day\./);
    await look(page, 'team: invitation link');

    const newcomer = await person();
    await newcomer.goto(invite);
    assert.equal(await h1(newcomer), 'Create your facilitator account');
    assert.match(await newcomer.locator('main').innerText(), new RegExp(`You are invited to “${board.title}” as a moderator\\.`));
    await look(newcomer, 'invitation: create an account');
    assert.equal(await createAccountThroughForm(newcomer, { email: moderator.email, name: moderator.name, password: moderator.password }), 303);
    assert.equal(path(newcomer), '/admin');
    const row = newcomer.getByRole('row', { name: new RegExp(board.title) });
    assert.match(await row.innerText(), /Moderator/);
    assert.equal(await row.getByRole('link', { name: /^Edit/ }).count(), 0, 'a moderator cannot edit the board');
    assert.equal(await newcomer.getByRole('link', { name: 'Board from before setup', exact: true }).count(), 0, 'other boards are not listed');
    await look(newcomer, 'moderator: your boards');

    await clickAndLoad(newcomer, row.getByRole('link', { name: /waiting on/ }));
    assert.equal(path(newcomer), `/admin/b/${board.slug}/queue`);
    assert.match(await h1(newcomer), new RegExp(board.title));
    assert.equal(await newcomer.getByRole('link', { name: 'Audit log' }).count(), 0, 'the audit log is for owners');
    await look(newcomer, 'moderator: queue of this board');

    const response = await newcomer.goto(`${server.url}/admin/b/${adoptedSlug}/queue`);
    assert.equal(response?.status(), 404);
    assert.equal(await h1(newcomer), 'Page not found');
    await look(newcomer, 'moderator: another board’s queue, not found');

    await page.reload();
    const member = page.getByRole('row', { name: new RegExp(moderator.name) });
    assert.match(await member.innerText(), /Moderator/);
    await look(page, 'team: moderator joined');
  });

  journey('10. a request about personal data: find the answers given with an email, download them, erase them', async () => {
    const bodies = ['Bring a phone charger and a warm jumper.', 'Ask the ward for a quiet room to sit in.'];
    const reader = await person();
    await reader.goto(`${server.url}/b/${board.slug}`);
    for (const body of bodies) {
      const sent = await answerThroughForm(reader, { question: board.question, perspective: board.perspective, body, email: sentinelEmail });
      assert.equal(sent.status, 303);
      // (The same confirmation page as in journey 4, checked there.)
      await clickAndLoad(reader, reader.getByRole('link', { name: `Back to “${board.title}”` }));
    }
    assert.equal((await answersWithEmail(sentinelEmail)).length, 2);

    // Publish them first, so erasing them is seen on the board.
    const page = facilitator;
    await page.goto(`${server.url}/admin/b/${board.slug}/queue`);
    for (const body of bodies)
      await queueItem(page, body)
        .getByRole('checkbox', { name: /Select this answer for bulk approval/ })
        .check();
    await look(page, 'queue: two selected');
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Approve selected' }).click()), 303);
    assert.equal(await page.getByRole('status').innerText(), 'The selected answers are published.');
    await look(page, 'queue: bulk approved');
    await reader.reload();
    for (const body of bodies) assert.match(await cell(reader).innerText(), new RegExp(body));
    await look(reader, 'public board: answers with email published');

    await page.goto(`${server.url}/admin`);
    await clickAndLoad(page, page.getByRole('link', { name: 'Requests about personal data' }));
    assert.equal(path(page), '/admin/data-requests');
    await look(page, 'data requests: page');

    const emailBox = page.getByRole('textbox', { name: 'Email address' });
    await emailBox.fill('sentinel-erase');
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Find answers' }).click()), 422);
    assert.deepEqual(await page.getByRole('alert').getByRole('link').allInnerTexts(), ['Enter an email address in the correct format, like name@example.com']);
    await look(page, 'data requests: email not valid');

    await page.getByRole('textbox', { name: 'Email address' }).fill(sentinelEmail);
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Find answers' }).click()), 200);
    assert.equal(await page.getByRole('heading', { level: 2, name: /given with/ }).innerText(), `2 answers given with ${sentinelEmail}`);
    const found = page.getByRole('table', { name: 'Answers given with this email address' });
    for (const body of bodies) assert.match(await found.innerText(), new RegExp(body));
    await look(page, 'data requests: two answers found');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download them as JSON' }).click()]);
    assert.equal(download.suggestedFilename(), 'roundtable-answers.json');
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      email: string;
      answers: { body: string; board: string; question: string; perspective: string; status: string }[];
    };
    assert.equal(file.email, sentinelEmail);
    assert.deepEqual(file.answers.map((a) => a.body).sort(), [...bodies].sort());
    for (const a of file.answers)
      assert.deepEqual([a.board, a.question, a.perspective, a.status], [board.title, board.question, board.perspective, 'published']);

    assert.equal(await page.getByRole('radio', { name: 'Delete the answers' }).isChecked(), true);
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Erase' }).click()), 422, 'erasing asks for confirmation first');
    assert.match(await page.locator('.error-summary').innerText(), /Tick the box to confirm: erasing cannot be undone/);
    await look(page, 'data requests: erase needs confirming');
    await page.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Erase' }).click()), 303);
    assert.equal(path(page), '/admin/data-requests?erased=2');
    assert.equal(await page.getByRole('status').innerText(), '2 answers erased. The erasure is logged by answer id only.');
    await look(page, 'data requests: erased');

    await reader.reload();
    const text = await cell(reader).innerText();
    for (const body of bodies) assert.doesNotMatch(text, new RegExp(body), 'an erased answer is gone from the board');
    await look(reader, 'public board: erased answers gone');
    assert.deepEqual(await answersWithEmail(sentinelEmail), []);
  });

  journey('11. the account page: change the password (other sessions end), then sign out everywhere', async () => {
    const laptop = await person();
    await laptop.goto(`${server.url}/sign-in`);
    assert.equal(await signInThroughForm(laptop, owner.email, owner.password), 303);
    assert.equal(path(laptop), '/admin');

    const page = facilitator;
    await clickAndLoad(page, page.getByRole('link', { name: `Your account (${owner.name})` }));
    assert.equal(path(page), '/admin/account');
    assert.equal(await h1(page), 'Your account');
    await look(page, 'account: page');

    await page.getByLabel('Current password', { exact: true }).fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill(owner.newPassword);
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Change password' }).click()), 422);
    assert.deepEqual(await page.getByRole('alert').getByRole('link').allInnerTexts(), ['Your current password is not right']);
    assert.equal((await focused(page)).cls, 'error-summary');
    await look(page, 'account: current password wrong');

    await page.getByLabel('Current password', { exact: true }).fill(owner.password);
    await page.getByLabel('New password', { exact: true }).fill(owner.newPassword);
    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Change password' }).click()), 303);
    assert.equal(path(page), '/admin/account?changed');
    assert.equal(await page.getByRole('status').innerText(), 'Your password has been changed. Every other session has been signed out.');
    await look(page, 'account: password changed');

    // The other browser is signed out; this one is not.
    await laptop.goto(`${server.url}/admin`);
    assert.match(path(laptop), /^\/sign-in\?next=/, 'the other session has ended');
    // (The sign-in page as in journey 2, checked there.)
    assert.equal(await signInThroughForm(laptop, owner.email, owner.password), 401, 'the old password no longer works');
    assert.equal(await signInThroughForm(laptop, owner.email, owner.newPassword), 303);
    assert.equal(path(laptop), '/admin');

    assert.equal(await submit(page, () => page.getByRole('button', { name: 'Sign out everywhere' }).click()), 303);
    assert.equal(path(page), '/sign-in?signedOut');
    assert.equal(await page.getByRole('status').innerText(), 'You have signed out.');
    await look(page, 'sign-in: signed out everywhere');
    await page.goto(`${server.url}/admin`);
    assert.match(path(page), /^\/sign-in\?next=/, 'this browser is signed out');
    await laptop.goto(`${server.url}/admin`);
    assert.match(path(laptop), /^\/sign-in\?next=/, 'every other browser is signed out too');
  });
});
