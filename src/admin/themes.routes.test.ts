import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { h } from 'preact';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { addAnswers, type SeedAnswer } from '../../test/server.ts';
import { foreignMarkup, xssPayloads } from '../../test/app/xss-payloads.ts';
import { handoutThemes, publicThemes } from '../themes/themes.actions.ts';
import { ThemeSummary } from '../themes/themes.views.tsx';
import { renderFragment } from '../web/html.ts';

/** Practitioners on supervision, managers on staffing, both on time; one waiting answer that must count nowhere. */
function answers(): SeedAnswer[] {
  const list: SeedAnswer[] = [];
  for (let i = 0; i < 6; i++) {
    list.push({ question: 'q1', perspective: 'p1', body: `Ask for clinical supervision and protect the time (${i}).`, displayName: i === 0 ? 'Jo' : null });
    list.push({ question: 'q1', perspective: 'p2', body: `Staffing levels first, or nobody has the time (${i}).` });
  }
  list.push({ question: 'q1', perspective: 'p2', body: 'Waiting answer about unpublished budgets and budgets.', status: 'pending' });
  list.push({ question: 'q1', perspective: 'p2', body: 'Another waiting answer about unpublished budgets.', status: 'pending' });
  list.push({ question: 'q2', perspective: 'p1', body: 'A different question about rotas and rotas.' });
  return list;
}

const pageTags = new Set(
  'html head meta title link body a header div nav form button main p span h1 h2 h3 ul li table caption thead tbody tr th td mark section fieldset legend input label select option article time footer script strong'.split(
    ' ',
  ),
);

for (const dialect of dialects) {
  describe(`themes by perspective (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function setup(seed: SeedAnswer[] = answers()) {
      const board = await createBoard(t.db);
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, moderator.id, 'moderator');
      await addAnswers(t.db, board.slug, seed);
      const get = (url: string) => t.app.inject({ url, headers: { cookie: moderator.cookie } });
      const post = (url: string, payload: string) => t.app.inject({ method: 'POST', url, payload, headers: { ...formHeaders, cookie: moderator.cookie } });
      const revision = async () => (await t.db.selectFrom('boards').select('revision').where('id', '=', board.id).executeTakeFirstOrThrow()).revision;
      const base = `/admin/b/${board.slug}/themes`;
      return { board, moderator, get, post, revision, base };
    }

    test('the list of questions says how many answers each has and where its themes are shown; the queue links to it', async () => {
      const { board, get, base } = await setup();
      const res = await get(base);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Themes by perspective <span class="caption">in Board /);
      assert.match(res.body, new RegExp(`<a href="${base}/q1">What do I do first\\?</a></th><td class="number">12</td><td>To facilitators only</td>`));
      assert.match(res.body, new RegExp(`<a href="${base}/q2">Where do I find the time\\?</a></th><td class="number">1</td>`));
      const queue = await get(`/admin/b/${board.slug}/queue`);
      assert.match(queue.body, new RegExp(`<a href="${base}">Themes by perspective</a>`));
    });

    test('a question’s key phrases with their counts and an example, and each perspective’s own phrases', async () => {
      const { get, base } = await setup();
      const res = await get(`${base}/q1`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /From the 12 published answers readers can see/);
      // "time" is in all twelve published answers; the waiting ones count nowhere.
      assert.match(
        res.body,
        /<a href="[^"]*\?phrase=time#answers">time<span class="visually-hidden">: read the answers that use it<\/span><\/a><\/th><td class="number">12<\/td>/,
      );
      assert.match(res.body, /clinical supervision<span class="visually-hidden">: read the answers that use it<\/span><\/a><\/th><td class="number">6<\/td>/);
      assert.match(res.body, /<td>“Ask for clinical supervision and protect the <mark>time<\/mark> \(0\)\.”/);
      assert.ok(!res.body.includes('budgets'), 'waiting answers are not read');
      assert.ok(!res.body.includes('rotas'), 'another question’s answers are not read');
      const practitioners = /<h3 id="distinctive-p1">[\s\S]*?<\/section>/.exec(res.body)![0];
      assert.match(practitioners, /“clinical supervision”<\/a>: in 6 of 6 answers from practitioners \(a clear difference, z = 2\.\d\)/);
      assert.ok(!practitioners.includes('“time”'), 'both perspectives say "time"');
      const managers = /<h3 id="distinctive-p2">[\s\S]*?<\/section>/.exec(res.body)![0];
      assert.match(managers, /“staffing levels”<\/a>: in 6 of 6 answers from managers/);
    });

    test('a question with no answers, and one only a single perspective answered, say so plainly', async () => {
      const { get, base } = await setup([
        { question: 'q2', perspective: 'p2', body: 'Protected time in the rota.' },
        { question: 'q2', perspective: 'p2', body: 'The rota again.' },
      ]);
      const empty = await get(`${base}/q1`);
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /<h2 class="heading-m">Key phrases<\/h2><p>This question has no published answers yet\.<\/p>/);
      assert.match(empty.body, /<p>Nothing to compare yet\.<\/p>/);
      assert.ok(!empty.body.includes('Merge two phrases'));
      const one = await get(`${base}/q2`);
      assert.match(one.body, />rota<span class="visually-hidden">: read the answers that use it<\/span><\/a><\/th><td class="number">2<\/td>/);
      assert.match(one.body, /<p>Only one perspective has answered so far, so there is nothing to compare it with\.<\/p>/);
    });

    test('?phrase= lists the answers that use it, each use marked; a phrase that is not one answers 400', async () => {
      const { get, base } = await setup();
      const res = await get(`${base}/q1?phrase=clinical+supervision`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h2 id="answers" tabindex="-1">Answers that use “clinical supervision” <span class="caption">6 answers<\/span><\/h2>/);
      assert.match(
        res.body,
        /<p class="answer__text">Ask for <mark>clinical supervision<\/mark> and protect the time \(0\)\.<\/p><p class="answer__meta">Practitioner · Jo · /,
      );
      assert.equal((res.body.match(/<article class="answer">/g) ?? []).length, 6);
      assert.ok(!res.body.includes('Staffing levels first'), 'only the answers using it');
      for (const bad of ['', '%3Cscript%3E', 'a'.repeat(200), 'never+said', 'budgets']) {
        const wrong = await get(`${base}/q1?phrase=${bad}`);
        assert.equal(wrong.statusCode, 400, bad);
        assert.match(wrong.body, /That is not one of the phrases of this question’s answers/);
      }
    });

    test('an unknown or retired question is 404, and so is a board the facilitator is not on; anonymous people sign in', async () => {
      const { board, moderator, get, base } = await setup();
      assert.equal((await get(`${base}/nope`)).statusCode, 404);
      assert.equal(
        (await t.app.inject({ method: 'POST', url: `${base}/nope/hide`, payload: 'phrase=time', headers: { ...formHeaders, cookie: moderator.cookie } }))
          .statusCode,
        404,
      );
      await t.db.updateTable('questions').set({ retiredAt: '2026-01-01T00:00:00.000Z' }).where('boardId', '=', board.id).where('key', '=', 'q2').execute();
      assert.equal((await get(`${base}/q2`)).statusCode, 404);
      const outsider = await createFacilitator(t.db, t.config.baseUrl);
      const other = await createBoard(t.db);
      await addMember(t.db, other.id, outsider.id, 'owner');
      for (const url of [base, `${base}/q1`]) assert.equal((await t.app.inject({ url, headers: { cookie: outsider.cookie } })).statusCode, 404);
      const hide = await t.app.inject({ method: 'POST', url: `${base}/q1/hide`, payload: 'phrase=time', headers: { ...formHeaders, cookie: outsider.cookie } });
      assert.equal(hide.statusCode, 404);
      const anonymous = await t.app.inject({ url: `${base}/q1` });
      assert.equal(anonymous.statusCode, 303);
      assert.match(String(anonymous.headers.location), /^\/sign-in/);
      assert.equal((await t.db.selectFrom('themeChoices').selectAll().where('boardId', '=', board.id).execute()).length, 0, 'nothing chosen');
    });

    test('hiding and showing again; the board’s revision stays while the summary is private', async () => {
      const { get, post, revision, base } = await setup();
      const at = await revision();
      const hide = await post(`${base}/q1/hide`, 'phrase=Clinical++Supervision');
      assert.equal(hide.statusCode, 303);
      assert.equal(hide.headers.location, `${base}/q1?done=hidden`);
      const page = await get(String(hide.headers.location));
      assert.match(page.body, /<div class="notice" role="status">The phrase is hidden\.<\/div>/);
      assert.ok(!page.body.includes('“clinical supervision”</a>: in'), 'no longer distinctive');
      // Hiding the longer phrase shows the shorter one it had made redundant.
      assert.match(page.body, /“supervision”<\/a>: in 6 of 6 answers from practitioners/);
      assert.match(page.body, /<h2 class="heading-m">Hidden phrases<\/h2><ul><li>“clinical supervision” \(6 answers\) <form/);
      assert.equal((await post(`${base}/q1/hide`, 'phrase=clinical+supervision')).statusCode, 303, 'twice is the same as once');
      assert.equal(await revision(), at);
      const unhide = await post(`${base}/q1/unhide`, 'phrase=clinical+supervision');
      assert.equal(unhide.headers.location, `${base}/q1?done=unhidden`);
      const again = await get(`${base}/q1`);
      assert.ok(!again.body.includes('Hidden phrases'));
      assert.match(again.body, /clinical supervision<span class="visually-hidden">: read the answers/);
    });

    test('merging two phrases combines their answers under the second one’s label, and can be undone', async () => {
      const { get, post, base } = await setup();
      const merge = await post(`${base}/q1/merge`, 'phrase=staffing+level&into=clinical+supervision');
      assert.equal(merge.statusCode, 303);
      assert.equal(merge.headers.location, `${base}/q1?done=merged`);
      const page = await get(`${base}/q1`);
      assert.match(
        page.body,
        /clinical supervision<span class="visually-hidden">: read the answers that use it<\/span><\/a><div class="hint">Includes <span>“staffing levels” <form/,
      );
      assert.match(page.body, /<\/div><\/th><td class="number">12<\/td>/);
      const listed = await get(`${base}/q1?phrase=staffing+level`);
      assert.match(listed.body, /<span class="caption">12 answers<\/span>/, 'the merged phrase leads to the whole group');
      assert.match(listed.body, /<mark>Staffing levels<\/mark> first/);
      const unmerge = await post(`${base}/q1/unmerge`, 'phrase=staffing+level');
      assert.equal(unmerge.headers.location, `${base}/q1?done=unmerged`);
      assert.ok(!(await get(`${base}/q1`)).body.includes('Includes'));
    });

    test('a merge that cannot be done shows the page again with the problem (422); a phrase that is not one is 400', async () => {
      const { post, base, board } = await setup();
      const same = await post(`${base}/q1/merge`, 'phrase=time&into=time');
      assert.equal(same.statusCode, 422);
      assert.match(same.body, /<title>Error: Themes: What do I do first\?/);
      assert.match(same.body, /<a href="#into">Choose a different phrase to merge it into<\/a>/);
      await post(`${base}/q1/merge`, 'phrase=time&into=clinical+supervision');
      const circle = await post(`${base}/q1/merge`, 'phrase=clinical+supervision&into=time');
      assert.equal(circle.statusCode, 422);
      assert.match(circle.body, /“time” is already merged into “clinical supervision”: undo that merge first/);
      for (const [action, payload] of [
        ['hide', ''],
        ['hide', 'phrase='],
        ['hide', 'phrase=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
        ['hide', 'phrase=never+said'],
        ['unhide', 'phrase=never+said'],
        ['unmerge', 'phrase=budgets'],
        ['merge', 'phrase=time'],
        ['merge', 'phrase=time&into=never+said'],
        ['merge', 'phrase[]=time&into=staffing+level'],
      ] as const) {
        const res = await post(`${base}/q1/${action}`, payload);
        assert.equal(res.statusCode, 400, `${action} ${payload}`);
      }
      const rows = await t.db.selectFrom('themeChoices').select(['phrase', 'choice', 'mergedInto']).where('boardId', '=', board.id).execute();
      assert.deepEqual(rows, [{ phrase: 'time', choice: 'merged', mergedInto: 'clinical supervision' }]);
    });

    test('showing the summary publicly moves the board to a new revision, and so does a change to a public summary', async () => {
      const { board, get, post, revision, base } = await setup();
      const question = await t.db.selectFrom('questions').select('id').where('boardId', '=', board.id).where('key', '=', 'q1').executeTakeFirstOrThrow();
      assert.equal(await publicThemes(t.db, board.id, question.id), null);
      assert.equal(await handoutThemes(t.db, board.id, question.id), null);
      const r0 = await revision();
      const saved = await post(`${base}/q1/display`, 'public=yes');
      assert.equal(saved.headers.location, `${base}/q1?done=saved`);
      const r1 = await revision();
      assert.equal(r1, r0 + 1);
      const page = await get(`${base}/q1?done=saved`);
      assert.match(page.body, /<input class="checkboxes__input" id="public" name="public" type="checkbox" value="yes" checked/);
      assert.match(page.body, /<input class="checkboxes__input" id="handout" name="handout" type="checkbox" value="yes"\/>/);
      assert.match(page.body, new RegExp(`<a href="/b/${board.slug}/q/q1#themes-q1">See them on the question page</a>`));
      const shown = await publicThemes(t.db, board.id, question.id);
      assert.ok(shown);
      assert.equal(shown.themes.phrases[0]!.label, 'time');
      assert.ok(shown.themes.phrases.length <= 8);
      assert.equal(await handoutThemes(t.db, board.id, question.id), null, 'not chosen for the handout');

      await post(`${base}/q1/hide`, 'phrase=time');
      assert.equal(await revision(), r1 + 1, 'hiding a public phrase');
      assert.ok(!(await publicThemes(t.db, board.id, question.id))!.themes.phrases.some((p) => p.key === 'time'));
      await post(`${base}/q1/display`, 'public=yes&handout=yes');
      assert.equal(await revision(), r1 + 1, 'only the handout changed');
      assert.ok(await handoutThemes(t.db, board.id, question.id));
      await post(`${base}/q1/display`, '');
      assert.equal(await revision(), r1 + 2);
      assert.equal(await publicThemes(t.db, board.id, question.id), null);
      assert.equal(await handoutThemes(t.db, board.id, question.id), null);
    });

    test('with the board’s revision, the public summary is worked out once per revision and afresh after a change', async () => {
      const { board, post, revision, base } = await setup();
      await post(`${base}/q1/display`, 'public=yes');
      const question = await t.db.selectFrom('questions').select('id').where('boardId', '=', board.id).where('key', '=', 'q1').executeTakeFirstOrThrow();
      const first = await publicThemes(t.db, board.id, question.id, await revision());
      assert.equal(await publicThemes(t.db, board.id, question.id, await revision()), first, 'the same revision: the same summary');
      await post(`${base}/q1/hide`, 'phrase=staffing+level');
      const after = await publicThemes(t.db, board.id, question.id, await revision());
      assert.notEqual(after, first);
      assert.ok(first!.themes.phrases.some((p) => p.key === 'staffing level'));
      assert.ok(!after!.themes.phrases.some((p) => p.key === 'staffing level'), 'the hidden phrase is gone at the new revision');
    });

    test('the themes pages stay English at a /cy address: the facilitator area is not translated yet', async () => {
      const { board, get } = await setup();
      const index = await get(`/cy/admin/b/${board.slug}/themes`);
      assert.equal(index.statusCode, 200);
      assert.match(index.body, /<html lang="en-GB">/);
      assert.match(index.body, /<h1>Themes by perspective <span class="caption">in Board /);
      const page = await get(`/cy/admin/b/${board.slug}/themes/q1`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="en-GB">/);
      assert.match(page.body, /<h2 class="heading-m">Key phrases<\/h2>/);
      assert.match(page.body, /: in 6 of 6 answers from managers \(/);
    });

    test('a Welsh question page shows the public summary in Welsh', async () => {
      const { board, post, base } = await setup();
      await post(`${base}/q1/display`, 'public=yes');
      const res = await t.app.inject(`/cy/b/${board.slug}/q/q1`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /<h2 id="themes-q1">Themâu yn yr atebion hyn<\/h2>/);
      assert.match(res.body, /o’r safbwynt “Manager” \(gwahaniaeth clir/);
      assert.doesNotMatch(res.body, /Themes in these answers|published answers, found by counting/);
    });

    test('the public summary links each phrase to its answers on the question page', async () => {
      const { board, post, base } = await setup();
      await post(`${base}/q1/display`, 'public=yes');
      const question = await t.db.selectFrom('questions').select('id').where('boardId', '=', board.id).where('key', '=', 'q1').executeTakeFirstOrThrow();
      const summary = (await publicThemes(t.db, board.id, question.id))!;
      const html = renderFragment(h(ThemeSummary, { summary }));
      assert.match(html, /<section class="themes" aria-labelledby="themes-q1"><h2 id="themes-q1">Themes in these answers<\/h2>/);
      const ids = summary.themes.phrases.find((p) => p.key === 'clinical supervision')!.answerIds;
      assert.equal(ids.length, 6);
      for (const id of ids) assert.ok(html.includes(`<a href="#answer-${id}">Ask for clinical supervision and protect the time`), id);
      assert.match(html, /<a href="#answer-[^"]+">“staffing levels”<\/a>: in 6 of 6 answers from managers/);
      const printed = renderFragment(h(ThemeSummary, { summary, links: false }));
      assert.ok(!printed.includes('<a '), 'the handout prints no links');
    });

    test('answers’ text is text (the XSS corpus) and no email address is ever shown', async () => {
      const seed: SeedAnswer[] = xssPayloads.flatMap((payload, i) => [
        { question: 'q1', perspective: i % 2 ? 'p1' : 'p2', body: `${payload} payload tests` },
        { question: 'q1', perspective: 'p1', body: `Our payload test: ${payload}` },
      ]);
      const { board, get, post, base, moderator } = await setup(seed);
      // One answer sent through the form with an email address, then approved.
      const sent = await t.app.inject({
        method: 'POST',
        url: `/b/${board.slug}/answers`,
        headers: formHeaders,
        payload: answerForm({ body: 'Payload tests with a sentinel.', email: 'sentinel-themes@example.org' }),
      });
      await t.app.inject({
        method: 'POST',
        url: `/admin/b/${board.slug}/answers/${answerIdFrom(sent.headers.location)}/approve`,
        headers: { ...formHeaders, cookie: moderator.cookie },
      });
      await post(`${base}/q1/hide`, 'phrase=test');
      for (const url of [`${base}/q1`, `${base}/q1?phrase=payload+test`]) {
        const res = await get(url);
        assert.equal(res.statusCode, 200, url);
        // Phrases are attribute values too ("svg onload"): quoted, with any quote escaped, so only the markup outside them is read.
        assert.deepEqual(foreignMarkup(res.body.replace(/="[^"]*"/g, '=""'), pageTags), [], url);
        assert.ok(!res.body.includes('sentinel-themes@example.org'), url);
      }
      const listed = await get(`${base}/q1?phrase=payload+test`);
      assert.ok(listed.body.includes('&lt;script>alert(1)&lt;/script> <mark>payload tests</mark>'));
    });
  });
}
