// SG-4: find identifying details in an answer before it is published, with character spans, so the
// author can see and edit them and moderators can redact them. Each kind has its own matcher
// (identifying.patterns.ts: regular expressions plus checks in code such as the NHS mod-11 digit);
// candidates are then resolved so every character belongs to at most one span, the more specific
// kind winning (an email's domain is not also a URL, an NHS number is not also a phone number).
// Pure TypeScript with no Node imports: the same code hints in the browser while someone types.
import { type IdentifyingKind, type IdentifyingSpan, identifyingLabels } from './identifying.kinds.ts';
import { dates, emails, handles, names, nhsNumbers, niNumbers, patternsSupported, phones, postcodes, urls, type Matcher } from './identifying.patterns.ts';

export { identifyingLabels, type IdentifyingKind, type IdentifyingSpan } from './identifying.kinds.ts';
export { isValidNhsNumber } from './identifying.patterns.ts';

// Most specific first: when two candidates overlap, the earlier kind here keeps the characters.
const matchers: [IdentifyingKind, Matcher][] = [
  ['email', emails],
  ['url', urls],
  ['nhs-number', nhsNumbers],
  ['ni-number', niNumbers],
  ['phone', phones],
  ['date', dates],
  ['postcode', postcodes],
  ['handle', handles],
  ['name', names],
];

export function findIdentifying(text: string): IdentifyingSpan[] {
  // An old browser without RegExp lookbehind shows no hints; the server, which holds answers, always checks.
  if (!patternsSupported) return [];
  const accepted: IdentifyingSpan[] = [];
  for (const [, matcher] of matchers) {
    // Within one kind the longer candidate wins ("Nurse Jane Smith" over "Jane Smith").
    const candidates = matcher(text).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const c of candidates) {
      if (c.end > c.start && !accepted.some((a) => c.start < a.end && a.start < c.end)) accepted.push(c);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** The kinds found, each once, in the order IdentifyingKind lists them. */
export function identifyingKinds(spans: IdentifyingSpan[]): IdentifyingKind[] {
  const present = new Set(spans.map((s) => s.kind));
  return (Object.keys(identifyingLabels) as IdentifyingKind[]).filter((kind) => present.has(kind));
}
