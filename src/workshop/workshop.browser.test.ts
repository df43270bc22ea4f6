// Browser journeys of a live session: the facilitator's console on a laptop and on a phone (start a session,
// answers arriving without a reload, approve with `a`, hide with `h`), and a participant on a phone joining by
// code with JavaScript on and off, answering, and finding the next question when the facilitator moves on.
// Every state is checked with axe; screenshots go to /tmp/shots-workshop/.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../test/browser.ts';
import { createBoard } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { startServer, type TestServer } from '../../test/server.ts';
import { focused, journeySteps, pageLooker, submit, type Looker } from '../../test/journeys.ts';

const shots = '/tmp/shots-workshop';
const laptop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };

describe('a live session in a browser', { timeout: 400_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let look: Looker;
  let slug = '';
  let boardId = '';
  let cookie = '';
  let code = '';
  const contexts: BrowserContext[] = [];

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    look = pageLooker(shots);
    const board = await createBoard(server.db, {
      title: 'Supporting families after a death',
      questions: [
        { key: 'first-week', text: 'What helped you most in the first week?' },
        { key: 'later', text: 'What would you tell a new colleague?' },
      ],
      perspectives: [
        { key: 'parent', label: 'Parent', plural: 'parents', description: 'You are a parent or carer.' },
        { key: 'nurse', label: 'Nurse', plural: 'nurses', description: 'You work on a ward.' },
      ],
    });
    slug = board.slug;
    boardId = board.id;
    const owner = await createFacilitator(server.db, server.url);
    await addMember(server.db, board.id, owner.id, 'owner');
    cookie = owner.cookie.split('=')[1]!;
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  async function person(viewport: { width: number; height: number }, options: { javaScriptEnabled?: boolean; signedIn?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport, javaScriptEnabled: options.javaScriptEnabled ?? true });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    if (options.signedIn) await context.addCookies([{ name: 'rt_session', value: cookie, url: server.url }]);
    return context.newPage();
  }

  /** Nothing wider than the screen: no sideways scrolling on a phone. */
  async function fitsWidth(page: Page, label: string) {
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `${label}: ${scroll}px wide on a ${client}px screen`);
  }

  /** On the join page: chooses a perspective (unless already chosen), writes an answer, agrees and sends it. */
  async function answerOnJoinPage(page: Page, perspective: string | null, body: string): Promise<number> {
    if (perspective) await page.getByRole('radio', { name: perspective }).check();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(body);
    await page.getByRole('radio', { name: /Publish it on this board/ }).check();
    return submit(page, () => page.getByRole('button', { name: 'Send your answer' }).click());
  }

  const status = async (body: string) => (await server.db.selectFrom('answers').select('status').where('body', '=', body).executeTakeFirst())?.status;

  const journey = journeySteps();

  let desk: Page;

  journey('1. the facilitator starts a session from the console on a laptop', async () => {
    desk = await person(laptop, { signedIn: true });
    await desk.goto(`${server.url}/admin`);
    await desk.getByRole('link', { name: 'Live session of Supporting families after a death' }).click();
    await desk.waitForURL(`${server.url}/admin/b/${slug}/live`);
    assert.equal(await desk.getByRole('heading', { level: 1 }).innerText(), 'Live session Supporting families after a death');
    await look(desk, 'console: no session yet');

    assert.equal(await submit(desk, () => desk.getByRole('button', { name: 'Start a live session' }).click()), 303);
    assert.equal(await desk.getByRole('status').innerText(), 'The live session has started. Show people the join address and the code.');
    code = (await desk.locator('.console__code').innerText()).trim();
    assert.match(code, /^[A-HJ-NP-Z2-9]{5}$/);
    const address = desk.getByRole('link', { name: `${server.url.replace('http://', '')}/j/${code}` });
    assert.equal(await address.getAttribute('href'), `${server.url}/j/${code}`);
    assert.equal(await desk.getByRole('link', { name: 'Open the projector (opens in a new tab)' }).getAttribute('target'), '_blank');
    assert.ok(await desk.getByRole('radio', { name: 'What helped you most in the first week?' }).isChecked());
    await look(desk, 'console: session running, nothing waiting');
  });

  const first = 'Someone sat with us and explained every step.';
  const second = 'Write things down: we forgot half of what we were told.';

  journey('2. answers sent meanwhile arrive in the waiting list without a reload; `a` approves, `h` hides, focus moves on', async () => {
    const participant = await person(phone);
    await participant.goto(`${server.url}/j/${code}`);
    assert.equal(await answerOnJoinPage(participant, 'Parent', first), 303);
    const item = desk.locator('[data-queue-item]').filter({ hasText: first });
    await item.waitFor();
    await desk.getByText('1 new answer waiting').waitFor({ state: 'attached' });
    assert.match(await desk.getByRole('heading', { name: /Waiting answers/ }).innerText(), /Waiting answers \(1\)/);

    // The facilitator is reading the first answer when the second arrives: focus stays where it is.
    await item.focus();
    const firstId = await item.getAttribute('id');
    await participant.goto(`${server.url}/j/${code}`);
    assert.equal(await answerOnJoinPage(participant, null, second), 303);
    await desk.locator('[data-queue-item]').filter({ hasText: second }).waitFor();
    assert.match(await desk.getByRole('heading', { name: /Waiting answers/ }).innerText(), /Waiting answers \(2\)/);
    assert.equal((await focused(desk)).id, firstId, 'an arrival never moves focus');
    await desk.getByText('1 new answer waiting').waitFor({ state: 'attached' });
    await look(desk, 'console: two answers arrived without a reload');

    await item.focus();
    const secondId = await desk.locator('[data-queue-item]').filter({ hasText: second }).getAttribute('id');
    await desk.keyboard.press('a');
    await item.waitFor({ state: 'detached' });
    assert.equal((await focused(desk)).id, secondId, 'focus moves to the next waiting answer');
    assert.equal(await status(first), 'published');
    await desk.getByText('Approved: the answer is published.').waitFor({ state: 'attached' });
    await look(desk, 'console: approved with a, focus on the next answer');

    await desk.keyboard.press('h');
    await desk.getByText('Nothing is waiting. New answers appear here as people send them.').waitFor();
    assert.equal(await status(second), 'rejected', 'hiding a waiting answer rejects it');
    assert.equal((await focused(desk)).id, 'waiting-heading', 'with nothing left, focus is on the list’s heading');
    // The approved answer can now be put in the spotlight.
    await desk.getByRole('button', { name: /Put in the spotlight/ }).waitFor();
    await look(desk, 'console: hidden with h, nothing waiting');
  });

  journey('3. on a 360 px phone the console fits the screen and works by tapping', async () => {
    const phoneConsole = await person(phone, { signedIn: true });
    await phoneConsole.goto(`${server.url}/admin/b/${slug}/live`);
    await fitsWidth(phoneConsole, 'console on a phone');
    await look(phoneConsole, 'console on a phone');

    const participant = await person(phone);
    await participant.goto(`${server.url}/j/${code}`);
    const third = 'Ask for the family liaison nurse.';
    await phoneConsole.getByRole('button', { name: 'Pause the projector' }).focus();
    await answerOnJoinPage(participant, 'Nurse', third);
    const item = phoneConsole.locator('[data-queue-item]').filter({ hasText: third });
    await item.waitFor();
    assert.equal((await focused(phoneConsole)).id, 'projector-pause', 'focus stays on the button the facilitator was on');
    await fitsWidth(phoneConsole, 'console on a phone with an answer waiting');
    const approve = item.getByRole('button', { name: /Approve/ });
    const box = (await approve.boundingBox())!;
    assert.ok(box.height >= 44 && box.width >= 44, `a large tap target (${box.width}×${box.height})`);
    await look(phoneConsole, 'console on a phone: an answer waiting');
    await approve.tap().catch(() => approve.click());
    await item.waitFor({ state: 'detached' });
    assert.equal(await status(third), 'published');
  });

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
    const n = javaScriptEnabled ? 4 : 5;
    journey(`${n}. a participant on a phone with ${mode} joins by code, answers, and finds the next question`, async () => {
      // The facilitator goes back to the first question.
      await desk.goto(`${server.url}/admin/b/${slug}/live`);
      await desk.getByRole('radio', { name: 'What helped you most in the first week?' }).check();
      await submit(desk, () => desk.getByRole('button', { name: 'Show on the projector' }).click());

      const page = await person(phone, { javaScriptEnabled });
      await page.goto(`${server.url}/j`);
      await look(page, `join (${mode}): type the code`, { javaScriptEnabled });
      await page.getByRole('textbox', { name: 'Join code' }).fill(code.toLowerCase());
      await Promise.all([page.waitForURL(`${server.url}/j/${code}`), page.getByRole('button', { name: 'Join' }).click()]);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'What helped you most in the first week?');
      await fitsWidth(page, `join page (${mode})`);
      await look(page, `join (${mode}): the question on a phone`, { javaScriptEnabled });

      // A mistake first: the form comes back with the error summary, on the same question.
      assert.equal(await submit(page, () => page.getByRole('button', { name: 'Send your answer' }).click()), 422);
      assert.match(await page.title(), /^Error: What helped you most in the first week\?/);
      await look(page, `join (${mode}): a mistake`, { javaScriptEnabled });

      const text = `A short walk outside helped (${mode}).`;
      assert.equal(await answerOnJoinPage(page, 'Nurse', text), 303);
      assert.match(new URL(page.url()).pathname, new RegExp(`^/j/${code}/sent/[0-9a-z]+$`));
      assert.match(new URL(page.url()).hash, /^#key=/);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Your answer is with the facilitator');
      assert.equal(await page.getByRole('link', { name: 'Answer the next question' }).count(), 0);
      await fitsWidth(page, `sent page (${mode})`);
      await look(page, `join (${mode}): sent, with the facilitator`, { javaScriptEnabled });

      await desk.getByRole('radio', { name: 'What would you tell a new colleague?' }).check();
      await submit(desk, () => desk.getByRole('button', { name: 'Show on the projector' }).click());
      if (!javaScriptEnabled) await page.reload();
      const next = page.getByRole('link', { name: 'Answer the next question' });
      await next.waitFor();
      await look(page, `join (${mode}): the facilitator moved on`, { javaScriptEnabled });

      await Promise.all([page.waitForURL(`${server.url}/j/${code}`), next.click()]);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'What would you tell a new colleague?');
      assert.ok(await page.getByRole('radio', { name: 'Nurse' }).isChecked(), 'the perspective chosen last is chosen again');
      await look(page, `join (${mode}): the next question, perspective remembered`, { javaScriptEnabled });
    });
  }

  journey('6. when the session ends, the confirmation says so and the code gets a friendly page', async () => {
    const page = await person(phone);
    await page.goto(`${server.url}/j/${code}`);
    assert.equal(await answerOnJoinPage(page, 'Parent', 'One last thought before the end.'), 303);
    await desk.goto(`${server.url}/admin/b/${slug}/live`);
    await look(desk, 'console: before ending');
    await submit(desk, () => desk.getByRole('button', { name: 'End the live session' }).click());
    assert.equal(await desk.getByRole('status').innerText(), 'The live session has ended. Its code no longer works.');
    await page.getByText('The live session has ended. Thank you for taking part.').waitFor();
    await look(page, 'join: the session ended while on the confirmation');

    const response = await page.goto(`${server.url}/j/${code}`);
    assert.equal(response?.status(), 404);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'This code is not for a session that is running');
    assert.equal(await page.getByRole('link', { name: '“Supporting families after a death”' }).getAttribute('href'), `/b/${slug}`);
    await look(page, 'join: an ended code');
    const wrong = await page.goto(`${server.url}/j/ZZZZZ`);
    assert.equal(wrong?.status(), 404);
    await look(page, 'join: a wrong code');
    assert.equal(
      await server.db
        .selectFrom('liveSessions')
        .select('endedAt')
        .where('boardId', '=', boardId)
        .executeTakeFirst()
        .then((r) => Boolean(r?.endedAt)),
      true,
    );
  });
});
