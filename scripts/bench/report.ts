// Shared by every part: percentiles, tables and the target verdicts the bench prints and saves.

export type Verdict = 'met' | 'missed' | 'n/a';

export type Row = Record<string, string | number | null | undefined>;

export type PartReport = {
  title: string;
  rows: Row[];
  /** Free-form notes printed under the table (skips, failures, diagnosis hints). */
  notes: string[];
};

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank: p95 of 30 samples is the 29th, never an interpolated value no run produced.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function verdict(value: number | null | undefined, target: number, direction: 'below' | 'atLeast'): Verdict {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  return (direction === 'below' ? value < target : value >= target) ? 'met' : 'missed';
}

export function round(value: number | null | undefined, digits = 1): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function formatTable(rows: Row[]): string {
  if (rows.length === 0) return '  (no rows)';
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: Row[string]) => (value === null || value === undefined ? '-' : String(value));
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row[column]).length)));
  const line = (values: string[]) =>
    '  ' + values.map((value, i) => (/^-?[\d.]+$/.test(value) ? value.padStart(widths[i]!) : value.padEnd(widths[i]!))).join('  ');
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((row) => line(columns.map((c) => cell(row[c]))))].join('\n');
}

export function printPart(part: PartReport): void {
  console.log(`\n== ${part.title}`);
  console.log(formatTable(part.rows));
  for (const note of part.notes) console.log(`  * ${note}`);
}

export function elapsedSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
