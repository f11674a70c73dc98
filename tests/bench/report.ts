// Printing benchmark figures: medians, and tables (with the ratio of the last row to the first).

/** The median of some numbers (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value at quantile `q` (0–1) of ascending `sorted` values, the nearest rank below (NaN for none). */
export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Prints a Markdown table of rows of figures; with `ratio`, a last row of ratios: last row / first row. */
export function printTable(title: string, columns: readonly string[], rows: Record<string, readonly number[]>, ratio = true): void {
  const names = Object.keys(rows);
  const fmt = (v: number) => (Number.isFinite(v) ? String(+v.toFixed(2)) : '-');
  const lines = [`| | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`];
  for (const name of names) lines.push(`| ${name} | ${rows[name]!.map(fmt).join(' | ')} |`);
  if (ratio) {
    const first = rows[names[0]!]!;
    const last = rows[names.at(-1)!]!;
    lines.push(`| ratio ${names.at(-1)} / ${names[0]} | ${last.map((v, i) => fmt(v / first[i]!)).join(' | ')} |`);
  }
  console.log(`\n${title}\n\n${lines.join('\n')}\n`);
}
