/** Income tax for a year on taxable salary, new regime: slabs, rebate and surcharge with marginal relief, cess. */
import type { TaxRates, TaxStep } from './tax-rates.ts';

/** The year's tax, step by step, in whole rupees: slab tax − rebate + surcharge + cess = total, exactly. */
export interface TaxWorking {
  taxableInr: number;
  slabTaxInr: number;
  /** The rebate, including any marginal relief just above the rebate limit. */
  rebateInr: number;
  /** The surcharge after any marginal relief. */
  surchargeInr: number;
  cessInr: number;
  totalInr: number;
  /** The surcharge rate applied (0 below the first step). */
  surchargeRate: number;
  /** Which marginal reliefs lowered the tax. */
  reliefs: ('rebate' | 'surcharge')[];
}

/** Tax on `income` by the slabs, before rebate, surcharge and cess (exact, not rounded). */
export function slabTax(income: number, steps: readonly TaxStep[]): number {
  let tax = 0;
  steps.forEach((s, i) => {
    const top = steps[i + 1]?.above ?? Number.POSITIVE_INFINITY;
    if (income > s.above) tax += (Math.min(income, top) - s.above) * s.rate;
  });
  return tax;
}

/** Tax after the rebate: none up to the limit; above it, with marginal relief, no more than the income above the limit. */
function afterRebate(income: number, t: TaxRates): number {
  const base = slabTax(income, t.slabs);
  const { limit, maximum, marginalRelief } = t.rebate;
  if (income <= limit) return Math.max(0, base - maximum);
  return marginalRelief ? Math.min(base, income - limit) : base;
}

/** The surcharge step income falls in (the last one it is above), or -1 below every step. */
const stepAt = (income: number, steps: readonly TaxStep[]): number => steps.findLastIndex((s) => income > s.above);

/** Tax plus surcharge; with marginal relief, no more than at the step's start plus the income above it. */
function withSurcharge(income: number, t: TaxRates): number {
  const tax = afterRebate(income, t);
  const i = stepAt(income, t.surcharge.steps);
  if (i < 0) return tax;
  const step = t.surcharge.steps[i]!;
  const full = tax * (1 + step.rate);
  // At the step's start the lower rate applies, so the recursion ends below the first step.
  return t.surcharge.marginalRelief ? Math.min(full, withSurcharge(step.above, t) + (income - step.above)) : full;
}

/** The year's income tax on `taxable` rupees of taxable income; each part rounded so that they add up to the total. */
export function incomeTax(taxable: number, t: TaxRates): TaxWorking {
  const income = Math.max(0, taxable);
  const base = slabTax(income, t.slabs);
  const rebated = afterRebate(income, t);
  const surcharged = withSurcharge(income, t);
  const total = Math.round(surcharged * (1 + t.cessRate));
  const i = stepAt(income, t.surcharge.steps);
  const rate = i < 0 ? 0 : t.surcharge.steps[i]!.rate;
  const reliefs: TaxWorking['reliefs'] = [];
  if (income > t.rebate.limit && rebated < base) reliefs.push('rebate');
  if (surcharged < rebated * (1 + rate)) reliefs.push('surcharge');
  return {
    taxableInr: Math.round(income),
    slabTaxInr: Math.round(base),
    rebateInr: Math.round(base) - Math.round(rebated),
    surchargeInr: Math.round(surcharged) - Math.round(rebated),
    cessInr: total - Math.round(surcharged),
    totalInr: total,
    surchargeRate: rate,
    reliefs,
  };
}
