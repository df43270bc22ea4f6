import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseForm } from '../web/input.ts';
import { perspectiveFilterQuery } from './boards.input.ts';

test('a perspective filter not shaped like a key is refused (the board and its embed answer 404)', () => {
  assert.deepEqual(parseForm(perspectiveFilterQuery, { perspective: 'p1' }), { ok: true, input: { perspective: 'p1' } });
  assert.deepEqual(parseForm(perspectiveFilterQuery, {}), { ok: true, input: { perspective: '' } });
  assert.deepEqual(parseForm(perspectiveFilterQuery, { perspective: ['p1', 'p2'] }), { ok: true, input: { perspective: '' } });
  for (const perspective of ['P1', 'a b', 'é', 'x'.repeat(61), '\u0000'])
    assert.equal(parseForm(perspectiveFilterQuery, { perspective }).ok, false, perspective);
});
