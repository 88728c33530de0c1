/** Compares the cost of one India hire with a US total-compensation band. */
import type { CostBreakdown } from './types.ts';

/** A US total-compensation band in US dollars a year. */
export interface UsBand {
  min: number;
  max: number;
}

/** How many times the India hire's cost per year each end of the band is (low end first); undefined for a band not above zero. */
export function timesAsMuch(
  breakdown: Pick<CostBreakdown, 'total' | 'input'>,
  band: UsBand,
): [number, number] | undefined {
  const usd = breakdown.total.annualInr / breakdown.input.fx;
  const low = Math.min(band.min, band.max) / usd;
  const high = Math.max(band.min, band.max) / usd;
  return low > 0 && high < Infinity ? [low, high] : undefined;
}
