// SG-4 figures: how well findIdentifying finds identifying details, and how long it takes.
//   node --import tsx bench/safety-identifying.ts
// For the development corpus and the held-out one (written separately, never tuned
// on; its items are never printed): per-kind recall, false positives on negative items, and
// microseconds per item, mean and p99. Each item is timed over a batch of repeats, in several
// rounds, keeping its best round so load from other processes on the machine does not count.
import { type IdentifyingExample, readData } from '../src/safety/identifying/identifying.data.ts';
import { formatIdentifyingFigures, identifyingFigures } from '../src/safety/identifying/identifying.figures.ts';
import { findIdentifying } from '../src/safety/identifying/identifying.ts';
import { percentile } from './stats.ts';

const identifyingCorpus = readData('train/development.jsonl');
const identifyingHeldout = readData('heldout/corpus.jsonl');

const repeats = 50;
const rounds = 7;

function timeItems(corpus: IdentifyingExample[]): { meanUs: number; p99Us: number; maxUs: number } {
  for (let r = 0; r < 3; r++) for (const item of corpus) findIdentifying(item.text);
  const best = corpus.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    corpus.forEach((item, i) => {
      const started = performance.now();
      for (let k = 0; k < repeats; k++) findIdentifying(item.text);
      best[i] = Math.min(best[i]!, ((performance.now() - started) * 1000) / repeats);
    });
  }
  const sorted = [...best].sort((a, b) => a - b);
  return { meanUs: sorted.reduce((a, b) => a + b, 0) / sorted.length, p99Us: percentile(sorted, 99), maxUs: sorted[sorted.length - 1]! };
}

function report(title: string, corpus: IdentifyingExample[], showItems: boolean): void {
  console.log(formatIdentifyingFigures(title, identifyingFigures(corpus), showItems ? corpus : undefined));
  const t = timeItems(corpus);
  console.log(`  time per item: mean ${t.meanUs.toFixed(1)} µs, p99 ${t.p99Us.toFixed(1)} µs, max ${t.maxUs.toFixed(1)} µs\n`);
}

report('development corpus', identifyingCorpus, true);

report('held-out corpus', identifyingHeldout, false);

// A long answer: the form allows about 2,000 characters and the browser re-checks as someone types.
const long = identifyingCorpus
  .map((i) => i.text)
  .join(' ')
  .slice(0, 2000);
const t = timeItems([{ text: long, kinds: [] }]);
console.log(`2,000-character answer dense with details: ${t.meanUs.toFixed(0)} µs`);
