/** Reverse mode: the highest gross pay a budget covers under the chosen model and options. */
import { inrText } from './money.ts';
import { annualCostAt, breakdownAt, costBreakpoints } from './breakdown.ts';
import { prepare } from './engine.ts';
import type { ParametersInForce } from './parameters.ts';
import { highestAtMost } from './solve.ts';
import type { CostBreakdown, CostError, CostInput } from './types.ts';

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

/** Highest gross pay per hire whose total cost fits `budget`, and its breakdown (basis `gross`). */
export function reverseFromBudget(budget: Budget, options: ReverseInput, params: ParametersInForce): ReverseResult {
  const ready = prepare({ ...options, salary: 1, basis: 'gross' }, params);
  if (!ready.ok) return ready;
  const { input, statutory: s } = ready;
  if (!Number.isFinite(budget.amount) || budget.amount <= 0) {
    return { ok: false, code: 'invalid-input', field: 'budget', message: 'Enter a budget above zero.' };
  }
  const perHire =
    (budget.amount * (budget.currency === 'USD' ? input.fx : 1) * (budget.per === 'month' ? 12 : 1)) / input.headcount;
  // Total cost rises with pay except where ESI or bonus switch off, so search from the top piece down.
  const gross = highestAtMost((g) => annualCostAt(g, input, s), costBreakpoints(input, s), perHire);
  if (gross === null || !(gross > 0)) {
    const fixed = annualCostAt(0, input, s);
    return {
      ok: false,
      code: 'budget-too-small',
      field: 'budget',
      message: `The budget (${inrText(perHire)} a year per hire) does not cover the fixed costs of ${inrText(fixed)} a year per hire, leaving nothing for pay.`,
    };
  }
  const result = breakdownAt(gross, { ...input, salary: gross }, s);
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
