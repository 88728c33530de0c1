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
export type InHandResult = (TakeHome & { targetMonthlyInr: number }) | CostError;

/**
 * The lowest gross pay, in whole thousands of rupees a year, whose take-home in a usual month is at least
 * `monthlyInr`, under `input`'s state, wage share and PF (its salary and basis are ignored), up to `maxGross`.
 * Take-home never falls as gross pay rises (tests/unit/pay holds the engine to it), so halving the range finds it.
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
  let hi = Math.floor(maxGross / OFFER_STEP);
  if (!(monthlyInr > 0) || !reaches(hi))
    return {
      ok: false,
      code: 'invalid-input',
      field: 'inHand',
      message: fill(w.inHandOutOfReach, { month: formatInr(monthlyInr), max: formatInr(maxGross) }),
    };
  let lo = 0;
  // Invariant: `hi` reaches the target and `lo` does not (no pay reaches a target above zero).
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  const found = at(hi * OFFER_STEP) as TakeHome;
  return { ...found, targetMonthlyInr: monthlyInr };
}
