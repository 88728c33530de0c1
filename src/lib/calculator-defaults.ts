/**
 * The full calculator's starting settings, from content: the middle local band, the EOR fee, the middle of the
 * vendor markup range the site quotes, and the data set's exchange rate. The page and its tests share this.
 */
import { DEFAULT_WAGE_SHARE, type CalculatorState } from './cost/index.ts';
import { DEFAULT_STATE } from './cost/codes.ts';
import { toUnits } from './salaries.ts';

/** What the defaults are made from, as content holds it. */
export interface DefaultsFrom {
  /** The band whose midpoint is the default salary (lakh for INR). */
  band: { min: number; max: number; currency: string };
  /** The EOR fee fact, in US dollars a month: its value, or the low end of its range. */
  eorFee: { value?: number | undefined; min?: number | undefined };
  /** The vendor markup the site quotes, in percent of pay. */
  vendorMarkup: { min: number; max: number };
  /** Rupees per US dollar. */
  fx: number;
}

/** The calculator's defaults: a gross salary in Karnataka, PF at the ceiling, one engineer through an EOR, a year. */
export function calculatorDefaults(from: DefaultsFrom): CalculatorState {
  const { band, eorFee, vendorMarkup, fx } = from;
  return {
    salary: Math.round(toUnits((band.min + band.max) / 2, band.currency)),
    basis: 'gross',
    wageShare: DEFAULT_WAGE_SHARE,
    pf: 'ceiling',
    state: DEFAULT_STATE,
    model: 'eor',
    // A fact holds a value or a range (facts schema); the EOR fee default is its value, or the low end.
    eorFeeUsdPerMonth: (eorFee.value ?? eorFee.min)!,
    vendorMarkup: (vendorMarkup.min + vendorMarkup.max) / 2 / 100,
    fx,
    headcount: 1,
    period: 'annual',
  };
}
