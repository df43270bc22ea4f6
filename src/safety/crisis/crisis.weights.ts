// The trained crisis model's weights file, node_modules/.cache/roundtable/crisis-weights.bin. train.ts makes it
// from data/train/ (`npm install` runs it; so does `npm run train`); the server reads it and opens no data file.
//
// The file is one line of JSON (format, key, labels, dim, models), then for each model (the English one, then the
// Welsh one: crisis.model.ts CrisisModels) its biases and its weights as float32. The key is
// a hash of the training files and of the code that decides what weights they give; it is made when training,
// and crisis.weights.test.ts fails when the shipped file's key is not the key of the current data and code.
// The server does not check the key (that would mean reading the data): it uses any file of the right shape.
// No file, or one of another shape: the process trains the model now from data/train/ (seconds) and saves it
// for next time; an install it cannot write to keeps the model in memory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readTrainingExamples, trainingFiles } from './crisis.data.ts';
import { crisisLabels } from './crisis.labels.ts';
import { type CrisisModel, type CrisisModels, modelDim, trainModels } from './crisis.model.ts';

const cacheDir = path.join(import.meta.dirname, '../../../node_modules/.cache/roundtable');
export const weightsFile = path.join(cacheDir, 'crisis-weights.bin');
const format = 'roundtable-crisis-weights/3';
const modelNames = ['english', 'welsh'] as const;

/** The code whose changes make old weights wrong: features, word lists, labels, augmentation, reading, training, this format. */
const modelSources = [
  'crisis.model.ts',
  'crisis.welsh.ts',
  'crisis.phrases.ts',
  'crisis.concepts.ts',
  'crisis.augment.ts',
  'crisis.labels.ts',
  'crisis.data.ts',
  'crisis.weights.ts',
  '../labelled-data.ts',
  '../../prng.ts',
].map((f) => path.join(import.meta.dirname, f));

/** The key of the current training files and model code. Reads the training data: only training and tests call it. */
export function weightsKey(): string {
  const hash = crypto.createHash('sha256');
  for (const file of [...trainingFiles, ...modelSources]) hash.update(`${path.relative(import.meta.dirname, file)}\0`).update(fs.readFileSync(file));
  return hash.digest('hex');
}

/** Trains both models on the training answers, augmented (crisis.augment.ts); the key says what they were trained on. */
export function trainFromData(): { key: string; models: CrisisModels; examples: number } {
  const key = weightsKey();
  const { english, welsh } = readTrainingExamples();
  return { key, models: trainModels(english, welsh), examples: english.length + welsh.length };
}

interface Header {
  format: string;
  key: string;
  labels: readonly string[];
  dim: number;
  models: readonly string[];
}

function parseHeader(buf: Buffer): { header: Header; end: number } | null {
  const end = buf.indexOf(10);
  if (end < 0) return null;
  try {
    const header = JSON.parse(buf.subarray(0, end).toString('utf8')) as Header;
    const fits =
      header.format === format &&
      header.dim === modelDim &&
      JSON.stringify(header.labels) === JSON.stringify(crisisLabels) &&
      JSON.stringify(header.models) === JSON.stringify(modelNames);
    return fits && typeof header.key === 'string' ? { header, end: end + 1 } : null;
  } catch {
    return null;
  }
}

/** Opens a weights file and reads its first line: the header, and where the numbers start; null when there is no file of this format. */
function openWeights(file: string): { fd: number; header: Header; end: number } | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(4096);
    const parsed = parseHeader(buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0)));
    if (parsed) return { fd, ...parsed };
  } catch {
    // no file, or not one of ours: null below
  }
  if (fd !== undefined) fs.closeSync(fd);
  return null;
}

/** The key written in a weights file, reading only its first line; null when there is no file of this format. */
export function readWeightsKey(file: string = weightsFile): string | null {
  const opened = openWeights(file);
  if (!opened) return null;
  fs.closeSync(opened.fd);
  return opened.header.key;
}

export function readWeights(file: string = weightsFile): { key: string; models: CrisisModels } | null {
  const opened = openWeights(file);
  if (!opened) return null;
  try {
    const k = crisisLabels.length;
    const size = k * (1 + modelDim);
    const all = new Float32Array(modelNames.length * size);
    // Read straight into the numbers' own memory (the header's length leaves them unaligned in the file):
    // the server holds one copy of the 2 × 8 MB, not two.
    const into = new Uint8Array(all.buffer);
    if (fs.fstatSync(opened.fd).size - opened.end !== into.byteLength) return null;
    for (let read = 0; read < into.byteLength; ) {
      const n = fs.readSync(opened.fd, into, read, into.byteLength - read, opened.end + read);
      if (n === 0) return null;
      read += n;
    }
    const model = (i: number): CrisisModel => ({ bias: all.subarray(i * size, i * size + k), weights: all.subarray(i * size + k, (i + 1) * size) });
    return { key: opened.header.key, models: { english: model(0), welsh: model(1) } };
  } catch {
    return null;
  } finally {
    fs.closeSync(opened.fd);
  }
}

const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Writes the weights with their key, whole or not at all; throws when the file cannot be written. */
export function writeWeights(file: string, key: string, models: CrisisModels): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const header: Header = { format, key, labels: crisisLabels, dim: modelDim, models: modelNames };
  const tmp = `${file}.${process.pid}.tmp`;
  const numbers = modelNames.flatMap((name) => [bytes(models[name].bias), bytes(models[name].weights)]);
  fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...numbers]));
  fs.renameSync(tmp, file);
  // weights from before the key moved into the file were named by their key
  if (file === weightsFile)
    for (const old of fs.readdirSync(cacheDir)) if (old.startsWith('crisis-model-')) fs.rmSync(path.join(cacheDir, old), { force: true });
}

let loaded: CrisisModels | null = null;

/** The shipped models: read from the weights file, or, when there is none, trained now and saved for next time. */
export function crisisModel(): CrisisModels {
  if (loaded) return loaded;
  loaded = readWeights()?.models ?? null;
  if (!loaded) {
    const trained = trainFromData();
    loaded = trained.models;
    try {
      writeWeights(weightsFile, trained.key, trained.models);
    } catch {
      // a read-only install still works: the model is kept in memory
    }
  }
  return loaded;
}

/**
 * At start: when there is no weights file (an install that skipped npm's postinstall), trains the models now, a few
 * seconds, rather than while the first answer waits. An existing file is read with the first answer instead: the
 * 16 MiB of weights are held only by an instance that receives answers.
 */
export function prepareCrisisModel(): void {
  if (!loaded && readWeightsKey() === null) crisisModel();
}
