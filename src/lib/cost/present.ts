/** Turns per-hire annual lines into display lines for the chosen period, headcount and currency. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import type { RawLine } from './raw-line.ts';
import { round2 } from './money.ts';
import type { CostInput, CostLine, LineId } from './types.ts';

/** Display label of each line. */
export const lineLabels: Readonly<Record<LineId | 'total', string>> = {
  gross: 'Gross pay',
  epf: 'Employer PF (EPF + EPS)',
  edli: 'EDLI insurance',
  'pf-admin': 'PF admin charge',
  gratuity: 'Gratuity accrual',
  esi: 'ESI',
  bonus: 'Statutory bonus',
  lwf: 'Labour Welfare Fund',
  fee: 'EOR fee',
  markup: 'Vendor markup',
  total: 'Total cost',
};

/** Source ids, latest effective date and verification state of the entries behind a line. */
export function provenance(
  entries: readonly EmployerCostParameter[],
): Pick<CostLine, 'sourceIds' | 'asOf' | 'unverified'> {
  const sourceIds = [...new Set(entries.flatMap((e) => e.sources))];
  const dates = entries.map((e) => e.effectiveFrom).sort();
  const asOf = dates[dates.length - 1];
  const unverified = entries.some((e) => e.status !== 'in-force');
  return asOf === undefined ? { sourceIds, unverified } : { sourceIds, asOf, unverified };
}

/** Converts a per-hire annual rupee amount to the chosen period and headcount, in rupees and dollars. */
export function scale(annualInr: number, input: Required<CostInput>): { inr: number; usd: number } {
  const team = (annualInr * input.headcount) / (input.period === 'monthly' ? 12 : 1);
  return { inr: round2(team), usd: round2(team / input.fx) };
}

/** One display line. */
export function presentLine(raw: RawLine, input: Required<CostInput>): CostLine {
  const { entries, ...rest } = raw;
  return { ...rest, label: lineLabels[raw.id], ...scale(raw.annualInr, input), ...provenance(entries) };
}

/** The total line: the sum of `lines`, unverified if any of them is. */
export function totalLine(lines: readonly CostLine[], input: Required<CostInput>): CostLine {
  const annualInr = lines.reduce((sum, line) => sum + line.annualInr, 0);
  return {
    id: 'total',
    label: lineLabels.total,
    applies: true,
    annualInr,
    ...scale(annualInr, input),
    sourceIds: [],
    unverified: lines.some((l) => l.unverified),
  };
}
