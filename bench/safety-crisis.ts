// SG-1 crisis detection: how well it holds crises and leaves everything else, and how long it takes.
// Run: node --import tsx bench/safety-crisis.ts   (about two minutes: it trains one model per corpus and fold)
//
// 1. Leave-one-corpus-out cross-validation: each English training corpus (src/safety/crisis/data/train/, written
//    separately) is judged by a model trained on all the other English ones, so the figures are for wording the
//    model has not seen. The rules were tuned on the development corpus, so their figures there are not fair and
//    are left out of the pooled rows for "rules" and "combined".
// 2. Welsh (SG-1a), as a corpus of its own: each Welsh file judged by the Welsh model trained on every English file
//    and the other Welsh files, then all Welsh items in five folds (trained on the English files and the other four
//    folds). The Welsh rules were written alongside these files, so their figures here are not fair either.
// 3. The held-out corpora, written without seeing the detector or its corpora and never tuned against, judged by
//    the models that ship (trained on every training corpus), Welsh included when data/heldout/cymraeg.jsonl is
//    there, the two methods evaluation corpora and the two Welsh everyday ones (data/eval/, not trained on). Their items
//    are never printed.
// 4. Time per answer.
import fs from 'node:fs';
import path from 'node:path';
import { augment } from '../src/safety/crisis/crisis.augment.ts';
import { dataDir, readData, readTrainingSets, welshTrainingSets } from '../src/safety/crisis/crisis.data.ts';
import { crisisFigures, formatComparison } from '../src/safety/crisis/crisis.figures.ts';
import type { CrisisExample } from '../src/safety/crisis/crisis.labels.ts';
import { type CrisisModel, type CrisisModels, heldProbability, languageOf, train } from '../src/safety/crisis/crisis.model.ts';
import { type CrisisFinding, detectByRules } from '../src/safety/crisis/crisis.rules.ts';
import { detectCrisis, detectCrisisWith, modelThreshold, modelVeto } from '../src/safety/crisis/crisis.ts';
import { percentile } from './stats.ts';

const sets = readTrainingSets();
const englishSources = Object.fromEntries(sets.filter((s) => !welshTrainingSets.has(s.name)).map((s) => [s.name, s.examples]));
const welshSources = Object.fromEntries(sets.filter((s) => welshTrainingSets.has(s.name)).map((s) => [s.name, s.examples]));
const allEnglish = Object.values(englishSources).flat();
const allWelsh = Object.values(welshSources).flat();
const trainingCount = allEnglish.length + allWelsh.length;

type Detect = (text: string) => CrisisFinding | null;
type Column = 'rules' | 'model' | 'combined';
const byModel =
  (models: CrisisModels): Detect =>
  (text) =>
    heldProbability(models[languageOf(text)], text).held >= modelThreshold ? { kind: 'at-risk', start: 0, end: text.length } : null;
const detectors = (models: CrisisModels): Record<Column, Detect> => ({
  rules: detectByRules,
  model: byModel(models),
  combined: (t) => detectCrisisWith(models, t),
});
const columns = (corpus: readonly CrisisExample[], d: Record<Column, Detect>) =>
  Object.entries(d).map(([name, detect]) => ({ name, figures: crisisFigures(corpus, detect) }));

/** Figures pooled over several corpora, from what each detector found on each item. */
class Pool {
  corpus: CrisisExample[] = [];
  found = new Map<CrisisExample, boolean>();
  add(corpus: readonly CrisisExample[], detect: Detect) {
    for (const item of corpus) {
      this.corpus.push(item);
      this.found.set(item, Boolean(detect(item.text)));
    }
  }
  figures() {
    const byText = new Map(this.corpus.map((x) => [x.text, this.found.get(x)]));
    return crisisFigures(this.corpus, (t) => (byText.get(t) ? { kind: 'at-risk', start: 0, end: 0 } : null));
  }
}
const pools = () => ({ rules: new Pool(), model: new Pool(), combined: new Pool() }) satisfies Record<Column, Pool>;
const pooledColumns = (p: Record<Column, Pool>) => (['rules', 'model', 'combined'] as const).map((n) => ({ name: n, figures: p[n].figures() }));

console.log(
  `Held when the model's probability ≥ ${modelThreshold}, or the rules find it and the model's is ≥ ${modelVeto} (Welsh answers: the Welsh model and rules).\n`,
);

// 1. English cross-validation: the English model never sees a Welsh item
const english = pools();
for (const [name, corpus] of Object.entries(englishSources)) {
  const rest = Object.entries(englishSources)
    .filter(([other]) => other !== name)
    .flatMap(([, c]) => c);
  const t0 = performance.now();
  const englishModel = train(augment(rest));
  const ms = performance.now() - t0;
  // an English corpus item that reads as Welsh would go to a Welsh model trained without this corpus
  const welshModel: CrisisModel = corpus.some((x) => languageOf(x.text) === 'welsh') ? train(augment([...rest, ...allWelsh])) : englishModel;
  const d = detectors({ english: englishModel, welsh: welshModel });
  console.log(formatComparison(`Corpus "${name}", model trained on the other ${rest.length} English items in ${(ms / 1000).toFixed(1)} s`, columns(corpus, d)));
  for (const n of ['rules', 'model', 'combined'] as const) if (n === 'model' || name !== 'development') english[n].add(corpus, d[n]);
}
console.log(`\n${formatComparison('Cross-validation pooled over every English corpus (rules and combined: all but development)', pooledColumns(english))}`);

// 2. Welsh cross-validation
const englishModel = train(augment(allEnglish));
const welsh = pools();
for (const [name, corpus] of Object.entries(welshSources)) {
  const rest = Object.entries(welshSources)
    .filter(([other]) => other !== name)
    .flatMap(([, c]) => c);
  const d = detectors({ english: englishModel, welsh: train(augment([...allEnglish, ...rest])) });
  console.log(
    `\n${formatComparison(`Welsh corpus "${name}", Welsh model trained on the English items and the other ${rest.length} Welsh ones`, columns(corpus, d))}`,
  );
  for (const n of ['rules', 'model', 'combined'] as const) welsh[n].add(corpus, d[n]);
}
console.log(`\n${formatComparison('Welsh cross-validation pooled over the Welsh files (each file left out in turn)', pooledColumns(welsh))}`);
const folds = 5;
const welshFolds = pools();
for (let k = 0; k < folds; k++) {
  const test = allWelsh.filter((_, i) => i % folds === k);
  const d = detectors({ english: englishModel, welsh: train(augment([...allEnglish, ...allWelsh.filter((_, i) => i % folds !== k)])) });
  for (const n of ['rules', 'model', 'combined'] as const) welshFolds[n].add(test, d[n]);
}
console.log(`\n${formatComparison(`Welsh ${folds}-fold cross-validation over every Welsh file (each fold left out in turn)`, pooledColumns(welshFolds))}`);

// 3. held-out corpora, with the shipped models
const welshHeldout = path.join(dataDir, 'heldout', 'cymraeg.jsonl');
const heldout: [string, CrisisExample[]][] = [
  ['Held-out corpus 1', readData('heldout/corpus1.jsonl')],
  ['Held-out corpus 2', readData('heldout/corpus2.jsonl')],
];
if (fs.existsSync(welshHeldout)) heldout.push(['Welsh held-out corpus', readData('heldout/cymraeg.jsonl')]);
for (const [title, corpus] of [
  ...heldout,
  ['Methods evaluation corpus 1', readData('eval/methods1.jsonl')],
  ['Methods evaluation corpus 2', readData('eval/methods2.jsonl')],
  // ordinary Welsh board talk, all of it: how often an everyday Welsh answer is taken for a crisis
  ['Welsh everyday corpus 1 (cymraeg-bob-dydd)', readData('eval/cymraeg-bob-dydd.jsonl')],
  ['Welsh everyday corpus 2 (cymraeg-sgwrs)', readData('eval/cymraeg-sgwrs.jsonl')],
] as const) {
  const cols = [
    { name: 'rules', figures: crisisFigures(corpus, detectByRules) },
    { name: 'combined', figures: crisisFigures(corpus, detectCrisis) },
  ];
  console.log(`\n${formatComparison(`${title}, shipped models (trained on ${trainingCount} items)`, cols)}`);
}
if (!fs.existsSync(welshHeldout)) console.log(`\nWelsh held-out corpus: ${path.relative(process.cwd(), welshHeldout)} is not there yet.`);

// 4. time per answer
const long = `${allEnglish
  .filter((x) => x.label === 'ordinary')
  .map((x) => x.text)
  .join(' ')
  .slice(0, 1900)} I don't want to be here any more.`;
const texts = [...allEnglish.slice(0, 900).map((x) => x.text), ...allWelsh.slice(0, 100).map((x) => x.text), long];
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
