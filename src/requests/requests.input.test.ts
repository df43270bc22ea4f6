import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseForm, readForm } from '../web/input.ts';
import { dataRequestForm, dataRequestValues, eraseForm, requestsQuery } from './requests.input.ts';

const badEmail = 'Enter an email address in the correct format, like name@example.com';

describe('requests about personal data', () => {
  test('the address is found however it was typed: spaces and capitals do not matter', () => {
    assert.deepEqual(parseForm(dataRequestForm, { email: '  Jo@Example.ORG ' }), { ok: true, input: { email: 'jo@example.org' } });
  });

  test('a missing or malformed address says how to write it, and comes back as typed', () => {
    for (const email of [undefined, '', 'jo', 'jo@example', 'jo @example.org', ['jo@example.org'], `${'j'.repeat(250)}@example.org`]) {
      const parsed = parseForm(dataRequestForm, { email }, dataRequestValues);
      assert.deepEqual(parsed, { ok: false, errors: { email: badEmail }, values: { email: typeof email === 'string' ? email : '' } }, String(email));
    }
  });

  test('erasing needs the box ticked, and deletes unless anonymising is chosen', () => {
    assert.deepEqual(parseForm(eraseForm, { action: 'anonymise' }), {
      ok: false,
      errors: { confirm: 'Tick the box to confirm: erasing cannot be undone' },
      values: undefined,
    });
    assert.deepEqual(parseForm(eraseForm, { confirm: 'yes' }), { ok: true, input: { action: 'delete', confirm: 'yes' } });
    assert.deepEqual(parseForm(eraseForm, { confirm: 'yes', action: 'anonymise' }), { ok: true, input: { action: 'anonymise', confirm: 'yes' } });
  });

  test('the count after an erasure is shown only when it is a number', () => {
    assert.equal(readForm(requestsQuery, { erased: '12' }).erased, '12');
    for (const erased of ['12abc', '<b>', ['1', '2'], '']) assert.equal(readForm(requestsQuery, { erased }).erased, undefined);
  });
});
