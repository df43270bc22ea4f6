import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { oneOf, parseForm, readForm, textField, ticked } from './input.ts';

const form = z.object({ name: textField.refine((s) => s.trim() !== '', { message: 'Enter your name' }), agree: ticked });

describe('reading a form', () => {
  test('a body that is not a form (none, JSON null, an array, a bare string) reads as an empty form, so the person sees what is missing', () => {
    for (const body of [undefined, null, [], ['name'], 'name=Jo', 42]) {
      assert.deepEqual(parseForm(form, body), { ok: false, errors: { name: 'Enter your name' }, values: undefined }, JSON.stringify(body));
    }
  });

  test('a repeated field (an array) or a JSON number is not text: it reads as empty', () => {
    assert.deepEqual(readForm(z.object({ a: textField, b: textField }), { a: ['x', 'y'], b: 7 }), { a: '', b: '' });
  });

  test('on failure, what the person typed comes back to fill the form again', () => {
    const typed = z.object({ name: textField, agree: ticked });
    assert.deepEqual(parseForm(form, { name: '   ', agree: 'yes' }, typed), {
      ok: false,
      errors: { name: 'Enter your name' },
      values: { name: '   ', agree: true },
    });
  });

  test('a word such as ?done= is one of those known, never an inherited property like __proto__', () => {
    const query = z.object({ done: oneOf(['saved', 'created']) });
    assert.equal(readForm(query, { done: 'saved' }).done, 'saved');
    for (const done of ['__proto__', 'constructor', 'toString', ['saved'], '']) assert.equal(readForm(query, { done }).done, undefined);
  });
});
