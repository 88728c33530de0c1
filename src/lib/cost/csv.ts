/** The cost breakdown as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted). */
import { formatInr, formatPercent } from '../format.ts';
import { fill } from './explain.ts';
import { listedLines } from './quote.ts';
import type { CostBreakdown, CostLine } from './types.ts';
import type { Words } from './words.ts';
import type { PayLine, TakeHome } from '../pay/take-home.ts';
import type { PayWords } from '../pay/words.ts';

/** One field, quoted when it holds a comma, a double quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows joined as CSV text, each line ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The take-home at the salary of a breakdown, with its wording, for the CSV's last rows. */
export interface CsvPay {
  result: TakeHome;
  words: PayWords;
}

/**
 * The breakdown as CSV: the assumptions it was worked out on (label, value), a blank row, a header row, one row per
 * line the model lists (never a fee or a markup it does not charge), the total; then, where given, the take-home:
 * the salary structure to the CTC, the deductions to take-home a year, and take-home in a usual month. INR and USD
 * are whole rupees and dollars for the chosen period and headcount.
 */
export function breakdownToCsv(
  breakdown: Pick<CostBreakdown, 'lines' | 'total' | 'input'>,
  w: Words['csv'],
  facts: readonly (readonly [string, string])[] = [],
  pay?: CsvPay,
): string {
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
  const rows: (readonly string[])[] = [...facts];
  if (facts.length > 0) rows.push([]);
  rows.push(w.header, ...listedLines(breakdown).map(row), row(breakdown.total));
  if (pay) {
    const t = pay.result;
    const payRow = (l: PayLine): string[] => [
      l.label,
      l.applies ? String(l.annualInr) : '',
      l.rule,
      l.sourceIds.join('; '),
    ];
    rows.push(
      [],
      [w.takeHome],
      w.takeHomeHeader,
      ...t.structure.map(payRow),
      [pay.words.ui.ctc, String(t.ctcAnnualInr)],
      [pay.words.ui.gross, String(t.grossAnnualInr)],
      ...t.deductions.map(payRow),
      [pay.words.ui.takeHome, String(t.takeHomeAnnualInr)],
      [w.month, String(t.monthlyInr)],
    );
  }
  return toCsv(rows);
}
