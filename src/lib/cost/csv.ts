/** The cost breakdown as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted). */
import { formatInr, formatPercent } from '../format.ts';
import { fill } from './explain.ts';
import type { CostBreakdown, CostLine } from './types.ts';
import type { Words } from './words.ts';

/** One field, quoted when it holds a comma, a double quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows joined as CSV text, each line ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The breakdown as CSV: a header row, one row per line, then the total. INR and USD are whole rupees and dollars for the chosen period and headcount. */
export function breakdownToCsv(breakdown: Pick<CostBreakdown, 'lines' | 'total'>, w: Words['csv']): string {
  const row = (line: CostLine): string[] => [
    line.label,
    line.rate === undefined ? '' : formatPercent(line.rate, 4),
    line.base ? fill(w.base, { description: line.base.description, amount: formatInr(line.base.annualInr) }) : '',
    String(line.inr),
    String(line.usd),
    line.sourceIds.join('; '),
    line.asOf ?? '',
    line.applies ? (line.unverified ? w.unverified : '') : (line.reason ?? w.notApplied),
  ];
  return toCsv([w.header, ...breakdown.lines.map(row), row(breakdown.total)]);
}
