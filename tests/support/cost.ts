/** Shared fixtures for the cost-engine tests: the real YAML data, a baseline input, and small accessors. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  ratesInForce,
  settingOrder,
  stateCodes,
  type CostBreakdown,
  type CostInput,
  type CostLine,
  type CalculatorState,
  type CostResult,
  type InputLimits,
  type LineId,
} from '../../src/lib/cost/index.ts';
import { employerCostParameterSchema, type EmployerCostParameter } from '../../src/schemas/employer-costs.ts';

/** The live data file as an editor wrote it (checked for validity, never for its figures). */
export const yamlText = readFileSync(new URL('../../content/data/employer-costs.yaml', import.meta.url), 'utf8');

/** The live YAML list, parsed with the 1.2 core schema (dates stay strings). */
export const rawEntries = parse(yamlText, { schema: 'core' }) as unknown[];

/** The hand-worked cases run on a frozen copy of the data, so a correct edit to the live file cannot break them. */
const fixtureText = readFileSync(
  new URL('../fixtures/frozen/content/data/employer-costs.yaml', import.meta.url),
  'utf8',
);

/** Every entry of the frozen copy, validated by the schema. */
export const entries: EmployerCostParameter[] = (parse(fixtureText, { schema: 'core' }) as unknown[]).map((e) =>
  employerCostParameterSchema.parse(e),
);

/** What the calculator takes as plausible, as content/data/calculator.yaml might say it (₹1 lakh to ₹5 crore, 5–150%). */
export const limits: InputLimits = {
  salary: { min: 100_000, max: 50_000_000 },
  markup: { min: 0.05, max: 1.5, reason: 'wide enough for any plausible quote.' },
};

/** The day the figures in the reference were read. */
export const TODAY = '2026-11-27';

/** The engine's rates in force today, verified entries only. */
export const rates = ratesInForce(entries, TODAY);

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
export const defaults: CalculatorState = { ...base, wageShare: base.wageShare!, state: 'KA', model: 'eor' };

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

/** Any valid settings as a reader can type them: money in whole rupees (a salary of at least 1,000, as a bare number under that is asked about), shares as percentages with up to two decimals. */
export const typedState = fc.record(
  {
    salary: fc.integer({ min: 1000, max: 1e9 }),
    basis: fc.constantFrom('gross', 'ctc'),
    wageShare: fc.integer({ min: 5000, max: 10_000 }).map((n) => n / 100 / 100),
    pf: fc.constantFrom('ceiling', 'full', 'none'),
    state: fc.constantFrom(...stateCodes),
    model: fc.constantFrom('entity', 'eor', 'contractor', 'vendor'),
    eorFeeUsdPerMonth: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
    vendorMarkup: fc.integer({ min: 4000, max: 8000 }).map((n) => n / 100 / 100),
    fx: fc.integer({ min: 10_000, max: 10_000_000 }).map((n) => n / 10_000),
    headcount: fc.integer({ min: 1, max: 10_000 }),
    period: fc.constantFrom('annual', 'monthly'),
    targetCost: fc.integer({ min: 1, max: 1e11 }),
    inHand: fc.integer({ min: 1, max: 1e7 }),
  },
  {
    requiredKeys: settingOrder.filter((k) => k !== 'targetCost' && k !== 'inHand'),
  },
) satisfies fc.Arbitrary<CalculatorState>;
