// Figures for SG-1 crisis detection on a labelled corpus, computed once here for crisis.test.ts and
// bench/safety-crisis.ts. 'first-person' and 'method' should be held (rate = recall); every other label
// should not be (rate = false-hold rate).
import { type CrisisExample, type CrisisLabel, crisisLabels, heldLabels } from './crisis.labels.ts';
import { detectCrisis, type CrisisFinding, type CrisisKind } from './crisis.ts';

export interface LabelFigures {
  label: CrisisLabel;
  n: number;
  /** Items where detectCrisis found anything. */
  held: number;
  /** held / n: recall for 'first-person' and 'method', false-hold rate for the rest. */
  rate: number;
  /** For 'method', items found with kind 'method' (the rest were held as 'at-risk'). */
  asMethod: number;
}

export interface CrisisMistake {
  index: number;
  label: CrisisLabel;
  text: string;
  found: CrisisKind | null;
}

export interface CrisisFigures {
  items: number;
  perLabel: LabelFigures[];
  mistakes: CrisisMistake[];
}

export function crisisFigures(corpus: readonly CrisisExample[], detect: (text: string) => CrisisFinding | null = detectCrisis): CrisisFigures {
  const per = new Map(crisisLabels.map((label) => [label, { label, n: 0, held: 0, rate: 0, asMethod: 0 }]));
  const mistakes: CrisisMistake[] = [];
  corpus.forEach((item, index) => {
    const f = detect(item.text);
    const row = per.get(item.label)!;
    row.n++;
    if (f) row.held++;
    if (f?.kind === 'method') row.asMethod++;
    if (Boolean(f) !== heldLabels.has(item.label)) mistakes.push({ index, label: item.label, text: item.text, found: f?.kind ?? null });
  });
  const perLabel = [...per.values()].filter((r) => r.n > 0).map((r) => ({ ...r, rate: r.held / r.n }));
  return { items: corpus.length, perLabel, mistakes };
}

export function formatCrisisFigures(title: string, figures: CrisisFigures): string {
  const lines = [`${title} (${figures.items} items)`, `  ${'label'.padEnd(14)}${'n'.padStart(5)}${'held'.padStart(6)}  rate`];
  for (const r of figures.perLabel) {
    const what = heldLabels.has(r.label) ? 'recall' : 'false-hold';
    lines.push(
      `  ${r.label.padEnd(14)}${String(r.n).padStart(5)}${String(r.held).padStart(6)}  ${r.rate.toFixed(3)} ${what}${r.label === 'method' ? ` (${r.asMethod} as 'method')` : ''}`,
    );
  }
  return lines.join('\n');
}

export function formatCrisisMistakes(figures: CrisisFigures): string {
  if (figures.mistakes.length === 0) return '  (no misclassified items)';
  return figures.mistakes.map((m) => `  #${m.index} [${m.label}] found=${m.found ?? 'none'}: ${m.text}`).join('\n');
}

/** Several detectors' figures on one corpus, side by side: a rate per label for each. */
export function formatComparison(title: string, columns: { name: string; figures: CrisisFigures }[]): string {
  const first = columns[0]!.figures;
  const lines = [`${title} (${first.items} items)`, `  ${'label'.padEnd(14)}${'n'.padStart(5)}${columns.map((c) => c.name.padStart(10)).join('')}`];
  first.perLabel.forEach((row, i) => {
    const what = heldLabels.has(row.label) ? 'recall' : 'false holds';
    lines.push(
      `  ${row.label.padEnd(14)}${String(row.n).padStart(5)}${columns.map((c) => c.figures.perLabel[i]!.rate.toFixed(3).padStart(10)).join('')}  ${what}`,
    );
  });
  return lines.join('\n');
}
