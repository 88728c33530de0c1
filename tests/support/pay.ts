/** Shared fixtures for the take-home tests: the frozen income-tax and salary-structure data, and a checked runner. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { computeTakeHome } from '../../src/lib/pay/compute.ts';
import type { PayInput, TakeHome } from '../../src/lib/pay/take-home.ts';
import { taxRatesInForce, type TaxRates } from '../../src/lib/pay/tax-rates.ts';
import { incomeTaxParameterSchema, type IncomeTaxParameter } from '../../src/schemas/income-tax.ts';
import { salaryStructureSchema } from '../../src/schemas/salary-structure.ts';
import { rates } from './cost.ts';

const frozen = (file: string): unknown[] =>
  parse(readFileSync(new URL(`../fixtures/frozen/content/data/${file}`, import.meta.url), 'utf8'), {
    schema: 'core',
  }) as unknown[];

/** Every entry of the frozen income-tax file, validated by the schema. */
export const taxEntries: IncomeTaxParameter[] = frozen('income-tax.yaml').map((e) => incomeTaxParameterSchema.parse(e));

/** A day in the tax year 2026-27. */
export const TAX_DAY = '2026-12-07';

const picked = taxRatesInForce(taxEntries, TAX_DAY);
if (!picked.ok) throw new Error(`frozen income-tax.yaml lacks: ${picked.missing.join(', ')}`);

/** The tax rules in force on TAX_DAY. */
export const taxRates: TaxRates = picked.rates;

/** The frozen house rent allowance share of basic. */
export const hraShare = salaryStructureSchema.parse(frozen('salary-structure.yaml')[0]).shareOfBasic;

/** ₹12,75,000 gross in Karnataka, wages 50%, PF on the ceiling. */
export const payBase: PayInput = { salary: 1_275_000, basis: 'gross', wageShare: 0.5, pf: 'ceiling', state: 'KA' };

/** The take-home at `input` (over payBase), failing the test with the engine's message if there is none. */
export function takeHomeAt(input: Partial<PayInput> = {}): TakeHome {
  const result = computeTakeHome({ ...payBase, ...input }, rates, taxRates, hraShare);
  if (!result.ok) throw new Error(`${result.field ?? 'input'}: ${result.message}`);
  return result;
}

/** A deduction's yearly amount, by id. */
export const deduction = (t: TakeHome, id: string): number => t.deductions.find((d) => d.id === id)!.annualInr;
