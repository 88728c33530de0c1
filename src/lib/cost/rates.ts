/** Builds the engine's rates from the dated employer-cost entries: the figures in force on one day, per state. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import { formatDate } from '../dates.ts';
import { formatPercent, inrText } from '../format.ts';
import { parameterLabels, periodsPerYear, stateCodes, stateNames, type NationalParameterName } from './codes.ts';
import { fill } from './explain.ts';
import { annualAmount, parametersInForce, type InForce, type PickOptions } from './parameters.ts';
import type { Figure, ProfessionalTaxRule, Rates, StateRates } from './types.ts';
import { words } from './words.ts';

const required = {
  ceiling: 'pf-wage-ceiling',
  epf: 'epf-employer-rate',
  edli: 'edli-rate',
  admin: 'pf-admin-rate',
  gratuity: 'gratuity-accrual-rate',
  esi: 'esi-employer-rate',
  esiLimit: 'esi-wage-threshold',
  bonus: 'bonus-min-rate',
  bonusLimit: 'bonus-wage-threshold',
  bonusFloor: 'bonus-calculation-floor',
} as const satisfies Record<string, NationalParameterName>;

const w = words.rates;

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

/** `Labour Welfare Fund, employer in Maharashtra of ₹36 per half-year from 1 January 2025`; no date where the sources give none. */
const entryText = (e: EmployerCostParameter): string =>
  fill(w.entry, {
    name: parameterLabels[e.parameter],
    where: e.state === undefined ? '' : fill(w.where, { state: stateNames[e.state] }),
    value: valueText(e),
    from: e.startDateGiven === false ? '' : fill(w.from, { date: formatDate(e.effectiveFrom) }),
  });

/** The figure an entry gives, its value converted by `value` (rupees a year for per-period amounts); its start date only where a source gives one. */
function figure(e: EmployerCostParameter, value = e.value): Figure {
  const f: Figure = { value, sources: e.sources };
  if (e.startDateGiven !== false) f.from = e.effectiveFrom;
  if (e.status !== 'in-force') f.unverified = fill(w.used, { entry: entryText(e) });
  return f;
}

/** How a professional-tax entry is deducted through the year (the schema requires februaryAmount for a yearly figure above 0). */
function instalments(e: EmployerCostParameter): ProfessionalTaxRule['instalments'] {
  if (e.unit === 'inr-per-half-year') return { every: 'half-year', amount: e.value };
  if (e.unit === 'inr-per-month') return { every: 'month', amount: e.value, february: e.value };
  const february = e.februaryAmount ?? e.value / 12;
  return { every: 'month', amount: (e.value - february) / 11, february };
}

function professionalTax(e: EmployerCostParameter): ProfessionalTaxRule {
  const rule: ProfessionalTaxRule = { figure: figure(e, annualAmount(e)), instalments: instalments(e) };
  const t = e.payThreshold;
  if (t)
    rule.threshold = {
      annualPay: t.amount * periodsPerYear[t.unit],
      atLeast: t.comparison === 'at-least',
      slab: fill(t.comparison === 'at-least' ? w.slabFrom : w.slabAbove, {
        amount: valueText({ value: t.amount, unit: t.unit }),
      }),
    };
  return rule;
}

/**
 * The rates in force on `onDate` (YYYY-MM-DD), verified entries only unless asked.
 * Throws, naming the parameters, when a figure the engine needs has no entry in force that day.
 */
export function ratesInForce(
  entries: readonly EmployerCostParameter[],
  onDate: string,
  options: PickOptions = {},
): Rates {
  const p = parametersInForce(entries, onDate, options);
  const missing = Object.values(required).filter((name) => p.national[name] === undefined);
  if (missing.length > 0)
    throw new Error(
      `content/data/employer-costs.yaml: no figure is in force on ${onDate} for: ${missing.join(', ')}. Add an entry for each, or end the date range later.`,
    );
  const pick = (f: InForce | undefined): Figure | undefined => (f ? figure(f.entry) : undefined);
  const national = Object.fromEntries(
    Object.entries(required).map(([key, name]) => [key, figure(p.national[name]!.entry)]),
  ) as Record<keyof typeof required, Figure>;
  const states: Rates['states'] = {};
  for (const code of stateCodes) {
    const local = p.states[code] ?? {};
    const ignored = p.ignored.filter((e) => e.state === undefined || e.state === code);
    // The reported PF ceiling is not a note: the breakdown works out what it would change (reportedCeiling).
    const st: StateRates = {
      name: stateNames[code],
      notes: ignored
        .filter((e) => e.parameter !== 'pf-wage-ceiling')
        .map((e) => fill(w.notUsed, { entry: entryText(e) })),
    };
    const lwf = local['labour-welfare-fund'];
    if (lwf) st.lwf = figure(lwf.entry, annualAmount(lwf.entry));
    const pt = local['professional-tax'];
    if (pt) st.professionalTax = professionalTax(pt.entry);
    else if (ignored.some((e) => e.parameter === 'professional-tax'))
      st.noProfessionalTax = fill(w.noProfessionalTax, { state: stateNames[code] });
    states[code] = st;
  }
  const rates: Rates = { onDate, ...national, states };
  const adminMinimum = pick(p.national['pf-admin-minimum']);
  const gratuityCap = pick(p.national['gratuity-payout-cap']);
  const epfEmployee = pick(p.national['epf-employee-rate']);
  const esiEmployee = pick(p.national['esi-employee-rate']);
  if (adminMinimum) rates.adminMinimum = adminMinimum;
  if (gratuityCap) rates.gratuityCap = gratuityCap;
  if (epfEmployee) rates.epfEmployee = epfEmployee;
  if (esiEmployee) rates.esiEmployee = esiEmployee;
  const reported = p.ignored.find((e) => e.parameter === 'pf-wage-ceiling');
  if (reported) rates.reportedCeiling = figure(reported);
  return rates;
}

/** Every source id the rates cite, each once. */
export function ratesSources(r: Rates): string[] {
  const figures: Figure[] = [];
  for (const value of Object.values(r)) if (typeof value === 'object' && 'sources' in value) figures.push(value);
  for (const st of Object.values(r.states)) {
    if (st.lwf) figures.push(st.lwf);
    if (st.professionalTax) figures.push(st.professionalTax.figure);
  }
  return [...new Set(figures.flatMap((f) => f.sources))];
}
