/** Checks a calculator input before any arithmetic, so the engine never returns NaN or Infinity. */
import { isOneOf, stateCodes } from './codes.ts';
import type { CostError, CostInput } from './types.ts';

/** Default share of gross counted as wages: the Labour Codes' 50% floor. */
export const DEFAULT_WAGE_SHARE = 0.5;

const fail = (field: keyof CostInput, message: string): CostError => ({
  ok: false,
  code: 'invalid-input',
  field,
  message,
});
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** The input with defaults filled in, or the first problem found, naming the field. */
export function validateInput(input: CostInput): { ok: true; input: Required<CostInput> } | CostError {
  const full: Required<CostInput> = { ...input, wageShare: input.wageShare ?? DEFAULT_WAGE_SHARE };
  if (!finite(full.salary) || full.salary <= 0) return fail('salary', 'Enter a pay amount above zero.');
  if (!isOneOf(['gross', 'ctc'], full.basis)) return fail('basis', 'Choose whether the amount is gross pay or CTC.');
  if (!finite(full.wageShare) || full.wageShare < 0.5 || full.wageShare > 1) {
    return fail(
      'wageShare',
      'Wages must be between 50% and 100% of gross: the Labour Codes count at least half of pay as wages.',
    );
  }
  if (!isOneOf(['ceiling', 'full', 'none'], full.pf))
    return fail('pf', 'Choose PF on the ceiling, on full wages, or none.');
  if (!isOneOf(stateCodes, full.state)) return fail('state', `Choose one of the states ${stateCodes.join(', ')}.`);
  if (!isOneOf(['entity', 'eor', 'contractor', 'vendor'], full.model))
    return fail('model', 'Choose entity, EOR, contractor or vendor.');
  if (!finite(full.fx) || full.fx <= 0)
    return fail('fx', 'The exchange rate must be a number of rupees per US$ above zero, e.g. 86.73.');
  if (full.model === 'eor' && (!finite(full.eorFeeUsdPerMonth) || full.eorFeeUsdPerMonth < 0)) {
    return fail('eorFeeUsdPerMonth', 'The EOR fee must be zero or more US$ a month, e.g. 599.');
  }
  if (full.model === 'vendor' && (!finite(full.vendorMarkup) || full.vendorMarkup < 0.4 || full.vendorMarkup > 0.8)) {
    return fail('vendorMarkup', 'The vendor markup must be between 40% and 80% (write 60% as 0.6).');
  }
  if (!Number.isInteger(full.headcount) || full.headcount < 1)
    return fail('headcount', 'The number of hires must be a whole number, 1 or more.');
  if (!isOneOf(['annual', 'monthly'], full.period)) return fail('period', 'Choose annual or monthly amounts.');
  return { ok: true, input: full };
}
