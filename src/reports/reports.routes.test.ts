import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createBoard, createTestApp, dialects, formHeaders, type TestApp, decodedHtml } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

for (const dialect of dialects) {
  describe(`readers report answers (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect, { REPORT_THRESHOLD: '3' });
    });
    after(() => t.close());

    async function publishedAnswer() {
      const board = await createBoard(t.db, { examples: [{ question: 'q1', perspective: 'p1', body: 'A contested answer.' }] });
      const answer = await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).executeTakeFirstOrThrow();
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      return { board, id: answer.id, owner };
    }

    const report = (id: string, from: string, reason = 'abusive', details = '', language = '') =>
      t.app.inject({
        method: 'POST',
        url: `${language}/a/${id}/report`,
        remoteAddress: from,
        headers: formHeaders,
        payload: new URLSearchParams({ reason, details }).toString(),
      });

    test('every published answer has a report link; a report without a reason asks for one', async () => {
      const { board, id } = await publishedAnswer();
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, new RegExp(`href="/a/${id}/report"`));
      const form = await t.app.inject(`/a/${id}/report`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /What is wrong with it\?/);
      const missing = await t.app.inject({ method: 'POST', url: `/a/${id}/report`, headers: formHeaders, payload: 'details=hmm' });
      assert.equal(missing.statusCode, 422);
      assert.match(missing.body, /Choose what is wrong with the answer/);
      assert.match(missing.body, />hmm<\/textarea>/);
    });

    test('a report puts the answer on the queue marked reported; three readers hide it until a moderator decides', async () => {
      const { board, id, owner } = await publishedAnswer();
      const first = await report(id, '192.0.2.1', 'identifying', 'Names a nurse');
      assert.equal(first.statusCode, 303);
      assert.equal(first.headers.location, `/a/${id}/reported`);
      assert.match((await t.app.inject(`/a/${id}/reported`)).body, /Thank you for your report/);
      const queue = (await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: owner.cookie } })).body;
      assert.match(queue, /Reported<\/strong> by 1 reader/);
      assert.match(queue, /It identifies someone: “Names a nurse”/);
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /A contested answer\./, 'one report does not hide it');

      await report(id, '192.0.2.1');
      await report(id, '192.0.2.2');
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /A contested answer\./, 'the same reader counts once');
      await report(id, '192.0.2.3');
      assert.doesNotMatch((await t.app.inject(`/b/${board.slug}`)).body, /A contested answer\./, 'hidden after three readers');
      assert.match((await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: owner.cookie } })).body, /hidden until you decide/);

      await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/answers/${id}/approve`, headers: { cookie: owner.cookie } });
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /A contested answer\./, 'published again');
      assert.match((await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: owner.cookie } })).body, /Nothing is waiting to be read/);
    });

    test('a report that an answer could put someone at risk makes it urgent: counted on Your boards and first in the queue', async () => {
      const { board, id, owner } = await publishedAnswer();
      const waiting = await t.app.inject({
        method: 'POST',
        url: `/b/${board.slug}/answers`,
        headers: formHeaders,
        payload: new URLSearchParams({
          formKey: 'k'.repeat(20),
          question: 'q1',
          perspective: 'p1',
          body: 'An older answer waiting.',
          use: 'board',
        }).toString(),
      });
      assert.equal(waiting.statusCode, 303);
      // Make the reported answer the newer of the two, so only urgency can put it first.
      await t.db
        .updateTable('answers')
        .set({ createdAt: new Date(Date.now() + 60_000).toISOString() })
        .where('id', '=', id)
        .execute();
      await report(id, '192.0.2.50', 'harmful', 'Mentions a method');
      const admin = (await t.app.inject({ url: '/admin', headers: { cookie: owner.cookie } })).body;
      assert.match(admin, /<td class="number count-urgent">1<\/td>/);
      const queue = (await t.app.inject({ url: `/admin/b/${board.slug}/queue`, headers: { cookie: owner.cookie } })).body;
      assert.match(queue, /Urgent: read this first/);
      assert.ok(queue.indexOf('A contested answer.') < queue.indexOf('An older answer waiting.'), 'urgent first, even before older answers');
      await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/answers/${id}/hide`, headers: { cookie: owner.cookie } });
      assert.match(
        (await t.app.inject({ url: '/admin', headers: { cookie: owner.cookie } })).body,
        /<td class="number">0<\/td>\s*<\/tr>/,
        'a decision clears it',
      );
    });

    test('only published answers can be reported', async () => {
      assert.equal((await t.app.inject('/a/no-such-answer/report')).statusCode, 404);
      assert.equal((await report('no-such-answer', '192.0.2.9')).statusCode, 404);
    });

    test('in Welsh at /cy: the form, its error and the thanks are Welsh, and the reader stays under /cy', async () => {
      const { board, id } = await publishedAnswer();
      await t.db.updateTable('boards').set({ translatedTitle: 'Bwrdd dadleuol' }).where('id', '=', board.id).execute();
      const form = await t.app.inject(`/cy/a/${id}/report`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<html lang="cy"/);
      const page = decodedHtml(form.body);
      assert.match(page, /<h1>Rhoi gwybod am ateb<\/h1>/);
      assert.match(page, new RegExp(`<form method="post" action="/cy/a/${id}/report"`));
      assert.match(page, /Beth sydd o'i le arno\?/);
      assert.match(page, /Mae'n sarhaus neu'n llawn casineb[\s\S]*Gallai roi rhywun mewn perygl[\s\S]*Rhywbeth arall/);
      assert.match(page, /\(dewisol\)[\s\S]*Hyd at 500 nod/);
      assert.match(page, />Anfon adroddiad</);
      assert.doesNotMatch(page, /What is wrong|Send report|Something else/);

      const missing = await t.app.inject({ method: 'POST', url: `/cy/a/${id}/report`, headers: formHeaders, payload: 'details=hmm' });
      assert.equal(missing.statusCode, 422);
      assert.match(missing.body, /<title>Gwall: Rhoi gwybod am ateb/);
      assert.match(decodedHtml(missing.body), /Mae problem wedi codi[\s\S]*Dewiswch beth sydd o'i le ar yr ateb/);
      assert.match(missing.body, />hmm<\/textarea>/);

      const sent = await report(id, '192.0.2.60', 'spam', '', '/cy');
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, `/cy/a/${id}/reported`);
      const thanks = await t.app.inject(String(sent.headers.location));
      assert.match(thanks.body, /<html lang="cy"/);
      assert.match(thanks.body, /Diolch am roi gwybod[\s\S]*Bydd cymedrolwr yn edrych ar yr ateb\./);
      assert.match(thanks.body, new RegExp(`<a href="/cy/b/${board.slug}">Yn ôl i “Bwrdd dadleuol”</a>`), 'back to the board, in Welsh, under its Welsh title');
      assert.match(
        (await t.app.inject(`/a/${id}/reported`)).body,
        new RegExp(`<a href="/b/${board.slug}">Back to “Board ${board.slug}”</a>`),
        'the English page keeps the English title',
      );
    });
  });
}
