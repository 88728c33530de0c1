/** Plain-text tables and units for the measurement scripts; the tables are Markdown, so they paste into docs. */

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

/** Bytes in binary units with one decimal: `512 B`, `1.5 KiB`, `12.3 MiB`, `1.2 GiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Milliseconds as seconds with one decimal (`12.3 s`), or as whole milliseconds below one second (`850 ms`). */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return Math.abs(ms) < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A number with a fixed count of decimals, or `n/a` when it is not finite. */
export function formatNumber(value: number, decimals = 0): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : 'n/a';
}
