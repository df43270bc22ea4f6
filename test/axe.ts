import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now; throws with one readable line per violation and target.
 * axe cannot run in a context with JavaScript disabled, so pass { javaScriptEnabled: false } for such a
 * page: its current markup is then checked at the same address in a fresh context where every script
 * the site serves is blocked, which renders exactly what a person with JavaScript off sees.
 */
export async function expectNoAxeViolations(page: Page, label: string, options: { javaScriptEnabled?: boolean } = {}): Promise<void> {
  if (options.javaScriptEnabled === false) {
    const html = await page.content();
    const url = page.url();
    const browser = page.context().browser();
    if (!browser) throw new Error('expectNoAxeViolations: the page has no browser to open a checking context in');
    const context = await browser.newContext({ viewport: page.viewportSize() });
    try {
      await context.route(
        (u) => u.href.split('#')[0] === url.split('#')[0],
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
      await context.route(
        (u) => u.pathname.endsWith('.js'),
        (route) => route.abort(),
      );
      const copy = await context.newPage();
      await copy.goto(url);
      await check(copy, `${label}, JavaScript off`);
    } finally {
      await context.close();
    }
    return;
  }
  await check(page, label);
}

async function check(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`);
    return `  ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n    ${v.helpUrl}\n${targets.join('\n')}`;
  });
  throw new Error(`axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`);
}
