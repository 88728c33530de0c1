/** Reverse mode: the highest gross pay a budget covers under the chosen model and options. */
import { breakdownAt } from './engine.ts';
import { annualCostAt, costBreakpoints } from './lines.ts';
import { inrText } from './money.ts';
import { highestAtMost } from './solve.ts';
import type { CostBreakdown, CostError, CostInput, Rates } from './types.ts';
import { validateInput } from './validate.ts';
import { words, type EngineWords } from './words.ts';
import { fill } from './explain.ts';

/** A budget for the whole team (all `headcount` hires), in rupees or dollars, per month or per year. */
export interface Budget {
  amount: number;
  currency: 'INR' | 'USD';
  per: 'month' | 'year';
}

/** Everything the forward calculation takes except the pay, which reverse mode finds. */
export type ReverseInput = Omit<CostInput, 'salary' | 'basis'>;

/** The breakdown at the highest gross pay the budget covers, with the budget and what is left of it per hire. */
export type ReverseResult =
  (CostBreakdown & { budgetAnnualInrPerHire: number; unusedAnnualInrPerHire: number }) | CostError;

/** Highest gross pay whose total cost per hire per year fits `perHire` rupees, for an input already checked. */
export function coverBudget(perHire: number, input: Required<CostInput>, r: Rates, w: EngineWords): ReverseResult {
  // Total cost rises with pay except where ESI or bonus switch off, so search from the top piece down.
  const gross = highestAtMost((g) => annualCostAt(g, input, r, w), costBreakpoints(input, r), perHire);
  if (gross === null || !(gross > 0))
    return {
      ok: false,
      code: 'budget-too-small',
      field: 'budget',
      message: fill(w.budgetTooSmall, { budget: inrText(perHire), fixed: inrText(annualCostAt(0, input, r, w)) }),
    };
  const result = breakdownAt(gross, { ...input, salary: gross, basis: 'gross' }, r, w);
  if (!result.ok)
    return {
      ...result,
      field: 'budget',
      message: `At the pay this budget covers (${inrText(gross)} a year): ${result.message}`,
    };
  return {
    ...result,
    budgetAnnualInrPerHire: perHire,
    unusedAnnualInrPerHire: Math.max(0, perHire - result.total.annualInr),
  };
}

/** Highest gross pay per hire whose total cost fits `budget`, and its breakdown (basis `gross`). */
export function reverseFromBudget(
  budget: Budget,
  options: ReverseInput,
  r: Rates,
  w: EngineWords = words.engine,
): ReverseResult {
  const checked = validateInput({ ...options, salary: 1, basis: 'gross' });
  if (!checked.ok) return checked;
  const { input } = checked;
  if (!(budget.amount > 0 && budget.amount < Infinity))
    return { ok: false, code: 'invalid-input', field: 'budget', message: w.budgetZero };
  const perHire =
    (budget.amount * (budget.currency === 'USD' ? input.fx : 1) * (budget.per === 'month' ? 12 : 1)) / input.headcount;
  return coverBudget(perHire, input, r, w);
}
