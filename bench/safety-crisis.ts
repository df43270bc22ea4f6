// SG-1 crisis detection: how well it holds crises and leaves everything else, and how long it takes.
// Run: node --import tsx bench/safety-crisis.ts   (about a minute: it trains one model per corpus)
//
// 1. Leave-one-corpus-out cross-validation: each training corpus (src/safety/crisis/data/train/, written separately) is
//    judged by a model trained on all the others, so the figures are for wording the model has not seen.
//    The rules were tuned on the development corpus, so their figures there are not fair and are left out
//    of the pooled rows for "rules" and "combined".
// 2. The two held-out corpora, written without seeing the detector or its corpora and never tuned against,
//    judged by the model that ships (trained on every training corpus), and the two methods evaluation
//    corpora (data/eval/, not trained on). Their items are never printed.
// 3. Time per answer.
import { augment } from '../src/safety/crisis/crisis.augment.ts';
import { readData, readTrainingSets } from '../src/safety/crisis/crisis.data.ts';
import { crisisFigures, formatComparison } from '../src/safety/crisis/crisis.figures.ts';
import type { CrisisExample } from '../src/safety/crisis/crisis.labels.ts';
import { heldProbability, train, type CrisisModel } from '../src/safety/crisis/crisis.model.ts';
import { detectByRules, type CrisisFinding } from '../src/safety/crisis/crisis.rules.ts';
import { detectCrisis, detectCrisisWith, modelThreshold, modelVeto } from '../src/safety/crisis/crisis.ts';
import { percentile } from './stats.ts';

const trainingSources = Object.fromEntries(readTrainingSets().map((s) => [s.name, s.examples]));
const trainingCorpus = Object.values(trainingSources).flat();

type Detect = (text: string) => CrisisFinding | null;
const byModel =
  (model: CrisisModel): Detect =>
  (text) =>
    heldProbability(model, text).held >= modelThreshold ? { kind: 'at-risk', start: 0, end: text.length } : null;

console.log(`Held when the model's probability ≥ ${modelThreshold}, or the rules find it and the model's is ≥ ${modelVeto}.\n`);

// 1. cross-validation
const pooled: Record<'rules' | 'model' | 'combined', { corpus: CrisisExample[]; found: Map<string, boolean> }> = {
  rules: { corpus: [], found: new Map() },
  model: { corpus: [], found: new Map() },
  combined: { corpus: [], found: new Map() },
};
for (const [name, corpus] of Object.entries(trainingSources)) {
  const rest = Object.entries(trainingSources)
    .filter(([other]) => other !== name)
    .flatMap(([, c]) => c);
  const t0 = performance.now();
  const model = train(augment(rest));
  const ms = performance.now() - t0;
  const detectors: Record<keyof typeof pooled, Detect> = { rules: detectByRules, model: byModel(model), combined: (t) => detectCrisisWith(model, t) };
  const columns = Object.entries(detectors).map(([n, d]) => ({ name: n, figures: crisisFigures(corpus, d) }));
  console.log(formatComparison(`Corpus "${name}", model trained on the other ${rest.length} items in ${(ms / 1000).toFixed(1)} s`, columns));
  for (const [n, d] of Object.entries(detectors) as [keyof typeof pooled, Detect][]) {
    if (n !== 'model' && name === 'development') continue;
    for (const item of corpus) {
      pooled[n].corpus.push(item);
      pooled[n].found.set(item.text, Boolean(d(item.text)));
    }
  }
}
const pooledFigures = (n: keyof typeof pooled) =>
  crisisFigures(pooled[n].corpus, (t) => (pooled[n].found.get(t) ? { kind: 'at-risk', start: 0, end: 0 } : null));
console.log(
  '\n' +
    formatComparison(
      'Cross-validation pooled over every corpus (rules and combined: all but development)',
      (['rules', 'model', 'combined'] as const).map((n) => ({ name: n, figures: pooledFigures(n) })),
    ),
);

// 2. held-out corpora, with the shipped model
for (const [title, corpus] of [
  ['Held-out corpus 1', readData('heldout/corpus1.jsonl')],
  ['Held-out corpus 2', readData('heldout/corpus2.jsonl')],
  ['Methods evaluation corpus 1', readData('eval/methods1.jsonl')],
  ['Methods evaluation corpus 2', readData('eval/methods2.jsonl')],
] as const) {
  const columns = [
    { name: 'rules', figures: crisisFigures(corpus, detectByRules) },
    { name: 'combined', figures: crisisFigures(corpus, detectCrisis) },
  ];
  console.log(`\n${formatComparison(`${title}, shipped model (trained on ${trainingCorpus.length} items)`, columns)}`);
}

// 3. time per answer
const long = `${trainingCorpus
  .filter((x) => x.label === 'ordinary')
  .map((x) => x.text)
  .join(' ')
  .slice(0, 1900)} I don't want to be here any more.`;
const texts = [...trainingCorpus.slice(0, 1000).map((x) => x.text), long];
for (const t of texts) detectCrisis(t); // warm up
const samples: number[] = [];
for (const t of texts) {
  const t0 = process.hrtime.bigint();
  detectCrisis(t);
  samples.push(Number(process.hrtime.bigint() - t0) / 1000);
}
samples.sort((a, b) => a - b);
const t0 = process.hrtime.bigint();
for (let r = 0; r < 200; r++) detectCrisis(long);
console.log(`\nTime per answer over ${samples.length} answers: median ${percentile(samples, 50).toFixed(0)} µs, p99 ${percentile(samples, 99).toFixed(0)} µs`);
console.log(`A ${long.length}-character answer: ${(Number(process.hrtime.bigint() - t0) / 1000 / 200).toFixed(0)} µs`);
