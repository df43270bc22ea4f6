import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answerLimits, charCount, cleanText, parseAnswerForm, parseAnswerJson } from './answers.input.ts';

describe('cleanText', () => {
  test('removes control characters but keeps newlines and tabs', () => {
    assert.equal(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg'), 'abcdefg');
    assert.equal(cleanText('line one\nline\ttwo'), 'line one\nline\ttwo');
  });

  test('removes zero-width and invisible separators that hide text', () => {
    assert.equal(cleanText('in\u200Bvisible\uFEFF \u2028next\u2029'), 'invisible next');
  });

  test('normalises Windows and old Mac newlines to \\n', () => {
    assert.equal(cleanText('one\r\ntwo\rthree\nfour'), 'one\ntwo\nthree\nfour');
    assert.equal(cleanText('para one\r\n\r\npara two'), 'para one\n\npara two');
  });

  test('trims surrounding whitespace, and text of only control characters becomes empty', () => {
    assert.equal(cleanText('  \n\t hello \r\n '), 'hello');
    assert.equal(cleanText('\u0000\u0001\r\n\u200B'), '');
  });

  test('composes accents (NFC) so the same word is stored the same way', () => {
    assert.equal(cleanText('cafe\u0301'), 'caf\u00e9');
    assert.equal(cleanText('cafe\u0301').length, 4);
  });

  test('drops lone surrogates (they cannot be stored as UTF-8) and noncharacters', () => {
    assert.equal(cleanText('a\uD800b\uDC00c\uFFFFd\uFDD0e'), 'abcde');
    assert.equal(cleanText('😀'), '😀', 'a valid surrogate pair is kept');
  });
});

describe('charCount', () => {
  test('counts an emoji as one character, as the browser count does', () => {
    assert.equal('😀'.length, 2);
    assert.equal(charCount('😀'), 1);
    assert.equal(charCount('I 💙 the NHS'), 11);
    assert.equal(charCount(''), 0);
    assert.equal(charCount('abc'), 3);
  });

  test('matches Array.from, the count the answer form script shows', () => {
    for (const text of ['😀😀😀', '𝒜𝒷𝒸', 'é', 'plain text', '👩‍⚕️ nurse']) assert.equal(charCount(text), Array.from(text).length);
  });
});

describe('parseAnswerForm', () => {
  const valid = { question: 'q1', perspective: 'p1', body: 'An answer.', use: 'workshop', formKey: 'abcdefghijklmnop' };

  test('accepts a valid form, keeping the one-time key and turning blank optional fields into null', () => {
    const result = parseAnswerForm({ ...valid, displayName: '  ', email: '' });
    assert.deepEqual(result, {
      ok: true,
      input: { question: 'q1', perspective: 'p1', body: 'An answer.', displayName: null, email: null, use: 'workshop' },
      formKey: 'abcdefghijklmnop',
    });
  });

  test('the body limit is counted in characters: 2,000 emoji pass, 2,001 do not', () => {
    assert.equal(parseAnswerForm({ ...valid, body: '😀'.repeat(answerLimits.body) }).ok, true);
    const over = parseAnswerForm({ ...valid, body: '😀'.repeat(answerLimits.body + 1) });
    assert.deepEqual(over, { ok: false, errors: { body: 'Your answer must be 2,000 characters or fewer' } });
  });

  test('names every missing field with a message a person can act on', () => {
    const result = parseAnswerForm({});
    assert.deepEqual(result, {
      ok: false,
      errors: {
        question: 'Choose the question you are answering',
        perspective: 'Choose the perspective you are answering from',
        body: 'Enter your answer',
        use: 'Choose where your answer may be used',
      },
    });
  });

  test('in Welsh, every message is the Welsh catalogue’s, and the answer itself is taken the same way', () => {
    assert.deepEqual(parseAnswerForm({}, 'cy'), {
      ok: false,
      errors: {
        question: "Dewiswch y cwestiwn rydych chi'n ei ateb",
        perspective: "Dewiswch y safbwynt rydych chi'n ateb ohono",
        body: 'Rhowch eich ateb',
        use: 'Dewiswch ble gellir defnyddio eich ateb',
      },
    });
    assert.deepEqual(parseAnswerForm({ ...valid, body: '😀'.repeat(answerLimits.body + 1), displayName: 'n'.repeat(61), email: 'x@' }, 'cy'), {
      ok: false,
      errors: {
        body: "Rhaid i'ch ateb fod yn 2,000 nod neu lai",
        displayName: "Rhaid i'ch enw fod yn 60 nod neu lai",
        email: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
      },
    });
    assert.deepEqual(parseAnswerForm({ ...valid, body: 'Ateb.' }, 'cy'), parseAnswerForm({ ...valid, body: 'Ateb.' }));
  });

  test('where the answer may be used is one of the three choices, never assumed', () => {
    for (const use of ['board', 'workshop', 'facilitators'] as const) {
      const result = parseAnswerForm({ ...valid, use });
      assert.equal(result.ok && result.input.use, use);
    }
    for (const use of [undefined, '', 'everywhere', 'Board', ['board', 'workshop']]) {
      assert.deepEqual(parseAnswerForm({ ...valid, use }), { ok: false, errors: { use: 'Choose where your answer may be used' } }, String(use));
    }
    // The old tick box alone is not a choice.
    assert.equal(parseAnswerForm({ ...valid, use: undefined, consent: 'yes' }).ok, false);
  });

  test('a body of only spaces and control characters counts as empty', () => {
    const result = parseAnswerForm({ ...valid, body: ' \u0000\r\n\u200B ' });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.errors.body, 'Enter your answer');
  });

  test('invisible or unusable characters alone are no answer: noncharacters, lone surrogates, zero-width joiners, direction marks', () => {
    for (const body of [
      '\u0000\uFFFF\uD800',
      '\uFFFE\uFDD0',
      '\uDC00\uD800',
      '\u200D\u200C\u2060',
      '\u200E\u200F\u061C',
      '\u{10FFFF}\u{1FFFE}',
      '\u00AD\u034F',
    ]) {
      const result = parseAnswerForm({ ...valid, body });
      assert.deepEqual(result, { ok: false, errors: { body: 'Enter your answer' } }, JSON.stringify(body));
      assert.deepEqual(parseAnswerJson({ ...valid, use: 'board', body }), { ok: false, errors: { body: 'Enter your answer' } });
    }
    // Around visible text they are dropped (noncharacters, lone surrogates) or kept where they mean something (an emoji's joiner).
    const kept = parseAnswerForm({ ...valid, body: 'Ask\uFFFF for \uD800help 👩\u200D⚕️' });
    assert.equal(kept.ok && kept.input.body, 'Ask for help 👩\u200D⚕️');
    // A name of invisible characters is no name: the answer shows as Anonymous.
    const nameless = parseAnswerForm({ ...valid, displayName: '\u200B\u200D' });
    assert.equal(nameless.ok && nameless.input.displayName, null);
  });

  test('refuses a badly formed email and drops a malformed form key', () => {
    const bad = parseAnswerForm({ ...valid, email: 'name@example' });
    assert.equal(!bad.ok && bad.errors.email, 'Enter an email address in the correct format, like name@example.com');
    const keyless = parseAnswerForm({ ...valid, formKey: 'short' });
    assert.equal(keyless.ok && keyless.formKey, undefined);
  });
});

describe('parseAnswerJson', () => {
  const answer = { question: 'q1', perspective: 'p1', body: 'An answer.' };

  test('use is required and must be one of the three words', () => {
    const result = parseAnswerJson({ ...answer, use: 'everywhere' });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? (result.errors.use ?? '') : '', /"use" as "board", "workshop" or "facilitators"/);
    assert.equal(parseAnswerJson(answer).ok, false);
    const kept = parseAnswerJson({ ...answer, use: 'facilitators' });
    assert.equal(kept.ok && kept.input.use, 'facilitators');
  });

  test('a client of the first version that sends only consent: true gets "board", the publication it agreed to', () => {
    const result = parseAnswerJson({ ...answer, consent: true });
    assert.equal(result.ok && result.input.use, 'board');
    // A stated use wins; consent that is not true is not a choice.
    const both = parseAnswerJson({ ...answer, consent: true, use: 'workshop' });
    assert.equal(both.ok && both.input.use, 'workshop');
    for (const consent of ['yes', 'true', false, 1]) assert.equal(parseAnswerJson({ ...answer, consent }).ok, false, String(consent));
  });

  test('refuses a body that is not a JSON object', () => {
    for (const body of [null, [], 'text', 42]) assert.equal(parseAnswerJson(body).ok, false);
    assert.deepEqual(parseAnswerJson([]), { ok: false, errors: { body: 'Send a JSON object with question, perspective, body and use' } });
  });

  test('in Welsh (an answer sent to /cy/api/…), every field’s message is Welsh; the names a program sends are not translated', () => {
    assert.deepEqual(parseAnswerJson({ body: 42, displayName: 'x'.repeat(61), email: 'name@example' }, 'cy'), {
      ok: false,
      errors: {
        question: "Dewiswch y cwestiwn rydych chi'n ei ateb",
        perspective: "Dewiswch y safbwynt rydych chi'n ateb ohono",
        body: 'rhaid iddo fod yn destun',
        displayName: "Rhaid i'ch enw fod yn 60 nod neu lai",
        email: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
        use: 'Dewiswch ble gellir defnyddio eich ateb: anfonwch "use" fel "board", "workshop" neu "facilitators"',
      },
    });
    assert.deepEqual(parseAnswerJson('text', 'cy'), { ok: false, errors: { body: 'Anfonwch wrthrych JSON gyda question, perspective, body a use' } });
    const kept = parseAnswerJson({ ...answer, use: 'workshop' }, 'cy');
    assert.equal(kept.ok && kept.input.use, 'workshop');
  });
});
