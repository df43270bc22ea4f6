import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseForm, readForm } from '../web/input.ts';
import { perspectiveEditForm, questionEditForm, settingsValues } from './editor.input.ts';

describe('the board editor', () => {
  test('an emptied question says so beside that question’s own field', () => {
    assert.deepEqual(parseForm(questionEditForm('q7'), { 'question-q7': '  ' }), {
      ok: false,
      errors: { 'question-q7': 'Enter the question' },
      values: undefined,
    });
    assert.deepEqual(parseForm(questionEditForm('q7'), { 'question-q7': ' Why? ' }), { ok: true, input: { text: 'Why?' } });
  });

  test('a perspective row’s errors name that row’s fields, in the order they appear', () => {
    const parsed = parseForm(perspectiveEditForm('p3'), { 'label-p3': '', 'plural-p3': 'x'.repeat(81) });
    assert.ok(!parsed.ok);
    assert.deepEqual(Object.entries(parsed.errors), [
      ['label-p3', 'Enter a name for the perspective'],
      ['plural-p3', 'The plural must be 80 characters or fewer'],
    ]);
  });

  test('the settings come back as typed, unticked boxes as unticked', () => {
    assert.deepEqual(readForm(settingsValues, { title: ' T ', moderation: 'sometimes', accepting: 'yes' }), {
      slug: '',
      title: ' T ',
      intro: '',
      moderation: 'sometimes',
      accepting: true,
      listed: false,
    });
  });
});
