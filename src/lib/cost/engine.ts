/** The employer-cost engine: from pay, options and the parameters in force to a sourced breakdown. */
import { breakdownAt, ctcAt } from './breakdown.ts';
import type { ParametersInForce } from './parameters.ts';
import { highestAtMost } from './solve.ts';
import { resolveStatutory, type Statutory } from './statutory.ts';
import type { CostError, CostInput, CostResult } from './types.ts';
import { validateInput } from './validate.ts';

/** Checked input and statutory values, or why the calculation cannot start. */
export function prepare(
  input: CostInput,
  params: ParametersInForce,
): { ok: true; input: Required<CostInput>; statutory: Statutory } | CostError {
  const checked = validateInput(input);
  if (!checked.ok) return checked;
  const statutory = resolveStatutory(params, checked.input.state);
  if ('missing' in statutory) {
    return {
      ok: false,
      code: 'missing-parameter',
      message: `No figure is in force on ${params.onDate} for: ${statutory.missing.join(', ')}. Choose a later date or add the entries to content/data/employer-costs.yaml.`,
    };
  }
  return { ok: true, input: checked.input, statutory };
}

/** Employer cost of `input.headcount` hires at `input.salary` (gross or CTC) under the chosen model, with every line sourced. */
export function computeEmployerCost(input: CostInput, params: ParametersInForce): CostResult {
  const ready = prepare(input, params);
  if (!ready.ok) return ready;
  const { input: full, statutory: s } = ready;
  // CTC = gross + PF + EDLI + admin + gratuity is continuous and piecewise linear in gross (one kink, at the PF ceiling).
  const gross =
    full.basis === 'gross'
      ? full.salary
      : highestAtMost((g) => ctcAt(g, full, s), [(12 * s.ceiling.value) / full.wageShare], full.salary);
  if (gross === null || !(gross > 0)) {
    return {
      ok: false,
      code: 'invalid-input',
      field: 'salary',
      message: 'This CTC is too small to contain any gross pay.',
    };
  }
  return breakdownAt(gross, full, s);
}
