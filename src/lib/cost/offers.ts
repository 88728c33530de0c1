/**
 * Compare offers: two to four scenarios, each with its own salary, state and hiring model, on the calculator's other
 * settings (basis, wages, PF, exchange rate, fee, markup). Read from the form or from a link (`offer1=3000000-KA-eor`),
 * worked out with the employer-cost engine and the take-home calculation, and written back to the link and the CSV.
 */
import { formatInr } from '../format.ts';
import { MAX_OFFERS, stateCodes, type StateCode } from './codes.ts';
import { fill } from './explain.ts';
import { costFor } from './engine.ts';
import { choiceFields, readText, type CalculatorState, type FieldProblem, type InputLimits } from './fields.ts';
import type { CostResult, HiringModelId, Rates } from './types.ts';
import type { EngineWords, Words } from './words.ts';
import { takeHomeFor, type PayRules, type TakeHomeResult } from '../pay/take-home.ts';
import type { PayWords } from '../pay/words.ts';

/** One offer: its salary (rupees a year, gross or CTC as the calculator's basis says), state and hiring model. */
export interface Offer {
  salary: number;
  state: StateCode;
  model: HiringModelId;
}

/** An offer as typed: the salary's text, the state and the model, by field. */
interface OfferText {
  salary: string;
  state: string;
  model: string;
}

/** The form's control names for offer `i` (1 to 4), which the calculator reads by name. */
export const offerNames = (i: number) =>
  ({ salary: `offer${i}-salary`, state: `offer${i}-state`, model: `offer${i}-model` }) as const;

/** An offer read: the offer, none (its salary left empty), or why its salary could not be read. */
type OfferRead = { ok: true; offer: Offer } | { ok: false; problem?: FieldProblem };

/** Reads one offer; an empty salary means the offer is left out, a state or model not on its list is the default's. */
export function readOffer(t: OfferText, fx: number, limits: InputLimits | undefined, fallback: Offer): OfferRead {
  const text = t.salary.trim();
  if (!text) return { ok: false };
  const r = readText('salary', text, fx, false, limits);
  if (!r.ok) {
    const { ok: _ok, ...problem } = r;
    return { ok: false, problem: { ...problem, text } };
  }
  const state = (stateCodes as readonly string[]).includes(t.state) ? (t.state as StateCode) : fallback.state;
  const models: readonly string[] = choiceFields.model.values;
  const model = models.includes(t.model) ? (t.model as HiringModelId) : fallback.model;
  return { ok: true, offer: { salary: r.value, state, model } };
}

/** The offers' typed values from the form's controls, by control name, offers 1 to 4. */
export function offerTexts(values: Readonly<Record<string, string | undefined>>): OfferText[] {
  return Array.from({ length: MAX_OFFERS }, (_, i) => {
    const n = offerNames(i + 1);
    return { salary: values[n.salary] ?? '', state: values[n.state] ?? '', model: values[n.model] ?? '' };
  });
}

/** An offer as written in a link: `3000000-KA-eor`. */
const offerParam = (o: Offer): string => `${o.salary}-${o.state}-${o.model}`;

/**
 * The form's values for the offers a link holds (`offer1` to `offer4`, each `salary-STATE-model`, the salary in any
 * form the salary field takes, such as `30L`); offers the link does not name are left empty. Null when the link names
 * no offer, so the form keeps its defaults.
 */
export function offerValuesFromLink(search: string): Record<string, string> | null {
  const query = new URLSearchParams(search);
  if (!Array.from({ length: MAX_OFFERS }, (_, i) => query.has(`offer${i + 1}`)).some(Boolean)) return null;
  const values: Record<string, string> = {};
  for (let i = 1; i <= MAX_OFFERS; i++) {
    const n = offerNames(i);
    const parts = (query.get(`offer${i}`) ?? '').split('-');
    const model = parts.length >= 3 ? parts.pop()! : '';
    const state = parts.length >= 2 ? parts.pop()!.toUpperCase() : '';
    values[n.salary] = parts.join('-');
    if (state) values[n.state] = state;
    if (model) values[n.model] = model;
  }
  return values;
}

/** The offers as link parameters, or nothing while they are the defaults (a link without offers shows those). */
export function offersQuery(offers: readonly (Offer | undefined)[], defaults: readonly Offer[]): string {
  const same =
    offers.filter(Boolean).length === defaults.length &&
    defaults.every((d, i) => offers[i] && offerParam(offers[i]) === offerParam(d));
  if (same) return '';
  const query = new URLSearchParams();
  offers.forEach((o, i) => o && query.append(`offer${i + 1}`, offerParam(o)));
  return query.toString();
}

/** One offer worked out: the employer's cost, per hire per year, and the engineer's take-home. */
export interface OfferResult {
  offer: Offer;
  cost: CostResult;
  pay: ReturnType<typeof takeHomeFor>;
}

/** Works out each offer on the calculator's other settings, one hire, per year. */
export function compareOffers(
  offers: readonly Offer[],
  settings: CalculatorState,
  r: Rates,
  rules: PayRules | undefined,
  w: PayWords,
  ew: EngineWords,
): OfferResult[] {
  return offers.map((offer) => {
    const input = { ...settings, ...offer, headcount: 1, period: 'annual' as const };
    return { offer, cost: costFor(input, r, ew), pay: takeHomeFor(input, r, rules, w, ew) };
  });
}

/** Take-home a month and a year, where one is worked out. */
const takeHomeOf = (pay: OfferResult['pay']): Extract<TakeHomeResult, { ok: true }> | undefined =>
  typeof pay === 'object' && pay.ok ? pay : undefined;

/** A difference in words: `₹2,00,000 more`, `₹50,000 less`, `the same`. */
const difference = (n: number, w: Words['offers']): string =>
  n === 0 ? w.same : fill(n > 0 ? w.more : w.less, { amount: formatInr(Math.abs(n)) });

/**
 * The comparison as rows of text, one per figure, a cell per offer: what the table shows and the CSV holds. The
 * differences are against the first offer; a figure not worked out says why.
 */
export function offerRows(
  results: readonly OfferResult[],
  names: { model: (id: HiringModelId) => string; state: (code: StateCode) => string },
  w: Words['offers'],
): { id: keyof Words['offers']['rows']; label: string; cells: string[] }[] {
  const first = results[0];
  const cost = (x: OfferResult) => (x.cost.ok ? x.cost.total.annualInr : undefined);
  const pay = (x: OfferResult) => takeHomeOf(x.pay);
  const noPay = (x: OfferResult) =>
    x.pay === 'contractor' ? w.noTakeHome : x.pay === 'not-on-file' ? w.notOnFile : x.pay.ok ? '' : x.pay.message;
  const money = (n: number | undefined, why: string) => (n === undefined ? why : formatInr(n));
  const costWhy = (x: OfferResult) => (x.cost.ok ? '' : x.cost.message);
  const rows: [keyof Words['offers']['rows'], (x: OfferResult) => string][] = [
    ['salary', (x) => formatInr(x.offer.salary)],
    ['model', (x) => names.model(x.offer.model)],
    ['state', (x) => names.state(x.offer.state)],
    ['cost', (x) => money(cost(x), costWhy(x))],
    ['costMonth', (x) => money(cost(x) === undefined ? undefined : Math.round(cost(x)! / 12), costWhy(x))],
    ['takeHomeMonth', (x) => money(pay(x)?.monthlyInr, noPay(x))],
    ['takeHome', (x) => money(pay(x)?.takeHomeAnnualInr, noPay(x))],
    [
      'costDiff',
      (x) => {
        const a = first && cost(first);
        const b = cost(x);
        return a === undefined || b === undefined ? '—' : difference(b - a, w);
      },
    ],
    [
      'payDiff',
      (x) => {
        const a = first && pay(first)?.monthlyInr;
        const b = pay(x)?.monthlyInr;
        return a === undefined || b === undefined ? '—' : difference(b - a, w);
      },
    ],
  ];
  return rows.map(([id, cell]) => ({ id, label: w.rows[id], cells: results.map(cell) }));
}
