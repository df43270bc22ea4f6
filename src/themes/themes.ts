import type { PublicAnswer } from '../boards/boards.queries.ts';
import { type AnswerPhrase, extractPhrases } from './phrases.ts';

// Themes of one question's answers: the key phrases across them (counted per answer, not per use), and what each
// perspective says more than the others, by the weighted log-odds ratio with an informative Dirichlet prior
// (Monroe, Colaresi & Quinn 2008, "Fightin' Words"). Pure functions of the answers and the facilitator's choices.

/** What the facilitator chose about a question's phrases. */
export interface ThemeChoices {
  hidden: ReadonlySet<string>;
  /** phrase → the phrase it is merged into (that one's label is kept; their answers count together). */
  merged: ReadonlyMap<string, string>;
}

export const noChoices: ThemeChoices = { hidden: new Set(), merged: new Map() };

/** The perspectives as the analysis needs them, in the board's order. */
export interface ThemePerspective {
  key: string;
  label: string;
  plural: string | null;
}

/** A quote around a phrase's first use: `match` is the phrase as written. */
export interface Quote {
  answerId: string;
  perspectiveKey: string;
  before: string;
  match: string;
  after: string;
}

export interface ThemePhrase {
  key: string;
  label: string;
  /** How many answers use it (merged phrases included; an answer using both counts once). */
  count: number;
  /** Answers using it, per perspective key. */
  byPerspective: Record<string, number>;
  answerIds: string[];
  example: Quote;
  /** The phrases merged into this one. */
  merged: { key: string; label: string }[];
}

/**
 * How strongly a phrase belongs to one perspective, in plain words: z ≥ 3.09, ≥ 1.645, ≥ 1.28 (one-sided p < .001, .05,
 * .1: the question is whether this perspective uses it more, not whether it differs either way).
 */
export type Strength = 'very clear' | 'clear' | 'slight';

export interface Distinctive {
  phrase: ThemePhrase;
  /** Answers from this perspective using it. */
  count: number;
  z: number;
  strength: Strength;
}

export interface PerspectiveThemes extends ThemePerspective {
  answers: number;
  distinctive: Distinctive[];
}

export interface Themes {
  answers: number;
  /** Phrases at least `minAnswers` answers use, most used first, at most `maxPhrases`. */
  phrases: ThemePhrase[];
  /** Per perspective with answers; `compared` is false when fewer than two perspectives answered. */
  perspectives: PerspectiveThemes[];
  compared: boolean;
  hidden: { key: string; label: string; count: number }[];
  /** Every phrase the answers use, before choices: a hide or merge may only name one of these (or one chosen before). */
  known: ReadonlySet<string>;
  /** The answers using a phrase (or a merged group), each with the spans to mark. */
  uses(key: string): { answer: PublicAnswer; spans: [number, number][] }[];
}

export interface ThemeOptions {
  /** A phrase is a theme when at least this many answers use it. */
  minAnswers?: number;
  /** At most this many key phrases (the most used). */
  maxPhrases?: number;
  /** At most this many distinctive phrases per perspective. */
  distinctivePerPerspective?: number;
}

/** Below this z a phrase is not shown as distinctive. */
export const minZ = 1.28;

export function strengthOf(z: number): Strength | null {
  if (z >= 3.09) return 'very clear';
  if (z >= 1.645) return 'clear';
  if (z >= minZ) return 'slight';
  return null;
}

// Extraction is the costly part (the tagger); an answer's phrases are kept while its text stays the same. About 8 KB
// an answer of the bench's text: 5,000 answers (a 1,000-answer question five times over) take about 40 MB at most.
const extracted = new Map<string, { body: string; phrases: AnswerPhrase[] }>();
const keepAtMost = 5_000;

export function phrasesOfAnswer(answer: { id: string; body: string }): AnswerPhrase[] {
  const kept = extracted.get(answer.id);
  if (kept && kept.body === answer.body) return kept.phrases;
  const phrases = extractPhrases(answer.body);
  if (extracted.size >= keepAtMost) extracted.delete(extracted.keys().next().value!);
  extracted.set(answer.id, { body: answer.body, phrases });
  return phrases;
}

/** Forgets every extracted answer (for a benchmark's cold figure). */
export function forgetExtracted(): void {
  extracted.clear();
}

/** Where a merged phrase ends up, following merges of merges; a circle stops where it closes. */
export function mergeTarget(key: string, merged: ReadonlyMap<string, string>): string {
  const seen = new Set([key]);
  let at = key;
  for (let next = merged.get(at); next !== undefined && !seen.has(next); next = merged.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

interface Group {
  key: string;
  /** answer index → spans */
  uses: Map<number, [number, number][]>;
  members: string[];
}

function quoteAround(answer: PublicAnswer, span: [number, number], room = 90): Quote {
  const text = answer.body;
  const [start, end] = span;
  // The sentence the phrase is in…
  let from = 0;
  for (const m of text.slice(0, start).matchAll(/[.!?]\s+|\n/g)) from = m.index + m[0].length;
  const stop = /[.!?](?=\s|$)|\n/.exec(text.slice(end));
  let to = stop ? end + stop.index + (stop[0] === '\n' ? 0 : 1) : text.length;
  // …cut to a few words either side when it is long.
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (before.length > room) before = `…${before.slice(before.indexOf(' ', before.length - room) + 1)}`;
  if (after.length > room) {
    to = after.lastIndexOf(' ', room);
    after = `${after.slice(0, to > 0 ? to : room)}…`;
  }
  return { answerId: answer.id, perspectiveKey: answer.perspectiveKey, before: before.trimStart(), match: text.slice(start, end), after };
}

/** The answer a phrase is shown with: an example answer first, then the most helpful, then the first given. */
function exampleOf(answers: PublicAnswer[], group: Group): Quote {
  let best = -1;
  for (const i of group.uses.keys()) {
    if (best < 0) best = i;
    const a = answers[i]!;
    const b = answers[best]!;
    if (a.isExample > b.isExample || (a.isExample === b.isExample && (a.helpfulCount > b.helpfulCount || (a.helpfulCount === b.helpfulCount && i < best))))
      best = i;
  }
  return quoteAround(answers[best]!, group.uses.get(best)![0]!);
}

/**
 * The themes of one question's answers (all of them published and readable where the themes are shown), with the
 * facilitator's hidden and merged phrases applied.
 */
export function analyseThemes(
  answers: PublicAnswer[],
  perspectives: ThemePerspective[],
  choices: ThemeChoices = noChoices,
  options: ThemeOptions = {},
): Themes {
  const minAnswers = options.minAnswers ?? 2;
  const perPerspective = options.distinctivePerPerspective ?? 5;
  const maxPhrases = options.maxPhrases ?? 40;

  // Each phrase: the answers that use it, and the ways it was written (the most common is its label).
  const raw = new Map<string, { uses: Map<number, [number, number][]>; surfaces: Map<string, number> }>();
  answers.forEach((answer, i) => {
    for (const p of phrasesOfAnswer(answer)) {
      let entry = raw.get(p.key);
      if (!entry) {
        entry = { uses: new Map(), surfaces: new Map() };
        raw.set(p.key, entry);
      }
      entry.uses.set(i, p.spans);
      entry.surfaces.set(p.surface, (entry.surfaces.get(p.surface) ?? 0) + 1);
    }
  });
  const labelOf = (key: string) => {
    const surfaces = raw.get(key)?.surfaces;
    if (!surfaces) return key;
    let label = key;
    let most = 0;
    for (const [surface, n] of surfaces) if (n > most) [label, most] = [surface, n];
    return label;
  };

  // Merged phrases join their target's group (the others are their own group, sharing the maps).
  const groups = new Map<string, Group>();
  for (const [key, entry] of raw) {
    if (choices.merged.has(key)) continue;
    groups.set(key, { key, uses: entry.uses, members: [] });
  }
  for (const [key, entry] of raw) {
    if (!choices.merged.has(key)) continue;
    const target = mergeTarget(key, choices.merged);
    let group = groups.get(target);
    if (!group) {
      group = { key: target, uses: new Map(), members: [] };
      groups.set(target, group);
    }
    if (group.members.length === 0) group.uses = new Map(group.uses);
    group.members.push(key);
    for (const [i, spans] of entry.uses) group.uses.set(i, [...(group.uses.get(i) ?? []), ...spans]);
  }

  // Perspectives by number, in the board's order; each answer's perspective as that number.
  const answered = perspectives.filter((p) => answers.some((a) => a.perspectiveKey === p.key));
  const indexOf = new Map(answered.map((p, n) => [p.key, n]));
  const perspectiveOf = answers.map((a) => indexOf.get(a.perspectiveKey) ?? -1);

  // Phrase uses per perspective over every phrase shown (the log-odds' totals); only phrases at least minAnswers
  // answers use go further (most phrases are used once: this keeps 1,000 answers well under a second).
  const totalIn = new Array<number>(answered.length).fill(0);
  const candidates: Group[] = [];
  for (const g of groups.values()) {
    if (choices.hidden.has(g.key)) continue;
    for (const i of g.uses.keys()) if (perspectiveOf[i]! >= 0) totalIn[perspectiveOf[i]!]!++;
    if (g.uses.size >= minAnswers) candidates.push(g);
  }
  const total = totalIn.reduce((a, b) => a + b, 0);

  // A phrase is left out when every answer using it uses a longer one holding it ("health" in "mental health"; also
  // "staffing" where the tagger read it as a noun only in answers that say "staffing levels").
  const redundant = new Set<string>();
  for (const g of candidates) {
    // …or holding one merged into it ("practice" in "reflective practice", merged into "clinical supervision").
    for (const words of [g.key, ...g.members].map((k) => k.split(' '))) {
      for (let n = 1; n < words.length; n++) {
        for (let s = 0; s + n <= words.length; s++) {
          const sub = groups.get(words.slice(s, s + n).join(' '));
          if (!sub || sub.members.length > 0 || sub.uses.size > g.uses.size || redundant.has(sub.key)) continue;
          let within = true;
          for (const i of sub.uses.keys()) if (!g.uses.has(i)) within = false;
          if (within) redundant.add(sub.key);
        }
      }
    }
  }

  // Only the phrases shown are made whole (their example quotes are the costly part).
  const made = new Map<string, ThemePhrase>();
  const toPhrase = (g: Group): ThemePhrase => {
    const done = made.get(g.key);
    if (done) return done;
    const byPerspective: Record<string, number> = {};
    for (const i of g.uses.keys()) byPerspective[answers[i]!.perspectiveKey] = (byPerspective[answers[i]!.perspectiveKey] ?? 0) + 1;
    const phrase = {
      key: g.key,
      label: labelOf(g.key),
      count: g.uses.size,
      byPerspective,
      answerIds: [...g.uses.keys()].sort((a, b) => a - b).map((i) => answers[i]!.id),
      example: exampleOf(answers, g),
      merged: g.members.sort().map((key) => ({ key, label: labelOf(key) })),
    };
    made.set(g.key, phrase);
    return phrase;
  };
  const wordCount = (key: string) => key.split(' ').length;
  const themedGroups = candidates.filter((g) => !redundant.has(g.key));
  themedGroups.sort((a, b) => b.uses.size - a.uses.size || wordCount(b.key) - wordCount(a.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const themed = themedGroups.slice(0, maxPhrases).map(toPhrase);

  // Fightin' Words: each perspective against all the others, the whole question's counts as the prior.
  const compared = answered.length >= 2;
  const scored = answered.map(() => [] as { g: Group; y: number; z: number }[]);
  if (compared) {
    for (const g of themedGroups) {
      const counts = new Array<number>(answered.length).fill(0);
      for (const i of g.uses.keys()) if (perspectiveOf[i]! >= 0) counts[perspectiveOf[i]!]!++;
      const all = g.uses.size;
      counts.forEach((y, n) => {
        if (y < minAnswers) return;
        const z = logOddsZ(y, totalIn[n]!, all - y, total - totalIn[n]!, priorWeight * all, priorWeight * total);
        if (z >= minZ) scored[n]!.push({ g, y, z });
      });
    }
  }
  const perspectiveThemes = answered.map((p, n): PerspectiveThemes => {
    const mine = scored[n]!.sort((a, b) => b.z - a.z || (a.g.key < b.g.key ? -1 : 1)).slice(0, perPerspective);
    return {
      ...p,
      answers: perspectiveOf.filter((k) => k === n).length,
      distinctive: mine.map(({ g, y, z }) => ({ phrase: toPhrase(g), count: y, z, strength: strengthOf(z)! })),
    };
  });

  const hidden = [...groups.values()]
    .filter((g) => choices.hidden.has(g.key))
    .map((g) => ({ key: g.key, label: labelOf(g.key), count: g.uses.size }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en-GB'));
  // A hidden phrase no answer uses any more is still listed, so it can be shown again.
  for (const key of choices.hidden) if (!groups.has(key)) hidden.push({ key, label: key, count: 0 });

  return {
    answers: answers.length,
    phrases: themed,
    perspectives: perspectiveThemes,
    compared,
    hidden,
    known: new Set(raw.keys()),
    uses(key: string) {
      const group = groups.get(mergeTarget(key, choices.merged));
      if (!group) return [];
      return [...group.uses.entries()].sort(([a], [b]) => a - b).map(([i, spans]) => ({ answer: answers[i]!, spans: joinSpans(spans) }));
    },
  };
}

/**
 * How much the prior weighs, as a share of the question's own phrase uses: α_w = 0.2 × the phrase's uses in the whole
 * question, α0 = 0.2 × all uses. Heavier priors (α0 = all uses) left a phrase ten answers of one side use and none of
 * the other below z = 2; lighter ones overstate a phrase three answers share (bench and themes.test.ts show both).
 */
export const priorWeight = 0.2;

/**
 * The z-score of the weighted log-odds ratio of a phrase used y times among a group's n phrase uses against y2 times
 * among the other n2, with the informative Dirichlet prior α_w (the phrase) and α0 (all phrases).
 */
export function logOddsZ(y: number, n: number, y2: number, n2: number, a: number, a0: number): number {
  const delta = Math.log((y + a) / (n + a0 - y - a)) - Math.log((y2 + a) / (n2 + a0 - y2 - a));
  const variance = 1 / (y + a) + 1 / (y2 + a);
  return delta / Math.sqrt(variance);
}

/** Spans in order, overlapping ones joined (a merged group's phrases can overlap: "health", "mental health"). */
export function joinSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
