/** How each calculator setting is read from and written to a URL query parameter. */
import { isOneOf, stateCodes } from './codes.ts';
import { parseAmount } from './parse-amount.ts';
import type { CostInput } from './types.ts';

/** The calculator's settings; `budget` (team budget, rupees a year) is set only in reverse mode. */
export type CalculatorState = Required<CostInput> & { budget?: number };

/** Reads one raw value (given the exchange rate, for dollar amounts) or says what is wrong with it. */
export interface Codec<T> {
  param: string;
  read: (raw: string, fx: number) => { value: T } | { problem: string };
  write: (value: T) => string;
}

const PLAIN = /^\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;

const choice = <T extends string>(
  param: string,
  values: readonly T[],
  normalise: (raw: string) => string = (r) => r,
): Codec<T> => ({
  param,
  read: (raw) => {
    const v = normalise(raw);
    return isOneOf(values, v) ? { value: v } : { problem: `“${raw}” is not one of ${values.join(', ')}` };
  },
  write: String,
});

const number = (
  param: string,
  min: number,
  max: number,
  opts: { percent?: boolean; integer?: boolean; minExclusive?: boolean } = {},
): Codec<number> => ({
  param,
  read: (raw) => {
    const pct = opts.percent === true && /^\d+(?:\.\d+)?%$/.test(raw);
    if (!pct && !PLAIN.test(raw)) return { problem: `“${raw}” is not a number` };
    const v = pct ? Number(raw.slice(0, -1)) / 100 : Number(raw);
    if (opts.integer === true && !Number.isInteger(v)) return { problem: `“${raw}” is not a whole number` };
    const tooLow = opts.minExclusive === true ? v <= min : v < min;
    const range = opts.minExclusive === true ? `above ${min} and at most ${max}` : `between ${min} and ${max}`;
    return tooLow || v > max ? { problem: `“${raw}” must be ${range}` } : { value: v };
  },
  write: String,
});

const amount = (param: string, maxInr: number): Codec<number> => ({
  param,
  read: (raw, fx) => {
    const v = PLAIN.test(raw) ? Number(raw) : undefined;
    if (v !== undefined)
      return v > 0 && v <= maxInr ? { value: v } : { problem: `“${raw}” must be above 0 and at most ${maxInr} rupees` };
    const parsed = parseAmount(raw, { fx, maxInr });
    return parsed.ok ? { value: parsed.inr } : { problem: `“${raw}”: ${parsed.message}` };
  },
  write: String,
});

/** One codec per setting. */
export const codecs: { [K in keyof Required<CalculatorState>]: Codec<Required<CalculatorState>[K]> } = {
  salary: amount('salary', 1e9),
  basis: choice('basis', ['gross', 'ctc']),
  wageShare: number('wage', 0.5, 1, { percent: true }),
  pf: choice('pf', ['ceiling', 'full', 'none']),
  state: choice('state', stateCodes, (r) => r.toUpperCase()),
  model: choice('model', ['entity', 'eor', 'contractor', 'vendor']),
  eorFeeUsdPerMonth: number('fee', 0, 100_000),
  vendorMarkup: number('markup', 0.4, 0.8, { percent: true }),
  fx: number('fx', 0, 1000, { minExclusive: true }),
  headcount: number('n', 1, 10_000, { integer: true }),
  period: choice('period', ['annual', 'monthly']),
  budget: amount('budget', 1e11),
};

/** Settings in the order they are written to the URL. */
export const stateOrder = [
  'salary',
  'basis',
  'wageShare',
  'pf',
  'state',
  'model',
  'eorFeeUsdPerMonth',
  'vendorMarkup',
  'fx',
  'headcount',
  'period',
  'budget',
] as const satisfies readonly (keyof CalculatorState)[];
