import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { addAnswers } from '../../test/server.ts';

/** Runs one of poppler-utils' tools on a PDF and returns what it printed. */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', pdf: Buffer, args: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-handout-'));
  try {
    const file = path.join(dir, 'handout.pdf');
    fs.writeFileSync(file, pdf);
    const result = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${tool}: ${result.stderr}`);
    return result.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext joins wrapped lines with newlines: compare text with spaces only. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The heights of the words pdftotext finds in a PDF (its bounding boxes), by word. */
function wordHeights(pdf: Buffer): Map<string, number> {
  const xhtml = poppler('pdftotext', pdf, ['-bbox']);
  const heights = new Map<string, number>();
  for (const m of xhtml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    heights.set(m[3]!, Number(m[2]) - Number(m[1]));
  }
  return heights;
}

const sentinelEmail = 'handout-sentinel@example.org';

for (const dialect of dialects) {
  describe(`handout builder and PDF (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    /** A board with an example, answers of every use from both perspectives, and a moderator signed in. */
    async function setup() {
      const board = await createBoard(t.db, {
        title: 'Talking about suicide at work',
        examples: [{ question: 'q1', perspective: 'p1', body: 'The example answer everyone starts from.', name: 'Example Person' }],
      });
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, moderator.id, 'moderator');
      const [helpful, quiet, manager, workshopOnly, facilitatorsOnly, pending, welsh] = await addAnswers(t.db, board.slug, [
        { question: 'q1', perspective: 'p1', body: 'The most helpful practitioner answer.', displayName: 'Ann Practitioner' },
        { question: 'q1', perspective: 'p1', body: 'A quieter practitioner answer nobody marked.', displayName: null },
        { question: 'q1', perspective: 'p2', body: 'The manager’s answer.', displayName: null },
        { question: 'q1', perspective: 'p2', body: 'Said in the workshop only, not online.', displayName: 'Wyn' },
        { question: 'q1', perspective: 'p1', body: 'For the facilitators’ eyes only.', displayName: 'Private Person' },
        { question: 'q1', perspective: 'p2', body: 'Still waiting for a moderator.', status: 'pending' },
        { question: 'q2', perspective: 'p2', body: 'Dŵr a thŷ: mae’r gwaith yn anodd ond rydym yn dysgu.', displayName: 'Siôn Ŵyn' },
      ]);
      await t.db.updateTable('answers').set({ helpfulCount: 5 }).where('id', '=', helpful!).execute();
      await t.db.updateTable('answers').set({ helpfulCount: 2 }).where('id', '=', manager!).execute();
      await t.db.updateTable('answers').set({ useAllowed: 'workshop' }).where('id', '=', workshopOnly!).execute();
      await t.db.updateTable('answers').set({ useAllowed: 'facilitators' }).where('id', '=', facilitatorsOnly!).execute();
      await t.db.updateTable('answers').set({ email: sentinelEmail }).where('boardId', '=', board.id).execute();
      const example = await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).where('isExample', '=', 1).executeTakeFirstOrThrow();
      const ids = {
        example: example.id,
        helpful: helpful!,
        quiet: quiet!,
        manager: manager!,
        workshopOnly: workshopOnly!,
        facilitatorsOnly: facilitatorsOnly!,
        pending: pending!,
        welsh: welsh!,
      };
      const cookie = moderator.cookie;
      const get = (url: string) => t.app.inject({ url, headers: { cookie } });
      const post = (url: string, payload: string) => t.app.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload });
      const pick = (answer: string, move: string) => post(`/admin/b/${board.slug}/handout/answers`, `answer=${answer}&move=${move}`);
      return { board, cookie, ids, get, post, pick };
    }

    /** The picked answers of a question as the builder lists them: the ids of the "In the handout" list, in order. */
    function pickedIds(html: string, questionKey: string): string[] {
      const section = html.split(`id="q-${questionKey}"`)[1]!.split('<section')[0]!;
      const list = section.split('<details')[0]!;
      return [...list.matchAll(/<li class="handout-answer" id="answer-([^"]+)"/g)].map((m) => m[1]!);
    }

    test('the builder starts from the examples and the most helpful answer of each perspective, and offers only answers allowed in a handout', async () => {
      const { board, ids, get } = await setup();
      const res = await get(`/admin/b/${board.slug}/handout`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Build a handout <span class="caption">from Talking about suicide at work<\/span><\/h1>/);
      assert.deepEqual(pickedIds(res.body, 'q1'), [ids.example, ids.helpful, ids.manager]);
      assert.match(res.body, /To start you off: the examples and the most helpful answer from each perspective/);
      // The others may be added: the quieter answer, and the one allowed in workshops only (marked so).
      assert.match(res.body, /Answers you can add \(2\)/);
      assert.match(res.body, /A quieter practitioner answer nobody marked\./);
      assert.match(res.body, /Said in the workshop only, not online\.(?:(?!<\/li>).)*/s);
      assert.match(res.body, /Wyn<strong class="tag handout-answer__tag">Workshops and handouts only<\/strong>/);
      assert.match(res.body, /Practitioner · Anonymous/);
      assert.match(res.body, /5 people found it helpful/);
      // Never: an answer for the facilitators only, one still waiting, or any email address.
      assert.doesNotMatch(res.body, /For the facilitators’ eyes only/);
      assert.doesNotMatch(res.body, /Still waiting for a moderator/);
      assert.doesNotMatch(res.body, /sentinel|@example\.org/);
      assert.equal(res.headers['cache-control'], 'no-store');
    });

    test('add, move up, move down and take out: plain forms, each answered with a redirect back to the answer', async () => {
      const { board, ids, get, pick } = await setup();
      const added = await pick(ids.workshopOnly, 'add');
      assert.equal(added.statusCode, 303);
      assert.equal(added.headers.location, `/admin/b/${board.slug}/handout?done=added&q=q1#answer-${ids.workshopOnly}`);
      const page = await get(String(added.headers.location).replace(/#.*/, ''));
      assert.match(page.body, /<div class="notice" role="status">Added to the handout\.<\/div>/);
      assert.doesNotMatch(page.body.split('id="q-q1"')[1]!.split('id="q-q2"')[0]!, /To start you off/, 'once chosen, the picks are the facilitator’s own');
      assert.deepEqual(pickedIds(page.body, 'q1'), [ids.example, ids.helpful, ids.manager, ids.workshopOnly]);

      assert.equal((await pick(ids.workshopOnly, 'up')).statusCode, 303);
      assert.equal((await pick(ids.workshopOnly, 'up')).statusCode, 303);
      assert.equal((await pick(ids.example, 'down')).statusCode, 303);
      assert.equal((await pick(ids.manager, 'remove')).statusCode, 303);
      // Past either end, twice added, or taking out what is not there: nothing changes, nothing fails.
      assert.equal((await pick(ids.workshopOnly, 'up')).statusCode, 303);
      assert.equal((await pick(ids.helpful, 'down')).statusCode, 303);
      assert.equal((await pick(ids.workshopOnly, 'add')).statusCode, 303);
      assert.equal((await pick(ids.manager, 'remove')).statusCode, 303);
      const after = await get(`/admin/b/${board.slug}/handout`);
      assert.deepEqual(pickedIds(after.body, 'q1'), [ids.workshopOnly, ids.example, ids.helpful]);
      // The first has no "Move up", the last no "Move down".
      const first = after.body.split(`id="answer-${ids.workshopOnly}"`)[1]!.split('</li>')[0]!;
      assert.doesNotMatch(first, /value="up"/);
      assert.match(first, /value="down"/);
      const last = after.body.split(`id="answer-${ids.helpful}"`)[1]!.split('</li>')[0]!;
      assert.doesNotMatch(last, /value="down"/);

      // The second question never changed: it still starts from its own starting choice.
      assert.deepEqual(pickedIds(after.body, 'q2'), [ids.welsh]);

      // The print preview follows the same order.
      const print = await get(`/admin/b/${board.slug}/handout/print`);
      assert.equal(print.statusCode, 200);
      const order = [ids.workshopOnly, ids.example, ids.helpful].map((id) =>
        print.body.indexOf(
          { [ids.workshopOnly]: 'Said in the workshop only', [ids.example]: 'The example answer', [ids.helpful]: 'The most helpful practitioner' }[id]!,
        ),
      );
      assert.ok(
        order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)),
        `printed in the picked order: ${order}`,
      );
      assert.doesNotMatch(print.body, /The manager’s answer/);
    });

    test('bad picks get a clear message and a 422, and change nothing', async () => {
      const { board, ids, get, post, pick } = await setup();
      const other = await createBoard(t.db);
      const [elsewhere] = await addAnswers(t.db, other.slug, [{ question: 'q1', perspective: 'p1', body: 'On another board.' }]);
      for (const [answer, move] of [
        [ids.facilitatorsOnly, 'add'],
        [ids.pending, 'add'],
        [elsewhere!, 'add'],
        ['no-such-answer', 'add'],
      ] as const) {
        const res = await pick(answer, move);
        assert.equal(res.statusCode, 422, `${answer} ${move}`);
        assert.match(res.body, /<title>Error: Build a handout/);
        assert.match(res.body, /That answer cannot be in the handout: it is not on this board, is not approved, or its author did not allow it/);
      }
      const noMove = await pick(ids.quiet, 'sideways');
      assert.equal(noMove.statusCode, 422);
      assert.match(noMove.body, /Choose what to do with the answer: add, remove, move up or move down/);
      const noAnswer = await post(`/admin/b/${board.slug}/handout/answers`, 'move=add');
      assert.equal(noAnswer.statusCode, 422);
      assert.match(noAnswer.body, /Choose an answer/);
      const stored = await t.db.selectFrom('handoutQuestions').select('questionId').where('boardId', '=', board.id).execute();
      assert.equal(stored.length, 0, 'nothing was stored');
      assert.deepEqual(pickedIds((await get(`/admin/b/${board.slug}/handout`)).body, 'q1'), [ids.example, ids.helpful, ids.manager]);
    });

    test('a note per question and an introduction: saved, printed, and kept as typed when too long', async () => {
      const { board, get, post } = await setup();
      const saved = await post(`/admin/b/${board.slug}/handout/note`, `question=q2&note-q2=${encodeURIComponent('  Discuss in pairs: <b>five</b> minutes. ')}`);
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `/admin/b/${board.slug}/handout?done=note&q=q2#q-q2`);
      const page = await get(`/admin/b/${board.slug}/handout?done=note&q=q2`);
      assert.match(page.body, /Note saved\./);
      assert.match(page.body, /<textarea[^>]*id="note-q2"[^>]*>Discuss in pairs: &lt;b>five&lt;\/b> minutes\.<\/textarea>/);

      const long = 'n'.repeat(1001);
      const tooLong = await post(`/admin/b/${board.slug}/handout/note`, `question=q1&note-q1=${long}`);
      assert.equal(tooLong.statusCode, 422);
      assert.match(tooLong.body, /<a href="#note-q1">The note must be 1,000 characters or fewer<\/a>/);
      assert.ok(tooLong.body.includes(`>${long}</textarea>`), 'what was typed is kept');

      const unknown = await post(`/admin/b/${board.slug}/handout/note`, 'question=nope&note-nope=Hello');
      assert.equal(unknown.statusCode, 422);
      assert.match(unknown.body, /That question is not on this board/);

      const intro = await post(`/admin/b/${board.slug}/handout/intro`, `intro=${encodeURIComponent('Workshop in Cardiff, 3 March.')}`);
      assert.equal(intro.statusCode, 303);
      assert.equal(intro.headers.location, `/admin/b/${board.slug}/handout?done=intro#handout-intro`);
      const introTooLong = await post(`/admin/b/${board.slug}/handout/intro`, `intro=${'i'.repeat(1001)}`);
      assert.equal(introTooLong.statusCode, 422);
      assert.match(introTooLong.body, /The introduction must be 1,000 characters or fewer/);

      const print = await get(`/admin/b/${board.slug}/handout/print`);
      assert.match(print.body, /<strong>Facilitator’s note:<\/strong> <em>Discuss in pairs: &lt;b>five&lt;\/b> minutes\.<\/em>/);
      assert.match(print.body, /<p class="handout__intro">Workshop in Cardiff, 3 March\.<\/p>/);
      const pdf = flat(poppler('pdftotext', (await get(`/admin/b/${board.slug}/handout.pdf`)).rawPayload));
      assert.match(pdf, /Workshop in Cardiff, 3 March\./);
      assert.match(pdf, /Facilitator’s note: Discuss in pairs: <b>five<\/b> minutes\./);
    });

    test('the print preview: the board’s address with its QR code, a print stylesheet, and large print one click away', async () => {
      const { board, get } = await setup();
      const res = await get(`/admin/b/${board.slug}/handout/print`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<title>Preview: Handout: Talking about suicide at work – Roundtable<\/title>/);
      assert.match(res.body, /<h1>Talking about suicide at work<\/h1>/);
      const address = `${t.config.baseUrl}/b/${board.slug}`;
      assert.ok(res.body.includes(`<a class="handout__url" href="${address}">${address}</a>`));
      assert.match(res.body, /<svg class="handout__qr" viewBox="0 0 \d+ \d+" role="img" aria-label="QR code of the board’s address, [^"]+"/);
      assert.match(res.body, /— Anonymous, Manager/);
      assert.match(res.body, /— Ann Practitioner, Practitioner/);
      assert.match(res.body, new RegExp(`href="/admin/b/${board.slug}/handout/print\\?size=large">See the large-print version`));
      // Its print rules are in the site's one stylesheet.
      const css = res.body.match(/<link rel="stylesheet" href="(\/assets\/style\.[0-9a-f]+\.css)"/)?.[1];
      assert.ok(css, 'the stylesheet is linked');
      const style = await t.app.inject({ url: css });
      assert.equal(style.statusCode, 200);
      assert.match(style.body, /@media print/);
      assert.match(style.body, /size:\s*A4/);
      assert.match(style.body, /\.handout--large\s*\{\s*font-size:\s*18pt/);

      const large = await get(`/admin/b/${board.slug}/handout/print?size=large`);
      assert.equal(large.statusCode, 200);
      assert.match(large.body, /<article class="handout handout--large">/);
      assert.match(large.body, /Download this as a PDF/);
      assert.ok(large.body.includes(`href="/admin/b/${board.slug}/handout.pdf?size=large"`));
      // Anything else in ?size reads as the standard print.
      assert.match((await get(`/admin/b/${board.slug}/handout/print?size=huge`)).body, /<article class="handout">/);
    });

    test('the PDF: A4, tagged, titled, its font embedded; answers with perspectives and names, Welsh letters, and nothing it must not hold', async () => {
      const { board, ids, get, pick } = await setup();
      await pick(ids.workshopOnly, 'add');
      const res = await get(`/admin/b/${board.slug}/handout.pdf`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(res.headers['content-disposition'], `attachment; filename="${board.slug}-handout.pdf"`);
      assert.equal(res.headers['cache-control'], 'no-store');
      const pdf = res.rawPayload;
      assert.equal(pdf.subarray(0, 8).toString('latin1'), '%PDF-1.7');

      const info = poppler('pdfinfo', pdf);
      assert.match(info, /^Title:\s+Handout: Talking about suicide at work$/m);
      assert.match(info, /^Tagged:\s+yes$/m);
      assert.match(info, /^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
      const fonts = poppler('pdffonts', pdf);
      const rows = fonts.split('\n').slice(2).filter(Boolean);
      assert.ok(rows.length > 0);
      for (const row of rows) assert.match(row, /NotoSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/, `every font embedded: ${row}`);
      // The document asks readers to show its title, and says its language.
      const raw = pdf.toString('latin1');
      assert.match(raw, /\/DisplayDocTitle true/);
      assert.match(raw, /\/Lang \(en-GB\)/);
      // The structure a screen reader follows: the title, the address, the QR code, then each question with its answers in order.
      const structure = poppler('pdfinfo', pdf, ['-struct-text']);
      assert.match(
        structure,
        /^Document\n {2}H1 \(block\)\n {4}"Talking about suicide at work"\n {2}P \(block\)\n {4}"Read every answer, and add yours, at: http/,
      );
      assert.match(
        structure,
        /\n {2}Figure\n {4}""\n {2}Sect\n {4}H2 \(block\)\n {6}"What do I do first\?"\n {4}L \(block\)\n {6}LI \(block\)\n {8}LBody \(block\)\n {10}P \(block\)\n {12}"The example answer everyone starts from\."/,
      );
      assert.match(structure, /\n {4}H2 \(block\)\n {6}"Where do I find the time\?"/);
      // The QR code is a figure with a text alternative (PDF text strings are UTF-16BE after a byte order mark).
      const utf16 = Buffer.from('\ufeffQR code of the board', 'utf16le').swap16().toString('latin1');
      assert.ok(raw.includes(`/S /Figure\n/Alt (${utf16}`), 'the QR code has a text alternative');

      const text = flat(poppler('pdftotext', pdf));
      assert.match(text, /Talking about suicide at work/);
      assert.ok(text.includes(`${t.config.baseUrl}/b/${board.slug}`), 'the board’s address');
      assert.match(text, /What do I do first\?/);
      assert.match(text, /The example answer everyone starts from\. — Example Person, Practitioner/);
      assert.match(text, /The most helpful practitioner answer\. — Ann Practitioner, Practitioner/);
      assert.match(text, /The manager’s answer\. — Anonymous, Manager/);
      assert.match(text, /Said in the workshop only, not online\. — Wyn, Manager/);
      assert.match(text, /Dŵr a thŷ: mae’r gwaith yn anodd ond rydym yn dysgu\. — Siôn Ŵyn, Manager/);
      assert.doesNotMatch(text, /@|sentinel/, 'no email address');
      assert.doesNotMatch(text, /For the facilitators’ eyes only/);
      assert.doesNotMatch(text, /Still waiting for a moderator/);
      assert.doesNotMatch(text, /A quieter practitioner answer/, 'an answer not picked');
      assert.doesNotMatch(raw, /handout-sentinel/);
    });

    test('the large-print PDF: its own title and file name, and every word a reader reads at 18 pt or more', async () => {
      const { board, get } = await setup();
      const standard = await get(`/admin/b/${board.slug}/handout.pdf`);
      const res = await get(`/admin/b/${board.slug}/handout.pdf?size=large`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-disposition'], `attachment; filename="${board.slug}-handout-large-print.pdf"`);
      assert.match(poppler('pdfinfo', res.rawPayload), /^Title:\s+Large-print handout: Talking about suicide at work$/m);
      // A word's box is its font's height (ascent to descent): 1.36 times its size in Noto Sans.
      const large = wordHeights(res.rawPayload);
      const small = wordHeights(standard.rawPayload);
      for (const word of ['helpful', 'Anonymous,', 'Manager', 'Practitioner']) {
        assert.ok(large.get(word)! >= 18 * 1.3, `${word}: ${large.get(word)}`);
        assert.ok(small.get(word)! < 18 * 1.3, `${word} in the standard print: ${small.get(word)}`);
      }
    });

    test('the themes print under their question when the facilitator chose the handout, on the preview and in the PDF', async () => {
      const { board, get, post } = await setup();
      await addAnswers(
        t.db,
        board.slug,
        ['Clinical supervision helps me most.', 'Ask for clinical supervision early.', 'Clinical supervision every month.'].map((body) => ({
          question: 'q2',
          perspective: 'p1',
          body,
        })),
      );
      const before = await get(`/admin/b/${board.slug}/handout/print`);
      assert.doesNotMatch(before.body, /Themes in these answers/, 'not until the facilitator chooses it');
      const chose = await post(`/admin/b/${board.slug}/themes/q2/display`, 'handout=yes');
      assert.equal(chose.statusCode, 303);
      const print = await get(`/admin/b/${board.slug}/handout/print`);
      assert.match(print.body, /<h3>Themes in these answers<\/h3>/);
      assert.match(print.body, /clinical supervision \(3\)/);
      const text = poppler('pdftotext', (await get(`/admin/b/${board.slug}/handout.pdf`)).rawPayload);
      assert.match(text, /Themes in these answers/);
      assert.match(text, /clinical supervision \(3\)/);
    });

    test('a Welsh board’s handout prints Welsh words on the preview and in the PDF; the builder around it stays English', async () => {
      const { board, get, post } = await setup();
      await t.db.updateTable('boards').set({ language: 'cy' }).where('id', '=', board.id).execute();
      await addAnswers(
        t.db,
        board.slug,
        ['Clinical supervision helps me most.', 'Ask for clinical supervision early.', 'Clinical supervision every month.'].map((body) => ({
          question: 'q2',
          perspective: 'p1',
          body,
        })),
      );
      assert.equal((await post(`/admin/b/${board.slug}/themes/q2/display`, 'handout=yes')).statusCode, 303);
      assert.equal((await post(`/admin/b/${board.slug}/handout/note`, 'question=q1&note-q1=Trafodwch+mewn+parau.')).statusCode, 303);

      // The builder is the facilitator area's: English, whatever the address.
      const builder = await get(`/cy/admin/b/${board.slug}/handout`);
      assert.equal(builder.statusCode, 200);
      assert.match(builder.body, /<html lang="en-GB">/);
      assert.match(builder.body, /<h1>Build a handout <span class="caption">from Talking about suicide at work<\/span><\/h1>/);

      const print = await get(`/admin/b/${board.slug}/handout/print`);
      assert.equal(print.statusCode, 200);
      assert.match(print.body, /<html lang="en-GB">/);
      assert.match(print.body, /Back to the handout builder/, 'the toolbar is the builder’s');
      assert.match(print.body, /<title>Preview: Taflen: Talking about suicide at work/);
      assert.match(print.body, /<article class="handout" lang="cy">/, 'the handout says its language (WCAG 3.1.2)');
      assert.match(print.body, /Darllenwch bob ateb, ac ychwanegwch eich un chi, yn:/);
      assert.match(print.body, /<strong>Nodyn yr hwylusydd:<\/strong> <em>Trafodwch mewn parau\.<\/em>/);
      assert.match(print.body, /— Dienw, Manager/);
      assert.match(print.body, /<h3>Themâu yn yr atebion hyn<\/h3>/);
      assert.match(print.body, /aria-label="Cod QR cyfeiriad y bwrdd, /);
      const article = print.body.split('<article')[1]!;
      for (const english of ['Read every answer', 'Facilitator’s note', 'Anonymous', 'Themes in these answers', 'Key phrases']) {
        assert.ok(!article.includes(english), `no English on the Welsh handout: ${english}`);
      }

      const pdf = (await get(`/admin/b/${board.slug}/handout.pdf`)).rawPayload;
      assert.match(poppler('pdfinfo', pdf), /^Title:\s+Taflen: Talking about suicide at work$/m);
      assert.match(pdf.toString('latin1'), /\/Lang \(cy\)/);
      const text = flat(poppler('pdftotext', pdf));
      assert.match(text, /Darllenwch bob ateb, ac ychwanegwch eich un chi, yn:/);
      assert.match(text, /Nodyn yr hwylusydd: Trafodwch mewn parau\./);
      assert.match(text, /The manager’s answer\. — Dienw, Manager/);
      assert.match(text, /Themâu yn yr atebion hyn/);
      assert.match(text, /Ymadroddion allweddol, a faint o atebion sy’n defnyddio pob un: clinical supervision \(3\)/);
      assert.match(text, /tudalen 1 o \d/);
      for (const english of ['Read every answer', 'Facilitator’s note', 'Anonymous', 'Themes in these answers', 'page 1 of']) {
        assert.ok(!text.includes(english), `no English in the Welsh PDF: ${english}`);
      }
      assert.match(poppler('pdfinfo', (await get(`/admin/b/${board.slug}/handout.pdf?size=large`)).rawPayload), /^Title:\s+Taflen print bras: /m);
    });

    test('answers a handout may no longer hold drop out: hidden, changed to facilitators only, or deleted', async () => {
      const { board, ids, get, pick } = await setup();
      await pick(ids.quiet, 'add');
      await pick(ids.workshopOnly, 'add');
      await t.db.updateTable('answers').set({ status: 'hidden' }).where('id', '=', ids.helpful).execute();
      await t.db.updateTable('answers').set({ useAllowed: 'facilitators' }).where('id', '=', ids.workshopOnly).execute();
      await t.db.deleteFrom('answers').where('id', '=', ids.quiet).execute();
      const page = await get(`/admin/b/${board.slug}/handout`);
      assert.deepEqual(pickedIds(page.body, 'q1'), [ids.example, ids.manager]);
      assert.doesNotMatch(page.body, /The most helpful practitioner answer|Said in the workshop only/);
      const text = flat(poppler('pdftotext', (await get(`/admin/b/${board.slug}/handout.pdf`)).rawPayload));
      assert.doesNotMatch(text, /The most helpful practitioner answer|Said in the workshop only|A quieter practitioner answer/);
      assert.match(text, /The manager’s answer/);
      // The next change keeps the order of what is left.
      assert.equal((await pick(ids.manager, 'up')).statusCode, 303);
      assert.deepEqual(pickedIds((await get(`/admin/b/${board.slug}/handout`)).body, 'q1'), [ids.manager, ids.example]);
    });

    test('only the board’s team: anonymous people sign in, other facilitators find nothing', async () => {
      const { board } = await setup();
      const outsider = await createFacilitator(t.db, t.config.baseUrl);
      for (const url of [`/admin/b/${board.slug}/handout`, `/admin/b/${board.slug}/handout/print`, `/admin/b/${board.slug}/handout.pdf`]) {
        const anonymous = await t.app.inject({ url });
        assert.equal(anonymous.statusCode, 303, url);
        assert.match(String(anonymous.headers.location), /^\/sign-in/);
        assert.equal((await t.app.inject({ url, headers: { cookie: outsider.cookie } })).statusCode, 404, url);
      }
    });
  });
}
