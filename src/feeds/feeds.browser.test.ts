// TRUST SEC-1 "Text is text" for the Atom feed: the XSS corpus (test/app/xss-payloads.ts) goes in as answers and display
// names through the answer form, and as board titles, introductions, questions and perspectives as the editor stores
// them; the feeds are read back by a real feed parser (feedsmith) and by Chromium's XML parser, each must give back
// exactly the text that was stored, and Chromium opening each feed runs nothing: no dialog, no window.__xss, no
// request anywhere but the feed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseAtomFeed } from 'feedsmith';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../../test/axe.ts';
import { launchBrowser } from '../../test/browser.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { answerForm, answerIdFrom, createBoard, formHeaders } from '../../test/helpers.ts';
import { startServer, type TestServer } from '../../test/server.ts';
import { xssPayloads } from '../../test/app/xss-payloads.ts';
import { bumpBoardRevision, updateBoard, updatePerspectiveText, updateQuestionText } from '../boards/boards.queries.ts';
import { feedSize } from './feeds.routes.ts';

// Characters XML 1.0 cannot carry, in a board title: the feed drops them and stays readable.
const forbidden = '\u0001\u0008\u000B\u001F\uFFFE\uFFFF';
const withoutForbidden = (text: string) => [...forbidden].reduce((t, c) => t.replaceAll(c, ''), text);

interface Stored {
  id: string;
  body: string;
  displayName: string | null;
  questionText: string;
  perspectiveLabel: string;
}

/** The payloads short enough for a field of `max` characters, as many as `count`, starting at `from`. */
function pick(max: number, from: number, count: number): string[] {
  // Trimmed, as the editor keeps them.
  const fitting = xssPayloads.map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= max);
  return Array.from({ length: count }, (_, i) => fitting[(from + i) % fitting.length]!);
}

describe('Atom feed in a feed parser and in Chromium, with the XSS corpus', () => {
  let server: TestServer;
  let browser: Browser;
  let cookie = '';
  let address = 0;
  const boards: { slug: string; title: string; intro: string }[] = [];

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const owner = await createFacilitator(server.db, server.url);
    cookie = owner.cookie;

    // One board per feed's worth of payloads, so every answer of the corpus is in a feed.
    const chunks = Math.ceil(xssPayloads.length / feedSize);
    for (let b = 0; b < chunks; b++) {
      const [title, question1, question2] = pick(200, b * 3, 3);
      const board = await createBoard(server.db, { slug: `feed-xss-${b}`, moderation: 'post' });
      const settings = { title: b === 0 ? `${title}${forbidden} end` : title!, intro: pick(5000, b * 5 + 1, 4).join('\n\n') };
      await updateBoard(server.db, board.id, settings);
      await updateQuestionText(server.db, board.id, board.questionIds[0]!, question1!);
      await updateQuestionText(server.db, board.id, board.questionIds[1]!, question2!);
      for (const [i, label] of pick(80, b * 7 + 2, 2).entries())
        await updatePerspectiveText(server.db, board.id, board.perspectiveIds[i]!, { label, plural: `people ${i}`, description: '' });
      await bumpBoardRevision(server.db, board.id, new Date().toISOString());
      await addMember(server.db, board.id, owner.id, 'owner');
      boards.push({ slug: board.slug, ...settings });

      const names = pick(60, b * 11, feedSize);
      for (const [i, body] of xssPayloads.slice(b * feedSize, (b + 1) * feedSize).entries()) {
        const res = await server.app.inject({
          method: 'POST',
          url: `/b/${board.slug}/answers`,
          headers: formHeaders,
          payload: answerForm({
            question: `q${(i % 2) + 1}`,
            perspective: `p${(Math.floor(i / 2) % 2) + 1}`,
            body,
            displayName: i % 5 === 4 ? '' : names[i],
            identifying: 'send-anyway',
          }),
          remoteAddress: `10.1.${address >> 8}.${address++ & 255}`,
        });
        assert.equal(res.statusCode, 303, `answer ${JSON.stringify(body)}: ${res.statusCode} ${res.body.match(/error-summary[\s\S]*?<\/ul>/)?.[0]}`);
        // The safety checks hold some (this server has the real browser check, which inject() cannot solve): a moderator publishes them.
        const id = answerIdFrom(res.headers.location);
        const status = await server.db.selectFrom('answers').select('status').where('id', '=', id).executeTakeFirst();
        if (status?.status === 'pending') {
          const approved = await server.app.inject({
            method: 'POST',
            url: `/admin/b/${board.slug}/answers/${id}/approve`,
            headers: { ...formHeaders, cookie },
          });
          assert.equal(approved.statusCode, 303, `approve ${id}`);
        }
      }
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function published(slug: string): Promise<Stored[]> {
    return server.db
      .selectFrom('answers')
      .innerJoin('boards', 'boards.id', 'answers.boardId')
      .innerJoin('questions', 'questions.id', 'answers.questionId')
      .innerJoin('perspectives', 'perspectives.id', 'answers.perspectiveId')
      .select(['answers.id', 'answers.body', 'answers.displayName', 'questions.text as questionText', 'perspectives.label as perspectiveLabel'])
      .where('boards.slug', '=', slug)
      .where('answers.status', '=', 'published')
      .execute();
  }

  /** What the feed must say for each answer, by its permalink. */
  async function expectedEntries(slug: string) {
    const rows = await published(slug);
    return new Map(
      rows.map((a) => [
        `${server.url}/a/${a.id}`,
        { title: `${a.questionText} (${a.perspectiveLabel})`, author: a.displayName || 'Anonymous', content: a.body, category: a.perspectiveLabel },
      ]),
    );
  }

  test('every payload reads back from the feed parser exactly as stored text; only our own elements are markup', async () => {
    let entriesRead = 0;
    for (const board of boards) {
      const res = await server.app.inject(`/b/${board.slug}/feed.atom`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
      const ownTags = /<(?!\?xml |\/?(?:feed|id|title|subtitle|link|updated|generator|entry|author|name|published|category|content)[\s/>])/;
      assert.doesNotMatch(res.body, ownTags, 'every < in the document starts one of the feed’s own elements');

      const feed = parseAtomFeed(res.body);
      assert.equal(feed.title?.value, withoutForbidden(board.title));
      assert.equal(feed.subtitle?.value, board.intro);
      const expected = await expectedEntries(board.slug);
      assert.equal(feed.entries?.length, expected.size, 'every published answer of the board');
      for (const entry of feed.entries ?? []) {
        const want = expected.get(entry.id ?? '');
        assert.ok(want, `an entry for a published answer: ${entry.id}`);
        assert.deepEqual(
          { title: entry.title?.value, author: entry.authors?.[0]?.name, content: entry.content?.value, category: entry.categories?.[0]?.label },
          want,
        );
        entriesRead++;
      }
    }
    console.log(`# ${entriesRead} entries read back from ${boards.length} feeds (${xssPayloads.length} payloads)`);
    assert.ok(entriesRead >= xssPayloads.length * 0.9, `most of the corpus is published and read back (${entriesRead} of ${xssPayloads.length})`);
  });

  test('Chromium opens each feed: well-formed XML with the same text, and nothing runs or loads', async () => {
    const context = await browser.newContext();
    const findings: string[] = [];
    try {
      context.on('request', (request) => {
        if (!/\/feed\.atom$/.test(request.url())) findings.push(`request to ${request.url()}`);
      });
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        findings.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const board of boards) {
        const response = await page.goto(`${server.url}/b/${board.slug}/feed.atom`);
        assert.equal(response?.status(), 200);
        await page.waitForTimeout(200);
        const shown = await page.evaluate(() => ({
          xss: (window as unknown as { __xss?: unknown }).__xss === undefined ? null : 'set',
          text: document.body?.innerText ?? '',
        }));
        assert.equal(shown.xss, null, 'window.__xss is never set');
        assert.doesNotMatch(shown.text, /This page contains the following errors/, `${board.slug}: Chromium shows the feed without an XML error`);
        // Chromium shows a feed as a tree made from it; its own strict XML parser reads the bytes it received.
        // (No helper functions inside evaluate: tsx would wrap them in a __name() call the page does not have.)
        const read = await page.evaluate(
          ([xml, atom]) => {
            const doc = new DOMParser().parseFromString(xml, 'application/xml');
            return {
              errors: doc.getElementsByTagName('parsererror').length,
              root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
              title: doc.documentElement.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? null,
              entries: [...doc.getElementsByTagNameNS(atom, 'entry')].map((e) => ({
                id: e.getElementsByTagNameNS(atom, 'id')[0]?.textContent ?? '',
                title: e.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? null,
                author: e.getElementsByTagNameNS(atom, 'name')[0]?.textContent ?? null,
                content: e.getElementsByTagNameNS(atom, 'content')[0]?.textContent ?? null,
                category: e.getElementsByTagNameNS(atom, 'category')[0]?.getAttribute('label') ?? null,
              })),
            };
          },
          [await response!.text(), 'http://www.w3.org/2005/Atom'] as const,
        );
        assert.equal(read.errors, 0, `${board.slug}: Chromium's XML parser finds no error`);
        assert.equal(read.root, 'http://www.w3.org/2005/Atom feed');
        assert.equal(read.title, withoutForbidden(board.title));
        const expected = await expectedEntries(board.slug);
        assert.equal(read.entries.length, expected.size);
        for (const { id, ...entry } of read.entries) assert.deepEqual(entry, expected.get(id), `entry ${id}`);
      }
      assert.deepEqual(findings, [], 'no dialog, and no request but the feeds');
    } finally {
      await context.close();
    }
  });

  test('the board page offers the feed: a Follow link under the table that opens it, and an alternate link in the head', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const board = boards[1]!;
      await page.goto(`${server.url}/b/${board.slug}`);
      const alternate = page.locator('head link[rel=alternate][type="application/atom+xml"]');
      assert.equal(await alternate.getAttribute('href'), `/b/${board.slug}/feed.atom`);
      assert.equal(await alternate.getAttribute('title'), `${board.title}: new answers`);
      const follow = page.getByRole('link', { name: 'Follow new answers' });
      assert.match(await follow.locator('xpath=..').innerText(), /^Follow new answers in a feed reader: an app that checks sites for you/);
      await expectNoAxeViolations(page, 'board page with its Follow link');
      const [response] = await Promise.all([page.waitForResponse(/\/feed\.atom$/), follow.click()]);
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['content-type'], 'application/atom+xml; charset=utf-8');
    } finally {
      await context.close();
    }
  });
});
