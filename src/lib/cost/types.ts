/** Input and output shapes of the employer-cost engine, and the rates it works from. */
import type { StateCode } from './codes.ts';

/** Whether `salary` is gross pay or CTC (gross plus every employer statutory cost: PF, EDLI, PF admin, gratuity, ESI, bonus, LWF). */
type Basis = 'gross' | 'ctc';
/** PF on wages up to the ceiling, on full wages, or not at all (only allowed above the ceiling). */
type PfMode = 'ceiling' | 'full' | 'none';
/** Own entity, employer of record, independent contractor, or staffing vendor. */
export type HiringModelId = 'entity' | 'eor' | 'contractor' | 'vendor';
/** Whether amounts are shown per year or per month. */
type Period = 'annual' | 'monthly';

/** What the calculator asks for. Fields a model does not use (fee, markup) are ignored. */
export interface CostInput {
  /** Annual pay in rupees, per hire (taken in whole rupees). */
  salary: number;
  basis: Basis;
  /** Share of gross counted as wages for PF and gratuity, 0.5–1 (default 0.5). */
  wageShare?: number;
  pf: PfMode;
  state: StateCode;
  model: HiringModelId;
  eorFeeUsdPerMonth: number;
  /** Vendor markup on pay as a fraction, 0.4–0.8. */
  vendorMarkup: number;
  /** Rupees per US dollar. */
  fx: number;
  headcount: number;
  period: Period;
}

/** A statutory figure in force on the day the rates were picked, with what a reader is shown about its origin. */
export interface Figure {
  /** A share of pay (0.12) or rupees: a month for limits and ceilings, a year for the Labour Welfare Fund and professional tax. */
  value: number;
  sources: readonly string[];
  /** The day the entry took effect (YYYY-MM-DD); absent when its sources give no start date (`startDateGiven: false`). */
  from?: string;
  /** Present when the entry awaits verification: the note shown with any breakdown that uses it. */
  unverified?: string;
}

/** The employee's professional tax recorded for a state (a deduction from pay, never an employer cost). */
export interface ProfessionalTaxRule {
  /** Rupees a year. */
  figure: Figure;
  /** The pay test of the recorded slab: gross pay a year must be at least (or above) `annualPay`; `slab` says it in words. */
  threshold?: { annualPay: number; atLeast: boolean; slab: string };
  /** How the yearly amount is deducted: each month (February's amount may differ), or in two half-yearly parts. */
  instalments: { every: 'month'; amount: number; february: number } | { every: 'half-year'; amount: number };
}

/** What applies in one state. */
export interface StateRates {
  /** The state's name, for the reader. */
  name: string;
  /** Employer's Labour Welfare Fund share, rupees a year. */
  lwf?: Figure;
  professionalTax?: ProfessionalTaxRule;
  /** Why no professional tax is shown, when none is recorded. */
  noProfessionalTax?: string;
  /** Entries awaiting verification that were left out (nationally or for this state), in words. */
  notes: readonly string[];
}

/** Every figure the engine reads, as in force on `onDate`; built from content/data/employer-costs.yaml by `ratesInForce`. */
export interface Rates {
  onDate: string;
  ceiling: Figure;
  epf: Figure;
  edli: Figure;
  admin: Figure;
  gratuity: Figure;
  esi: Figure;
  esiLimit: Figure;
  bonus: Figure;
  bonusLimit: Figure;
  bonusFloor: Figure;
  adminMinimum?: Figure;
  gratuityCap?: Figure;
  /** The employee's own shares, deducted from pay (never employer costs): PF on PF wages, ESI on gross pay. */
  epfEmployee?: Figure;
  esiEmployee?: Figure;
  /** A PF wage ceiling reported for this day but awaiting verification: the calculator shows what it would change. */
  reportedCeiling?: Figure;
  states: Partial<Record<StateCode, StateRates>>;
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
  /** Per hire, per year, in whole rupees (rounded once, from the exact amount). */
  annualInr: number;
  /** For the chosen period and headcount, in whole rupees; the lines add up to the total's exactly. */
  inr: number;
  /** For the chosen period and headcount, in whole dollars; the lines add up to the total's exactly. */
  usd: number;
  /** Share of the base, e.g. 0.12. */
  rate?: number;
  /** What the rate is applied to, per hire per year, in whole rupees. */
  base?: { description: string; annualInr: number };
  cap?: { description: string; monthlyInr: number };
  sourceIds: readonly string[];
  /** Latest effective-from date among the figures behind the line; absent when a source of one of them gives no start date. */
  asOf?: string;
  /** True when a figure behind the line awaits verification. */
  unverified: boolean;
  /** True when the cost is due but the site has no figure for it: it is left out of the total, which says so. */
  notOnFile?: boolean;
}

/** Employee professional tax: shown for information, never added to the employer's cost. */
export interface ProfessionalTaxInfo {
  state: StateCode;
  applies: boolean;
  /** Per employee per year. */
  annualInr: number;
  reason?: string;
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
  /** Gross plus every statutory line (what a CTC contains), per hire per year. */
  ctcAnnualInr: number;
  lines: CostLine[];
  total: CostLine;
  /** (total − gross) / gross × 100: the employer's cost on top of gross pay. */
  totalOverGrossPct: number;
  professionalTax: ProfessionalTaxInfo;
  notes: string[];
  /** What the reported, unverified PF wage ceiling would change at the same gross pay (entity and EOR only). */
  ceilingChange?: CeilingChange;
}

/** Differences, per hire per year in whole rupees, if the reported PF wage ceiling were used instead. */
export interface CeilingChange {
  ceiling: Figure;
  epf: number;
  edli: number;
  admin: number;
  /** True when PF is left out but could not be under the reported ceiling, as wages would be at or below it. */
  pfRequired?: boolean;
}

/** Why a calculation could not be done. */
export interface CostError {
  ok: false;
  code: 'invalid-input' | 'pf-none-not-allowed' | 'cost-too-small';
  /** The input field at fault, if one is. */
  field?: keyof CostInput | 'targetCost' | 'inHand';
  message: string;
}

/** The engine's answer. */
export type CostResult = CostBreakdown | CostError;
