import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';

// Key phrases of one answer: the noun phrases wink-nlp's English model tags (part of speech, lemma, stop words),
// and their shorter endings ("mental health nurse" → "health nurse", "nurse"; "mental health" → "health"), so a
// theme is counted whichever way people put it. Runs in-process: no service, nothing leaves the machine.

/** One phrase in an answer: its key (lower case, the last word singular) and where each use is in the text. */
export interface AnswerPhrase {
  key: string;
  /** The words as the author wrote them, the first time. */
  surface: string;
  /** [start, end) of each use in the answer's text. */
  spans: [number, number][];
}

/** The longest phrase counted, in words. */
export const maxPhraseWords = 3;

// Nouns that say nothing on their own ("a lot of things") and never start or end a phrase.
const vague = new Set([
  'thing',
  'things',
  'lot',
  'lots',
  'way',
  'ways',
  'bit',
  'kind',
  'sort',
  'stuff',
  'something',
  'anything',
  'everything',
  'nothing',
  'someone',
  'anyone',
  'everyone',
  'somebody',
  'anybody',
  'everybody',
  'etc',
  'yes',
  'no',
  'ok',
  'okay',
  'example',
]);

let loaded: WinkMethods | undefined;

const require = createRequire(import.meta.url);

/** The library and its model load on first use (about 0.1 s, some 9 MiB), not when the server starts. */
function nlp(): WinkMethods {
  if (!loaded) {
    const wink = require('wink-nlp') as typeof winkNLP;
    loaded = wink(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  }
  return loaded;
}

/**
 * The text as the tagger reads it, the same length: lower case (a capital at the start of a sentence made the model
 * call "Supervisors" a proper noun), and Latin letters beyond Latin-1 (Welsh ŵ, ŷ) as their base letter, which the
 * model splits words on otherwise. Every character keeps its place, so spans point into the original text.
 */
export function taggerText(text: string): string {
  let out = '';
  for (const ch of text) {
    let c = ch.toLowerCase();
    if (c.length !== ch.length) c = ch;
    const code = c.codePointAt(0)!;
    if (code >= 0x100 && code <= 0x24f) {
      const base = c.normalize('NFD')[0]!;
      if (base.length === c.length) c = base;
    }
    out += c;
  }
  return out;
}

// Letters, digits, apostrophes and hyphens, with at least one letter: not "e.g." or a sentence's last word with its stop.
const wordShape = /^(?=.*\p{L})[\p{L}\p{M}\p{N}'’-]+$/u;
const nounTags = new Set(['NOUN', 'PROPN']);
const modifierTags = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The phrase as written, without the capital a sentence's first word takes ("Staffing levels" → "staffing levels", "NHS" stays). */
function asWritten(text: string, [start, end]: [number, number]): string {
  const surface = text.slice(start, end);
  const first = surface.split(' ')[0]!;
  const startsSentence = /(?:^|[.!?]\s+|\n)\s*$/.test(text.slice(Math.max(0, start - 4), start)) || start === 0;
  const capitalOnly = first.length > 1 && first[0] !== first[0]!.toLowerCase() && first.slice(1) === first.slice(1).toLowerCase();
  return startsSentence && capitalOnly ? surface[0]!.toLowerCase() + surface.slice(1) : surface;
}

/** Every key phrase of a text, each once, in the order first used. */
export function extractPhrases(text: string): AnswerPhrase[] {
  const tagged = taggerText(text);
  const w = nlp();
  const its = w.its;
  const tokens = w.readDoc(tagged).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink-nlp's types leave its.lemma's third argument (the model's addons, which out() passes) out of ItsFunction.
  const lemmas = tokens.out(its.lemma as ItsFunction<string>) as string[];
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];

  // Where each token is in the text (the tokenizer keeps every character of a word, so indexOf finds it in order).
  const starts: number[] = [];
  let at = 0;
  for (const value of values) {
    const start = tagged.indexOf(value, at);
    starts.push(start);
    if (start >= 0) at = start + value.length;
  }

  const isWord = (i: number) =>
    starts[i]! >= 0 && types[i] === 'word' && !stops[i] && values[i]!.length >= 2 && wordShape.test(values[i]!) && !vague.has(values[i]!);
  // A participle ("protected time", "safeguarding lead") describes the noun after it.
  const isModifier = (i: number) =>
    isWord(i) && (modifierTags.has(tags[i]!) || (tags[i] === 'VERB' && /(?:ing|ed)$/.test(values[i]!) && nounTags.has(tags[i + 1] ?? '')));
  // Only spaces between two words of a phrase: "trust's team" or "follow-up" are not one phrase.
  const joined = (i: number) =>
    /^\s+$/.test(tagged.slice(starts[i - 1]! + values[i - 1]!.length, starts[i]!)) && !/\n\s*\n/.test(tagged.slice(starts[i - 1]!, starts[i]!));

  const found = new Map<string, AnswerPhrase>();
  const keyWord = (i: number, head: boolean) => {
    const value = values[i]!;
    // The last word singular ("care plans" → "care plan"), not "media" → "medium".
    return head && tags[i] === 'NOUN' && lemmas[i] !== value && value.endsWith('s') && lemmas[i]!.length > 0 ? lemmas[i]! : value;
  };

  let i = 0;
  while (i < values.length) {
    if (!isModifier(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < values.length && isModifier(end) && joined(end)) end++;
    // Within the run [i, end): every phrase of up to maxPhraseWords words ending in a noun.
    for (let last = i; last < end; last++) {
      if (!nounTags.has(tags[last]!)) continue;
      for (let first = Math.max(i, last - maxPhraseWords + 1); first <= last; first++) {
        if (tags[first] === 'VERB' && first === last) continue;
        const words: string[] = [];
        for (let k = first; k <= last; k++) words.push(keyWord(k, k === last));
        const key = words.join(' ');
        const span: [number, number] = [starts[first]!, starts[last]! + values[last]!.length];
        const seen = found.get(key);
        if (seen) seen.spans.push(span);
        else found.set(key, { key, surface: asWritten(text, span), spans: [span] });
      }
    }
    i = end;
  }
  return [...found.values()];
}
