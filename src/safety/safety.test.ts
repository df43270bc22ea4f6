import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asksToCheckIdentifying, assessAnswer, holdReasonLabels, holdReasons, isUrgent, parseHoldReasons, storeHoldReasons, suggestsRisk } from './safety.ts';

describe('what the safety checks decide', () => {
  test('a possible crisis is urgent and shows help; a method shows help but is not urgent; other reasons do neither', () => {
    assert.deepEqual([isUrgent(['crisis']), suggestsRisk(['crisis'])], [true, true]);
    assert.deepEqual([isUrgent(['method']), suggestsRisk(['method'])], [false, true]);
    assert.deepEqual(
      [isUrgent(['language', 'identifying', 'links', 'unchecked', 'repeat']), suggestsRisk(['language', 'identifying', 'links', 'unchecked', 'repeat'])],
      [false, false],
    );
  });

  test('hold reasons are stored space-separated, null for none, and read back without unknown words', () => {
    assert.equal(storeHoldReasons([]), null);
    assert.equal(storeHoldReasons(['crisis', 'identifying']), 'crisis identifying');
    assert.deepEqual(parseHoldReasons('crisis identifying'), ['crisis', 'identifying']);
    assert.deepEqual(parseHoldReasons('crisis nonsense'), ['crisis']);
    assert.deepEqual(parseHoldReasons(null), []);
    assert.equal(storeHoldReasons(['language', 'identifying']), 'language identifying');
    assert.deepEqual(parseHoldReasons('language identifying'), ['language', 'identifying']);
  });

  test('an answer in a language the crisis check cannot read is held, and the queue says so (SG-1a)', () => {
    const signals = { checked: true, repeated: false };
    const polish = assessAnswer('Pracuję w domu opieki od pięciu lat i nigdy nie miałam porządnego szkolenia.');
    assert.deepEqual(polish.language, { language: 'pol', covered: false });
    // The crisis check may still find something in words it cannot read; whatever it says, the answer is held.
    assert.ok(holdReasons(polish, signals).includes('language'));
    assert.match(holdReasonLabels.language, /Not in English or Welsh, so not checked for risk/);
    assert.deepEqual(holdReasons(assessAnswer('Check the care plan, then speak to the family if the resident agrees.'), signals), []);
    assert.deepEqual(holdReasons(assessAnswer("Mae'n bwysig defnyddio iaith glir mewn adroddiadau er mwyn i deuluoedd eu deall."), signals), []);
    assert.deepEqual(holdReasons(assessAnswer("Dwi'n meddwl bod y training yn really useful, ond mae'r rota yn nightmare."), signals), []);
    for (const short of ['ok', '👍', 'Diolch', '+1', 'https://www.nhs.uk/']) {
      assert.equal(holdReasons(assessAnswer(short), signals).includes('language'), false, short);
    }
    // Identifying details are still found in another language, and both reasons are kept.
    const withPhone = assessAnswer('Zadzwoń do mnie na numer 07700 900123, nie wiem co robić z tą sytuacją w pracy.');
    assert.deepEqual(
      holdReasons(withPhone, signals).filter((r) => r !== 'crisis'),
      ['language', 'identifying'],
    );
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
