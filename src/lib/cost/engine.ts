/** The employer-cost engine: from pay, options and the rates in force to a sourced breakdown in whole rupees. */
import { formatInr } from '../format.ts';
import { fill } from './explain.ts';
import { costBreakpoints, ctcAt, linesAt, STATUTORY_LINE_IDS, type RawLine } from './lines.ts';
import { highestAtMost } from './solve.ts';
import type {
  CeilingChange,
  CostBreakdown,
  CostInput,
  CostLine,
  CostResult,
  Figure,
  LineId,
  ProfessionalTaxInfo,
  Rates,
  StateRates,
} from './types.ts';
import type { EngineWords } from './words.ts';

/**
 * Source ids, latest start date and verification state of the figures behind a line. A line with a figure whose
 * sources give no start date has no date: the latest one is then unknown.
 */
function provenance(figures: readonly Figure[]): Pick<CostLine, 'sourceIds' | 'asOf' | 'unverified'> {
  const dates = figures.map((f) => f.from);
  const asOf = dates.includes(undefined) ? undefined : (dates as string[]).sort().pop();
  const p = {
    sourceIds: [...new Set(figures.flatMap((f) => f.sources))],
    unverified: figures.some((f) => f.unverified !== undefined),
  };
  return asOf === undefined ? p : { ...p, asOf };
}

/**
 * Splits `total` whole units among parts in proportion to `exact` (largest remainder first), so that every part is a
 * whole number, none is more than one unit from its exact share, and the parts add up to `total` exactly.
 */
export function apportion(exact: readonly number[], total: number): number[] {
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) parts[i]!++;
  return parts;
}

/** The employee's professional tax at this gross pay, for information only (none for a contractor or a vendor's staff). */
function professionalTax(
  gross: number,
  input: Required<CostInput>,
  st: StateRates | undefined,
  w: EngineWords,
): ProfessionalTaxInfo {
  const { state, model } = input;
  const name = st?.name ?? state;
  const rule = st?.professionalTax;
  const no = (reason: string) => ({ state, applies: false, annualInr: 0, reason });
  if (model === 'contractor' || model === 'vendor') return { ...no(w[model]), sourceIds: [], unverified: false };
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

/** A line's per-hire annual amount in whole rupees (each line is rounded once, here). */
const rupees = (raw: readonly RawLine[], id: LineId): number =>
  Math.round(raw.find((l) => l.id === id)?.annualInr ?? 0);

/** What the reported PF wage ceiling would change at this gross pay, per hire per year, in whole rupees. */
function ceilingChange(gross: number, input: Required<CostInput>, r: Rates, w: EngineWords, raw: readonly RawLine[]) {
  const reported = r.reportedCeiling;
  if (!reported || input.model === 'contractor' || input.model === 'vendor') return undefined;
  const alt = linesAt(gross, input, { ...r, ceiling: reported }, w);
  const change: CeilingChange = {
    ceiling: reported,
    epf: rupees(alt, 'epf') - rupees(raw, 'epf'),
    edli: rupees(alt, 'edli') - rupees(raw, 'edli'),
    admin: rupees(alt, 'pf-admin') - rupees(raw, 'pf-admin'),
  };
  if (input.pf === 'none' && (input.wageShare * gross) / 12 <= reported.value) change.pfRequired = true;
  return change;
}

/**
 * The full breakdown at annual gross pay `gross` (input already checked). With `ctc`, the gross line is the CTC less
 * the rounded statutory lines, so that they add up to the CTC to the rupee.
 */
export function breakdownAt(
  gross: number,
  input: Required<CostInput>,
  r: Rates,
  w: EngineWords,
  ctc?: number,
): CostResult {
  const wages = (input.wageShare * gross) / 12;
  if (input.pf === 'none' && (input.model === 'entity' || input.model === 'eor') && wages <= r.ceiling.value)
    return {
      ok: false,
      code: 'pf-none-not-allowed',
      field: 'pf',
      message: fill(w.pfNotAllowed, { ceiling: formatInr(r.ceiling.value), wages: formatInr(wages) }),
    };
  const raw = linesAt(gross, input, r, w);
  const whole = raw.map((l) => Math.round(l.annualInr));
  const statutory = raw.reduce(
    (s, l, i) => ((STATUTORY_LINE_IDS as readonly string[]).includes(l.id) ? s + whole[i]! : s),
    0,
  );
  if (ctc !== undefined) whole[0] = ctc - statutory;
  const annualInr = whole.reduce((s, x) => s + x, 0);
  const k = input.headcount / (input.period === 'monthly' ? 12 : 1);
  const teamInr = Math.round(annualInr * k);
  const teamUsd = Math.round((annualInr * k) / input.fx);
  const inr = apportion(
    whole.map((x) => x * k),
    teamInr,
  );
  // Gross pay converts on its own, so that one rupee amount is one dollar figure under every model; the other lines
  // share what is left of the total, so that the column still adds up.
  const grossUsd = Math.round((whole[0]! * k) / input.fx);
  const usd = [
    grossUsd,
    ...apportion(
      whole.slice(1).map((x) => (x * k) / input.fx),
      teamUsd - grossUsd,
    ),
  ];
  const lines: CostLine[] = raw.map(({ figures, ...line }, i) => {
    const l: CostLine = {
      ...line,
      label: w.labels[line.id],
      annualInr: whole[i]!,
      inr: inr[i]!,
      usd: usd[i]!,
      ...provenance(figures),
    };
    if (line.base) l.base = { ...line.base, annualInr: Math.round(line.base.annualInr) };
    return l;
  });
  const grossLine = whole[0]!;
  const st = r.states[input.state];
  const breakdown: CostBreakdown = {
    ok: true,
    input,
    grossAnnualInr: grossLine,
    ctcAnnualInr: grossLine + statutory,
    lines,
    total: {
      id: 'total',
      label: w.labels.total,
      applies: true,
      annualInr,
      inr: teamInr,
      usd: teamUsd,
      sourceIds: [],
      unverified: lines.some((l) => l.unverified),
    },
    totalOverGrossPct: ((annualInr - grossLine) / grossLine) * 100,
    professionalTax: professionalTax(grossLine, input, st, w),
    notes: notes(raw, st),
  };
  const change = ceilingChange(gross, input, r, w, raw);
  if (change) breakdown.ceilingChange = change;
  return breakdown;
}

/**
 * Employer cost for an input already checked: by `validateInput`, or by the calculator's readers, which share its
 * limits. The salary is taken in whole rupees. A CTC contains gross pay and every statutory line (PF, EDLI, PF admin,
 * gratuity, ESI, bonus, LWF), so under an own entity the total is the CTC exactly.
 */
export function costFor(input: Required<CostInput>, r: Rates, w: EngineWords): CostResult {
  const salary = Math.round(input.salary);
  if (input.basis === 'gross') return salary > 0 ? breakdownAt(salary, input, r, w) : tooSmall(w);
  // CTC(gross) is piecewise linear, rising on each piece; where ESI or bonus stop it drops, and the higher gross is taken.
  const exact = highestAtMost((g) => ctcAt(g, input, r, w), costBreakpoints(input, r), salary);
  if (exact === null || !(exact >= 1)) return tooSmall(w);
  // The whole-rupee gross whose rounded lines make up the CTC; where the lines step by two rupees and none does,
  // the gross line takes up the last rupee (breakdownAt).
  const statutory = (g: number) => {
    const raw = linesAt(g, input, r, w);
    return raw.reduce(
      (s, l) => (l.id === 'gross' || l.id === 'fee' || l.id === 'markup' ? s : s + Math.round(l.annualInr)),
      0,
    );
  };
  const start = Math.floor(exact);
  let gross = start;
  for (let g = start + 2; g >= Math.max(1, start - 2); g--)
    if (g + statutory(g) === salary) {
      gross = g;
      break;
    }
  return breakdownAt(gross, input, r, w, salary);
}

const tooSmall = (w: EngineWords): CostResult => ({
  ok: false,
  code: 'invalid-input',
  field: 'salary',
  message: w.ctcTooSmall,
});
