import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readForm } from '../web/input.ts';
import { bulkApproveForm, queueQuery } from './moderation.input.ts';

describe('the moderation queue', () => {
  test('shows the answers waiting to be read unless another tab is named', () => {
    assert.deepEqual(readForm(queueQuery, {}), { status: 'pending' });
    assert.equal(readForm(queueQuery, { status: 'hidden' }).status, 'hidden');
    for (const status of ['deleted', '__proto__', ['published']]) assert.equal(readForm(queueQuery, { status }).status, 'pending');
  });

  test('approving the ticked answers: one tick or several, anything but an id ignored, at most 500', () => {
    assert.deepEqual(readForm(bulkApproveForm, { ids: 'a1' }).ids, ['a1']);
    assert.deepEqual(readForm(bulkApproveForm, {}).ids, []);
    assert.deepEqual(readForm(bulkApproveForm, { ids: ['a1', 7, { id: 'a2' }, 'a3'] }).ids, ['a1', 'a3']);
    assert.equal(readForm(bulkApproveForm, { ids: Array.from({ length: 600 }, (_, i) => `a${i}`) }).ids.length, 500);
  });
});
