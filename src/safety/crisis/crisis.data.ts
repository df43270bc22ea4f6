// The labelled answers in data/: JSONL, one {text, label, note?} a line (data/README.md says who wrote each file).
// train/ is what the model learns from; heldout/ and eval/ are only ever measured. The server reads none of them:
// it loads the weights file that train.ts made (crisis.weights.ts).
import path from 'node:path';
import { readLabelled } from '../labelled-data.ts';
import { type CrisisExample, crisisLabels, isCrisisLabel } from './crisis.labels.ts';

export const dataDir = path.join(import.meta.dirname, 'data');

/** The training files, in the order the model sees them: the order changes the weights. */
export const trainingSets = [
  'development',
  'everyday',
  'hard',
  'long',
  'ordinary',
  'others',
  'people',
  'posts',
  'replies',
  'practitioners',
  'voices',
  'cymraeg',
  'cymraeg-posts',
  'cymraeg-lleisiau',
  'cymraeg-atebion',
  'cymraeg-negeseuon',
  'cymraeg-bywydau',
  'cymraeg-delweddau',
  'cymraeg-bwrdd',
] as const;

/** The Welsh ones (SG-1a), named cymraeg…: only the Welsh model learns from them (crisis.model.ts CrisisModels). */
export const welshTrainingSets: ReadonlySet<string> = new Set(trainingSets.filter((name) => name.startsWith('cymraeg')));

export const trainingFiles: readonly string[] = trainingSets.map((name) => path.join(dataDir, 'train', `${name}.jsonl`));

/** One data file, by its path under data/ ('heldout/corpus1.jsonl'); a line that is not a labelled answer throws. */
export function readData(relative: string): CrisisExample[] {
  return readExamples(path.join(dataDir, relative));
}

export function readExamples(file: string): CrisisExample[] {
  return readLabelled(file, { is: isCrisisLabel, expected: `one of ${crisisLabels.join(', ')}` });
}

/** Each training file's answers, by name, in training order. */
export function readTrainingSets(): { name: string; examples: CrisisExample[] }[] {
  return trainingSets.map((name, i) => ({ name, examples: readExamples(trainingFiles[i]!) }));
}

/** Every training answer, in training order: those of the English files, and those of the Welsh ones. */
export function readTrainingExamples(): { english: CrisisExample[]; welsh: CrisisExample[] } {
  const sets = readTrainingSets();
  return {
    english: sets.filter((s) => !welshTrainingSets.has(s.name)).flatMap((s) => s.examples),
    welsh: sets.filter((s) => welshTrainingSets.has(s.name)).flatMap((s) => s.examples),
  };
}
