/** Rounding and short money and value texts used inside cost descriptions and notes. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import { formatInr, formatPercent } from '../format.ts';

const paisa = /* @__PURE__ */ new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Rounds to two decimals (paisa or cents), turning -0 into 0. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}

/** `₹21,000`, or `₹21,000.08` when the amount is not whole, so a text never hides a difference. */
export function inrText(rupees: number): string {
  return Math.abs(rupees - Math.round(rupees)) < 0.005 ? formatInr(rupees) : `₹${paisa.format(rupees)}`;
}

const per = {
  'inr-per-month': 'a month',
  'inr-per-half-year': 'per half-year',
  'inr-per-year': 'a year',
  inr: 'in total',
} as const;

/** An entry's value in words, e.g. `₹25,000 a month` or `12%`. */
export function valueText(e: Pick<EmployerCostParameter, 'value' | 'unit'>): string {
  return e.unit === 'rate' ? formatPercent(e.value) : `${inrText(e.value)} ${per[e.unit]}`;
}
