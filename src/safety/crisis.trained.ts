// The trained crisis model, built once per corpus. Training takes seconds, so the weights are kept in
// node_modules/.cache/roundtable/ under a name made from the corpus and the code that turns text into
// features; `npm install` trains it (crisis.train.ts), and a process that finds no file trains it and saves it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { trainingCorpus } from './corpus/index.ts';
import { augment } from './crisis.augment.ts';
import { modelDim, modelLabels, train, type CrisisModel } from './crisis.model.ts';

/** The code whose changes make old weights wrong: the features, their normalisation, training, augmentation. */
const modelSources = ['crisis.model.ts', 'crisis.lexicon.ts', 'crisis.rules.ts', 'crisis.augment.ts'].map((f) => path.join(import.meta.dirname, f));
const cacheDir = path.join(import.meta.dirname, '../../node_modules/.cache/roundtable');

export function modelFile(): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(trainingCorpus));
  for (const f of modelSources) hash.update(fs.readFileSync(f));
  const key = hash.digest('hex').slice(0, 16);
  return path.join(cacheDir, `crisis-model-${key}.bin`);
}

function read(file: string): CrisisModel | null {
  try {
    const buf = fs.readFileSync(file);
    const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    const k = modelLabels.length;
    return all.length === k * (1 + modelDim) ? { bias: all.slice(0, k), weights: all.slice(k) } : null;
  } catch {
    return null;
  }
}

function write(file: string, model: CrisisModel): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(model.bias.buffer), Buffer.from(model.weights.buffer)]));
    fs.renameSync(tmp, file);
    for (const old of fs.readdirSync(cacheDir))
      if (old.startsWith('crisis-model-') && path.join(cacheDir, old) !== file) fs.rmSync(path.join(cacheDir, old), { force: true });
  } catch {
    // a read-only install still works: the model is kept in memory
  }
}

let loaded: CrisisModel | null = null;

/** The model for this corpus: from the cache file, or trained now (and saved for next time). */
export function crisisModel(): CrisisModel {
  if (loaded) return loaded;
  const file = modelFile();
  loaded = read(file);
  if (!loaded) {
    loaded = train(augment(trainingCorpus));
    write(file, loaded);
  }
  return loaded;
}
