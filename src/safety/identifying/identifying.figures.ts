// Recall and false positives of findIdentifying on a labelled corpus, computed once here for both
// identifying.test.ts and bench/safety-identifying.ts.
import type { IdentifyingExample } from './identifying.data.ts';
import { findIdentifying, identifyingLabels, type IdentifyingKind } from './identifying.ts';

export interface KindFigures {
  kind: IdentifyingKind;
  /** Items labelled with this kind. */
  expected: number;
  /** Of those, items where a span of this kind was found. */
  found: number;
  recall: number;
  /** Items not labelled with this kind where a span of it was found anyway. */
  unexpected: number;
}

export interface IdentifyingFigures {
  items: number;
  perKind: KindFigures[];
  /** Over every (item, expected kind) pair. */
  recall: number;
  negatives: number;
  /** Negative items where anything at all was found. */
  falsePositives: number;
  falsePositiveRate: number;
  /** Items with a kind missed or a kind found that was not expected; by index into the corpus. */
  mistakes: { index: number; missed: IdentifyingKind[]; extra: IdentifyingKind[] }[];
}

const kinds = Object.keys(identifyingLabels) as IdentifyingKind[];

export function identifyingFigures(corpus: IdentifyingExample[]): IdentifyingFigures {
  const perKind = new Map(kinds.map((kind) => [kind, { kind, expected: 0, found: 0, recall: 0, unexpected: 0 }]));
  let negatives = 0;
  let falsePositives = 0;
  const mistakes: IdentifyingFigures['mistakes'] = [];
  corpus.forEach((item, index) => {
    const found = new Set(findIdentifying(item.text).map((s) => s.kind));
    const expected = new Set(item.kinds);
    for (const kind of expected) {
      const row = perKind.get(kind)!;
      row.expected++;
      if (found.has(kind)) row.found++;
    }
    for (const kind of found) if (!expected.has(kind)) perKind.get(kind)!.unexpected++;
    if (expected.size === 0) {
      negatives++;
      if (found.size > 0) falsePositives++;
    }
    const missed = [...expected].filter((k) => !found.has(k));
    const extra = [...found].filter((k) => !expected.has(k));
    if (missed.length > 0 || extra.length > 0) mistakes.push({ index, missed, extra });
  });
  const rows = [...perKind.values()].map((row) => ({ ...row, recall: row.expected === 0 ? 1 : row.found / row.expected }));
  const expected = rows.reduce((n, r) => n + r.expected, 0);
  const found = rows.reduce((n, r) => n + r.found, 0);
  return {
    items: corpus.length,
    perKind: rows,
    recall: expected === 0 ? 1 : found / expected,
    negatives,
    falsePositives,
    falsePositiveRate: negatives === 0 ? 0 : falsePositives / negatives,
    mistakes,
  };
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

/** A plain-text table of the figures; the corpus's own items are listed only when given. */
export function formatIdentifyingFigures(title: string, f: IdentifyingFigures, corpus?: IdentifyingExample[]): string {
  const rows = [
    ['kind', 'expected', 'found', 'recall', 'unexpected'],
    ...f.perKind.map((r) => [r.kind, String(r.expected), String(r.found), pct(r.recall), String(r.unexpected)]),
  ];
  rows.push([
    'all',
    String(f.perKind.reduce((n, r) => n + r.expected, 0)),
    String(f.perKind.reduce((n, r) => n + r.found, 0)),
    pct(f.recall),
    String(f.perKind.reduce((n, r) => n + r.unexpected, 0)),
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = [`${title}: ${f.items} items`];
  for (const r of rows) lines.push(`  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ')}`);
  lines.push(`  false positives: ${f.falsePositives} of ${f.negatives} negative items (${pct(f.falsePositiveRate)})`);
  if (corpus) {
    for (const m of f.mistakes) {
      const what = [m.missed.length ? `missed ${m.missed.join(', ')}` : '', m.extra.length ? `also found ${m.extra.join(', ')}` : '']
        .filter(Boolean)
        .join('; ');
      lines.push(`  #${m.index} ${what}: ${JSON.stringify(corpus[m.index]!.text)}`);
    }
  } else {
    lines.push(`  items with a kind missed or an unexpected kind: ${f.mistakes.length}`);
  }
  return lines.join('\n');
}
