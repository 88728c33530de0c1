/** The breakdown at a known gross pay, and the cost functions the CTC solve and the budget search invert. */
import { formatInr } from '../format.ts';
import { providerLines, statutoryLines } from './lines.ts';
import type { RawLine } from './raw-line.ts';
import { inrText } from './money.ts';
import { costNotes } from './notes.ts';
import { professionalTaxInfo } from './professional-tax.ts';
import { presentLine, totalLine } from './present.ts';
import type { Statutory } from './statutory.ts';
import type { CostInput, CostResult, LineId } from './types.ts';

/** Lines an Indian CTC figure already contains. */
export const CTC_LINE_IDS: readonly LineId[] = ['epf', 'edli', 'pf-admin', 'gratuity'];

function rawLines(gross: number, input: Required<CostInput>, s: Statutory): RawLine[] {
  return [
    { id: 'gross', annualInr: gross, applies: true, entries: [] },
    ...statutoryLines(gross, input, s),
    ...providerLines(gross, input),
  ];
}

/** Total employer cost per hire per year at annual gross pay `gross`. */
export function annualCostAt(gross: number, input: Required<CostInput>, s: Statutory): number {
  return rawLines(gross, input, s).reduce((sum, l) => sum + l.annualInr, 0);
}

/** Gross plus the contributions a CTC contains, per hire per year. */
export function ctcAt(gross: number, input: Required<CostInput>, s: Statutory): number {
  return rawLines(gross, input, s).reduce(
    (sum, l) => (l.id === 'gross' || CTC_LINE_IDS.includes(l.id) ? sum + l.annualInr : sum),
    0,
  );
}

/** Annual gross amounts where a line changes slope or switches on or off (PF ceiling, bonus floor, ESI and bonus thresholds). */
export function costBreakpoints(input: Required<CostInput>, s: Statutory): number[] {
  const perWage = 12 / input.wageShare;
  return [
    s.ceiling.value * perWage,
    s.bonusFloor.value * perWage,
    s.bonusThreshold.value * perWage,
    s.esiThreshold.value * 12,
  ];
}

/** Whether leaving PF out is allowed at this gross (only above the ceiling, and only for employing models). */
export function pfNoneProblem(gross: number, input: Required<CostInput>, s: Statutory): string | undefined {
  if (input.pf !== 'none' || input.model === 'contractor' || input.model === 'vendor') return undefined;
  const wages = (input.wageShare * gross) / 12;
  if (wages > s.ceiling.value) return undefined;
  return `PF can be left out only when wages are above the ${formatInr(s.ceiling.value)} a month ceiling; here wages are ${inrText(wages)} a month. Choose PF on the ceiling or on full wages.`;
}

/** The full breakdown at annual gross pay `gross` (inputs already checked). */
export function breakdownAt(gross: number, input: Required<CostInput>, s: Statutory): CostResult {
  const problem = pfNoneProblem(gross, input, s);
  if (problem !== undefined) return { ok: false, code: 'pf-none-not-allowed', field: 'pf', message: problem };
  const raw = rawLines(gross, input, s);
  const lines = raw.map((l) => presentLine(l, input));
  const total = totalLine(lines, input);
  const used = raw.filter((l) => l.applies).flatMap((l) => l.entries);
  const professionalTax = professionalTaxInfo(gross, input, s);
  return {
    ok: true,
    input,
    grossAnnualInr: gross,
    ctcAnnualInr: ctcAt(gross, input, s),
    lines,
    total,
    totalOverGrossPct: ((total.annualInr - gross) / gross) * 100,
    professionalTax,
    notes: costNotes(input, s, lines, [...new Set(used)]),
  };
}
