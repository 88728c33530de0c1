/** The plain-words notes that go with a breakdown: model caveats, unverified figures, thresholds worth knowing. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import { formatPercent } from '../format.ts';
import { inrText, valueText } from './money.ts';
import type { Statutory } from './statutory.ts';
import type { CostInput, CostLine } from './types.ts';

/** Plain-words notes: model caveats, figures left out or used while awaiting verification, and thresholds worth knowing. */
export function costNotes(
  input: Required<CostInput>,
  s: Statutory,
  lines: readonly CostLine[],
  used: readonly EmployerCostParameter[],
): string[] {
  const notes: string[] = [];
  const line = (id: string): CostLine | undefined => lines.find((l) => l.id === id);
  if (input.model === 'contractor') {
    notes.push(
      'Contractor: no PF, ESI, gratuity or bonus is paid. If the work looks like employment (full-time, directed, long-term), the engagement risks being treated as employment, with back contributions, interest and penalties.',
    );
  }
  if (input.model === 'vendor')
    notes.push(
      "Vendor: the engineer is the vendor's employee; statutory costs and the vendor's margin sit inside the markup.",
    );
  if (input.model === 'eor')
    notes.push(
      'EOR: deposits (often one month of cost), severance accruals and currency spreads (0–5%) are billed separately and are not included.',
    );
  if (input.basis === 'ctc')
    notes.push(
      'CTC is read as gross pay plus employer PF, EDLI, PF admin and gratuity accrual; ESI, bonus and LWF, where due, are added on top.',
    );
  const name = (e: EmployerCostParameter): string => `${e.parameter}${e.state === undefined ? '' : ` (${e.state})`}`;
  for (const e of s.ignored) {
    const instead = e.parameter === 'pf-wage-ceiling' ? `; these figures use ${valueText(s.ceiling.entry)}` : '';
    notes.push(
      `Not used: ${name(e)} of ${valueText(e)} from ${e.effectiveFrom} is reported but awaits verification${instead}.`,
    );
  }
  for (const e of used.filter((u) => u.status !== 'in-force')) {
    notes.push(`Uses a figure awaiting verification: ${name(e)} of ${valueText(e)} from ${e.effectiveFrom}.`);
  }
  const admin = line('pf-admin');
  const minimum = s.adminMinimum?.value;
  if (
    input.model === 'entity' &&
    admin?.applies === true &&
    minimum !== undefined &&
    (admin.annualInr * input.headcount) / 12 < minimum
  ) {
    notes.push(
      `EPFO charges at least ${inrText(minimum)} a month in PF admin per establishment; for this team the ${formatPercent(s.adminRate.value)} charge is less, so the minimum applies to the whole establishment (not shown per hire).`,
    );
  }
  if (line('bonus')?.applies === true) {
    notes.push(
      `Bonus is worked out on ${inrText(s.bonusFloor.value)} a month; where the state's minimum wage is higher, the bonus base is that minimum wage.`,
    );
  }
  if (line('gratuity')?.applies === true) {
    const cap = s.gratuityCap === undefined ? '' : `, capped at ${inrText(s.gratuityCap.value)}`;
    notes.push(
      `Gratuity is an accrual: it is paid when the employee leaves after 5 years (1 year for fixed-term staff)${cap}.`,
    );
  }
  return notes;
}
