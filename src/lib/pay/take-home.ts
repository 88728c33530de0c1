/**
 * The employee's side of an offer: the salary structure inside the CTC, the deductions from pay, income tax for the
 * year and take-home pay. Gross pay, the CTC and every employer line come from the employer-cost engine itself
 * (`costFor`), so the salary reading, whole-rupee rounding and wage base (PF wages, the 50% rule) are the same.
 */
import { formatInr, formatPercent } from '../format.ts';
import { costFor } from '../cost/engine.ts';
import { fill } from '../cost/explain.ts';
import { STATUTORY_LINE_IDS } from '../cost/lines.ts';
import type { CostError, CostInput, CostLine, ProfessionalTaxRule, Rates } from '../cost/types.ts';

type Instalments = ProfessionalTaxRule['instalments'];
import type { EngineWords } from '../cost/words.ts';
import { incomeTax, type TaxWorking } from './tax.ts';
import type { TaxRates } from './tax-rates.ts';
import { taxYearOf } from './rule-text.ts';
import type { PayWords } from './words.ts';

/** What the take-home calculation asks for: the employer engine's salary reading and wage-base settings. */
export type PayInput = Pick<Required<CostInput>, 'salary' | 'basis' | 'wageShare' | 'pf' | 'state'>;

/** Identifier of a line of the structure or of the deductions. */
type PayLineId = keyof PayWords['labels'] | (typeof STATUTORY_LINE_IDS)[number];

/** One line of the structure or of the deductions, per year in whole rupees, with the rule it follows. */
export interface PayLine {
  id: PayLineId;
  label: string;
  annualInr: number;
  applies: boolean;
  /** The rule in words, or why the line does not apply. */
  rule: string;
  sourceIds: readonly string[];
}

/** A month whose take-home differs from the usual one, because professional tax is collected differently then. */
interface OtherMonth {
  /** `february`: Karnataka's and Maharashtra's higher February deduction; `half-year`: the two months of a half-yearly one. */
  when: 'february' | 'half-year';
  inr: number;
}

/** A worked take-home. */
export interface TakeHome {
  ok: true;
  input: PayInput;
  grossAnnualInr: number;
  ctcAnnualInr: number;
  /** Basic, HRA, special allowance, then the employer's lines: they add up to the CTC exactly. */
  structure: PayLine[];
  /** Employee PF, ESI, professional tax and income tax, in that order. */
  deductions: PayLine[];
  tax: TaxWorking;
  takeHomeAnnualInr: number;
  /** Take-home in a usual month. */
  monthlyInr: number;
  otherMonths: OtherMonth[];
  /** Figures used while they await verification. */
  notes: string[];
}

/** What the take-home calculation needs besides the employer's rates and the wording: the tax rules and the HRA share. */
export interface PayRules {
  tax: TaxRates;
  /** House rent allowance as a share of basic pay (content/data/salary-structure.yaml). */
  hraShare: number;
}

/** Why no take-home was worked out. */
export type TakeHomeResult = TakeHome | CostError;

/** The employer engine's full input for an employee of one's own (the structure is the same under an EOR). */
export const asEmployee = (input: PayInput): Required<CostInput> => ({
  ...input,
  model: 'entity',
  eorFeeUsdPerMonth: 0,
  vendorMarkup: 0.4,
  fx: 1,
  headcount: 1,
  period: 'annual',
});

const line = (id: PayLineId, w: PayWords, annualInr: number, rule: string, sourceIds: readonly string[]): PayLine => ({
  id,
  label: w.labels[id as keyof PayWords['labels']],
  annualInr,
  applies: true,
  rule,
  sourceIds,
});

const off = (id: PayLineId, w: PayWords, rule: string, sourceIds: readonly string[] = []): PayLine => ({
  ...line(id, w, 0, rule, sourceIds),
  applies: false,
});

const ofLine = (lines: readonly CostLine[], id: string): CostLine => lines.find((l) => l.id === id)!;

/** The employer's lines inside the CTC, each with its rule. */
function employerLines(lines: readonly CostLine[], r: Rates, input: PayInput, w: PayWords): PayLine[] {
  return lines
    .filter((l) => (STATUTORY_LINE_IDS as readonly string[]).includes(l.id) && l.applies)
    .map((l) => ({
      id: l.id as PayLineId,
      label: l.label,
      annualInr: l.annualInr,
      applies: true,
      rule:
        l.rate !== undefined && l.base
          ? fill(w.employerRated, { rate: formatPercent(l.rate), base: l.base.description })
          : fill(w.employerFixed, { state: r.states[input.state]?.name ?? input.state }),
      sourceIds: l.sourceIds,
    }));
}

/**
 * Take-home for an input already checked (see `computeTakeHome`): the employer engine reads the salary (gross or
 * CTC) and gives gross pay, the CTC and the employer's lines; the rest is worked from them.
 */
export function payFor(
  input: PayInput,
  r: Rates,
  t: TaxRates,
  hraShare: number,
  w: PayWords,
  ew: EngineWords,
): TakeHomeResult {
  const b = costFor(asEmployee(input), r, ew);
  if (!b.ok) return b;
  const gross = b.grossAnnualInr;
  const basic = Math.round(input.wageShare * gross);
  const hra = Math.round(hraShare * basic);
  const structure = [
    line('basic', w, basic, fill(w.basic, { share: formatPercent(input.wageShare) }), []),
    line('hra', w, hra, fill(w.hra, { share: formatPercent(hraShare) }), []),
    line('special', w, gross - basic - hra, w.special, []),
    ...employerLines(b.lines, r, input, w),
  ];
  const epf = ofLine(b.lines, 'epf');
  const esi = ofLine(b.lines, 'esi');
  const missing = (what: string) => fill(w.notOnFile, { what });
  const pfLine = !epf.applies
    ? off('employee-pf', w, w.noEmployeePf)
    : r.epfEmployee
      ? line(
          'employee-pf',
          w,
          Math.round(r.epfEmployee.value * (epf.base?.annualInr ?? 0)),
          fill(w.employeePf, { rate: formatPercent(r.epfEmployee.value), base: epf.base?.description ?? '' }),
          [...new Set([...r.epfEmployee.sources, ...r.ceiling.sources])],
        )
      : off('employee-pf', w, missing(w.labels['employee-pf']));
  const esiLine = !esi.applies
    ? off('employee-esi', w, w.noEmployeeEsi, esi.sourceIds)
    : r.esiEmployee
      ? line(
          'employee-esi',
          w,
          Math.round(r.esiEmployee.value * gross),
          fill(w.employeeEsi, { rate: formatPercent(r.esiEmployee.value), limit: formatInr(r.esiLimit.value) }),
          [...new Set([...r.esiEmployee.sources, ...r.esiLimit.sources])],
        )
      : off('employee-esi', w, missing(w.labels['employee-esi']));
  const pt = b.professionalTax;
  const plan = pt.applies ? r.states[input.state]?.professionalTax?.instalments : undefined;
  const ptLine = plan
    ? line('professional-tax', w, pt.annualInr, instalmentsText(plan, r.states[input.state]!.name, w), pt.sourceIds)
    : off('professional-tax', w, pt.reason ?? '', pt.sourceIds);
  // The employer's PF above the exemption counts as salary; gratuity accrual is not paid out, so not taxed now.
  const extraPf = Math.max(0, epf.annualInr - t.employerPfExemption);
  const tax = incomeTax(gross - t.standardDeduction + extraPf, t);
  const how = fill(extraPf > 0 ? w.taxableExtraPf : w.taxable, {
    deduction: formatInr(t.standardDeduction),
    extra: formatInr(extraPf),
    limit: formatInr(t.employerPfExemption),
  });
  const taxLine = line(
    'income-tax',
    w,
    tax.totalInr,
    fill(w.incomeTax, { year: taxYearOf({ effectiveFrom: t.year.from }), taxable: formatInr(tax.taxableInr), how }),
    [...new Set(Object.values(t.sources).flat())],
  );
  const deductions = [pfLine, esiLine, ptLine, taxLine];
  const takeHomeAnnualInr = gross - deductions.reduce((s, d) => s + d.annualInr, 0);
  const beforePt = (gross - pfLine.annualInr - esiLine.annualInr - tax.totalInr) / 12;
  const otherMonths: OtherMonth[] = [];
  let monthlyInr = Math.round(beforePt);
  if (plan?.every === 'month') {
    monthlyInr = Math.round(beforePt - plan.amount);
    if (plan.february !== plan.amount)
      otherMonths.push({ when: 'february', inr: Math.round(beforePt - plan.february) });
  } else if (plan?.every === 'half-year')
    otherMonths.push({ when: 'half-year', inr: Math.round(beforePt - plan.amount) });
  return {
    ok: true,
    input,
    grossAnnualInr: gross,
    ctcAnnualInr: b.ctcAnnualInr,
    structure,
    deductions,
    tax,
    takeHomeAnnualInr,
    monthlyInr,
    otherMonths,
    notes: b.notes,
  };
}

/** How a state's professional tax is deducted, in words. */
function instalmentsText(plan: Instalments, state: string, w: PayWords): string {
  if (plan.every === 'half-year') return fill(w.ptHalfYear, { state, amount: formatInr(plan.amount) });
  return plan.february === plan.amount
    ? fill(w.ptMonthly, { state, amount: formatInr(plan.amount) })
    : fill(w.ptFebruary, { state, amount: formatInr(plan.amount), february: formatInr(plan.february) });
}

/**
 * The calculator's take-home for its settings: none for a contractor (paid a fee, who pays their own tax) and none
 * when no income-tax rules are in force (`rules` absent); otherwise as `payFor`. An EOR or a vendor employs the
 * engineer, so the structure and deductions are those of any employee.
 */
export function takeHomeFor(
  input: PayInput & Pick<CostInput, 'model'>,
  r: Rates,
  rules: PayRules | undefined,
  w: PayWords,
  ew: EngineWords,
): TakeHomeResult | 'contractor' | 'not-on-file' {
  if (input.model === 'contractor') return 'contractor';
  return rules ? payFor(input, r, rules.tax, rules.hraShare, w, ew) : 'not-on-file';
}
