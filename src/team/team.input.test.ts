import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseForm } from '../web/input.ts';
import { inviteForm } from './team.input.ts';

describe('the invitation form', () => {
  test('the email address is optional: blank gives a link to copy', () => {
    assert.deepEqual(parseForm(inviteForm, { role: 'moderator', email: '  ' }), { ok: true, input: { role: 'moderator', email: '' } });
  });

  test('an address in the wrong format says how to write it, or to leave it blank', () => {
    assert.deepEqual(parseForm(inviteForm, { email: 'jo at example.org' }), {
      ok: false,
      errors: { email: 'Enter an email address in the correct format, like name@example.com, or leave it blank' },
      values: undefined,
    });
  });

  test('anyone not invited as an owner is invited as a moderator', () => {
    for (const role of [undefined, 'admin', ['owner'], 'Owner'])
      assert.deepEqual(parseForm(inviteForm, { role }), { ok: true, input: { role: 'moderator', email: '' } });
    assert.deepEqual(parseForm(inviteForm, { role: 'owner', email: ' jo@example.org ' }), { ok: true, input: { role: 'owner', email: 'jo@example.org' } });
  });
});
