import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asksToCheckIdentifying, assessAnswer, holdReasons, isUrgent, parseHoldReasons, storeHoldReasons, suggestsRisk } from './safety.ts';

describe('what the safety checks decide', () => {
  test('a possible crisis is urgent and shows help; a method shows help but is not urgent; other reasons do neither', () => {
    assert.deepEqual([isUrgent(['crisis']), suggestsRisk(['crisis'])], [true, true]);
    assert.deepEqual([isUrgent(['method']), suggestsRisk(['method'])], [false, true]);
    assert.deepEqual(
      [isUrgent(['identifying', 'links', 'unchecked', 'repeat']), suggestsRisk(['identifying', 'links', 'unchecked', 'repeat'])],
      [false, false],
    );
  });

  test('hold reasons are stored space-separated, null for none, and read back without unknown words', () => {
    assert.equal(storeHoldReasons([]), null);
    assert.equal(storeHoldReasons(['crisis', 'identifying']), 'crisis identifying');
    assert.deepEqual(parseHoldReasons('crisis identifying'), ['crisis', 'identifying']);
    assert.deepEqual(parseHoldReasons('crisis nonsense'), ['crisis']);
    assert.deepEqual(parseHoldReasons(null), []);
  });

  test('identifying details are shown to the author to check, unless the answer suggests a crisis', () => {
    const detail = assessAnswer('Our team number is 020 7946 0321 if another service wants to compare policies.');
    assert.equal(asksToCheckIdentifying(detail), true);
    assert.deepEqual(holdReasons(detail, { checked: true, repeated: false }), ['identifying']);
    const crisis = assessAnswer("I want to end it all. Call me on 07700 900123, I won't be here tomorrow.");
    assert.equal(asksToCheckIdentifying(crisis), false);
    assert.deepEqual(holdReasons(crisis, { checked: true, repeated: false }), ['crisis', 'identifying']);
  });
});
