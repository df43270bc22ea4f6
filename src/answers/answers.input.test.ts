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

  test('replaces lone surrogates, which cannot be stored as UTF-8, with U+FFFD', () => {
    assert.equal(cleanText('a\uD800b'), 'a\uFFFDb');
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
  const valid = { question: 'q1', perspective: 'p1', body: 'An answer.', consent: 'yes', formKey: 'abcdefghijklmnop' };

  test('accepts a valid form, keeping the one-time key and turning blank optional fields into null', () => {
    const result = parseAnswerForm({ ...valid, displayName: '  ', email: '' });
    assert.deepEqual(result, {
      ok: true,
      input: { question: 'q1', perspective: 'p1', body: 'An answer.', displayName: null, email: null },
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
        consent: 'Tick the box to agree that your answer will be published',
      },
    });
  });

  test('a body of only spaces and control characters counts as empty', () => {
    const result = parseAnswerForm({ ...valid, body: ' \u0000\r\n\u200B ' });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.errors.body, 'Enter your answer');
  });

  test('refuses a badly formed email and drops a malformed form key', () => {
    const bad = parseAnswerForm({ ...valid, email: 'name@example' });
    assert.equal(!bad.ok && bad.errors.email, 'Enter an email address in the correct format, like name@example.com');
    const keyless = parseAnswerForm({ ...valid, formKey: 'short' });
    assert.equal(keyless.ok && keyless.formKey, undefined);
  });
});

describe('parseAnswerJson', () => {
  test('consent must be the JSON value true, not the string "yes"', () => {
    const result = parseAnswerJson({ question: 'q1', perspective: 'p1', body: 'An answer.', consent: 'yes' });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? (result.errors.consent ?? '') : '', /"consent": true/);
    assert.equal(parseAnswerJson({ question: 'q1', perspective: 'p1', body: 'An answer.', consent: true }).ok, true);
  });

  test('refuses a body that is not a JSON object', () => {
    for (const body of [null, [], 'text', 42]) assert.equal(parseAnswerJson(body).ok, false);
  });
});
