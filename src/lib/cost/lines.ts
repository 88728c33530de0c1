/** Per-hire, per-year cost lines for a given gross pay: gratuity, ESI, bonus, LWF, and the provider's fee or markup. */
import { formatPercent } from '../format.ts';
import { inrText } from './money.ts';
import { annualAmount } from './parameters.ts';
import { pfLines } from './pf-lines.ts';
import { off, rated, type RawLine } from './raw-line.ts';
import type { Statutory } from './statutory.ts';
import type { CostInput, LineId } from './types.ts';

const notStatutory: Partial<Record<CostInput['model'], string>> = {
  contractor: 'A contractor invoices a fee; no statutory contributions are paid.',
  vendor: 'The vendor employs the engineer; its statutory costs are inside its markup.',
};

/** The statutory lines (PF, EDLI, PF admin, gratuity, ESI, bonus, LWF) for annual gross pay `gross`. */
export function statutoryLines(gross: number, input: Required<CostInput>, s: Statutory): RawLine[] {
  const skip = notStatutory[input.model];
  if (skip !== undefined) {
    const ids: LineId[] = ['epf', 'edli', 'pf-admin', 'gratuity', 'esi', 'bonus', 'lwf'];
    return ids.map((id) => off(id, skip));
  }
  const monthlyGross = gross / 12;
  const wages = (input.wageShare * gross) / 12;
  const wagesText = `wages (${formatPercent(input.wageShare)} of gross)`;
  const esiLimit = inrText(s.esiThreshold.value);
  const esiEntries = [s.esiRate.entry, s.esiThreshold.entry];
  const bonusEntries = [s.bonusRate.entry, s.bonusThreshold.entry, s.bonusFloor.entry];
  // Bonus is worked out as if wages were no more than the ₹7,000 floor (the minimum wage is not modelled).
  const bonusBase = {
    description: `wages up to the ${inrText(s.bonusFloor.value)} a month bonus floor`,
    annualInr: Math.min(wages, s.bonusFloor.value) * 12,
  };
  const lwf = s.lwf;
  return [
    ...pfLines(wages, input, s),
    rated('gratuity', s.gratuityRate.value, { description: wagesText, annualInr: wages * 12 }, [s.gratuityRate.entry]),
    monthlyGross <= s.esiThreshold.value
      ? rated(
          'esi',
          s.esiRate.value,
          { description: `gross pay, up to ${esiLimit} a month`, annualInr: gross },
          esiEntries,
        )
      : off('esi', `Gross pay of ${inrText(monthlyGross)} a month is above the ${esiLimit} ESI threshold.`, esiEntries),
    wages <= s.bonusThreshold.value
      ? rated('bonus', s.bonusRate.value, bonusBase, bonusEntries)
      : off(
          'bonus',
          `Wages of ${inrText(wages)} a month are above the ${inrText(s.bonusThreshold.value)} bonus threshold.`,
          bonusEntries,
        ),
    lwf === undefined
      ? off('lwf', `No Labour Welfare Fund amount is in force for ${input.state}.`)
      : { id: 'lwf', annualInr: annualAmount(lwf.entry), applies: true, entries: [lwf.entry] },
  ];
}

/** The provider lines: the EOR fee and the vendor markup (each present, at 0, under the other models). */
export function providerLines(gross: number, input: Required<CostInput>): RawLine[] {
  const feeAnnual = input.eorFeeUsdPerMonth * 12 * input.fx;
  const feeText = `US$${input.eorFeeUsdPerMonth} a month at ₹${input.fx} per US$`;
  return [
    input.model === 'eor'
      ? {
          id: 'fee',
          annualInr: feeAnnual,
          applies: true,
          base: { description: feeText, annualInr: feeAnnual },
          entries: [],
        }
      : off('fee', 'Only an employer of record charges a monthly fee.'),
    input.model === 'vendor'
      ? rated('markup', input.vendorMarkup, { description: 'gross pay', annualInr: gross }, [])
      : off('markup', 'Only a staffing vendor adds a markup on pay.'),
  ];
}
