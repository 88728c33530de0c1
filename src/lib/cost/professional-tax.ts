/** The employee's professional tax, shown for information: it is deducted from pay, not an employer cost. */
import { annualAmount } from './parameters.ts';
import { inrText, valueText } from './money.ts';
import { provenance } from './present.ts';
import type { Statutory } from './statutory.ts';
import type { CostInput, ProfessionalTaxInfo } from './types.ts';

const PT_NOTE = "Deducted from the employee's pay and paid over by the employer; not an employer cost.";

/** The employee's professional tax in `input.state` at this gross pay, for information. */
export function professionalTaxInfo(gross: number, input: Required<CostInput>, s: Statutory): ProfessionalTaxInfo {
  const { state } = input;
  const pt = s.professionalTax;
  if (pt === undefined) {
    const pending = s.ignored.some((e) => e.parameter === 'professional-tax' && e.state === state)
      ? ' (an entry awaits verification)'
      : '';
    return {
      state,
      applies: false,
      annualInr: 0,
      description: 'Not recorded',
      reason: `No professional-tax entry is in force for ${state}${pending}.`,
      note: PT_NOTE,
      sourceIds: [],
      unverified: false,
    };
  }
  const e = pt.entry;
  const annual = annualAmount(e);
  const description = e.unit === 'inr-per-year' ? valueText(e) : `${valueText(e)} (${inrText(annual)} a year)`;
  const base = { state, description, note: `${PT_NOTE} ${e.note}`, ...provenance([e]) };
  if (annual === 0)
    return { ...base, applies: false, annualInr: 0, reason: `No professional tax is levied in ${state}.` };
  const t = e.payThreshold;
  if (t !== undefined) {
    const pay = t.unit === 'inr-per-month' ? gross / 12 : gross / 2;
    const meets = t.comparison === 'at-least' ? pay >= t.amount : pay > t.amount;
    const slab = `${t.comparison === 'at-least' ? 'from' : 'above'} ${valueText({ value: t.amount, unit: t.unit })}`;
    if (!meets)
      return {
        ...base,
        applies: false,
        annualInr: 0,
        reason: `The recorded amount applies to pay ${slab}; lower slabs are not modelled.`,
      };
  }
  return { ...base, applies: true, annualInr: annual };
}
