/**
 * The engine's checked entry points: each checks its input first and speaks with the default wording. The build uses
 * `defaultsProblems`; tests use all three. The island calls the unchecked `costFor` and `payWithinCost` instead, as
 * its readers share the same limits (fields.ts), which keeps the checks and the wording out of its bundle.
 */
import { costFor } from './engine.ts';
import { explain } from './explain.ts';
import { formValues, readSettings, type CalculatorState, type InputLimits } from './fields.ts';
import { payWithinCost, type ReverseInput, type ReverseResult } from './reverse.ts';
import type { CostInput, CostResult, Rates } from './types.ts';
import { validateInput } from './validate.ts';
import { words } from './words.ts';

/** Employer cost of `input.headcount` hires at `input.salary` (gross or CTC) under the chosen model, with every line sourced. */
export function computeEmployerCost(input: CostInput, r: Rates): CostResult {
  const checked = validateInput(input);
  return checked.ok ? costFor(checked.input, r, words.engine) : checked;
}

/**
 * Highest gross pay per hire whose total cost fits a team budget of `teamAnnualInr` rupees a year, and its
 * breakdown (basis `gross`). Budgets typed in dollars or per month are converted by the readers (fields.ts).
 */
export function reverseFromCost(teamAnnualInr: number, options: ReverseInput, r: Rates): ReverseResult {
  const checked = validateInput({ ...options, salary: 1, basis: 'gross' });
  if (!checked.ok) return checked;
  if (!(teamAnnualInr > 0 && teamAnnualInr < Infinity))
    return { ok: false, code: 'invalid-input', field: 'targetCost', message: words.engine.costZero };
  return payWithinCost(teamAnnualInr / checked.input.headcount, checked.input, r, words.engine);
}

/**
 * Why a calculator's defaults would not work, as a list of problems (empty when they do): they must pass the input
 * check, give a breakdown, and read back unchanged from the form they fill in.
 */
export function defaultsProblems(defaults: CalculatorState, r: Rates, limits?: InputLimits): string[] {
  const checked = validateInput(defaults);
  const result = checked.ok ? costFor(checked.input, r, words.engine) : checked;
  const problems = result.ok ? [] : [`${result.field ?? 'input'}: ${result.message}`];
  const back = readSettings(formValues(defaults), defaults, false, limits);
  for (const [key, problem] of Object.entries(back.errors))
    problems.push(`${key}: ${explain(key as keyof CalculatorState, problem, words)}`);
  for (const [key, value] of Object.entries(back.state))
    if (value !== defaults[key as keyof CalculatorState])
      problems.push(
        `${key}: ${String(defaults[key as keyof CalculatorState])} reads back from the form as ${String(value)}`,
      );
  return problems;
}
