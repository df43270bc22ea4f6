import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { dataDir, readData, readExamples, trainingFiles, trainingSets } from './crisis.data.ts';
import { readWeights, readWeightsKey, weightsFile, weightsKey } from './crisis.weights.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-weights-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

// Loaded before train.ts in the child process: records every path handed to node:fs, written out at exit.
const recorder = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const seen = new Set();
const wrap = (target, name) => {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function (p, ...rest) {
    if (typeof p === 'string' || p instanceof URL) seen.add(p instanceof URL ? p.pathname : p);
    return original.call(this, p, ...rest);
  };
};
for (const name of ['openSync', 'readFileSync', 'readdirSync', 'opendirSync', 'createReadStream', 'statSync', 'lstatSync', 'existsSync', 'accessSync', 'open', 'readFile', 'readdir', 'opendir', 'stat'])
  wrap(fs, name);
for (const name of ['open', 'readFile', 'readdir', 'opendir', 'stat']) wrap(fs.promises, name);
syncBuiltinESMExports();
process.on('exit', () => fs.writeFileSync(process.env.RECORD_OPENED, [...seen].join('\\n')));
`;

describe('crisis model weights', () => {
  test('the weights file carries the key of the current training data and model code (if not: npm run train)', () => {
    assert.ok(fs.existsSync(weightsFile), `no weights file at ${weightsFile}: run npm run train`);
    assert.equal(readWeightsKey(), weightsKey(), `the weights at ${weightsFile} are stale: run npm run train`);
  });

  test('training opens the training files and nothing under heldout/ or eval/, and gives the shipped weights', () => {
    const hook = path.join(tmp, 'record-opened.mjs');
    const opened = path.join(tmp, 'opened.txt');
    const out = path.join(tmp, 'weights.bin');
    fs.writeFileSync(hook, recorder);
    const result = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(hook).href, '--import', 'tsx', path.join(import.meta.dirname, 'train.ts'), '--force', '--out', out],
      { env: { ...process.env, RECORD_OPENED: opened }, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    const paths = fs
      .readFileSync(opened, 'utf8')
      .split('\n')
      .map((p) => path.resolve(p));
    for (const file of trainingFiles) assert.ok(paths.includes(file), `training did not open ${file}`);
    const outside = paths.filter((p) => p.startsWith(dataDir) && !p.startsWith(path.join(dataDir, 'train')));
    assert.deepEqual(outside, [], 'training opened data outside train/');
    assert.deepEqual(
      paths.filter((p) => /[\\/](heldout|eval)([\\/]|$)/.test(p)),
      [],
    );
    const trained = readWeights(out);
    const shipped = readWeights();
    assert.ok(trained && shipped);
    assert.equal(trained.key, weightsKey());
    const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    for (const name of ['english', 'welsh'] as const) {
      assert.ok(bytes(trained.models[name].weights).equals(bytes(shipped.models[name].weights)), `the same ${name} weights as the shipped file`);
      assert.ok(bytes(trained.models[name].bias).equals(bytes(shipped.models[name].bias)), `the same ${name} biases as the shipped file`);
    }
  });
});

describe('crisis data files', () => {
  test('every training file is in the training list, and every data file holds known labels', () => {
    const onDisk = fs.readdirSync(path.join(dataDir, 'train')).filter((f) => f.endsWith('.jsonl'));
    assert.deepEqual(onDisk.sort(), trainingSets.map((name) => `${name}.jsonl`).sort());
    for (const folder of ['train', 'heldout', 'eval']) {
      for (const file of fs.readdirSync(path.join(dataDir, folder)).filter((f) => f.endsWith('.jsonl'))) {
        assert.ok(readData(`${folder}/${file}`).length > 0, `${folder}/${file}`);
      }
    }
  });

  test('a label outside the list fails loudly, naming the file and line', () => {
    const file = path.join(tmp, 'bad.jsonl');
    fs.writeFileSync(file, '{"text":"I want to end it all.","label":"first-person"}\n{"text":"Fine.","label":"maybe"}\n');
    assert.throws(() => readExamples(file), /bad\.jsonl:2: label "maybe" is not one of first-person, method/);
    fs.writeFileSync(file, '{"text":"Fine.","label":"ordinary","kind":"x"}\n');
    assert.throws(() => readExamples(file), /bad\.jsonl:1: unexpected kind/);
  });
});
