import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { catalogues } from '../i18n/catalogue.ts';
import { parseForm, readForm } from '../web/input.ts';
import { perspectiveEditForm, questionEditForm, settingsForm, settingsValues } from './editor.input.ts';

const { en, cy } = catalogues;

describe('the board editor', () => {
  test('an emptied question says so beside that question’s own field', () => {
    assert.deepEqual(parseForm(questionEditForm(en.editor, 'q7'), { 'question-q7': '  ' }), {
      ok: false,
      errors: { 'question-q7': 'Enter the question' },
      values: undefined,
    });
    assert.deepEqual(parseForm(questionEditForm(en.editor, 'q7'), { 'question-q7': ' Why? ', 'translated-question-q7': ' Pam? ' }), {
      ok: true,
      input: { text: 'Why?', translatedText: 'Pam?' },
    });
  });

  test('an emptied translation removes it; one not sent at all is left as it is', () => {
    const form = questionEditForm(en.editor, 'q7');
    assert.deepEqual(parseForm(form, { 'question-q7': 'Why?', 'translated-question-q7': ' ' }), { ok: true, input: { text: 'Why?', translatedText: null } });
    assert.deepEqual(parseForm(form, { 'question-q7': 'Why?' }), { ok: true, input: { text: 'Why?', translatedText: undefined } });
  });

  test('a perspective row’s errors name that row’s fields, in the order they appear, in the page’s language', () => {
    const body = { 'label-p3': '', 'plural-p3': 'x'.repeat(81), 'translated-label-p3': '', 'translated-plural-p3': 'rheolwyr' };
    const parsed = parseForm(perspectiveEditForm(en.editor, 'cy', 'p3'), body);
    assert.ok(!parsed.ok);
    assert.deepEqual(Object.entries(parsed.errors), [
      ['label-p3', 'Enter a name for the perspective'],
      ['plural-p3', 'The plural must be 80 characters or fewer'],
      ['translated-label-p3', 'Enter the name in Welsh too: the plural and description in Welsh only show with it'],
    ]);
    const welsh = parseForm(perspectiveEditForm(cy.editor, 'cy', 'p3'), body);
    assert.ok(!welsh.ok);
    assert.equal(welsh.errors['label-p3'], 'Rhowch enw ar gyfer y safbwynt');
  });

  test('changing the board’s language keeps each text in its language: the translation becomes the text', () => {
    const current = { language: 'en' as const, translatedTitle: null, translatedIntro: null };
    const body = { language: 'cy', title: 'Night shifts', 'translated-title': 'Shifftiau nos', intro: '', 'translated-intro': '', moderation: 'pre' };
    assert.deepEqual(parseForm(settingsForm(en.editor, current), body), {
      ok: true,
      input: {
        language: 'cy',
        title: 'Shifftiau nos',
        translatedTitle: 'Night shifts',
        intro: '',
        translatedIntro: null,
        moderation: 'pre',
        accepting: false,
        listed: false,
      },
    });
    const untitled = parseForm(settingsForm(en.editor, current), { ...body, 'translated-title': '' });
    assert.ok(!untitled.ok);
    assert.deepEqual(untitled.errors, { 'translated-title': 'Enter the title in Welsh, the language the board is to be written in' });
  });

  test('a translated introduction needs a translated title, since readers see them together', () => {
    const current = { language: 'en' as const, translatedTitle: null, translatedIntro: null };
    const parsed = parseForm(settingsForm(en.editor, current), { title: 'T', intro: 'I', 'translated-intro': 'Cyflwyniad', moderation: 'post' });
    assert.ok(!parsed.ok);
    assert.deepEqual(parsed.errors, { 'translated-title': 'Enter the title in Welsh too: the introduction in Welsh only shows with it' });
  });

  test('the settings come back as typed, unticked boxes as unticked', () => {
    assert.deepEqual(readForm(settingsValues, { title: ' T ', moderation: 'sometimes', accepting: 'yes', language: 'fr' }), {
      slug: '',
      language: undefined,
      title: ' T ',
      translatedTitle: '',
      intro: '',
      translatedIntro: '',
      moderation: 'sometimes',
      accepting: true,
      listed: false,
    });
  });
});
