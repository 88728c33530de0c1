/** The take-home calculation's checked entry point, in the default wording, for server code and tests. */
import { validateInput } from '../cost/validate.ts';
import { words } from '../cost/words.ts';
import { asEmployee, payFor, type PayInput, type TakeHomeResult } from './take-home.ts';
import type { TaxRates } from './tax-rates.ts';
import type { Rates } from '../cost/types.ts';
import { payWords } from './words.ts';

/** Take-home pay at `input.salary` (gross or CTC): the input is checked as the employer engine checks it. */
export function computeTakeHome(input: PayInput, r: Rates, t: TaxRates, hraShare: number): TakeHomeResult {
  const checked = validateInput(asEmployee(input));
  return checked.ok ? payFor(checked.input, r, t, hraShare, payWords, words.engine) : checked;
}
