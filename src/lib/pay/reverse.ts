/**
 * Reverse mode's second question: the gross pay, and so the CTC, that leaves a given take-home in a usual month. The
 * take-home calculation is run forward (payFor) at offers in whole thousands of rupees a year, searching by halves.
 */
import { formatInr } from '../format.ts';
import { fill } from '../cost/explain.ts';
import { OFFER_STEP } from '../cost/reverse.ts';
import type { CostError, Rates } from '../cost/types.ts';
import type { EngineWords } from '../cost/words.ts';
import { payFor, type PayInput, type PayRules, type TakeHome } from './take-home.ts';
import type { PayWords } from './words.ts';

/** The lowest offer whose usual month's take-home reaches the target, with its take-home worked out in full. */
type InHandResult = (TakeHome & { targetMonthlyInr: number }) | CostError;

/**
 * The lowest gross pay, in whole thousands of rupees a year, whose take-home in a usual month is at least
 * `monthlyInr`, under `input`'s state, wage share and PF (its salary and basis are ignored), up to `maxGross`.
 *
 * Take-home rises with gross pay except just above the rebate limit and each surcharge step, where marginal relief
 * caps the tax at the income above the step but cess comes on top, so a little more pay leaves a little less. Those
 * steps (as gross pay: taxable income plus the standard deduction) cut the range into pieces; the first piece whose
 * top reaches the target holds the answer, and within it the pay that reaches the target is found by halves.
 */
export function grossForTakeHome(
  monthlyInr: number,
  input: Omit<PayInput, 'salary' | 'basis'>,
  maxGross: number,
  r: Rates,
  p: PayRules,
  w: PayWords,
  ew: EngineWords,
): InHandResult {
  const at = (gross: number) => payFor({ ...input, salary: gross, basis: 'gross' }, r, p.tax, p.hraShare, w, ew);
  const reaches = (steps: number): boolean => {
    const t = at(steps * OFFER_STEP);
    return t.ok && t.monthlyInr >= monthlyInr;
  };
  const top = Math.floor(maxGross / OFFER_STEP);
  const { tax } = p;
  const peaks = [tax.rebate.limit, ...tax.surcharge.steps.map((s) => s.above)]
    .map((taxable) => Math.floor((taxable + tax.standardDeduction) / OFFER_STEP))
    .filter((step) => step > 0 && step < top)
    .sort((a, b) => a - b);
  // Invariant: `lo` does not reach the target (no pay reaches a target above zero).
  let lo = 0;
  for (const hi0 of [...peaks, top]) {
    let hi = hi0;
    if (!(monthlyInr > 0) || !reaches(hi)) {
      lo = hi;
      continue;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (reaches(mid)) hi = mid;
      else lo = mid;
    }
    return { ...(at(hi * OFFER_STEP) as TakeHome), targetMonthlyInr: monthlyInr };
  }
  return {
    ok: false,
    code: 'invalid-input',
    field: 'inHand',
    message: fill(w.inHandOutOfReach, { month: formatInr(monthlyInr), max: formatInr(maxGross) }),
  };
}
