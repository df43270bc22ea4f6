// Trains the crisis model and saves it in node_modules/.cache/roundtable/ (run by `npm install`).
// Run: node --import tsx src/safety/crisis.train.ts
import { trainingCorpus } from './corpus/index.ts';
import { crisisModel, modelFile } from './crisis.trained.ts';

const t0 = performance.now();
crisisModel();
console.log(`Crisis model ready: ${trainingCorpus.length} labelled answers, ${Math.round(performance.now() - t0)} ms, ${modelFile()}`);
