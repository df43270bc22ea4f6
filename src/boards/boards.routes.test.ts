import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createBoard, createTestApp, dialects, translateBoard, type TestApp } from '../../test/helpers.ts';
import { addAnswers } from '../../test/server.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { plural } from '../i18n/format.ts';

/**
 * Every href and form action on a page that names an address on this site (not an asset, the API or an absolute URL),
 * but for the two that lead to the other language on purpose: the language switch and the offer of the other language.
 */
function internalLinks(html: string): string[] {
  const page = html.replace(/<a class="site-header__language"[^>]*>/, '').replace(/<div class="container language-offer"[\s\S]*?<\/div>/, '');
  return [...page.matchAll(/\b(?:href|action)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((href) => !/^\/(?:assets|api)\//.test(href));
}

/** Every sentence of some areas of the English catalogue (strings of two words or more, and each plural form). */
function englishSentences(...areas: (keyof typeof catalogues.en)[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      const sentence = value.replaceAll('{n}', '').trim();
      if (/\S+\s+\S+/.test(sentence)) found.push(sentence);
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  for (const area of areas) walk(catalogues.en[area]);
  return found;
}

/** The page's text as a reader sees it: tags gone, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The page's main content, without the header and footer around it. */
function mainOf(html: string): string {
  return /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
}

test('Welsh plurals: all six forms of "answer", from the catalogue the board page counts with', () => {
  const forms = catalogues.cy.boards.answerCount;
  const said = [0, 1, 2, 3, 4, 6, 7, 11, 100].map((n) => plural('cy', n, forms));
  assert.deepEqual(said, ['dim atebion', '1 ateb', '2 ateb', '3 ateb', '4 ateb', '6 ateb', '7 ateb', '11 ateb', '100 ateb']);
  // Intl's Welsh rules pick a different form for each of these: zero, one, two, few, many and other.
  assert.deepEqual(
    [0, 1, 2, 3, 6, 4].map((n) => new Intl.PluralRules('cy').select(n)),
    ['zero', 'one', 'two', 'few', 'many', 'other'],
  );
  assert.deepEqual(
    [0, 1, 2].map((n) => plural('en', n, catalogues.en.boards.answerCount)),
    ['0 answers', '1 answer', '2 answers'],
  );
});

for (const dialect of dialects) {
  describe(`board pages (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('the home page lists listed boards, newest first, and leaves unlisted ones out', async () => {
      await createBoard(t.db, { slug: 'older-board', title: 'Older board' });
      await new Promise((r) => setTimeout(r, 5));
      await createBoard(t.db, { slug: 'newer-board', title: 'Newer board' });
      await createBoard(t.db, { slug: 'secret-board', title: 'Secret board', listed: false });
      const res = await t.app.inject('/');
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.indexOf('Newer board') < res.body.indexOf('Older board'), 'newest first');
      assert.doesNotMatch(res.body, /Secret board/);
    });

    test('the board page shows a real table: caption, column and row headers, answers and whose voice is missing', async () => {
      const { slug } = await createBoard(t.db, { examples: [{ question: 'q1', perspective: 'p1', body: 'Phone the duty team.', name: 'Sam' }] });
      const res = await t.app.inject(`/b/${slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<table[^>]*>\s*<caption[^>]*>Answers to each question, by perspective<\/caption>/);
      assert.match(res.body, /<th scope="col">Practitioner<\/th>/);
      assert.match(res.body, new RegExp(`<th scope="row" class="board-table__question"><a href="/b/${slug}/q/q1">What do I do first\\?</a></th>`));
      assert.match(res.body, /Phone the duty team\./);
      assert.match(res.body, /Sam/);
      assert.match(res.body, /1 answer</);
      assert.match(res.body, /No answers yet from managers/);
    });

    test('the perspective filter shows one column, and an unknown perspective is a 404', async () => {
      const { slug } = await createBoard(t.db);
      const res = await t.app.inject(`/b/${slug}?perspective=p2`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<th scope="col">Manager<\/th>/);
      assert.doesNotMatch(res.body, /<th scope="col">Practitioner<\/th>/);
      assert.match(res.body, /aria-current="page"[^>]*>Manager</);
      assert.equal((await t.app.inject(`/b/${slug}?perspective=nope`)).statusCode, 404);
    });

    test('the board page answers 304 to a matching ETag until an answer is published', async () => {
      const { slug } = await createBoard(t.db, { moderation: 'post' });
      const first = await t.app.inject(`/b/${slug}`);
      const etag = first.headers.etag as string;
      assert.ok(etag);
      const again = await t.app.inject({ url: `/b/${slug}`, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/boards/${slug}/answers`,
        payload: { question: 'q1', perspective: 'p1', body: 'A new answer.', use: 'board' },
      });
      const changed = await t.app.inject({ url: `/b/${slug}`, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.match(changed.body, /A new answer\./);
    });

    test('a full cell shows its first six answers (the example, the most helpful, the newest) and links to all of them', async () => {
      const board = await createBoard(t.db);
      const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`;
      const ids = await addAnswers(
        t.db,
        board.slug,
        Array.from({ length: 10 }, (_, i) => ({ question: 'q1', perspective: 'p1', body: `Answer number ${i + 1}.`, createdAt: day(i + 1) })),
      );
      // The oldest is an example; the second oldest is the most helpful.
      await t.db.updateTable('answers').set({ isExample: 1 }).where('id', '=', ids[0]!).execute();
      await t.db.updateTable('answers').set({ helpfulCount: 5 }).where('id', '=', ids[1]!).execute();
      await t.db
        .updateTable('boards')
        .set((eb) => ({ revision: eb('revision', '+', 1) }))
        .where('id', '=', board.id)
        .execute();
      const page = (await t.app.inject(`/b/${board.slug}`)).body;
      const cell = /<td data-cell="q1 p1"[^>]*>([\s\S]*?)<\/td>/.exec(page)?.[1] ?? '';
      const shown = [...cell.matchAll(/Answer number (\d+)\./g)].map((m) => Number(m[1]));
      assert.deepEqual(shown, [1, 2, 7, 8, 9, 10], 'the example, the most helpful, then the four newest, in the cell’s order');
      assert.match(cell, /<p class="cell-count" data-count="10">10 answers<\/p>/);
      assert.match(
        cell,
        new RegExp(
          `<a href="/b/${board.slug}/q/q1#p-p1">See all 10 answers from practitioners<span class="visually-hidden"> to “What do I do first\\?”</span></a>`,
        ),
      );
      // The link leads to every answer, under the perspective's heading.
      const question = (await t.app.inject(`/b/${board.slug}/q/q1`)).body;
      assert.match(question, /<h2 id="p-p1">Practitioner<\/h2>/);
      assert.equal([...question.matchAll(/Answer number \d+\./g)].length, 10);
      // Answers sent in the same millisecond: the newest by id show (ids are time-ordered).
      const same = await addAnswers(
        t.db,
        board.slug,
        Array.from({ length: 8 }, (_, i) => ({ question: 'q2', perspective: 'p2', body: `Same moment ${i + 1}.`, createdAt: day(20) })),
      );
      assert.equal(same.length, 8);
      const again = (await t.app.inject(`/b/${board.slug}`)).body;
      const tied = /<td data-cell="q2 p2"[^>]*>([\s\S]*?)<\/td>/.exec(again)?.[1] ?? '';
      assert.deepEqual(
        [...tied.matchAll(/Same moment (\d+)\./g)].map((m) => Number(m[1])),
        [3, 4, 5, 6, 7, 8],
      );
      // A cell under the cap has no link.
      const other = /<td data-cell="q1 p2"[^>]*>([\s\S]*?)<\/td>/.exec(page)?.[1] ?? '';
      assert.doesNotMatch(other, /See all/);
      // The embed's table is capped the same way, its link opening the board's site in a new tab.
      const embed = (await t.app.inject(`/embed/b/${board.slug}`)).body;
      assert.equal([...embed.matchAll(/Answer number \d+\./g)].length, 6);
      assert.match(embed, /<a href="http:\/\/localhost:3000\/b\/[^"]+\/q\/q1#p-p1" target="_blank" rel="noopener">See all 10 answers/);
    });

    test('a question page lists its answers by perspective and carries the form for that question', async () => {
      const { slug } = await createBoard(t.db, { examples: [{ question: 'q2', perspective: 'p2', body: 'Block out an hour.' }] });
      const res = await t.app.inject(`/b/${slug}/q/q2`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Where do I find the time\?<\/h1>/);
      assert.match(res.body, /<h2 id="p-p2">Manager<\/h2>/);
      assert.match(res.body, /Block out an hour\./);
      assert.match(res.body, /No answers yet from practitioners/);
      assert.match(res.body, /<input type="hidden" name="question" value="q2"\/>/);
      assert.equal((await t.app.inject(`/b/${slug}/q/nope`)).statusCode, 404);
    });

    test('an unknown board is a clear 404 page', async () => {
      const res = await t.app.inject('/b/no-such-board');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Page not found/);
    });
  });

  describe(`board pages in Welsh (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    /** Gives the board a Welsh translation of its title, introduction, questions and perspectives. */
    const translate = (boardId: string) =>
      translateBoard(t.db, boardId, {
        title: 'Bwrdd prawf',
        intro: 'Cyflwyniad.',
        questions: { q1: 'Beth ydw i’n ei wneud gyntaf?', q2: 'Ble ydw i’n dod o hyd i’r amser?' },
        perspectives: {
          p1: { label: 'Ymarferydd', description: 'Rydych chi’n gweithio ym maes gofal.' },
          p2: { label: 'Rheolwr', description: 'Rydych chi’n arwain tîm.' },
        },
      });

    test('the Welsh home page is in Welsh and links to the Welsh boards', async () => {
      const { slug } = await createBoard(t.db, { title: 'Home page board' });
      const res = await t.app.inject('/cy');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /<h1>Byrddau<\/h1>/);
      assert.match(res.body, /Darllenwch yr atebion, neu ychwanegwch eich ateb eich hun\./);
      assert.match(res.body, /Ar agor i atebion/);
      // The board is written in English only: its title is marked as English on the Welsh page.
      assert.match(res.body, new RegExp(`<h2 class="board-list__title" lang="en-GB"><a href="/cy/b/${slug}">Home page board</a></h2>`));
      assert.doesNotMatch(res.body, /Open for answers|Questions people are asking/);
      for (const href of internalLinks(res.body)) assert.match(href, /^\/cy(?:$|[/?#])/, `${href} stays in Welsh`);
    });

    test('an English board on a Welsh page: Welsh words around it, its own texts marked English, a note that it is not translated', async () => {
      const { slug } = await createBoard(t.db, { examples: [{ question: 'q1', perspective: 'p1', body: 'Phone the duty team.', name: 'Sam' }] });
      const res = await t.app.inject(`/cy/b/${slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /<caption[^>]*>Atebion i bob cwestiwn, fesul safbwynt<\/caption>/);
      assert.match(res.body, /<th scope="col" class="board-table__corner">Cwestiwn<\/th>/);
      assert.match(res.body, /<th scope="col" lang="en-GB">Practitioner<\/th>/);
      assert.match(
        res.body,
        new RegExp(`<th scope="row" class="board-table__question" lang="en-GB"><a href="/cy/b/${slug}/q/q1">What do I do first\\?</a></th>`),
      );
      assert.match(res.body, /<h1 lang="en-GB">Board /);
      assert.match(
        res.body,
        /Nid yw rhannau o&#39;r bwrdd hwn wedi&#39;u cyfieithu i&#39;r Gymraeg eto|Nid yw rhannau o'r bwrdd hwn wedi'u cyfieithu i'r Gymraeg eto/,
      );
      assert.match(res.body, />1 ateb</);
      assert.match(res.body, /Dim atebion eto o safbwynt “Manager”/);
      assert.match(res.body, /Gofynnwch i rywun o safbwynt “Manager”/);
      assert.match(res.body, /Ychwanegu eich ateb/);
      assert.match(res.body, /Ble gellir defnyddio eich ateb\?/);
      assert.match(res.body, new RegExp(`<form method="post" action="/cy/b/${slug}/answers"`));
      assert.match(res.body, /Dolen barhaol/);
      assert.match(res.body, /Dangos atebion gan/);
      assert.match(res.body, /Y mwyaf defnyddiol yn gyntaf/);
      for (const phrase of [
        'Answers to each question',
        'No answers yet',
        'Add your answer',
        'Permalink',
        'Send your answer',
        'Oldest first',
        'Pause live updates',
      ]) {
        assert.ok(!res.body.includes(phrase), `no English "${phrase}" on the Welsh page`);
      }
      // Nor any other sentence of the catalogues this page is made from, in its text or its attributes.
      const sentences = englishSentences('boards', 'answers', 'web');
      assert.ok(sentences.length > 50);
      const text = textOf(res.body);
      for (const sentence of sentences) assert.ok(!text.includes(sentence) && !res.body.includes(sentence), `no English "${sentence}" on the Welsh page`);
      for (const href of internalLinks(res.body)) assert.match(href, /^\/cy(?:$|[/?#])/, `${href} stays in Welsh`);
      // The switch leads to the English twin of this very page.
      assert.match(res.body, new RegExp(`<a class="site-header__language" href="/b/${slug}"`));
    });

    test('a translated board shows its Welsh texts unmarked and no note; the English page still shows the English', async () => {
      const board = await createBoard(t.db);
      const english = await t.app.inject(`/b/${board.slug}`);
      await translate(board.id);
      const res = await t.app.inject(`/cy/b/${board.slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Bwrdd prawf<\/h1>/);
      assert.match(res.body, /<th scope="col">Rheolwr<\/th>/);
      assert.match(res.body, /<a href="\/cy\/b\/[^"]+\/q\/q1">Beth ydw i’n ei wneud gyntaf\?<\/a>/);
      assert.doesNotMatch(mainOf(res.body), /lang="en-GB"/, 'nothing of the board is in English');
      assert.match(res.body, /Rydych chi’n arwain tîm\./);
      assert.doesNotMatch(res.body, /Nid yw rhannau/);
      const again = await t.app.inject(`/b/${board.slug}`);
      assert.match(again.body, /<html lang="en-GB">/);
      assert.match(again.body, /<th scope="col">Manager<\/th>/);
      assert.doesNotMatch(again.body, /Rheolwr|Bwrdd prawf/);
      assert.notEqual(again.headers.etag, res.headers.etag, 'each language has its own ETag');
      assert.notEqual(english.headers.etag, again.headers.etag, 'the translation changed the revision');
    });

    test('answers are shown as written: marked with their language when it is not the page’s', async () => {
      const board = await createBoard(t.db);
      const [welshId, englishId] = await addAnswers(t.db, board.slug, [
        { question: 'q1', perspective: 'p1', body: 'Ffoniwch y tîm dyletswydd yn gyntaf.' },
        { question: 'q1', perspective: 'p2', body: 'Call the duty team first.' },
        { question: 'q2', perspective: 'p1', body: 'Hmm.' },
      ]);
      await t.db.updateTable('answers').set({ language: 'cy' }).where('id', '=', welshId!).execute();
      await t.db.updateTable('answers').set({ language: 'en' }).where('id', '=', englishId!).execute();
      await t.db
        .updateTable('boards')
        .set((eb) => ({ revision: eb('revision', '+', 1) }))
        .where('id', '=', board.id)
        .execute();
      const cy = (await t.app.inject(`/cy/b/${board.slug}`)).body;
      assert.match(cy, /<p class="answer__text">Ffoniwch y tîm dyletswydd yn gyntaf\.<\/p>/);
      assert.match(cy, /<p class="answer__text" lang="en-GB">Call the duty team first\.<\/p>/);
      assert.match(cy, /<p class="answer__text">Hmm\.<\/p>/, 'a language nobody could tell is left unmarked');
      const en = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.match(en, /<p class="answer__text" lang="cy">Ffoniwch y tîm dyletswydd yn gyntaf\.<\/p>/);
      assert.match(en, /<p class="answer__text">Call the duty team first\.<\/p>/);
      const question = (await t.app.inject(`/cy/a/${englishId}`)).body;
      assert.match(question, /<p class="answer__text" lang="en-GB">Call the duty team first\.<\/p>/);
      assert.match(question, /Rhoi gwybod am yr ateb hwn/);
    });

    test('the Welsh page counts 1, 2, 3 and 6 answers in Welsh, and a full cell says so', async () => {
      const board = await createBoard(t.db);
      const cell = (question: string, perspective: string, n: number) =>
        Array.from({ length: n }, (_, i) => ({ question, perspective, body: `Ateb ${question} ${perspective} ${i + 1}.` }));
      await addAnswers(t.db, board.slug, [...cell('q1', 'p1', 1), ...cell('q1', 'p2', 2), ...cell('q2', 'p1', 3), ...cell('q2', 'p2', 6)]);
      const res = await t.app.inject(`/cy/b/${board.slug}`);
      const counts = [...res.body.matchAll(/<p class="cell-count" data-count="(\d+)">([^<]+)<\/p>/g)].map((m) => [m[1], m[2]]);
      assert.deepEqual(counts, [
        ['1', '1 ateb'],
        ['2', '2 ateb'],
        ['3', '3 ateb'],
        ['6', '6 ateb'],
      ]);
      await addAnswers(t.db, board.slug, cell('q2', 'p2', 1));
      const full = await t.app.inject(`/cy/b/${board.slug}`);
      assert.match(full.body, />7 ateb</);
      assert.match(
        full.body,
        new RegExp(
          `<a href="/cy/b/${board.slug}/q/q2#p-p2">Gweld pob un o&#39;r 7 ateb o safbwynt “Manager”|<a href="/cy/b/${board.slug}/q/q2#p-p2">Gweld pob un o'r 7 ateb o safbwynt “Manager”`,
        ),
      );
    });

    test('the Welsh question page: back link, sections and form in Welsh, under /cy', async () => {
      const { slug } = await createBoard(t.db, { examples: [{ question: 'q2', perspective: 'p2', body: 'Block out an hour.' }] });
      const res = await t.app.inject(`/cy/b/${slug}/q/q2`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, new RegExp(`<a class="back-link" href="/cy/b/${slug}">Yn ôl i bob cwestiwn ar “Board ${slug}”</a>`));
      assert.match(res.body, /<h1 lang="en-GB">Where do I find the time\?<\/h1>/);
      assert.match(res.body, /<h2 id="p-p2" lang="en-GB">Manager<\/h2>/);
      assert.match(res.body, /Ychwanegu eich ateb i&#39;r cwestiwn hwn|Ychwanegu eich ateb i'r cwestiwn hwn/);
      for (const href of internalLinks(res.body)) assert.match(href, /^\/cy(?:$|[/?#])/, `${href} stays in Welsh`);
      assert.match(res.body, new RegExp(`<a class="site-header__language" href="/b/${slug}/q/q2"`));
    });

    test('a Welsh 404 is in Welsh and leads to the Welsh home page', async () => {
      const res = await t.app.inject('/cy/b/no-such-board');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /Heb ddod o hyd i&#39;r dudalen|Heb ddod o hyd i'r dudalen/);
      assert.match(res.body, /<a href="\/cy">Mynd i&#39;r rhestr o fyrddau<\/a>|<a href="\/cy">Mynd i'r rhestr o fyrddau<\/a>/);
      assert.match(res.body, /Cod gwall 404/);
    });
  });
}
