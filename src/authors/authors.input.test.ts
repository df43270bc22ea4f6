import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readForm } from '../web/input.ts';
import { changeAnswerForm, openAnswerForm } from './authors.input.ts';

describe('the author’s private page', () => {
  test('opens with the key, or with the whole private link pasted in its place', () => {
    const key = 'k3y_-ABCdef0123456789';
    assert.equal(readForm(openAnswerForm, { key: ` ${key} ` }).key, key);
    assert.equal(readForm(openAnswerForm, { key: `https://roundtable.example/a/abc/manage#key=${key}` }).key, key);
    assert.equal(readForm(openAnswerForm, { key: `/a/abc/manage?x=1&key=${key}` }).key, key);
  });

  test('the changed answer comes back exactly as typed if it cannot be saved', () => {
    assert.deepEqual(readForm(changeAnswerForm, { key: ' k ', body: '  My answer\r\n' }), { key: 'k', body: '  My answer\r\n' });
  });
});
