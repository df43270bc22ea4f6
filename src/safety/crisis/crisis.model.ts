// SG-1 crisis detection, learned half: a multinomial logistic regression over hashed word n-grams, trained on
// the labelled answers in data/train/. The rules (crisis.rules.ts) know the phrases their authors
// thought of; this model generalises to wording nobody listed ("not sure I'll see christmas").
//
// Features of a normalised text (crisis.phrases.ts `normalise`, which also mends common misspellings):
// - the author's own words: 1-3-grams with start/end markers;
// - someone else's words, inside quotation marks or reported ("she said…", "a client posted…"): 1-2-grams
//   of their own, so "I want to die" quoted in advice is not the author saying it;
// - each own word with who its clause is about (the nearest I / you / he, she, they, a client… before it),
//   whether it is negated, and whether the answer speaks of a distant past ("years ago", "I'm well now").
// Each feature is hashed (FNV-1a) into DIM buckets; the model is one weight row per label. Training is SGD
// with AdaGrad step sizes and L2 shrinkage over a seeded order, so the same corpus gives the same weights.
// Choices (features, settings) were made by leave-one-corpus-out cross-validation: bench/safety-crisis.ts.
import { mulberry32 } from '../../prng.ts';
import { type CrisisExample, crisisLabels } from './crisis.labels.ts';
import { normalise } from './crisis.phrases.ts';

const K = crisisLabels.length;
const BITS = 18;
const DIM = 1 << BITS;
export const modelDim = DIM;

export interface CrisisModel {
  /** K × DIM weights, label-major */
  weights: Float32Array;
  bias: Float32Array;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (DIM - 1);
}

const WORD = /[a-z]+(?:'[a-z]+)?|\d+|[?!.,;:"]/g;
const FIRST = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself', 'mine']);
const OTHER = new Set([
  'he',
  "he's",
  "he'd",
  "he'll",
  'she',
  "she's",
  "she'd",
  "she'll",
  'they',
  "they're",
  "they've",
  "they'd",
  "they'll",
  'him',
  'her',
  'them',
  'his',
  'their',
  'himself',
  'herself',
  'themselves',
  'client',
  'clients',
  'patient',
  'patients',
  'resident',
  'residents',
  'someone',
  'somebody',
  'person',
  'people',
  'son',
  'daughter',
  'mum',
  'dad',
  'friend',
  'colleague',
  'pupil',
  'tenant',
  'partner',
  'brother',
  'sister',
  'husband',
  'wife',
  'user',
  'users',
  'child',
  'lad',
  'girl',
  'boy',
  'man',
  'woman',
  'anyone',
  'everyone',
]);
const SECOND = new Set(['you', "you're", "you've", "you'd", "you'll", 'your', 'yourself']);
const REPORTING =
  /^(?:says?|said|saying|posted|posts|posting|wrote|writes|writing|tweeted|texted|messaged|told|tells|telling|commented|replied|mentioned|put|shared|admitted|disclosed|threatened|hinted|talks|talked|talking|asked|asks|keeps|kept)$/;
const NEGATION = /^(?:not|never|no|nothing|nobody|n't|\w+n't)$/;
const CLAUSE = /^[.,;:?!]$|^(?:but|and|so|because|though|although|when|while)$/;
const DISTANT =
  /\b(?:years? ago|months ago|when i was|used to|back then|at the time|at my lowest|in my (?:teens|twenties|thirties)|as a (?:teenager|teen|student|kid|child)|these days|now i'm|i'm (?:well|fine|safe|okay|ok|better) now|recovery|recovered|got through)\b/;

/** Hashed feature indices of a text, each once (binary features), scaled later by 1/sqrt(count). */
export function features(text: string): Uint32Array {
  // single quotation marks become double ones, so quoted words can be told from the author's own
  const norm = normalise(text)
    .replace(/(^|[\s:(])'(?=\w)/g, '$1" ')
    .replace(/(?<=\w[.!?,]?)'(?=[\s.,!?;:)]|$)/g, ' "');
  // numbers stand for their kind, not their digits: "40 tablets" and "200 tablets" are alike, phone numbers are not doses
  const tokens = (norm.match(WORD) ?? []).map((t) => (/^\d/.test(t) ? (t.length > 4 ? '<long-number>' : '<number>') : t));
  const out = new Set<number>();
  // Words inside quotation marks, or reported after "she said", "a client posted"…, are someone else's words
  // being reported or discussed: they get features of their own.
  const own: string[] = ['<s>'];
  const quotedWords: string[] = [];
  let inQuote = false;
  let reported = false;
  let speaker = '0';
  for (const t of tokens) {
    if (t === '"') {
      inQuote = !inQuote;
      own.push('<q>');
      continue;
    }
    if (/^[.?!;]$/.test(t)) {
      reported = false;
      speaker = '0';
    }
    if (/^[.,;:]$/.test(t)) continue;
    if (inQuote || reported) {
      quotedWords.push(t);
      continue;
    }
    own.push(t);
    if (FIRST.has(t)) speaker = '1';
    else if (OTHER.has(t)) speaker = '3';
    if (speaker === '3' && REPORTING.test(t)) {
      reported = true;
      own.push('<r>');
    }
  }
  own.push('</s>');
  for (let i = 0; i < own.length; i++) {
    if (i > 0 && i < own.length - 1) out.add(hash(`w:${own[i]}`));
    if (i + 1 < own.length) out.add(hash(`b:${own[i]} ${own[i + 1]}`));
    if (i + 2 < own.length) out.add(hash(`t:${own[i]} ${own[i + 1]} ${own[i + 2]}`));
  }
  for (let i = 0; i < quotedWords.length; i++) {
    out.add(hash(`q:${quotedWords[i]}`));
    if (i + 1 < quotedWords.length) out.add(hash(`qb:${quotedWords[i]} ${quotedWords[i + 1]}`));
  }
  // Context of each word: who the clause is about (the nearest person before it), whether it is negated,
  // and whether the answer speaks of a distant past.
  const distant = DISTANT.test(norm);
  let person = '0';
  let negated = false;
  let quoted = false;
  for (const t of tokens) {
    if (t === '"') quoted = !quoted;
    if (CLAUSE.test(t)) negated = false;
    if (/^[.?!;]$/.test(t)) person = '0';
    if (quoted) continue;
    if (FIRST.has(t)) person = '1';
    else if (OTHER.has(t)) person = '3';
    else if (SECOND.has(t)) person = '2';
    if (NEGATION.test(t)) {
      negated = true;
      continue;
    }
    if (/^[.,;:?!"]$/.test(t)) continue;
    out.add(hash(`p${person}:${t}`));
    if (negated) out.add(hash(`n:${t}`));
    if (distant) out.add(hash(`d:${t}`));
  }
  return Uint32Array.from(out);
}

/** Probability of each label (in crisisLabels order). */
export function predict(model: CrisisModel, feats: Uint32Array): Float64Array {
  const scale = 1 / Math.sqrt(feats.length || 1);
  const z = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const row = k * DIM;
    let s = model.bias[k]!;
    for (const f of feats) s += model.weights[row + f]! * scale;
    z[k] = s;
  }
  const max = Math.max(...z);
  let sum = 0;
  for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < K; k++) z[k]! /= sum;
  return z;
}

export function train(corpus: readonly CrisisExample[], options: TrainOptions = {}): CrisisModel {
  const { epochs = 12, rate = 0.5, l2 = 1e-6, seed = 1 } = options;
  const weights = new Float32Array(K * DIM);
  const bias = new Float32Array(K);
  const g2 = new Float32Array(K * DIM);
  const model = { weights, bias };
  const items = corpus.map((x) => ({ feats: features(x.text), y: crisisLabels.indexOf(x.label) }));
  const order = items.map((_, i) => i);
  const random = mulberry32(seed);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { feats, y } = items[idx]!;
      const p = predict(model, feats);
      const scale = 1 / Math.sqrt(feats.length || 1);
      for (let k = 0; k < K; k++) {
        const g = p[k]! - (k === y ? 1 : 0);
        bias[k] = bias[k]! - 0.05 * g;
        const row = k * DIM;
        for (const f of feats) {
          const at = row + f;
          const grad = g * scale + l2 * weights[at]!;
          g2[at] = g2[at]! + grad * grad;
          weights[at] = weights[at]! - (rate * grad) / Math.sqrt(g2[at]! + 1e-8);
        }
      }
    }
  }
  return model;
}

/** The probability that a text should be held: first-person risk or method (the first two of crisisLabels). */
export function heldProbability(model: CrisisModel, text: string): { held: number; method: number } {
  const p = predict(model, features(text));
  return { held: p[0]! + p[1]!, method: p[1]! };
}
