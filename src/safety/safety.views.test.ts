// The help panel and the identifying-details check in each language, as the answer, join and private-link pages show them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { h } from 'preact';
import { parseConfig } from '../config.ts';
import { renderFragment } from '../web/html.ts';
import { CrisisHelpPanel, describeFound, IdentifyingCheck } from './safety.views.tsx';
import type { IdentifyingSpan } from './identifying/identifying.ts';

const help = parseConfig({}).help;
const text = (html: string) => html.replace(/&#x27;/g, "'");

describe('safety views in Welsh and English', () => {
  test('the crisis panel: calm words, every helpline as a tel: or sms: link, and help that stays in the page’s language (TRUST SG-2)', () => {
    const english = text(renderFragment(h(CrisisHelpPanel, { help })));
    assert.match(english, /role="status"[\s\S]*Thank you\. Your answer has been received[\s\S]*help is available now/);
    assert.match(english, /<a href="\/help">More places to find help/);
    assert.doesNotMatch(english, /08081640123/, 'no Welsh-language line on English pages');

    const welsh = text(renderFragment(h(CrisisHelpPanel, { help, locale: 'cy' })));
    assert.match(welsh, /role="status"[\s\S]*Diolch\. Mae eich ateb wedi dod i law[\s\S]*mae help ar gael nawr/);
    assert.match(welsh, /Mewn argyfwng, ffoniwch 999/);
    for (const link of ['tel:999', 'tel:111', 'tel:116123', 'sms:85258?body=SHOUT', 'tel:08081640123', 'tel:0800132737', 'sms:81066?body=help']) {
      assert.ok(welsh.includes(`href="${link}"`), link);
    }
    assert.match(welsh, /<a href="\/cy\/help">Rhagor o leoedd i gael help/);
    assert.doesNotMatch(welsh, /Thank you|help is available|call \d/);
  });

  test('what the check found is listed as each language lists things (Welsh "a"/"ac" and the mutation after it)', () => {
    const span = (kind: IdentifyingSpan['kind'], start: number): IdentifyingSpan => ({ kind, start, end: start + 1 });
    assert.equal(describeFound([span('phone', 0), span('name', 2)]), 'a phone number and a name');
    assert.equal(describeFound([span('phone', 0), span('name', 2)], 'cy'), 'rhif ffôn ac enw');
    assert.equal(describeFound([span('phone', 0), span('email', 2)], 'cy'), 'rhif ffôn a chyfeiriad e-bost');
    assert.equal(describeFound([span('phone', 0), span('phone', 2), span('postcode', 4)], 'cy'), 'rhifau ffôn a chod post');
    assert.equal(describeFound([span('email', 0), span('url', 2), span('date', 4)], 'cy'), 'cyfeiriad e-bost, cyfeiriad gwe a dyddiad');

    const check = text(renderFragment(h(IdentifyingCheck, { text: 'Ring 07700 900123', spans: [{ kind: 'phone', start: 5, end: 17 }], locale: 'cy' })));
    assert.match(check, /Gwiriwch eich ateb cyn i chi ei anfon/);
    assert.match(check, /Mae'n ymddangos bod eich ateb yn cynnwys rhif ffôn\./);
    assert.match(check, /<mark class="found">07700 900123<span class="visually-hidden"> \(rhif ffôn\)<\/span><\/mark>/);
  });
});
