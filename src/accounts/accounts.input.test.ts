import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseForm, readForm } from '../web/input.ts';
import { signInFields, signInForm, signInQuery } from './accounts.input.ts';

describe('the sign-in form', () => {
  test('a missing or blank email address, or a missing password, asks for both', () => {
    for (const body of [
      {},
      { email: '', password: 'x' },
      { email: '  ', password: 'x' },
      { email: 'jo@example.org' },
      { email: ['jo@example.org'], password: 'x' },
    ]) {
      const parsed = parseForm(signInForm, body, signInFields);
      assert.equal(parsed.ok, false, JSON.stringify(body));
      if (!parsed.ok) assert.deepEqual(parsed.errors, { email: 'Enter your email address and password' });
    }
  });

  test('the email address comes back as typed, and a page to return to only if it is under /admin', () => {
    const parsed = parseForm(signInForm, { email: ' Jo@Example.org', next: '/admin/b/x/queue' }, signInFields);
    assert.ok(!parsed.ok);
    assert.equal(parsed.values.email, ' Jo@Example.org');
    assert.equal(parsed.values.next, '/admin/b/x/queue');
    for (const next of ['https://evil.example/admin', '//evil.example', '/admin\\..', ['/admin/account'], undefined]) {
      assert.equal(readForm(signInFields, { next }).next, '/admin', String(next));
    }
  });

  test('after signing out, the page says so whatever the flag’s value', () => {
    assert.equal(readForm(signInQuery, { signedOut: '' }).signedOut, true);
    assert.equal(readForm(signInQuery, {}).signedOut, false);
  });
});
