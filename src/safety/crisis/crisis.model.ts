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
import { augment } from './crisis.augment.ts';
import { type CrisisExample, crisisLabels } from './crisis.labels.ts';
import { normalise } from './crisis.phrases.ts';
import {
  looksWelsh,
  readsAsWelsh,
  unmutated,
  WELSH_CLAUSE,
  WELSH_CLITIC,
  WELSH_DISTANT,
  WELSH_NEGATION,
  WELSH_REPORTED,
  WELSH_REPORTING,
  welshPerson,
} from './crisis.welsh.ts';

const K = crisisLabels.length;
const BITS = 18;
const DIM = 1 << BITS;
export const modelDim = DIM;

export interface CrisisModel {
  /** DIM × K weights, feature-major: a feature's K weights sit side by side, so scoring an answer reads one cache
   * line per feature rather than K lines a megabyte apart (scoring took three times as long label-major) */
  weights: Float32Array;
  bias: Float32Array;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

/** FNV-1a over s[start, end), carried on from state h: a feature's parts are hashed in turn, never joined into a string. */
function fnv(h: number, s: string, start = 0, end = s.length): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const bucket = (h: number) => (h >>> 0) & (DIM - 1);

/** The bucket of the feature written `${prefix}${a}`, or `${prefix}${a} ${b}`, or `${prefix}${a} ${b} ${c}`. */
function hash(prefix: string, a = '', b?: string, c?: string): number {
  let h = fnv(fnv(0x811c9dc5, prefix), a);
  if (b !== undefined) h = fnv(fnv(h, ' '), b);
  if (c !== undefined) h = fnv(fnv(h, ' '), c);
  return bucket(h);
}

// Feature prefixes that vary: a word with who its clause is about (`p1:word`), and its unmutated Welsh form (`p1k:word`).
const personWord: Record<string, string> = { 0: 'p0:', 1: 'p1:', 2: 'p2:', 3: 'p3:' };
const personFolded: Record<string, string> = { 0: 'p0k:', 1: 'p1k:', 2: 'p2k:', 3: 'p3k:' };
/** The state after `c:`, where each Welsh word's four letters at a time are hashed on from. */
const letters = fnv(0x811c9dc5, 'c:');

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
// Word lists as sets: one lookup a token, rather than a regular expression run on each.
const words = (list: string) => new Set(list.split(' '));
const REPORTING = words(
  'say says said saying posted posts posting wrote writes writing tweeted texted messaged told tells telling commented replied mentioned put shared admitted disclosed threatened hinted talks talked talking asked asks keeps kept',
);
const NEGATION = words("not never no nothing nobody n't");
const CLAUSE = words('. , ; : ? ! but and so because though although when while');
const SENTENCE_END = words('. ? ! ;');
const PAUSE = words('. , ; :');
const PUNCTUATION = words('. , ; : ? ! "');
const DISTANT =
  /\b(?:years? ago|months ago|when i was|used to|back then|at the time|at my lowest|in my (?:teens|twenties|thirties)|as a (?:teenager|teen|student|kid|child)|these days|now i'm|i'm (?:well|fine|safe|okay|ok|better) now|recovery|recovered|got through)\b/;

/** Hashed feature indices of a text, each once (binary features), scaled later by 1/sqrt(count). */
export function features(text: string): Uint32Array {
  const base = normalise(text);
  // Welsh (crisis.welsh.ts): Welsh words say who a clause is about, negate, report and date it too, and each word
  // also counts in its unmutated form and by its letters. An English text's features are the same as before Welsh.
  const welsh = looksWelsh(base.match(WORD) ?? []);
  // single quotation marks become double ones, so quoted words can be told from the author's own; Welsh words
  // that start with one ("y rota 'ma", "dwi 'di bod") are not quotations
  const norm = (welsh ? base.replace(WELSH_CLITIC, '$1') : base).replace(/(^|[\s:(])'(?=\w)/g, '$1" ').replace(/(?<=\w[.!?,]?)'(?=[\s.,!?;:)]|$)/g, ' "');
  // numbers stand for their kind, not their digits: "40 tablets" and "200 tablets" are alike, phone numbers are not doses
  const tokens = (norm.match(WORD) ?? []).map((t) => (/^\d/.test(t) ? (t.length > 4 ? '<long-number>' : '<number>') : t));
  const out = new Set<number>();
  // who a word names: "I", someone else, or "you" (in Welsh it can depend on the word before: welshPerson)
  const personOf = (prev: string | undefined, t: string): '1' | '2' | '3' | null => {
    if (welsh) {
      const who = welshPerson(prev, t);
      if (who || t === 'i' || t === "i'n") return who;
    }
    return FIRST.has(t) ? '1' : OTHER.has(t) ? '3' : SECOND.has(t) ? '2' : null;
  };
  const negation = (t: string) => NEGATION.has(t) || (t.length > 3 && t.endsWith("n't")) || (welsh && WELSH_NEGATION.test(t));
  const clause = (t: string) => CLAUSE.has(t) || (welsh && WELSH_CLAUSE.test(t));
  if (welsh) out.add(hash('<cy>'));
  // Words inside quotation marks, or reported after "she said", "a client posted"…, are someone else's words
  // being reported or discussed: they get features of their own.
  const own: string[] = ['<s>'];
  const quotedWords: string[] = [];
  let inQuote = false;
  let reported = false;
  let speaker = '0';
  for (const [i, t] of tokens.entries()) {
    if (t === '"') {
      inQuote = !inQuote;
      own.push('<q>');
      continue;
    }
    if (SENTENCE_END.has(t)) {
      reported = false;
      speaker = '0';
    }
    if (PAUSE.has(t)) continue;
    if (inQuote || reported) {
      quotedWords.push(t);
      continue;
    }
    own.push(t);
    const who = personOf(tokens[i - 1], t);
    if (who === '1' || who === '3') speaker = who;
    if ((speaker === '3' && (REPORTING.has(t) || (welsh && WELSH_REPORTING.test(t)))) || (welsh && WELSH_REPORTED.test(t))) {
      reported = true;
      own.push('<r>');
    }
  }
  own.push('</s>');
  for (let i = 0; i < own.length; i++) {
    if (i > 0 && i < own.length - 1) out.add(hash('w:', own[i]));
    if (i + 1 < own.length) out.add(hash('b:', own[i], own[i + 1]));
    if (i + 2 < own.length) out.add(hash('t:', own[i], own[i + 1], own[i + 2]));
  }
  for (let i = 0; i < quotedWords.length; i++) {
    out.add(hash('q:', quotedWords[i]));
    if (i + 1 < quotedWords.length) out.add(hash('qb:', quotedWords[i], quotedWords[i + 1]));
  }
  // Context of each word: who the clause is about (the nearest person before it), whether it is negated,
  // and whether the answer speaks of a distant past.
  const distant = DISTANT.test(norm) || (welsh && WELSH_DISTANT.test(norm));
  let person = '0';
  let negated = false;
  let quoted = false;
  for (const [i, t] of tokens.entries()) {
    if (t === '"') quoted = !quoted;
    if (clause(t)) negated = false;
    if (SENTENCE_END.has(t)) person = '0';
    if (quoted) continue;
    person = personOf(tokens[i - 1], t) ?? person;
    if (negation(t)) {
      negated = true;
      continue;
    }
    if (PUNCTUATION.has(t)) continue;
    out.add(hash(personWord[person]!, t));
    if (negated) out.add(hash('n:', t));
    if (distant) out.add(hash('d:', t));
    const folded = welsh ? unmutated(t) : null;
    if (folded) {
      out.add(hash('k:', folded));
      out.add(hash(personFolded[person]!, folded));
    }
    // and its letters four at a time, so that one form teaches the others: "hunanladdol", "hunanladdiad"; "isio", "isie"
    if (welsh) {
      const w = `<${folded ?? t}>`;
      for (let j = 0; j + 4 <= w.length; j++) out.add(bucket(fnv(letters, w, j, j + 4)));
    }
  }
  return Uint32Array.from(out);
}

/** Probability of each label (in crisisLabels order). */
export function predict(model: CrisisModel, feats: Uint32Array): Float64Array {
  const scale = 1 / Math.sqrt(feats.length || 1);
  const z = Float64Array.from(model.bias);
  const { weights } = model;
  for (const f of feats) {
    const at = f * K;
    for (let k = 0; k < K; k++) z[k] = z[k]! + weights[at + k]! * scale;
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
        for (const f of feats) {
          const at = f * K + k;
          const grad = g * scale + l2 * weights[at]!;
          g2[at] = g2[at]! + grad * grad;
          weights[at] = weights[at]! - (rate * grad) / Math.sqrt(g2[at]! + 1e-8);
        }
      }
    }
  }
  return model;
}

/**
 * The two models that ship (SG-1a). English answers are judged by a model trained on the English training files
 * only, so the Welsh files cannot move an English figure; Welsh answers by one trained on every file, English
 * too, because Welsh answers borrow English words ("dw i'n teimlo'n suicidal").
 */
export interface CrisisModels {
  english: CrisisModel;
  welsh: CrisisModel;
}

/** Trains both models, each on its answers augmented (crisis.augment.ts); the order of the answers changes the weights. */
export function trainModels(english: readonly CrisisExample[], welsh: readonly CrisisExample[]): CrisisModels {
  return { english: train(augment(english)), welsh: train(augment([...english, ...welsh])) };
}

/** Which of the two models judges this text. */
export function languageOf(text: string): keyof CrisisModels {
  return readsAsWelsh(text) ? 'welsh' : 'english';
}

/** The probability that a text should be held: first-person risk or method (the first two of crisisLabels). */
export function heldProbability(model: CrisisModel, text: string): { held: number; method: number } {
  const p = predict(model, features(text));
  return { held: p[0]! + p[1]!, method: p[1]! };
}
