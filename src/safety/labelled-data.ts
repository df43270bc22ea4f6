// Labelled answers as data: JSONL files with one {text, label, note?} a line, read by the crisis and identifying
// tests, benchmarks and training. A line of any other shape stops the reader with its file and line number.
import fs from 'node:fs';
import path from 'node:path';

export interface LabelledLine<L> {
  text: string;
  label: L;
  /** Which group its writer put it in, where they marked groups. */
  note?: string;
}

/** What a label must be: the check, and how to say it in an error ("one of first-person, method, …"). */
export interface LabelRule<L> {
  is(value: unknown): value is L;
  expected: string;
}

export function readLabelled<L>(file: string, rule: LabelRule<L>): LabelledLine<L>[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      const where = `${path.relative(process.cwd(), file)}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new Error(`${where}: not JSON (${(err as Error).message})`);
      }
      const { text, label, note, ...rest } = (value ?? {}) as Record<string, unknown>;
      if (typeof text !== 'string' || text === '') throw new Error(`${where}: "text" must be a non-empty string`);
      if (!rule.is(label)) throw new Error(`${where}: label ${JSON.stringify(label)} is not ${rule.expected}`);
      if (note !== undefined && typeof note !== 'string') throw new Error(`${where}: "note" must be a string`);
      if (Object.keys(rest).length > 0) throw new Error(`${where}: unexpected ${Object.keys(rest).join(', ')}`);
      return [note === undefined ? { text, label } : { text, label, note }];
    });
}
