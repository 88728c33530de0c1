/** Input and output shapes of the employer-cost engine. */
import type { StateCode } from './codes.ts';

/** Whether `salary` is gross pay or CTC (gross plus employer PF, EDLI, PF admin and gratuity accrual). */
export type Basis = 'gross' | 'ctc';
/** PF on wages up to the ceiling, on full wages, or not at all (only allowed above the ceiling). */
export type PfMode = 'ceiling' | 'full' | 'none';
/** Own entity, employer of record, independent contractor, or staffing vendor. */
export type HiringModel = 'entity' | 'eor' | 'contractor' | 'vendor';
/** Whether amounts are shown per year or per month. */
export type Period = 'annual' | 'monthly';

/** What the calculator asks for. Fields a model does not use (fee, markup) are ignored. */
export interface CostInput {
  /** Annual pay in rupees, per hire. */
  salary: number;
  basis: Basis;
  /** Share of gross counted as wages for PF and gratuity, 0.5–1 (default 0.5). */
  wageShare?: number;
  pf: PfMode;
  state: StateCode;
  model: HiringModel;
  eorFeeUsdPerMonth: number;
  /** Vendor markup on pay as a fraction, 0.4–0.8. */
  vendorMarkup: number;
  /** Rupees per US dollar. */
  fx: number;
  headcount: number;
  period: Period;
}

/** Identifier of one cost line, in display order. */
export type LineId = 'gross' | 'epf' | 'edli' | 'pf-admin' | 'gratuity' | 'esi' | 'bonus' | 'lwf' | 'fee' | 'markup';

/** One line of the breakdown. Every line is always present; a line that does not apply has 0 and a reason. */
export interface CostLine {
  id: LineId | 'total';
  label: string;
  applies: boolean;
  /** Why the line does not apply (only when `applies` is false). */
  reason?: string;
  /** Per hire, per year, unrounded. */
  annualInr: number;
  /** For the chosen period and headcount, rounded to the paisa. */
  inr: number;
  /** For the chosen period and headcount, rounded to the cent. */
  usd: number;
  /** Share of the base, e.g. 0.12. */
  rate?: number;
  /** What the rate is applied to, per hire per year. */
  base?: { description: string; annualInr: number };
  cap?: { description: string; monthlyInr: number };
  sourceIds: readonly string[];
  /** Latest effective-from date among the entries behind the line. */
  asOf?: string;
  /** True when an entry behind the line awaits verification. */
  unverified: boolean;
}

/** Employee professional tax: shown for information, never added to the employer's cost. */
export interface ProfessionalTaxInfo {
  state: StateCode;
  applies: boolean;
  /** Per employee per year. */
  annualInr: number;
  description: string;
  reason?: string;
  note?: string;
  sourceIds: readonly string[];
  asOf?: string;
  unverified: boolean;
}

/** A successful calculation. */
export interface CostBreakdown {
  ok: true;
  input: Required<CostInput>;
  /** Gross pay per hire per year. */
  grossAnnualInr: number;
  /** Gross plus employer PF, EDLI, PF admin and gratuity accrual, per hire per year. */
  ctcAnnualInr: number;
  lines: CostLine[];
  total: CostLine;
  /** (total − gross) / gross × 100: the employer's cost on top of gross pay. */
  totalOverGrossPct: number;
  professionalTax: ProfessionalTaxInfo;
  notes: string[];
}

/** Why a calculation could not be done. */
export interface CostError {
  ok: false;
  code: 'invalid-input' | 'pf-none-not-allowed' | 'missing-parameter' | 'budget-too-small';
  /** The input field at fault, if one is. */
  field?: keyof CostInput | 'budget';
  message: string;
}

/** The engine's answer. */
export type CostResult = CostBreakdown | CostError;
