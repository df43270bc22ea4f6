// SG-1 crisis detection: figures on the development and held-out corpora, and time per item.
// Run: node --import tsx bench/safety-crisis.ts
import fs from 'node:fs';
import { crisisCorpus, type CrisisExample } from '../src/safety/crisis.corpus.ts';
import { crisisFigures, formatCrisisFigures } from '../src/safety/crisis.figures.ts';
import { detectCrisis } from '../src/safety/crisis.ts';

console.log(formatCrisisFigures('SG-1 crisis detection, development corpus', crisisFigures(crisisCorpus)));
let all: CrisisExample[] = crisisCorpus;
const heldFile = new URL('../src/safety/crisis.heldout.ts', import.meta.url);
if (fs.existsSync(heldFile)) {
  const mod = (await import(heldFile.href)) as Record<string, unknown>;
  const held = Object.values(mod).find((v): v is CrisisExample[] => Array.isArray(v));
  if (held) {
    console.log(formatCrisisFigures('SG-1 crisis detection, held-out corpus', crisisFigures(held)));
    all = [...crisisCorpus, ...held];
  }
}

// a long answer (~500 characters) made of ordinary sentences with a crisis sentence at the end
const long = `${all.filter((x) => x.label === 'ordinary').map((x) => x.text).join(' ').slice(0, 440)} I don't want to be here any more.`;
const texts = [...all.map((x) => x.text), long];
for (let i = 0; i < 3; i++) for (const t of texts) detectCrisis(t); // warm up

const reps = 30;
const samples: number[] = [];
for (let r = 0; r < reps; r++) {
  for (const t of texts) {
    const t0 = process.hrtime.bigint();
    detectCrisis(t);
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
}
samples.sort((a, b) => a - b);
const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
const p99 = samples[Math.floor(samples.length * 0.99)]!;
let longMean = 0;
for (let r = 0; r < 2000; r++) {
  const t0 = process.hrtime.bigint();
  detectCrisis(long);
  longMean += Number(process.hrtime.bigint() - t0) / 1000;
}
console.log(`timing: ${samples.length} calls over ${texts.length} items × ${reps}; mean ${mean.toFixed(1)} µs, p99 ${p99.toFixed(1)} µs per item`);
console.log(`timing: ${long.length}-character answer, mean ${(longMean / 2000).toFixed(1)} µs`);
