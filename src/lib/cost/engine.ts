/** The employer-cost engine: from pay, options and the rates in force to a sourced breakdown. */
import { inrText, round2 } from '../format.ts';
import { fill } from './explain.ts';
import { ctcAt, linesAt, type RawLine } from './lines.ts';
import { highestAtMost } from './solve.ts';
import type {
  CostBreakdown,
  CostInput,
  CostLine,
  CostResult,
  Figure,
  ProfessionalTaxInfo,
  Rates,
  StateRates,
} from './types.ts';
import type { EngineWords } from './words.ts';

/** Source ids, latest start date and verification state of the figures behind a line. */
function provenance(figures: readonly Figure[]): Pick<CostLine, 'sourceIds' | 'asOf' | 'unverified'> {
  const asOf = figures
    .map((f) => f.from)
    .sort()
    .pop();
  const p = {
    sourceIds: [...new Set(figures.flatMap((f) => f.sources))],
    unverified: figures.some((f) => f.unverified !== undefined),
  };
  return asOf === undefined ? p : { ...p, asOf };
}

/** A per-hire annual amount for the chosen period and headcount, in rupees and dollars. */
function scale(annualInr: number, input: Required<CostInput>): { inr: number; usd: number } {
  const team = (annualInr * input.headcount) / (input.period === 'monthly' ? 12 : 1);
  return { inr: round2(team), usd: round2(team / input.fx) };
}

/** The employee's professional tax at this gross pay, for information only. */
function professionalTax(
  gross: number,
  input: Required<CostInput>,
  st: StateRates | undefined,
  w: EngineWords,
): ProfessionalTaxInfo {
  const { state } = input;
  const name = st?.name ?? state;
  const rule = st?.professionalTax;
  const no = (reason: string) => ({ state, applies: false, annualInr: 0, reason });
  if (!rule)
    return {
      ...no(st?.noProfessionalTax ?? fill(w.noProfessionalTax, { state: name })),
      sourceIds: [],
      unverified: false,
    };
  const info = provenance([rule.figure]);
  if (rule.figure.value === 0) return { ...info, ...no(fill(w.professionalTaxZero, { state: name })) };
  const t = rule.threshold;
  if (t && !(t.atLeast ? gross >= t.annualPay : gross > t.annualPay))
    return { ...info, ...no(fill(w.professionalTaxSlab, { slab: t.slab })) };
  return { ...info, state, applies: true, annualInr: rule.figure.value };
}

/** Notes on the figures behind this breakdown: entries left out, or used while they await verification. */
function notes(raw: readonly RawLine[], st: StateRates | undefined): string[] {
  const out = [...(st?.notes ?? [])];
  for (const l of raw) if (l.applies) for (const f of l.figures) if (f.unverified) out.push(f.unverified);
  return [...new Set(out)];
}

/** The full breakdown at annual gross pay `gross` (input already checked). */
export function breakdownAt(gross: number, input: Required<CostInput>, r: Rates, w: EngineWords): CostResult {
  const wages = (input.wageShare * gross) / 12;
  if (input.pf === 'none' && (input.model === 'entity' || input.model === 'eor') && wages <= r.ceiling.value)
    return {
      ok: false,
      code: 'pf-none-not-allowed',
      field: 'pf',
      message: fill(w.pfNotAllowed, { ceiling: inrText(r.ceiling.value), wages: inrText(wages) }),
    };
  const raw = linesAt(gross, input, r, w);
  const lines: CostLine[] = raw.map(({ figures, ...line }) => ({
    ...line,
    label: w.labels[line.id],
    ...scale(line.annualInr, input),
    ...provenance(figures),
  }));
  const annualInr = lines.reduce((sum, l) => sum + l.annualInr, 0);
  const st = r.states[input.state];
  const breakdown: CostBreakdown = {
    ok: true,
    input,
    grossAnnualInr: gross,
    ctcAnnualInr: ctcAt(gross, input, r, w),
    lines,
    total: {
      id: 'total',
      label: w.labels.total,
      applies: true,
      annualInr,
      ...scale(annualInr, input),
      sourceIds: [],
      unverified: lines.some((l) => l.unverified),
    },
    totalOverGrossPct: ((annualInr - gross) / gross) * 100,
    professionalTax: professionalTax(gross, input, st, w),
    notes: notes(raw, st),
  };
  return breakdown;
}

/** Employer cost for an input already checked: by `validateInput`, or by the calculator's readers, which share its limits. */
export function costFor(input: Required<CostInput>, r: Rates, w: EngineWords): CostResult {
  // CTC = gross + PF + EDLI + admin + gratuity is continuous and piecewise linear in gross (one kink, at the PF ceiling).
  const gross =
    input.basis === 'gross'
      ? input.salary
      : highestAtMost((g) => ctcAt(g, input, r, w), [(12 * r.ceiling.value) / input.wageShare], input.salary);
  if (gross === null || !(gross > 0))
    return { ok: false, code: 'invalid-input', field: 'salary', message: w.ctcTooSmall };
  return breakdownAt(gross, input, r, w);
}
