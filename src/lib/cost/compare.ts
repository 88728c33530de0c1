/** Compares the cost of one India hire with a US total-compensation band. */
import type { CostBreakdown } from './types.ts';

/** A US total-compensation band in US dollars a year (the salary schema keeps 0 < min ≤ max). */
export interface UsBand {
  min: number;
  max: number;
}

/** How many times the India hire's cost per year each end of the band is, low end first. */
export function timesAsMuch(breakdown: Pick<CostBreakdown, 'total' | 'input'>, band: UsBand): [number, number] {
  const usd = breakdown.total.annualInr / breakdown.input.fx;
  return [band.min / usd, band.max / usd];
}
