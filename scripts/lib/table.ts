/** Text tables and units for the command-line scripts; the tables are Markdown, so they paste into docs. */

/** A column: its heading and whether its cells line up on the right (numbers). */
export interface Column {
  title: string;
  align?: 'left' | 'right';
}

/** A right-aligned column headed `title`. */
export const right = (title: string): Column => ({ title, align: 'right' });

/** A Markdown table with padded cells; rows shorter than the header are filled with empty cells. */
export function formatTable(columns: readonly (Column | string)[], rows: readonly (readonly string[])[]): string {
  const cols = columns.map((c): Column => (typeof c === 'string' ? { title: c } : c));
  const width = cols.map((c, i) => Math.max(3, c.title.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number): string =>
    cols[i]!.align === 'right' ? text.padStart(width[i]!) : text.padEnd(width[i]!);
  const line = (cells: readonly string[]): string => `| ${cols.map((_, i) => cell(cells[i] ?? '', i)).join(' | ')} |`;
  const rule = `| ${cols.map((c, i) => (c.align === 'right' ? `${'-'.repeat(width[i]! - 1)}:` : '-'.repeat(width[i]!))).join(' | ')} |`;
  return [line(cols.map((c) => c.title)), rule, ...rows.map(line)].join('\n');
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB'] as const;

/** A binary unit of bytes: 1 KiB = 1,024 B, 1 MiB = 1,024 KiB, 1 GiB = 1,024 MiB. */
export type ByteUnit = (typeof BYTE_UNITS)[number];

/** Bytes in binary units, one decimal: `512 B`, `1.5 KiB`, `1.2 GiB`; or always in `unit` (`0.0 KiB`, `15.0 KiB`). */
export function formatBytes(bytes: number, unit?: ByteUnit): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  let step = 0;
  if (unit === undefined) while (Math.abs(bytes) >= 1024 ** (step + 1) && step < BYTE_UNITS.length - 1) step += 1;
  else step = BYTE_UNITS.indexOf(unit);
  return step === 0 ? `${bytes} B` : `${(bytes / 1024 ** step).toFixed(1)} ${BYTE_UNITS[step]}`;
}

/** Milliseconds as seconds with one decimal (`12.3 s`), or as whole milliseconds below one second (`850 ms`). */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return Math.abs(ms) < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A number with a fixed count of decimals and no grouping (`1234.5`), or `n/a` when it is not finite. */
export function formatFixed(value: number, decimals = 0): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : 'n/a';
}
