// SG-1 crisis hold: does an answer suggest that its AUTHOR may be at risk now, or describe methods?
//
// Two detectors (README.md says how and why they are combined):
// - rules (crisis.rules.ts, word lists in crisis.phrases.ts and crisis.concepts.ts; Welsh: crisis.welsh-rules.ts):
//   phrases, person, negation, reported speech, past and figures of speech;
// - a trained model (crisis.model.ts, trained on data/train/, loaded by crisis.weights.ts): catches wording the
//   rules never listed, and knows when a phrase the rules found is someone else's, past, or a joke. There are two
//   (SG-1a): English answers are judged by one trained on the English files, Welsh ones by one trained on all.
// An answer is held when the model's probability reaches `modelThreshold`, or when the rules find it and the
// model does not all but rule it out (below `modelVeto`). Both numbers were chosen by cross-validation
// (bench/safety-crisis.ts prints the figures).
// The finding names the sentence to highlight: the rules' sentence, or the one the model scores highest.
import { type CrisisModels, heldProbability, languageOf } from './crisis.model.ts';
import { type CrisisFinding, detectByRules, splitSentences } from './crisis.rules.ts';
import { crisisModel } from './crisis.weights.ts';

export type { CrisisFinding, CrisisKind } from './crisis.rules.ts';

// The same for Welsh: at 0.4 its first-person recall in cross-validation rose (0.93 to 0.95 in folds, 0.90 to 0.93
// file by file), but third-person false holds rose to 0.07 when a Welsh file was left out.
export const modelThreshold = 0.5;
export const modelVeto = 0.1;

export function detectCrisis(text: string): CrisisFinding | null {
  return detectCrisisWith(crisisModel(), text);
}

/** detectCrisis with given models (cross-validation trains them per fold); a Welsh answer is judged by the Welsh one. */
export function detectCrisisWith(models: CrisisModels, text: string): CrisisFinding | null {
  if (!text?.trim()) return null;
  const model = models[languageOf(text)];
  const p = heldProbability(model, text);
  // Below the veto the rules' finding would be overruled and the model alone does not hold it: most answers stop
  // here, and the same findings come without running the rules (which took over half the check's time).
  if (p.held < modelVeto) return null;
  const byRules = detectByRules(text);
  if (byRules) return byRules;
  if (p.held < modelThreshold) return null;
  const kind = p.method > p.held - p.method ? 'method' : 'at-risk';
  const sentences = splitSentences(text);
  let best = sentences[0] ?? { start: 0, end: text.length };
  let bestScore = -1;
  if (sentences.length > 1) {
    for (const s of sentences) {
      const score = heldProbability(model, text.slice(s.start, s.end)).held;
      if (score > bestScore) [best, bestScore] = [s, score];
    }
  }
  return { kind, start: best.start, end: best.end };
}
