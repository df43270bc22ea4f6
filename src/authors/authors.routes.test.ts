import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerLimits } from '../answers/answers.input.ts';
import { formatNumber } from '../i18n/format.ts';
import { answerForm, answerIdFrom, createBoard, createTestApp, dialects, formHeaders, type TestApp, decodedHtml } from '../../test/helpers.ts';

for (const dialect of dialects) {
  describe(`the author's private link (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    async function submit(moderation: 'pre' | 'post', body = 'My first thoughts.') {
      const board = await createBoard(t.db, { moderation });
      const res = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm({ body }) });
      const location = String(res.headers.location);
      const key = /#key=([A-Za-z0-9_-]{43})$/.exec(location)?.[1];
      assert.ok(key, `a 256-bit key in the fragment: ${location}`);
      return { board, id: answerIdFrom(location), key, location };
    }

    const manage = (id: string, path: string, fields: Record<string, string>, language = '') =>
      t.app.inject({ method: 'POST', url: `${language}/a/${id}/manage${path}`, headers: formHeaders, payload: new URLSearchParams(fields).toString() });

    test('the key is carried only in the fragment, and only its hash is stored', async () => {
      const { id, key, location } = await submit('pre');
      const received = await t.app.inject(location.replace(/#.*$/, ''));
      assert.match(received.body, /Your private link/);
      assert.equal(received.headers['referrer-policy'], 'no-referrer');
      assert.doesNotMatch(received.body, new RegExp(key), 'the server never prints the key');
      const row = await t.db.selectFrom('answers').select('editTokenHash').where('id', '=', id).executeTakeFirstOrThrow();
      assert.ok(row.editTokenHash && row.editTokenHash !== key);
      assert.ok(!t.logs.some((line) => line.includes(key)), 'the key is in no log line');
    });

    test('a resend of the same form does not issue a second key', async () => {
      const board = await createBoard(t.db);
      const payload = answerForm();
      const first = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload });
      const again = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload });
      assert.match(String(first.headers.location), /#key=/);
      assert.equal(String(again.headers.location), String(first.headers.location).replace(/#.*$/, ''));
    });

    test('with the key the author sees and changes their answer; on a pre-moderated board it goes back to the queue', async () => {
      const { board, id, key } = await submit('post', 'Published at once.');
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /Published at once\./);
      const start = await t.app.inject(`/a/${id}/manage`);
      assert.equal(start.statusCode, 200);
      assert.equal(start.headers['referrer-policy'], 'no-referrer');
      assert.match(start.body, /Your private key/);

      const wrong = await manage(id, '', { key: 'x'.repeat(43) });
      assert.equal(wrong.statusCode, 403);
      assert.match(wrong.body, /This private key is not right/);
      const opened = await manage(id, '', { key });
      assert.equal(opened.statusCode, 200);
      assert.match(opened.body, />Published at once\.<\/textarea>/);
      assert.match(opened.body, new RegExp(`<p class="caption">Practitioner · on “Board ${board.slug}”</p>`));

      const empty = await manage(id, '/edit', { key, body: '  ' });
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /Enter your answer/);
      const changed = await manage(id, '/edit', { key, body: 'Second thoughts.' });
      assert.equal(changed.statusCode, 303);
      assert.match(String(changed.headers.location), /\/manage\/done\?changed=published$/);
      assert.match((await t.app.inject(`/b/${board.slug}`)).body, /Second thoughts\./);

      const pre = await submit('pre');
      await t.db.updateTable('answers').set({ status: 'published' }).where('id', '=', pre.id).execute();
      await manage(pre.id, '/edit', { key: pre.key, body: 'Changed on a pre-moderated board.' });
      const row = await t.db.selectFrom('answers').select(['status', 'body']).where('id', '=', pre.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'pending', body: 'Changed on a pre-moderated board.' });
    });

    test('after a moderator redacts an answer, the author’s change is read again even on a post-moderated board', async () => {
      const { id, key } = await submit('post', 'Ask the night nurse on the ward.');
      await t.db
        .updateTable('answers')
        .set({ body: 'Ask the [role] on the ward.', originalBody: 'Ask the night nurse on the ward.' })
        .where('id', '=', id)
        .execute();
      await manage(id, '/edit', { key, body: 'Ask the night nurse on the ward, really.' });
      const row = await t.db.selectFrom('answers').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal((await t.app.inject(`/a/${id}`)).statusCode, 404, 'no longer public until read');
    });

    test('a change that adds identifying details, or suggests the author is at risk, is held even on a post-moderated board', async () => {
      const { id, key } = await submit('post', 'Keep work and home accounts apart.');
      await manage(id, '/edit', { key, body: 'Keep work and home accounts apart. Text me on 07700 900456.' });
      assert.deepEqual(await t.db.selectFrom('answers').select(['status', 'heldFor']).where('id', '=', id).executeTakeFirstOrThrow(), {
        status: 'pending',
        heldFor: 'identifying',
      });
      const atRisk = await manage(id, '/edit', { key, body: "Honestly I don't want to be here any more and I've been saving up my tablets." });
      const done = await t.app.inject(String(atRisk.headers.location));
      assert.match(done.body, /role="status"[\s\S]*help is available now[\s\S]*href="tel:116123"/, 'the author sees the same calm help as after a new answer');
      const row = await t.db.selectFrom('answers').select(['status', 'heldFor', 'urgentAt']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal(row.heldFor, 'crisis');
      assert.ok(row.urgentAt);
    });

    test('delete removes the answer at once from the board, the permalink, the embed and the API', async () => {
      const { board, id, key } = await submit('post', 'An answer I will delete.');
      assert.match((await t.app.inject(`/embed/b/${board.slug}`)).body, /An answer I will delete\./);
      assert.equal((await manage(id, '/delete', { key: 'wrong' })).statusCode, 403);
      const deleted = await manage(id, '/delete', { key });
      assert.equal(deleted.statusCode, 303);
      assert.match((await t.app.inject(String(deleted.headers.location))).body, /Your answer is deleted/);
      assert.doesNotMatch((await t.app.inject(`/b/${board.slug}`)).body, /An answer I will delete/);
      assert.doesNotMatch((await t.app.inject(`/embed/b/${board.slug}`)).body, /An answer I will delete/);
      assert.doesNotMatch((await t.app.inject(`/api/v1/boards/${board.slug}`)).body, /An answer I will delete/);
      assert.equal((await t.app.inject(`/a/${id}`)).statusCode, 404);
      assert.equal((await t.db.selectFrom('answers').select('id').where('id', '=', id).execute()).length, 0);
    });

    test('in Welsh at /cy: every page, error and redirect of the private link stays in Welsh', async () => {
      const { board, id, key } = await submit('post', 'My first thoughts.');
      await t.db.updateTable('boards').set({ translatedTitle: 'Bwrdd yn Gymraeg' }).where('id', '=', board.id).execute();

      const start = await t.app.inject(`/cy/a/${id}/manage`);
      assert.equal(start.statusCode, 200);
      assert.match(start.body, /<html lang="cy"/);
      assert.match(start.body, /<h1>Newid neu ddileu eich ateb<\/h1>/);
      assert.match(start.body, new RegExp(`<form method="post" action="/cy/a/${id}/manage"`));
      assert.match(start.body, />Parhau</);

      const wrong = await manage(id, '', { key: 'x'.repeat(43) }, '/cy');
      assert.equal(wrong.statusCode, 403);
      assert.match(wrong.body, /<title>Gwall: Newid neu ddileu eich ateb/);
      assert.match(wrong.body, /Mae problem wedi codi/);
      assert.match(decodedHtml(wrong.body), /Nid yw'r allwedd breifat hon yn gywir/);

      const opened = await manage(id, '', { key }, '/cy');
      assert.equal(opened.statusCode, 200);
      const page = decodedHtml(opened.body);
      assert.match(page, /Mae eich ateb wedi'i gyhoeddi\. Os byddwch chi'n ei newid, bydd y testun newydd yn ymddangos ar unwaith\./);
      assert.match(page, /<p class="caption"><span lang="en-GB">Practitioner<\/span> · ar “Bwrdd yn Gymraeg”<\/p>/, 'the board as translated');
      assert.match(page, /<h2 class="heading-m" lang="en-GB">What do I do first\?<\/h2>/, 'an untranslated question says its language');
      for (const action of ['edit', 'use', 'delete']) assert.match(page, new RegExp(`action="/cy/a/${id}/manage/${action}"`));
      assert.match(page, /Dileu fy ateb/);
      assert.doesNotMatch(page, /Change or delete your answer|Save changes|Delete my answer/);

      const empty = await manage(id, '/edit', { key, body: '  ' }, '/cy');
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /<title>Gwall:/);
      assert.match(empty.body, /Mae problem wedi codi[\s\S]*Rhowch eich ateb/);
      const long = await manage(id, '/edit', { key, body: 'x'.repeat(answerLimits.body + 1) }, '/cy');
      assert.equal(long.statusCode, 422);
      assert.ok(decodedHtml(long.body).includes(`Rhaid i'ch ateb fod yn ${formatNumber('cy', answerLimits.body)} nod neu lai`), 'the limit, in Welsh');

      const changed = await manage(id, '/edit', { key, body: 'Second thoughts.' }, '/cy');
      assert.equal(changed.statusCode, 303);
      assert.equal(changed.headers.location, `/cy/a/${id}/manage/done?changed=published`);
      const done = await t.app.inject(String(changed.headers.location));
      assert.match(done.body, /<html lang="cy"/);
      assert.match(decodedHtml(done.body), /Mae eich newidiadau wedi'u cadw[\s\S]*Mae eich ateb diwygiedig wedi'i gyhoeddi\./);
      assert.match(done.body, new RegExp(`<a href="/cy/b/${board.slug}">Yn ôl i “Bwrdd yn Gymraeg”</a>`));

      const noChoice = await manage(id, '/use', { key }, '/cy');
      assert.equal(noChoice.statusCode, 422);
      assert.match(noChoice.body, /Mae problem wedi codi[\s\S]*Dewiswch ble y caiff eich ateb ei ddefnyddio/);
      const use = await manage(id, '/use', { key, use: 'facilitators' }, '/cy');
      assert.equal(use.headers.location, `/cy/a/${id}/manage/done?use=facilitators`);
      assert.match(decodedHtml((await t.app.inject(String(use.headers.location))).body), /Eich ateb: /);

      const atRisk = await manage(id, '/edit', { key, body: "Honestly I don't want to be here any more and I've been saving up my tablets." }, '/cy');
      assert.equal(atRisk.headers.location, `/cy/a/${id}/manage/done?changed=pending&help=1`);
      const help = decodedHtml((await t.app.inject(String(atRisk.headers.location))).body);
      assert.match(help, /role="status"[\s\S]*Diolch\. Mae eich ateb wedi dod i law[\s\S]*mae help ar gael nawr/);
      assert.match(help, /<a href="tel:08081640123">ffoniwch 0808 164 0123<\/a>/, "Samaritans' Welsh-language line, on Welsh pages");
      assert.match(help, /<a href="\/cy\/help">/);

      const deleted = await manage(id, '/delete', { key }, '/cy');
      assert.equal(deleted.headers.location, `/cy/a/${id}/manage/done?deleted=${board.slug}`);
      assert.match(decodedHtml((await t.app.inject(String(deleted.headers.location))).body), /Mae eich ateb wedi'i ddileu/);
    });
  });
}
