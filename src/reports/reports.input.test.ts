import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { catalogues } from '../i18n/catalogue.ts';
import { parseForm } from '../web/input.ts';
import { reportForm, reportValues } from './reports.input.ts';

describe('the report form', () => {
  test('no reason, or one not on the list (even a word every object has, like "constructor"), asks what is wrong (in the reader\'s language)', () => {
    for (const reason of [undefined, '', 'rude', 'constructor', '__proto__', ['spam']]) {
      const parsed = parseForm(reportForm, { reason, details: 'It names my neighbour' }, reportValues);
      assert.deepEqual(parsed, { ok: false, errors: { reason: 'chooseReason' }, values: { details: 'It names my neighbour' } }, String(reason));
    }
    assert.equal(catalogues.en.reports.chooseReason, 'Choose what is wrong with the answer');
    assert.equal(catalogues.cy.reports.chooseReason, "Dewiswch beth sydd o'i le ar yr ateb");
  });

  test('the details are cleaned like an answer and cut at 500 characters', () => {
    const parsed = parseForm(reportForm, { reason: 'identifying', details: `  a\u0000b${'x'.repeat(600)}` });
    assert.ok(parsed.ok);
    assert.equal(parsed.input.reason, 'identifying');
    assert.equal(parsed.input.details, `ab${'x'.repeat(498)}`);
  });
});
