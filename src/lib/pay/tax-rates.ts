/** The income-tax rules in force on one day, from the dated entries of content/data/income-tax.yaml. */
import type { IncomeTaxParameter } from '../../schemas/income-tax.ts';
import { entryInForce } from '../cost/parameters.ts';
import { taxParameterNames, type TaxParameterName } from './codes.ts';

/** A step of taxable income (rupees a year) and the rate above it. */
export interface TaxStep {
  above: number;
  rate: number;
}

/** Every figure the tax calculation reads, as in force on `onDate`, with the sources behind each rule. */
export interface TaxRates {
  onDate: string;
  /** The tax year the slabs cover: first and, where recorded, last day (YYYY-MM-DD). */
  year: { from: string; to?: string };
  slabs: readonly TaxStep[];
  /** Rupees a year. */
  standardDeduction: number;
  /** No tax up to `limit` of taxable income (a rebate of at most `maximum`); above it, marginal relief if recorded. */
  rebate: { limit: number; maximum: number; marginalRelief: boolean };
  surcharge: { steps: readonly TaxStep[]; marginalRelief: boolean };
  cessRate: number;
  /** The employer's PF contribution a year above which the excess is taxed as salary, in rupees. */
  employerPfExemption: number;
  /** Source ids of each rule. */
  sources: Readonly<Record<TaxParameterName, readonly string[]>>;
}

const sourcesOf = (get: (name: TaxParameterName) => IncomeTaxParameter): TaxRates['sources'] => {
  const out = {} as Record<TaxParameterName, readonly string[]>;
  for (const name of taxParameterNames) out[name] = get(name).sources;
  return out;
};

/** The rules in force on `onDate`, or the names of those with no verified entry in force that day. */
export function taxRatesInForce(
  entries: readonly IncomeTaxParameter[],
  onDate: string,
): { ok: true; rates: TaxRates } | { ok: false; missing: TaxParameterName[] } {
  const found = new Map(
    taxParameterNames.map((name) => [name, entryInForce(entries, name, undefined, onDate, false)] as const),
  );
  const missing = taxParameterNames.filter((name) => found.get(name) === undefined);
  if (missing.length > 0) return { ok: false, missing };
  const get = (name: TaxParameterName): IncomeTaxParameter => found.get(name)!;
  const slabs = get('slabs');
  const rebate = get('rebate');
  const surcharge = get('surcharge');
  const year: TaxRates['year'] = { from: slabs.effectiveFrom };
  if (slabs.effectiveTo !== undefined) year.to = slabs.effectiveTo;
  // The schema guarantees each rule's fields (steps for slabs and surcharge, value for the rest).
  return {
    ok: true,
    rates: {
      onDate,
      year,
      slabs: slabs.steps!,
      standardDeduction: get('standard-deduction').value!,
      rebate: { limit: rebate.incomeLimit!, maximum: rebate.value!, marginalRelief: rebate.marginalRelief! },
      surcharge: { steps: surcharge.steps!, marginalRelief: surcharge.marginalRelief! },
      cessRate: get('cess-rate').value!,
      employerPfExemption: get('employer-pf-exemption').value!,
      sources: sourcesOf(get),
    },
  };
}
