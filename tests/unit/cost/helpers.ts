/** Shared fixtures for the cost-engine tests: the real YAML data, a baseline input, and small accessors. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  ratesInForce,
  type CostBreakdown,
  type CostInput,
  type CostLine,
  type CalculatorState,
  type CostResult,
  type LineId,
} from '../../../src/lib/cost/index.ts';
import { employerCostParameterSchema, type EmployerCostParameter } from '../../../src/schemas/employer-costs.ts';

/** The live data file as an editor wrote it (checked for validity, never for its figures). */
export const yamlText = readFileSync(new URL('../../../content/data/employer-costs.yaml', import.meta.url), 'utf8');

/** The live YAML list, parsed with the 1.2 core schema (dates stay strings). */
export const rawEntries = parse(yamlText, { schema: 'core' }) as unknown[];

/** The hand-worked cases run on a frozen copy of the data, so a correct edit to the live file cannot break them. */
const fixtureText = readFileSync(new URL('../../fixtures/employer-costs.yaml', import.meta.url), 'utf8');

/** Every entry of the frozen copy, validated by the schema. */
export const entries: EmployerCostParameter[] = (parse(fixtureText, { schema: 'core' }) as unknown[]).map((e) =>
  employerCostParameterSchema.parse(e),
);

/** The day the figures in the reference were read. */
export const TODAY = '2026-11-27';

/** The engine's rates in force today, verified entries only. */
export const params = ratesInForce(entries, TODAY);

/** ₹30 lakh gross, wages 50%, PF on the ceiling, own entity in Delhi (no LWF), one hire, annual. */
export const base: CostInput = {
  salary: 3_000_000,
  basis: 'gross',
  wageShare: 0.5,
  pf: 'ceiling',
  state: 'DL',
  model: 'entity',
  eorFeeUsdPerMonth: 599,
  vendorMarkup: 0.6,
  fx: 86.73,
  headcount: 1,
  period: 'annual',
};

/** The calculator's settings as a page might default them: ₹30 lakh through an EOR in Karnataka. */
export const defaults: CalculatorState = { ...base, wageShare: 0.5, state: 'KA', model: 'eor' };

/** The breakdown, failing the test with the engine's message if there is none. */
export function ok(result: CostResult): CostBreakdown {
  if (!result.ok) throw new Error(`expected a breakdown, got ${result.code}: ${result.message}`);
  return result;
}

/** One line of a breakdown by id. */
export function line(b: CostBreakdown, id: LineId): CostLine {
  const found = b.lines.find((l) => l.id === id);
  if (found === undefined) throw new Error(`no line ${id}`);
  return found;
}

/** Per-hire annual amounts keyed by line id. */
export function amounts(b: CostBreakdown): Record<string, number> {
  return Object.fromEntries(b.lines.map((l) => [l.id, l.annualInr]));
}
