// The API reference page in Chromium: readable with JavaScript on and off, at a phone's width and a desktop's,
// with no request leaving for another site and no axe violations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { launchBrowser } from '../../test/browser.ts';
import { startServer, type TestServer } from '../../test/server.ts';
import { apiReferencePath, openApiPath } from '../web/paths.ts';

describe('the API reference page', () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const js of [true, false]) {
    for (const width of [375, 1280]) {
      test(`reads well and passes axe (JavaScript ${js ? 'on' : 'off'}, ${width} px)`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 } });
        try {
          const page = await context.newPage();
          const foreign: string[] = [];
          page.on('request', (request) => {
            if (!request.url().startsWith(server.url)) foreign.push(request.url());
          });
          const res = await page.goto(`${server.url}${apiReferencePath}`);
          assert.equal(res?.status(), 200);
          assert.equal(await page.locator('h1').textContent(), 'Roundtable API');
          for (const route of ['GET /api/v1/boards/{slug}', 'POST /api/v1/boards/{slug}/answers', `GET ${openApiPath}`]) {
            assert.equal(await page.locator('code.api-route', { hasText: route }).count(), 1, route);
          }
          const body = page.locator('table', { has: page.locator('caption', { hasText: 'AnswerInput fields' }) }).first();
          assert.match((await body.locator('tr', { hasText: 'body' }).first().textContent()) ?? '', /string, required\. Not blank; up to 2,000 characters/);
          assert.match(
            (await page.locator('pre.api-example').nth(1).textContent()) ?? '',
            /curl -i -X POST '.+\/api\/v1\/boards\/social-media-questions\/answers'/,
          );
          // The example wraps: the page never scrolls sideways.
          assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
          await page.getByRole('link', { name: 'Send an answer' }).click();
          assert.match(page.url(), /#op-submitAnswer$/);
          await page.getByRole('link', { name: openApiPath }).click();
          await page.waitForURL(`${server.url}${openApiPath}`);
          await page.goBack();
          await expectNoAxeViolations(page, `API reference (JavaScript ${js ? 'on' : 'off'}, ${width} px)`, { javaScriptEnabled: js });
          assert.deepEqual(foreign, [], 'no request leaves for another site');
        } finally {
          await context.close();
        }
      });
    }
  }
});
