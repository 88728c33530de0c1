/** Employer PF (EPF + EPS), EDLI and the PF admin charge. */
import { formatPercent } from '../format.ts';
import { inrText } from './money.ts';
import { off, rated, type RawLine } from './raw-line.ts';
import type { Statutory } from './statutory.ts';
import type { CostInput } from './types.ts';

/**
 * PF lines for monthly `wages`: on min(wages, ceiling) with `ceiling`, on all wages with `full`, none with `none`.
 * EDLI is always on wages capped at the ceiling; the admin charge follows the PF wage base.
 */
export function pfLines(wages: number, input: Required<CostInput>, s: Statutory): RawLine[] {
  const ceiling = s.ceiling.value;
  const ceilingText = `${inrText(ceiling)} a month wage ceiling`;
  if (input.pf === 'none') {
    const why = `No PF: the employee is outside PF, which is allowed only when wages exceed the ${ceilingText}.`;
    return [off('epf', why), off('edli', why), off('pf-admin', why)];
  }
  const wagesText = `PF wages (${formatPercent(input.wageShare)} of gross)`;
  const cap = { description: ceilingText, monthlyInr: ceiling };
  const capped = input.pf === 'ceiling';
  const pfWages = capped ? Math.min(wages, ceiling) : wages;
  const pfBase = {
    description: capped ? `${wagesText}, capped at the ${ceilingText}` : `${wagesText}, uncapped`,
    annualInr: pfWages * 12,
  };
  const edliBase = {
    description: `${wagesText}, always capped at the ${ceilingText}`,
    annualInr: Math.min(pfWages, ceiling) * 12,
  };
  const pfCap = capped ? cap : undefined;
  return [
    rated('epf', s.epfRate.value, pfBase, [s.epfRate.entry, s.ceiling.entry], pfCap),
    rated('edli', s.edliRate.value, edliBase, [s.edliRate.entry, s.ceiling.entry], cap),
    rated('pf-admin', s.adminRate.value, pfBase, [s.adminRate.entry, s.ceiling.entry], pfCap),
  ];
}
