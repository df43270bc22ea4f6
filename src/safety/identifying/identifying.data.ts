// The labelled answers in data/: JSONL, one {text, label, note?} a line, where label is the list of kinds of
// identifying detail the answer holds ([] for none); data/README.md says who wrote each file. Tests and the
// benchmark read them; the detector does not.
import path from 'node:path';
import { readLabelled } from '../labelled-data.ts';
import { type IdentifyingKind, identifyingLabels } from './identifying.kinds.ts';

export interface IdentifyingExample {
  text: string;
  /** The kinds an answer contains; [] means nothing identifying. */
  kinds: IdentifyingKind[];
  /** Which group its writer put it in, where they marked groups. */
  note?: string;
}

export const dataDir = path.join(import.meta.dirname, 'data');

const isKind = (value: unknown): value is IdentifyingKind => typeof value === 'string' && Object.hasOwn(identifyingLabels, value);

/** One data file, by its path under data/ ('heldout/corpus.jsonl'); a line that is not a labelled answer throws. */
export function readData(relative: string): IdentifyingExample[] {
  return readExamples(path.join(dataDir, relative));
}

export function readExamples(file: string): IdentifyingExample[] {
  const kinds = Object.keys(identifyingLabels).join(', ');
  const isKindList = (value: unknown): value is IdentifyingKind[] => Array.isArray(value) && value.every(isKind);
  return readLabelled(file, { is: isKindList, expected: `a list of ${kinds}` }).map(({ label, ...rest }) => ({ ...rest, kinds: label }));
}
