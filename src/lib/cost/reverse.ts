/** Reverse mode: the highest gross pay a budget covers under the chosen model and options. */
import { formatInr } from '../format.ts';
import { breakdownAt } from './engine.ts';
import { annualCostAt, costBreakpoints } from './lines.ts';
import { highestAtMost } from './solve.ts';
import type { CostBreakdown, CostError, CostInput, Rates } from './types.ts';
import type { EngineWords } from './words.ts';
import { fill } from './explain.ts';

/** Everything the forward calculation takes except the pay, which reverse mode finds. */
export type ReverseInput = Omit<CostInput, 'salary' | 'basis'>;

/** The breakdown at the highest gross pay the budget covers, with the budget and what is left of it per hire. */
export type ReverseResult =
  (CostBreakdown & { targetCostAnnualInrPerHire: number; unusedAnnualInrPerHire: number }) | CostError;

/** Gross pay is offered in steps of this many rupees a year, as offers are written. */
export const OFFER_STEP = 1000;

/**
 * Highest gross pay, in whole thousands of rupees a year (whole rupees under ₹1,000), whose total cost per hire per
 * year fits `perHire` rupees, for an input already checked; what is left of the budget is reported.
 */
export function payWithinCost(perHire: number, input: Required<CostInput>, r: Rates, w: EngineWords): ReverseResult {
  // Total cost rises with pay except where ESI or bonus switch off, so search from the top piece down.
  const exact = highestAtMost((g) => annualCostAt(g, input, r, w), costBreakpoints(input, r), perHire);
  const tooSmall: CostError = {
    ok: false,
    code: 'cost-too-small',
    field: 'targetCost',
    message: fill(w.costTooSmall, {
      cost: formatInr(perHire),
      fixed: formatInr(annualCostAt(0, input, r, w)),
    }),
  };
  if (exact === null || !(exact >= 1)) return tooSmall;
  // Whole-rupee lines can round a total a few rupees below the exact one, so a step just above may still fit; rounding
  // down can cross back over an ESI or bonus threshold, where cost jumps up. The first candidate that fits is taken.
  // A candidate the settings do not allow (a round offer that falls under the PF ceiling with PF left out) is passed
  // over for the next, exact one; the reader sees why only when no candidate works.
  const step = (x: number) => Math.floor(x / OFFER_STEP) * OFFER_STEP;
  const whole = Math.floor(exact);
  let refused: ReverseResult | undefined;
  for (const gross of [step(exact + 5), step(exact), whole + 1, whole, whole - 1]) {
    if (gross < 1) continue;
    const result = breakdownAt(gross, { ...input, salary: gross, basis: 'gross' }, r, w);
    if (!result.ok) {
      refused ??= {
        ...result,
        field: 'targetCost',
        message: fill(w.atTargetCost, { gross: formatInr(gross), message: result.message }),
      };
      continue;
    }
    if (result.total.annualInr <= perHire)
      return {
        ...result,
        targetCostAnnualInrPerHire: perHire,
        unusedAnnualInrPerHire: Math.round(perHire - result.total.annualInr),
      };
  }
  return refused ?? tooSmall;
}
