import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

for (const dialect of dialects) {
  describe(`board editor (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    const post = (url: string, cookie: string, fields: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: form(fields) });

    test('a facilitator creates a board, adds a question and a perspective, and the public can answer it', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const bad = await post('/admin/boards', me.cookie, { slug: 'Not A Slug', title: '', moderation: 'pre' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /<title>Error: /);
      assert.match(bad.body, /lower-case letters, digits and single hyphens/);
      assert.match(bad.body, /Enter a title/);

      const created = await post('/admin/boards', me.cookie, {
        slug: 'night-shifts',
        title: 'Night shifts',
        intro: 'Questions about nights.',
        moderation: 'post',
        accepting: 'yes',
        listed: 'yes',
      });
      assert.equal(created.headers.location, '/admin/b/night-shifts/edit?done=created');
      assert.match((await t.app.inject('/b/night-shifts')).body, /This board is not ready for answers yet/);
      const taken = await post('/admin/boards', me.cookie, { slug: 'night-shifts', title: 'Again', moderation: 'pre' });
      assert.match(taken.body, /There is already a board at that web address/);

      assert.equal((await post('/admin/b/night-shifts/questions', me.cookie, { text: '' })).statusCode, 422);
      await post('/admin/b/night-shifts/questions', me.cookie, { text: 'How do you stay awake?' });
      await post('/admin/b/night-shifts/perspectives', me.cookie, { label: 'Night nurse', plural: 'night nurses', description: 'You work nights.' });
      const page = (await t.app.inject('/b/night-shifts')).body;
      assert.match(page, /<th scope="col">Night nurse<\/th>/);
      assert.match(page, /href="\/b\/night-shifts\/q\/how-do-you-stay">How do you stay awake\?/);
      assert.match(page, /No answers yet from night nurses/);

      const answer = await t.app.inject({
        method: 'POST',
        url: '/b/night-shifts/answers',
        headers: formHeaders,
        payload: answerForm({ question: 'how-do-you-stay', perspective: 'night-nurse', body: 'Cold water and a walk.' }),
      });
      assert.equal(answer.statusCode, 303);
      assert.match((await t.app.inject('/b/night-shifts')).body, /Cold water and a walk\./, 'post-moderated: published at once');
      assert.match((await t.app.inject({ url: '/admin', headers: { cookie: me.cookie } })).body, /Night shifts/);
    });

    test('a Welsh facilitator creates a board written in Welsh only, in the Welsh editor, and stays on /cy pages', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const form = await t.app.inject({ url: '/cy/admin/boards/new', headers: { cookie: me.cookie } });
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<html lang="cy"/);
      assert.match(form.body, /Ym mha iaith mae’r bwrdd wedi’i ysgrifennu\?/);
      assert.match(form.body, /action="\/cy\/admin\/boards"/);

      const bad = await post('/cy/admin/boards', me.cookie, { slug: 'shifftiau-nos', language: 'cy', title: '', moderation: 'pre' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Mae problem wedi codi/);
      assert.match(bad.body, /<a href="#title">Rhowch deitl<\/a>/);

      const created = await post('/cy/admin/boards', me.cookie, {
        slug: 'shifftiau-nos',
        language: 'cy',
        title: 'Shifftiau nos',
        intro: 'Cwestiynau am weithio yn y nos.',
        moderation: 'post',
        accepting: 'yes',
        listed: 'yes',
      });
      assert.equal(created.statusCode, 303);
      assert.equal(created.headers.location, '/cy/admin/b/shifftiau-nos/edit?done=created');
      const added = await post('/cy/admin/b/shifftiau-nos/questions', me.cookie, { text: 'Sut ydych chi’n aros yn effro?' });
      assert.equal(added.headers.location, '/cy/admin/b/shifftiau-nos/edit?done=saved#questions');
      await post('/cy/admin/b/shifftiau-nos/perspectives', me.cookie, {
        label: 'Nyrs nos',
        plural: 'nyrsys nos',
        description: 'Rydych chi’n gweithio yn y nos.',
      });

      const editor = await t.app.inject({ url: '/cy/admin/b/shifftiau-nos/edit?done=saved', headers: { cookie: me.cookie } });
      assert.match(editor.body, /Mae eich newidiadau wedi’u cadw\./);
      assert.match(editor.body, /<label class="label" for="title">Teitl<\/label>/);
      assert.match(editor.body, /<label class="label" for="translated-title">Teitl yn Saesneg \(dewisol\)<\/label>/);
      assert.match(editor.body, /Pan fydd hwn yn wag, bydd darllenwyr y tudalennau Saesneg yn gweld y testun Cymraeg\./);
      assert.match(editor.body, /name="language" type="radio" value="cy" checked/);

      const row = await t.db
        .selectFrom('boards')
        .select(['language', 'title', 'translatedTitle'])
        .where('slug', '=', 'shifftiau-nos')
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { language: 'cy', title: 'Shifftiau nos', translatedTitle: null });
      const welsh = (await t.app.inject('/cy/b/shifftiau-nos')).body;
      assert.match(welsh, /<h1>Shifftiau nos<\/h1>/);
      assert.match(welsh, /Sut ydych chi’n aros yn effro\?/);
      // An English reader sees the Welsh texts, marked as Welsh for screen readers, since there is no translation.
      const english = (await t.app.inject('/b/shifftiau-nos')).body;
      assert.match(english, /<h1 lang="cy">Shifftiau nos<\/h1>/);
    });

    test('a bilingual board: each text and its translation are saved, and each reader sees their language', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const board = await createBoard(t.db, { title: 'Night shifts' });
      await addMember(t.db, board.id, me.id, 'owner');
      const [q1, q2] = board.questionIds;
      const [p1] = board.perspectiveIds;
      const settings = await post(`/admin/b/${board.slug}/settings`, me.cookie, {
        language: 'en',
        title: 'Night shifts',
        'translated-title': 'Shifftiau nos',
        intro: 'About nights.',
        'translated-intro': 'Am y nos.',
        moderation: 'pre',
        accepting: 'yes',
        listed: 'yes',
      });
      assert.equal(settings.headers.location, `/admin/b/${board.slug}/edit?done=saved`);
      await post(`/admin/b/${board.slug}/questions/${q1}`, me.cookie, {
        [`question-${q1}`]: 'What do I do first?',
        [`translated-question-${q1}`]: 'Beth ydw i’n ei wneud gyntaf?',
      });
      await post(`/admin/b/${board.slug}/perspectives/${p1}`, me.cookie, {
        [`label-${p1}`]: 'Practitioner',
        [`plural-${p1}`]: 'practitioners',
        [`description-${p1}`]: 'You work in care.',
        [`translated-label-${p1}`]: 'Ymarferydd',
        [`translated-plural-${p1}`]: 'ymarferwyr',
        [`translated-description-${p1}`]: 'Rydych chi’n gweithio ym maes gofal.',
      });
      await post(`/admin/b/${board.slug}/questions`, me.cookie, { text: 'Who do I ask?', 'translated-text': 'Pwy ydw i’n ei holi?' });

      const editor = (await t.app.inject({ url: `/admin/b/${board.slug}/edit`, headers: { cookie: me.cookie } })).body;
      assert.match(editor, /<html lang="en-GB"/);
      assert.match(editor, /Title in Welsh \(optional\)/);
      assert.match(editor, /When this is empty, readers of the Welsh pages see the English text\./);
      assert.match(editor, /value="Beth ydw i’n ei wneud gyntaf\?"/);

      const english = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.match(english, /<h1>Night shifts<\/h1>/);
      assert.match(english, /What do I do first\?/);
      assert.doesNotMatch(english, /Shifftiau nos<\/h1>/);
      const welsh = (await t.app.inject(`/cy/b/${board.slug}`)).body;
      assert.match(welsh, /<h1>Shifftiau nos<\/h1>/);
      assert.match(welsh, /Am y nos\./);
      assert.match(welsh, /Beth ydw i’n ei wneud gyntaf\?/);
      assert.match(welsh, /Pwy ydw i’n ei holi\?/);
      assert.match(welsh, />Ymarferydd</);
      // The second question has no Welsh yet: Welsh readers see the English, marked as English.
      assert.match(welsh, /lang="en-GB"[^>]*>(?:<[^>]+>)*Where do I find the time\?/);

      // Emptying a translation removes it; the Welsh page falls back to the English title.
      await post(`/admin/b/${board.slug}/questions/${q2}`, me.cookie, { [`question-${q2}`]: 'Where do I find the time?', [`translated-question-${q2}`]: '' });
      const q2row = await t.db.selectFrom('questions').select(['text', 'translatedText']).where('id', '=', q2!).executeTakeFirstOrThrow();
      assert.deepEqual(q2row, { text: 'Where do I find the time?', translatedText: null });
    });

    test('translation errors name their field; a change of language waits until every text is translated, then keeps each in its language', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const board = await createBoard(t.db, { title: 'Night shifts' });
      await addMember(t.db, board.id, me.id, 'owner');
      const [p1] = board.perspectiveIds;

      const orphan = await post(`/admin/b/${board.slug}/perspectives/${p1}`, me.cookie, {
        [`label-${p1}`]: 'Practitioner',
        [`translated-label-${p1}`]: '',
        [`translated-plural-${p1}`]: 'ymarferwyr',
      });
      assert.equal(orphan.statusCode, 422);
      assert.match(orphan.body, new RegExp(`<a href="#translated-label-${p1}">Enter the name in Welsh too`));

      const welshError = await post(`/cy/admin/b/${board.slug}/questions`, me.cookie, { text: 'Why?', 'translated-text': 'x'.repeat(501) });
      assert.equal(welshError.statusCode, 422);
      assert.match(welshError.body, /<html lang="cy"/);
      assert.match(welshError.body, /Mae problem wedi codi/);
      assert.match(welshError.body, /<a href="#translated-text">Rhaid i’r cwestiwn fod yn 500 nod neu lai<\/a>/);

      const toWelsh = {
        language: 'cy',
        title: 'Night shifts',
        'translated-title': 'Shifftiau nos',
        intro: '',
        'translated-intro': '',
        moderation: 'pre',
        listed: 'yes',
      };
      const refused = await post(`/admin/b/${board.slug}/settings`, me.cookie, toWelsh);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Every question and perspective needs its text in Welsh before the board can be written in Welsh: 4 have none yet/);
      assert.equal((await t.db.selectFrom('boards').select('language').where('id', '=', board.id).executeTakeFirstOrThrow()).language, 'en');

      for (const [i, id] of board.questionIds.entries())
        await post(`/admin/b/${board.slug}/questions/${id}`, me.cookie, {
          [`question-${id}`]: `Question ${i}`,
          [`translated-question-${id}`]: `Cwestiwn ${i}`,
        });
      for (const [i, id] of board.perspectiveIds.entries())
        await post(`/admin/b/${board.slug}/perspectives/${id}`, me.cookie, {
          [`label-${id}`]: `View ${i}`,
          [`plural-${id}`]: `views ${i}`,
          [`description-${id}`]: '',
          [`translated-label-${id}`]: `Safbwynt ${i}`,
          [`translated-plural-${id}`]: '',
          [`translated-description-${id}`]: `Disgrifiad ${i}`,
        });
      const changed = await post(`/admin/b/${board.slug}/settings`, me.cookie, toWelsh);
      assert.equal(changed.statusCode, 303);
      const row = await t.db.selectFrom('boards').select(['language', 'title', 'translatedTitle']).where('id', '=', board.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { language: 'cy', title: 'Shifftiau nos', translatedTitle: 'Night shifts' });
      const items = await t.db
        .selectFrom('perspectives')
        .select(['label', 'translatedLabel', 'plural', 'translatedPlural', 'description', 'translatedDescription'])
        .where('id', '=', p1!)
        .executeTakeFirstOrThrow();
      assert.deepEqual(items, {
        label: 'Safbwynt 0',
        translatedLabel: 'View 0',
        plural: null,
        translatedPlural: 'views 0',
        description: 'Disgrifiad 0',
        translatedDescription: null,
      });
      assert.match((await t.app.inject(`/cy/b/${board.slug}`)).body, /<th scope="col">Safbwynt 0<\/th>/);
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /<th scope="col">View 0<\/th>/);
      const editor = (await t.app.inject({ url: `/admin/b/${board.slug}/edit`, headers: { cookie: me.cookie } })).body;
      assert.match(editor, /Title in English \(optional\)/);
    });

    test('settings change moderation, closing and listing; archiving keeps the page readable but closed', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const board = await createBoard(t.db, { title: 'Settings board' });
      await addMember(t.db, board.id, me.id, 'owner');
      await post(`/admin/b/${board.slug}/settings`, me.cookie, { title: 'Renamed board', intro: 'New intro.', moderation: 'pre', listed: 'yes' });
      const closed = await t.app.inject(`/b/${board.slug}`);
      assert.match(closed.body, /<h1>Renamed board<\/h1>/);
      assert.match(closed.body, /This board is closed for new answers/);
      const refused = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm() });
      assert.equal(refused.statusCode, 409);

      await post(`/admin/b/${board.slug}/archive`, me.cookie);
      assert.doesNotMatch((await t.app.inject('/')).body, /Renamed board/);
      assert.equal((await t.app.inject(`/b/${board.slug}`)).statusCode, 200);
    });

    test('two facilitators reordering the same list at once both succeed, and the order stays whole', async () => {
      const board = await createBoard(t.db);
      const me = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, me.id, 'owner');
      const [q1, q2] = board.questionIds;
      const statuses = new Set<number>();
      for (let round = 0; round < 25; round++) {
        const moves = [`${q1}/move-down`, `${q2}/move-down`, `${q1}/move-up`, `${q2}/move-up`];
        for (const res of await Promise.all(moves.map((m) => post(`/admin/b/${board.slug}/questions/${m}`, me.cookie)))) statuses.add(res.statusCode);
      }
      assert.deepEqual([...statuses], [303]);
      const positions = await t.db.selectFrom('questions').select('position').where('boardId', '=', board.id).orderBy('position').execute();
      assert.deepEqual(
        positions.map((p) => p.position),
        [0, 1],
      );
    });

    test('questions are edited, reordered and retired; a retired question keeps its answers for when it returns', async () => {
      const me = await createFacilitator(t.db, t.config.baseUrl);
      const board = await createBoard(t.db, {
        moderation: 'post',
        examples: [{ question: 'q1', perspective: 'p1', body: 'An answer to the first question.' }],
      });
      await addMember(t.db, board.id, me.id, 'owner');
      const [q1, q2] = board.questionIds;
      await post(`/admin/b/${board.slug}/questions/${q2}`, me.cookie, { [`question-${q2}`]: 'Where on earth do I find the time?' });
      await post(`/admin/b/${board.slug}/questions/${q2}/move-up`, me.cookie);
      let page = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.ok(page.indexOf('Where on earth do I find the time?') < page.indexOf('What do I do first?'), 'moved up');

      await post(`/admin/b/${board.slug}/questions/${q1}/retire`, me.cookie);
      page = (await t.app.inject(`/b/${board.slug}`)).body;
      assert.doesNotMatch(page, /What do I do first\?/);
      assert.doesNotMatch(page, /An answer to the first question/);
      assert.equal((await t.app.inject(`/b/${board.slug}/q/q1`)).statusCode, 404);
      await post(`/admin/b/${board.slug}/questions/${q1}/restore`, me.cookie);
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /An answer to the first question/);

      const [p1] = board.perspectiveIds;
      const bad = await post(`/admin/b/${board.slug}/perspectives/${p1}`, me.cookie, { [`label-${p1}`]: '' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, new RegExp(`href="#label-${p1}"`));
      await post(`/admin/b/${board.slug}/perspectives/${p1}`, me.cookie, {
        [`label-${p1}`]: 'Support worker',
        [`plural-${p1}`]: 'support workers',
        [`description-${p1}`]: '',
      });
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /<th scope="col">Support worker<\/th>/);

      const audit = (await t.app.inject({ url: `/admin/b/${board.slug}/audit`, headers: { cookie: me.cookie } })).body;
      assert.match(audit, /retire-question/);
    });
  });
}
