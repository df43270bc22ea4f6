import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import { ConfigError, parseConfig } from './config.ts';

function configError(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    return err;
  }
  assert.fail(`expected ${JSON.stringify(env)} to be refused`);
}

describe('parseConfig', () => {
  test('an empty environment gives the documented defaults', () => {
    const config = parseConfig({});
    assert.deepEqual(
      { ...config },
      {
        port: 3000,
        host: '127.0.0.1',
        baseUrl: 'http://localhost:3000',
        dataDir: path.resolve('./data'),
        databaseUrl: undefined,
        smtpUrl: undefined,
        trustProxy: false,
        logLevel: 'info',
        reportThreshold: 3,
        notifyDelaySeconds: 300,
        drainSeconds: 0,
        help: config.help,
        retention: { emailDays: 365, rejectedDays: 30, waitingDays: 180, abuseDays: 7, voterDays: null, auditDays: 365, liveEventDays: 30 },
      },
    );
    assert.equal(config.help.country, 'GB');
    assert.deepEqual(
      config.help.helplines.map((h) => h.phone ?? h.sms),
      ['999', '111', '116 123', '85258'],
      'UK default: 999, NHS 111 option 2, Samaritans, Shout',
    );
    assert.ok(
      config.help.helplines.every((h) => /^\d{4}-\d{2}-\d{2}$/.test(h.lastChecked)),
      'each with a last-checked date',
    );
    assert.ok(Object.isFrozen(config), 'the config cannot be changed after start-up');
  });

  test('blank values count as unset, and BASE_URL follows PORT unless given', () => {
    assert.equal(parseConfig({ PORT: '  ', LOG_LEVEL: '' }).port, 3000);
    assert.equal(parseConfig({ PORT: '8080' }).baseUrl, 'http://localhost:8080');
    assert.equal(parseConfig({ PORT: '8080', BASE_URL: 'https://answers.example.org/' }).baseUrl, 'https://answers.example.org');
  });

  test('reads every documented variable', () => {
    const config = parseConfig({
      PORT: '4000',
      HOST: '0.0.0.0',
      BASE_URL: 'https://roundtable.example.org',
      DATA_DIR: '/var/lib/roundtable',
      DATABASE_URL: 'postgres://rt:secret@db.internal:5432/roundtable',
      SMTP_URL: 'smtps://mailer:pw@smtp.example.org:465',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      LOG_LEVEL: 'warn',
    });
    assert.equal(config.port, 4000);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.baseUrl, 'https://roundtable.example.org');
    assert.equal(config.dataDir, '/var/lib/roundtable');
    assert.equal(config.databaseUrl, 'postgres://rt:secret@db.internal:5432/roundtable');
    assert.equal(config.smtpUrl, 'smtps://mailer:pw@smtp.example.org:465');
    assert.equal(config.trustProxy, '10.0.0.0/8, 127.0.0.1');
    assert.equal(config.logLevel, 'warn');
    assert.equal(parseConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(parseConfig({ TRUST_PROXY: '0' }).trustProxy, false);
    assert.equal(parseConfig({ DATABASE_URL: 'postgresql://localhost/rt' }).databaseUrl, 'postgresql://localhost/rt');
  });

  const bad: [string, string][] = [
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['BASE_URL', 'localhost:3000'],
    ['BASE_URL', 'ftp://files.example.org'],
    ['DATABASE_URL', 'mysql://localhost/rt'],
    ['DATABASE_URL', 'not a url'],
    ['SMTP_URL', 'http://smtp.example.org'],
    ['LOG_LEVEL', 'verbose'],
    ['LOG_LEVEL', 'DEBUG'],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', 'everyone'],
    ['TRUST_PROXY', 'cafe'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['REPORT_THRESHOLD', '0'],
    ['REPORT_THRESHOLD', 'three'],
    ['NOTIFY_DELAY_SECONDS', 'soon'],
  ];
  for (const [variable, value] of bad) {
    test(`${variable}=${value} stops start-up with a message naming ${variable}`, () => {
      const err = configError({ [variable]: value });
      assert.equal(err.variable, variable);
      assert.ok(err.message.startsWith(`${variable} must `), err.message);
      // URLs are quoted by scheme only: a database address can carry a password.
      if (variable.endsWith('_URL')) {
        // A URL is never echoed whole: a database or mail address can carry a password.
        const said = URL.canParse(value) ? `it starts "${new URL(value).protocol}"` : 'could not be read as one';
        assert.ok(err.message.includes(said), err.message);
        assert.ok(!err.message.includes(value), `the message does not repeat the value: ${err.message}`);
      } else {
        assert.ok(err.message.includes(`"${value}"`), `the message quotes the bad value: ${err.message}`);
      }
    });
  }

  // A value the config accepts but Fastify refuses would crash start-up without naming the variable.
  for (const value of [
    'abc',
    '2',
    'cafe',
    '10.0.0.0/99',
    '10.0.0.0/255.0.255.0',
    '127.0.0.1,',
    '1.2.3.4/8/8',
    'loopback',
    '::1/128',
    '10.0.0.0/8, 127.0.0.1',
  ]) {
    test(`TRUST_PROXY=${value} is either refused naming TRUST_PROXY or accepted by the server`, async () => {
      let trustProxy: boolean | string;
      try {
        trustProxy = parseConfig({ TRUST_PROXY: value }).trustProxy;
      } catch (err) {
        assert.ok(err instanceof ConfigError && err.variable === 'TRUST_PROXY', String(err));
        return;
      }
      const app = Fastify({ trustProxy });
      await app.ready();
      await app.close();
    });
  }
});

describe('config messages', () => {
  test('a URL with the wrong scheme says which schemes are allowed', () => {
    assert.equal(configError({ BASE_URL: 'ftp://files.example.org' }).message, 'BASE_URL must start with http:// or https:// (it starts "ftp:")');
    assert.equal(
      configError({ DATABASE_URL: 'mysql://u:secret@db/rt' }).message,
      'DATABASE_URL must start with postgres:// or postgresql:// (it starts "mysql:")',
    );
  });

  test('a bad DATABASE_URL scheme does not print the password', () => {
    assert.doesNotMatch(configError({ DATABASE_URL: 'mysql://u:hunter2@db/rt' }).message, /hunter2/);
  });

  test('helplines come from HELPLINES_FILE for the country in HELP_COUNTRY; mistakes name the variable', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-help-'));
    try {
      const file = path.join(dir, 'helplines.json');
      const helpline = { name: 'Local line', description: 'Any time.', phone: '+353 1 234 5678', lastChecked: '2026-11-01' };
      const directory = { name: 'A directory', url: 'https://directory.example', description: 'helplines elsewhere', lastChecked: '2026-11-01' };
      fs.writeFileSync(
        file,
        JSON.stringify({ countries: { IE: { name: 'Ireland', emergency: 'In an emergency, call 112.', helplines: [helpline] } }, directory }),
      );
      const help = parseConfig({ HELPLINES_FILE: file, HELP_COUNTRY: 'ie' }).help;
      assert.deepEqual(
        { country: help.country, name: help.countryName, first: help.helplines[0]?.name },
        { country: 'IE', name: 'Ireland', first: 'Local line' },
      );
      assert.match(configError({ HELPLINES_FILE: file }).message, /^HELP_COUNTRY has no helplines in .*: it lists IE \(got "GB"\)/);
      assert.match(configError({ HELP_COUNTRY: 'France' }).message, /^HELP_COUNTRY must be a two-letter country code/);
      assert.match(configError({ HELPLINES_FILE: path.join(dir, 'missing.json') }).message, /^HELPLINES_FILE could not be read/);
      fs.writeFileSync(
        file,
        JSON.stringify({ countries: { GB: { name: 'UK', emergency: 'Call 999.', helplines: [{ ...helpline, lastChecked: 'recently' }] } }, directory }),
      );
      assert.match(configError({ HELPLINES_FILE: file }).message, /^HELPLINES_FILE is not a valid helplines file: .*lastChecked must be a date/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
