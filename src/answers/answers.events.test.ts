// The private-link email goes out in the language the author answered in (issue 14), with the link to the private
// page in that language and the board's title as the author read it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createBoard, createTestDb, dialects, quietEffects, type TestDb } from '../../test/helpers.ts';
import { submitAnswer } from './answers.actions.ts';
import type { AnswerInput } from './answers.input.ts';

interface Sent {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

for (const dialect of dialects) {
  describe(`the private-link email in the author's language (${dialect})`, () => {
    let t: TestDb;
    before(async () => {
      t = await createTestDb(dialect);
    });
    after(() => t.cleanup());

    async function send(locale: 'en' | 'cy' | undefined, email = 'author@example.org') {
      const { id: boardId } = await createBoard(t.db, { moderation: 'pre', title: 'Fears about social media' });
      await t.db.updateTable('boards').set({ translatedTitle: 'Ofnau am y cyfryngau cymdeithasol' }).where('id', '=', boardId).execute();
      const board = await t.db.selectFrom('boards').selectAll().where('id', '=', boardId).executeTakeFirstOrThrow();
      const sent: Sent[] = [];
      const effects = { ...quietEffects(t.config), mailer: { enabled: true, send: async (message: Sent) => void sent.push(message) } };
      const input: AnswerInput = { question: 'q1', perspective: 'p1', body: 'Ask for the policy first.', displayName: null, email, use: 'board' };
      const result = await submitAnswer(t.db, effects, board, input, { key: undefined, sendAnyway: false, checked: true, ...(locale ? { locale } : {}) });
      assert.equal(result.kind, 'saved');
      return { sent, id: result.kind === 'saved' ? result.answerId : '', key: result.kind === 'saved' ? result.editToken : '' };
    }

    test('in Welsh: Welsh subject and text, the board as translated, and the link to the Welsh private page', async () => {
      const { sent, id, key } = await send('cy');
      assert.equal(sent.length, 1);
      const [mail] = sent;
      assert.equal(mail!.kind, 'private-link');
      assert.equal(mail!.to, 'author@example.org');
      assert.equal(mail!.subject, 'Eich ateb ar “Ofnau am y cyfryngau cymdeithasol”');
      assert.match(mail!.text, /^Diolch am eich ateb ar “Ofnau am y cyfryngau cymdeithasol”\.\n\nDyma eich dolen breifat/);
      assert.ok(mail!.text.includes(`\n\n${t.config.baseUrl}/cy/a/${id}/manage#key=${key}\n`), mail!.text);
      assert.doesNotMatch(mail!.text, /Thank you|private link/);
    });

    test('in English, and when no language is given: as before', async () => {
      for (const locale of ['en', undefined] as const) {
        const { sent, id, key } = await send(locale);
        assert.equal(sent[0]!.subject, 'Your answer on “Fears about social media”');
        assert.match(sent[0]!.text, /^Thank you for your answer on “Fears about social media”\.\n\nThis is your private link/);
        assert.ok(sent[0]!.text.includes(`\n\n${t.config.baseUrl}/a/${id}/manage#key=${key}\n`));
      }
    });

    test('no email given, nothing sent', async () => {
      const { sent } = await send('cy', '');
      assert.equal(sent.length, 0);
    });
  });
}
