/** The cost breakdown as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted). */
import { formatPercent } from '../format.ts';
import { inrText } from './money.ts';
import type { CostBreakdown, CostLine } from './types.ts';

/** Column headings, in order. */
export const CSV_HEADER = ['item', 'rate', 'base', 'INR', 'USD', 'source', 'as-of', 'note'] as const;

/** One field, quoted when it holds a comma, a double quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows joined as CSV text, each line ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function row(line: CostLine): string[] {
  return [
    line.label,
    line.rate === undefined ? '' : formatPercent(line.rate, 4),
    line.base === undefined ? '' : `${line.base.description}: ${inrText(line.base.annualInr)} a year per hire`,
    line.inr.toFixed(2),
    line.usd.toFixed(2),
    line.sourceIds.join('; '),
    line.asOf ?? '',
    line.applies ? (line.unverified ? 'awaiting verification' : '') : (line.reason ?? 'does not apply'),
  ];
}

/** The breakdown as CSV: a header row, one row per line, then the total. INR and USD are for the chosen period and headcount. */
export function breakdownToCsv(breakdown: Pick<CostBreakdown, 'lines' | 'total'>): string {
  return toCsv([[...CSV_HEADER], ...breakdown.lines.map(row), row(breakdown.total)]);
}
