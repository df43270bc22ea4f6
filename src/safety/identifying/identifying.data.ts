// The labelled answers in data/: JSONL, one {text, label, note?} a line, where label is the list of kinds of
// identifying detail the answer holds ([] for none); data/README.md says who wrote each file. Tests and the
// benchmark read them; the detector does not.
import fs from 'node:fs';
import path from 'node:path';
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
  const examples: IdentifyingExample[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${path.relative(process.cwd(), file)}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new Error(`${where}: not JSON (${(err as Error).message})`);
      }
      const { text, label, note, ...rest } = (value ?? {}) as Record<string, unknown>;
      if (typeof text !== 'string' || text === '') throw new Error(`${where}: "text" must be a non-empty string`);
      if (!Array.isArray(label) || !label.every(isKind))
        throw new Error(`${where}: label ${JSON.stringify(label)} must be a list of ${Object.keys(identifyingLabels).join(', ')}`);
      if (note !== undefined && typeof note !== 'string') throw new Error(`${where}: "note" must be a string`);
      if (Object.keys(rest).length > 0) throw new Error(`${where}: unexpected ${Object.keys(rest).join(', ')}`);
      examples.push(note === undefined ? { text, kinds: label } : { text, kinds: label, note });
    });
  return examples;
}
