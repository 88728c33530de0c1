/**
 * The calculator's settings: how each is named in the URL, read from what a reader types (or a link holds),
 * and which values are allowed. The typed fields, the URL and the engine's input check all use this one table.
 */
import { formatInr } from '../format.ts';
import { parseAmount, type AmountErrorCode } from './parse-amount.ts';
import { stateCodes } from './codes.ts';
import type { CostInput } from './types.ts';

/**
 * The calculator's settings; reverse mode's targets are set only when asked: `targetCost` (the team's cost, rupees a
 * year) and `inHand` (take-home in a usual month, rupees).
 */
export type CalculatorState = Required<CostInput> & { targetCost?: number; inHand?: number };

/**
 * Why a setting could not be read: an amount's reason, a number's, a choice not on the list, or a salary that is not
 * plausible: a bare number under 1,000 (`did-you-mean` lakh), or one outside the limits in data (words.ts says each).
 */
type FieldProblemCode =
  AmountErrorCode | 'out-of-range' | 'not-an-option' | 'did-you-mean' | 'below-floor' | 'above-ceiling';

/** What a salary's reading found besides its code: the amount (or the one suggested) and the limit it broke. */
interface Found {
  amount?: number;
  limit?: number;
}

/** A setting that could not be read, and the text it was read from (a team's cost also says whether it was per month). */
export interface FieldProblem extends Found {
  code: FieldProblemCode;
  text: string;
  perMonth?: boolean;
}

/** A setting read from text: its value (money a year), with the month's amount where one was typed; or why not. */
export type Read = { ok: true; value: number; perMonth?: number } | ({ ok: false; code: FieldProblemCode } & Found);

/** A range the calculator takes as plausible, in the engine's units. */
interface Bounds {
  min: number;
  max: number;
}

/**
 * What the calculator takes as plausible (content/data/calculator.yaml): a salary for one hire, in rupees a year, and
 * a vendor markup, as a fraction of pay, with the reason for its limits in a phrase for readers.
 */
export interface InputLimits {
  salary: Bounds;
  markup?: Bounds & { reason: string };
}

/** A bare salary below this (`55`) is taken for lakh left out, and asked about. */
const BARE_LAKH_BELOW = 1000;

/** A number setting. Shares are typed and written in the URL as percentages (`scale` 100). */
export interface NumberField {
  min: number;
  max: number;
  scale?: number;
  whole?: boolean;
  /** The one hiring model that uses the setting; the others ignore it. */
  model?: CostInput['model'];
}

/** The number settings, in the engine's units. */
export const numberFields = {
  wageShare: {
    min: 0.5,
    max: 1,
    scale: 100,
  },
  eorFeeUsdPerMonth: {
    min: 0,
    max: 10_000,
    model: 'eor',
  },
  // The engine's own limits; the plausible quotes are narrower, and kept in data (InputLimits).
  vendorMarkup: {
    min: 0,
    max: 3,
    scale: 100,
    model: 'vendor',
  },
  fx: {
    min: 1,
    max: 1000,
  },
  headcount: {
    min: 1,
    max: 10_000,
    whole: true,
  },
} as const satisfies Record<string, NumberField>;

/** The settings chosen from a list. */
export const choiceFields = {
  basis: { values: ['gross', 'ctc'] },
  pf: { values: ['ceiling', 'full', 'none'] },
  state: { values: stateCodes },
  model: { values: ['entity', 'eor', 'contractor', 'vendor'] },
  period: { values: ['annual', 'monthly'] },
} as const;

/** The money settings and the largest amount each accepts, in rupees. */
export const amountFields = {
  salary: { max: 1e9 },
  targetCost: { max: 1e11 },
  inHand: { max: 1.2e8 },
} as const;

/** A setting typed as text. */
export type TextKey = keyof typeof numberFields | keyof typeof amountFields;

/** Each setting's name in the URL and in the calculator's form. */
export const params = {
  salary: 'salary',
  basis: 'basis',
  wageShare: 'wage',
  pf: 'pf',
  state: 'state',
  model: 'model',
  eorFeeUsdPerMonth: 'fee',
  vendorMarkup: 'markup',
  fx: 'fx',
  headcount: 'n',
  period: 'period',
  targetCost: 'cost',
  inHand: 'inhand',
} as const satisfies Record<keyof CalculatorState, string>;

/** Every setting, in the order it is written to the URL. */
export const settingOrder = Object.keys(params) as (keyof typeof params)[];

/** Whether `value` is allowed for a number setting. */
export const fits = (f: NumberField, value: number): boolean =>
  Number.isFinite(value) && value >= f.min && value <= f.max && (!f.whole || Number.isInteger(value));

const no = (code: FieldProblemCode): Read => ({ ok: false, code });

/**
 * Reads a typed number: `50`, `50%`, `1,000`; never NaN. A share below 1 without `%` (`0.6`) is read as a fraction,
 * as links written before shares became percentages hold them.
 */
function readNumber(f: NumberField, text: string): Read {
  const t = text.trim();
  const m = /^(-?)\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(t.replace(/,/g, ''));
  if (!t) return no('empty');
  if (!m) return no('not-a-number');
  if (m[1]) return no('negative');
  const n = Number(m[2]);
  const value = f.scale && !m[3] && n < 1 ? n : n / (f.scale ?? 1);
  return fits(f, value) ? { ok: true, value } : no('out-of-range');
}

/**
 * Reads a typed setting; money may be in rupees or dollars (converted at `fx`), a year's or a month's (the text says
 * which; `perMonth` reads an amount that does not say as a month's), and is returned a year's, with the month's amount
 * as typed. A salary that is a bare number under 1,000 is asked about (`55`: did you mean ₹55 lakh?), and one outside
 * `limits` (a year's pay) is refused.
 */
export function readText(key: TextKey, text: string, fx: number, perMonth = false, limits?: InputLimits): Read {
  // A take-home is a month's: one typed as a year's is divided by twelve.
  if (key === 'inHand') {
    const r = parseAmount(text, { fx, maxInr: amountFields.inHand.max, monthly: true });
    return r.ok ? { ok: true, value: Math.round(r.perMonth ? r.inr : r.inr / 12) } : r;
  }
  if (key === 'salary' || key === 'targetCost') {
    const r = parseAmount(text, { fx, maxInr: amountFields[key].max, monthly: perMonth });
    if (!r.ok) return r;
    // Money is whole rupees.
    const value = Math.round(r.perMonth ? r.inr * 12 : r.inr);
    if (key === 'salary') {
      const lakh = r.amount * 1e5;
      if (
        r.bare &&
        !r.perMonth &&
        r.currency === 'INR' &&
        r.amount < BARE_LAKH_BELOW &&
        (!limits || lakh <= limits.salary.max)
      )
        return { ok: false, code: 'did-you-mean', amount: lakh };
      const { min, max } = limits?.salary ?? { min: 0, max: Infinity };
      if (value < min) return { ok: false, code: 'below-floor', amount: value, limit: min };
      if (value > max) return { ok: false, code: 'above-ceiling', amount: value, limit: max };
    }
    return r.perMonth ? { ok: true, value, perMonth: Math.round(r.inr) } : { ok: true, value };
  }
  const r = readNumber(numberFields[key], text);
  const bounds = key === 'vendorMarkup' ? limits?.markup : undefined;
  return r.ok && bounds && (r.value < bounds.min || r.value > bounds.max) ? no('out-of-range') : r;
}

/** A setting's value as written in the URL: percentages for shares, plain digits for money. */
export function writeText(key: TextKey, value: number): string {
  if (!(key in numberFields)) return String(value);
  const scale = (numberFields[key as keyof typeof numberFields] as NumberField).scale ?? 1;
  return String(Math.round(value * scale * 1e6) / 1e6);
}

/** Reads one setting from text; money may be in rupees or dollars (converted at `fx`), a choice must be on its list. */
function readSetting(
  key: keyof CalculatorState,
  text: string,
  fx: number,
  perMonth = false,
  limits?: InputLimits,
): Read | { ok: true; value: string } {
  if (key in choiceFields) {
    const values: readonly string[] = choiceFields[key as keyof typeof choiceFields].values;
    const value = key === 'state' ? text.toUpperCase() : text;
    return values.includes(value) ? { ok: true, value } : no('not-an-option');
  }
  return readText(key as TextKey, text, fx, perMonth, limits);
}

/** The settings that could not be read. */
type SettingErrors = Partial<Record<keyof CalculatorState, FieldProblem>>;

/** What `readSettings` found: the settings, what could not be read, and the money typed as a month's (that amount). */
interface ReadSettings {
  state: CalculatorState;
  errors: SettingErrors;
  perMonth: Partial<Record<TextKey, number>>;
}

/**
 * Reads settings given by name (a form's controls, or a link's parameters) over `last`: a setting that is not given
 * keeps its value, one that cannot be read keeps it too and is reported. The exchange rate is read first, so that
 * dollar amounts use the rate given with them. An empty budget means none; a budget that does not say otherwise is a
 * month's when `costPerMonth`; money is kept a year's. A salary outside `limits` is refused.
 */
export function readSettings(
  values: Readonly<Record<string, string | undefined>>,
  last: CalculatorState,
  costPerMonth = false,
  limits?: InputLimits,
): ReadSettings {
  const state: Record<string, unknown> = { ...last };
  const errors: SettingErrors = {};
  const perMonth: Partial<Record<TextKey, number>> = {};
  for (const key of ['fx', ...settingOrder.filter((k) => k !== 'fx')] as const) {
    const text = values[params[key]]?.trim();
    if (text === undefined) continue;
    if ((key === 'targetCost' || key === 'inHand') && !text) delete state[key];
    else {
      const monthly = (key === 'targetCost' && costPerMonth) || key === 'inHand';
      const r = readSetting(key, text, state['fx'] as number, monthly, limits);
      if (!r.ok) {
        const { ok: _ok, ...problem } = r;
        errors[key] = monthly ? { ...problem, text, perMonth: monthly } : { ...problem, text };
      } else {
        state[key] = r.value;
        if ('perMonth' in r && r.perMonth !== undefined) perMonth[key as TextKey] = r.perMonth;
      }
    }
  }
  return { state: state as CalculatorState, errors, perMonth };
}

/** A setting's value as shown in its field: money with Indian digit grouping (`30,00,000`), the rest as in the URL. */
export const fieldText = (key: TextKey, value: number | undefined): string =>
  value === undefined ? '' : key in amountFields ? formatInr(value).slice(1) : writeText(key, value);

/** The form's controls for a set of settings, by control name (the URL parameter): what a reader would have typed. */
export function formValues(s: CalculatorState): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, name] of Object.entries(params) as [keyof CalculatorState, string][]) {
    const v = s[key];
    values[name] = typeof v === 'string' ? v : fieldText(key as TextKey, v);
  }
  return values;
}
