/** The p-th percentile (nearest rank) of an ascending array; 0 when empty. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const two = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const fmt = {
  int: (n: number) => int.format(n),
  one: (n: number) => one.format(n),
  ms: (n: number) => (n < 10 ? two.format(n) : one.format(n)),
  pct: (n: number) => `${one.format(n * 100)} %`,
  kb: (bytes: number) => `${one.format(bytes / 1000)} kB`,
  mib: (kb: number) => `${one.format(kb / 1024)} MiB`,
};

/** Lays out rows of cells in columns: the first left-aligned, the rest right-aligned. */
export function table(rows: string[][], indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
          .join('   ')
          .trimEnd(),
    )
    .join('\n');
}
