/**
 * A quote's assumptions: the settings a breakdown was worked out on, each named, with the dates behind its defaults
 * and the link that reproduces it. The printed quote lists them; the CSV opens with them.
 */
import { formatDate } from '../dates.ts';
import { formatInr, formatNumber, formatPercent } from '../format.ts';
import { fill } from './explain.ts';
import type { CalculatorState } from './fields.ts';
import type { CostBreakdown, CostLine } from './types.ts';
import type { Words } from './words.ts';

/** What a quote names besides the settings: the model's and state's names, the defaults' dates, and its link. */
interface QuoteContext {
  modelName: string;
  stateName: string;
  /** The exchange rate's and the EOR fee's as-of dates, in words. */
  fxAsOf: string;
  feeAsOf: string;
  /** The day the statutory rates are in force for (YYYY-MM-DD). */
  ratesOn: string;
  link: string;
}

/** Whether a hiring model puts the engineer on a payroll the client pays statutory costs for. */
export const employs = (model: CalculatorState['model']): boolean => model === 'entity' || model === 'eor';

/** The assumptions as label and value, only those that matter to the chosen model. */
export function quoteFacts(s: CalculatorState, c: QuoteContext, w: Words): [string, string][] {
  const q = w.quote;
  const facts: [string, string | false][] = [
    [q.model, c.modelName],
    [q.state, c.stateName],
    [q.salary, fill(q.salaryValue, { amount: formatInr(s.salary), basis: s.basis === 'ctc' ? w.ui.ctc : w.ui.gross })],
    [q.hires, String(s.headcount)],
    [q.wages, employs(s.model) && fill(q.wagesValue, { share: formatPercent(s.wageShare) })],
    [q.pf, employs(s.model) && q.pfValue[s.pf]],
    [q.fx, fill(q.fxValue, { fx: formatNumber(s.fx), date: c.fxAsOf })],
    [q.fee, s.model === 'eor' && fill(q.feeValue, { fee: formatNumber(s.eorFeeUsdPerMonth), date: c.feeAsOf })],
    [q.markup, s.model === 'vendor' && formatPercent(s.vendorMarkup)],
    [q.rates, fill(q.ratesValue, { date: formatDate(c.ratesOn) })],
    [q.link, c.link],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== false);
}

/**
 * The lines a breakdown lists: every line that applies and, under an entity or an EOR, the statutory lines that do
 * not (with the reason); never a fee or a markup the model does not charge.
 */
export const listedLines = (b: Pick<CostBreakdown, 'lines' | 'input'>): CostLine[] =>
  b.lines.filter((l) => l.applies || (employs(b.input.model) && l.id !== 'fee' && l.id !== 'markup'));
