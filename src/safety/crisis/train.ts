// `npm run train` (also run by `npm install`): trains the crisis model on data/train/ and writes the weights file
// with its key (crisis.weights.ts). Nothing to do when the file's key is already that of the current data and code.
//   node --import tsx src/safety/crisis/train.ts [--force] [--out <file>]
import path from 'node:path';
import { readWeightsKey, trainFromData, weightsFile, weightsKey, writeWeights } from './crisis.weights.ts';

const args = process.argv.slice(2);
const out = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1] ?? '') : weightsFile;

if (!args.includes('--force') && readWeightsKey(out) === weightsKey()) {
  console.log(`Crisis model up to date: ${out}`);
} else {
  const t0 = performance.now();
  const { key, models, examples } = trainFromData();
  try {
    writeWeights(out, key, models);
    console.log(`Crisis model trained: ${examples} labelled answers, ${Math.round(performance.now() - t0)} ms, ${out} (key ${key.slice(0, 16)})`);
  } catch (err) {
    // as before the key moved into the file, an install that cannot be written to still installs: the server trains at start
    console.warn(`Crisis model trained but not saved (${(err as Error).message}): the server will train it when it starts.`);
  }
}
