/** An income-tax entry's figures in words, for the table of rules on file. */
import type { IncomeTaxParameter } from '../../schemas/income-tax.ts';
import { formatInr, formatPercent } from '../format.ts';

const rupees = (n: number): string => `${formatInr(n)} a year`;

/** `nil up to ₹4,00,000; 5% above ₹4,00,000`, `₹75,000 a year`, `up to ₹60,000, for taxable income up to ₹12,00,000`. */
export function taxRuleText(e: IncomeTaxParameter): string {
  if (e.steps)
    return e.steps
      .map((s, i, all) =>
        s.above === 0 && s.rate === 0 && all[i + 1]
          ? `nil up to ${formatInr(all[i + 1]!.above)}`
          : `${formatPercent(s.rate, 0)} above ${formatInr(s.above)}`,
      )
      .join('; ');
  const value = e.value ?? 0;
  if (e.unit === 'rate') return formatPercent(value, 0);
  if (e.incomeLimit !== undefined)
    return `up to ${formatInr(value)}, for taxable income up to ${formatInr(e.incomeLimit)}`;
  return rupees(value);
}

/** The tax year an entry covers, e.g. `2026-27`, from its first day. */
export const taxYearOf = (e: Pick<IncomeTaxParameter, 'effectiveFrom'>): string => {
  const start = Number(e.effectiveFrom.slice(0, 4));
  return `${start}-${String(start + 1).slice(2)}`;
};
