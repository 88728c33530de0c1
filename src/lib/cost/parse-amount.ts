/**
 * Reads what people type into a money field: `30 lakh`, `30 LPA`, `₹30,00,000`, `0.3 cr`, `$40k`, `USD 40000` …, a
 * year's pay or, said in any of the ways Indian pay is written, a month's: `₹1,20,000 per month`, `1.2L pm`,
 * `1.5L/month`, `₹1.2 lakh a month`.
 */
import { round2 } from '../format.ts';

/** Why an amount could not be read (words.ts says each to the reader). */
export type AmountErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'zero'
  | 'too-large'
  | 'mixed-currencies'
  | 'two-sizes'
  | 'lakh-in-dollars'
  | 'no-exchange-rate'
  | 'two-periods';

/** The amount in rupees (dollars converted at the given rate), or why it could not be read. */
export type AmountResult =
  | {
      ok: true;
      inr: number;
      currency: 'INR' | 'USD';
      amount: number;
      /** True when no size word (lakh, crore, k …) was given, as in a bare `55`. */
      bare: boolean;
      /** True when the amount is a month's (`per month`, `pm`, `/month` …, or `monthly` in the options and no period given). */
      perMonth: boolean;
    }
  | { ok: false; code: AmountErrorCode };

/** Options for {@link parseAmount}. */
export interface AmountOptions {
  /** Rupees per US dollar, for amounts typed in dollars. */
  fx: number;
  /** Largest plausible amount in rupees a year (default ₹100 crore); a month's amount is held against a twelfth. */
  maxInr?: number;
  /** Read an amount that names no period as a month's (a budget field set to per month). */
  monthly?: boolean;
}

/** Size words and their factors; lakh and crore (1e5, 1e7) are rupee units. */
const sizes: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  mn: 1e6,
  million: 1e6,
  l: 1e5,
  lpa: 1e5,
  lac: 1e5,
  lacs: 1e5,
  lakh: 1e5,
  lakhs: 1e5,
  cr: 1e7,
  crore: 1e7,
  crores: 1e7,
};
/** Words that only join a period to the amount: `per month`, `a year`. */
const joiners = new Set(['per', 'a', 'an', 'every', 'each']);
/** Words that say the amount is yearly, as salaries usually are: `per annum`, `a year`, `p.a.`, `/yr`. */
const yearly = new Set(['annum', 'pa', 'year', 'yr', 'years', 'annually', 'yearly']);
/** Words that say the amount is a month's: `per month`, `pm`, `p.m.`, `/month`, `/mo`, `monthly` (`1.2LPM` is read as `1.2 L pm`). */
const monthly = new Set(['pm', 'month', 'months', 'monthly', 'mo', 'mth', 'mnth', 'pcm']);
const currencies: Record<string, 'INR' | 'USD'> = {
  '₹': 'INR',
  rs: 'INR',
  inr: 'INR',
  rupee: 'INR',
  rupees: 'INR',
  $: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
};

/** Digits with commas in Indian (30,00,000) or Western (3,000,000) grouping, with optional decimals. */
const NUMBER = /^(?:\d{1,3}(?:,\d{2,3})*,\d{3}|\d+)(?:\.\d+)?$|^\.\d+$/;

const fail = (code: AmountErrorCode): AmountResult => ({ ok: false, code });

/** Parses a typed amount, case-insensitive; never returns NaN or Infinity. */
export function parseAmount(
  text: string,
  { fx, maxInr = 1e9, monthly: byDefault = false }: AmountOptions,
): AmountResult {
  const tokens =
    text
      .toLowerCase()
      .replace(/us\$/g, '$')
      .replace(/\brs\./g, 'rs ')
      .replace(/[−–—]/g, '-')
      .replace(/\/-\s*$/, '')
      .replace(/\bp\.\s?a\b\.?|\/\s*(?=yr|year|annum)/g, ' pa ')
      .replace(/\bp\.\s?m\b\.?|\/\s*m\b|\/\s*(?=mo|mth|mnth|month)/g, ' pm ')
      .replace(/\b(\d[\d,.]*)\s*l(?=pa\b|pm\b)/g, '$1 l ')
      .match(/\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+|\S/g) ?? [];
  if (tokens.length === 0) return fail('empty');
  let number: string | undefined;
  let numbers = 0;
  let factor = 1;
  let size = 0;
  let minus = 0;
  // A size word goes after the number and a minus sign before it; anything else is not an amount we can read.
  let misplaced = false;
  let unknown = false;
  const found = new Set<string>();
  const periods = new Set<'month' | 'year'>();
  for (const t of tokens) {
    if (t === '-') {
      minus++;
      misplaced ||= number !== undefined;
    } else if (/^[\d.]/.test(t)) {
      number = t;
      numbers++;
    } else if (t in sizes) {
      factor = sizes[t]!;
      size++;
      misplaced ||= number === undefined;
    } else if (t in currencies) found.add(currencies[t]!);
    else if (yearly.has(t)) periods.add('year');
    else if (monthly.has(t)) periods.add('month');
    else if (!joiners.has(t)) unknown = true;
  }
  if (number === undefined || numbers > 1 || unknown || !NUMBER.test(number)) return fail('not-a-number');
  if (found.size > 1) return fail('mixed-currencies');
  if (size > 1) return fail('two-sizes');
  if (periods.size > 1) return fail('two-periods');
  const currency = found.has('USD') ? 'USD' : 'INR';
  if (currency === 'USD' && (factor === 1e5 || factor === 1e7)) return fail('lakh-in-dollars');
  if (misplaced || minus > 1) return fail('not-a-number');
  const amount = round2(Number(number.replace(/,/g, '')) * factor);
  if (amount === 0) return fail('zero');
  if (minus) return fail('negative');
  if (currency === 'USD' && !(fx > 0 && fx < Infinity)) return fail('no-exchange-rate');
  const inr = round2(currency === 'USD' ? amount * fx : amount);
  const perMonth = periods.has('month') || (byDefault && !periods.has('year'));
  return inr <= maxInr / (perMonth ? 12 : 1)
    ? { ok: true, inr, currency, amount, bare: size === 0, perMonth }
    : fail('too-large');
}
