import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestApp, dialects, type TestApp, decodedHtml } from '../../test/helpers.ts';
import { loadHelplinesFile, unverified } from '../helplines.ts';

for (const dialect of dialects) {
  describe(`the help page in English and Welsh (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('in English: the UK lines as tel: and sms: links, and the date they were last checked; no Welsh-language lines', async () => {
      const res = await t.app.inject('/help');
      assert.equal(res.statusCode, 200);
      const page = decodedHtml(res.body);
      assert.match(page, /<html lang="en-GB"/);
      assert.match(page, /<h1>Need help now\?<\/h1>/);
      assert.match(page, /<h2>In the United Kingdom<\/h2>/);
      assert.match(page, /<a href="tel:116123">call 116 123<\/a>/);
      assert.match(page, /<a href="sms:85258\?body=SHOUT">text SHOUT to 85258<\/a>/);
      assert.match(page, /These details were last checked on 25 November 2026\./);
      assert.doesNotMatch(page, /0808 164 0123|81066|Samariaid/, 'the Welsh-language lines are for Welsh pages');
    });

    test('in Welsh at /cy/help: Welsh words, the Welsh-language lines, a Welsh date, and nothing about unchecked numbers', async () => {
      const res = await t.app.inject('/cy/help');
      assert.equal(res.statusCode, 200);
      const page = decodedHtml(res.body);
      assert.match(page, /<html lang="cy"/);
      assert.match(page, /<h1>Angen help nawr\?<\/h1>/);
      assert.match(page, /<h2>Yn y Deyrnas Unedig<\/h2>/);
      assert.match(page, /Mewn argyfwng, ffoniwch 999/);
      assert.match(page, /<strong>Samariaid: <\/strong><a href="tel:116123">ffoniwch 116 123<\/a>/);
      assert.match(page, /<strong>Samariaid yn Gymraeg: <\/strong><a href="tel:08081640123">ffoniwch 0808 164 0123<\/a>/);
      assert.match(
        page,
        /<a href="tel:0800132737">ffoniwch 0800 132 737<\/a> neu <a href="sms:81066\?body=help">anfonwch neges destun yn dweud help i 81066<\/a>/,
        'C.A.L.L. by phone or text',
      );
      assert.match(page, /GIG 111 Cymru, pwyswch 2/);
      assert.match(page, /Mae <a href="https:\/\/findahelpline.com"><span lang="en-GB">Find A Helpline<\/span><\/a> yn rhestru llinellau cymorth/);
      assert.match(page, /Cafodd y manylion hyn eu gwirio ddiwethaf ar 25 Tachwedd 2026\./);
      assert.doesNotMatch(page, /unverified|not yet checked|heb ei wirio/i, 'readers are not shown which numbers wait for the operator to check');
      for (const english of ['Need help now?', 'In the United Kingdom', 'call 116 123', 'Talk to someone, any time, free.', 'last checked']) {
        assert.ok(!page.includes(english), `no English left: ${english}`);
      }
    });
  });
}

describe('helplines file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helplines-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (content: unknown) => {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, JSON.stringify(content));
    return file;
  };
  const directory = { name: 'A directory', url: 'https://directory.example', description: 'helplines elsewhere', lastChecked: '2026-11-01' };

  test('the built-in file: every line given in Welsh too; the Welsh-language candidates marked unverified until someone rings them', () => {
    const file = loadHelplinesFile(undefined);
    const gb = file.countries.GB!;
    for (const line of [...gb.helplines, ...(gb.helplinesIn?.cy ?? [])]) {
      assert.ok(typeof line.description === 'object' && line.description.cy, `Welsh text for ${JSON.stringify(line.name)}`);
    }
    assert.deepEqual(
      (gb.helplinesIn?.cy ?? []).map((h) => [h.phone, h.lastChecked]),
      [
        ['0808 164 0123', unverified],
        ['0800 132 737', unverified],
        ['111', unverified],
      ],
    );
  });

  test('a file written before Welsh (plain strings) still loads, and shows its English, marked as English, on Welsh pages', async () => {
    const old = write({
      countries: {
        IE: {
          name: 'Ireland',
          emergency: 'In an emergency, call 112.',
          helplines: [{ name: 'Samaritans Ireland', description: 'Any time, free.', phone: '116 123', lastChecked: '2026-10-01' }],
        },
      },
      directory,
    });
    assert.equal(loadHelplinesFile(old).countries.IE?.name, 'Ireland');
    const t = await createTestApp('sqlite', { HELPLINES_FILE: old, HELP_COUNTRY: 'IE' });
    try {
      const page = decodedHtml((await t.app.inject('/cy/help')).body);
      assert.match(page, /<h2>Yn Ireland<\/h2>/);
      assert.match(page, /<strong><span lang="en-GB">Samaritans Ireland<\/span>: <\/strong><a href="tel:116123">ffoniwch 116 123<\/a>/);
      assert.match(page, /<p><span lang="en-GB">In an emergency, call 112\.<\/span><\/p>/);
      assert.match(page, /Cafodd y manylion hyn eu gwirio ddiwethaf ar 1 Hydref 2026\./);
    } finally {
      await t.close();
    }
  });

  test('lastChecked is a date or "unverified"; a text per language needs at least one language', () => {
    const line = { name: 'Line', description: 'Text.', phone: '123', lastChecked: 'recently' };
    const country = (helpline: object) => ({ countries: { GB: { name: 'UK', emergency: 'Call 999.', helplines: [helpline] } }, directory });
    assert.throws(() => loadHelplinesFile(write(country(line))), /lastChecked must be a date like 2026-11-25, or "unverified"/);
    assert.doesNotThrow(() => loadHelplinesFile(write(country({ ...line, lastChecked: 'unverified' }))));
    assert.throws(() => loadHelplinesFile(write(country({ ...line, lastChecked: '2026-11-01', name: {} }))), /at least one language/);
    assert.throws(() => loadHelplinesFile(write(country({ ...line, lastChecked: '2026-11-01', name: { fr: 'Ligne' } }))), /helplines file/);
  });
});
