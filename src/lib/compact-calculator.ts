/**
 * The compact calculator a guide shows: the cost engine's total for every salary preset under every hiring model,
 * worked out at build time, and the query that opens the full calculator on the same settings.
 */
import { computeEmployerCost, type CostBreakdown, type HiringModelId, type Rates } from './cost/index.ts';
import { presetFor, type SalaryPreset } from './cost/bands.ts';
import type { CalculatorState } from './cost/fields.ts';

/** One total the compact calculator can show: a preset's midpoint salary under one hiring model. */
export interface CompactTotal {
  preset: string;
  model: HiringModelId;
  /** Gross pay a year, in whole rupees: the preset's midpoint. */
  salary: number;
  /** Everything the employer pays a year for one hire, in whole rupees, as the full calculator shows it. */
  total: number;
  /** The employer's cost on top of gross pay, as a percentage. */
  overGrossPct: number;
  /** The full calculator's query for these settings, without `?`. */
  query: string;
}

/** The query the compact form sends to the full calculator: the preset and the model, in the form's order. */
export const compactQuery = (preset: string, model: HiringModelId): string =>
  new URLSearchParams({ preset, model }).toString();

/** The preset the compact calculator starts on: the one at the full calculator's default salary, else the first. */
export function startingPreset(defaults: CalculatorState, presets: readonly SalaryPreset[]): SalaryPreset {
  const preset = presetFor(defaults.salary, presets) ?? presets[0];
  if (!preset) throw new Error('The compact calculator needs at least one salary preset.');
  return preset;
}

/**
 * The total for each preset under each model, presets first, at the full calculator's other defaults (one hire,
 * a year); a build error names the pair the engine refuses.
 */
export function compactTotals(
  defaults: CalculatorState,
  presets: readonly SalaryPreset[],
  models: readonly HiringModelId[],
  rates: Rates,
): CompactTotal[] {
  return presets.flatMap((p) =>
    models.map((model) => {
      const r = computeEmployerCost({ ...defaults, salary: p.mid, model, headcount: 1, period: 'annual' }, rates);
      if (!r.ok) throw new Error(`The compact calculator: no total for ${p.id} under ${model}: ${r.message}`);
      const b: CostBreakdown = r;
      return {
        preset: p.id,
        model,
        salary: b.grossAnnualInr,
        total: b.total.annualInr,
        overGrossPct: b.totalOverGrossPct,
        query: compactQuery(p.id, model),
      };
    }),
  );
}
