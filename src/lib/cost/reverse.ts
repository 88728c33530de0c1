/** Reverse mode: the highest gross pay a budget covers under the chosen model and options. */
import { inrText } from '../format.ts';
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
      message: fill(w.atBudget, { gross: inrText(gross), message: result.message }),
    };
  return {
    ...result,
    budgetAnnualInrPerHire: perHire,
    unusedAnnualInrPerHire: Math.max(0, perHire - result.total.annualInr),
  };
}
