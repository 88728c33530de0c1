/** Reads what people type into a money field: `30 lakh`, `₹30,00,000`, `0.3 cr`, `$40k`, `USD 40000` … */
import { NUMBER, tokenizeAmount, type AmountToken } from './amount-tokens.ts';
import { inrText, round2 } from './money.ts';

/** Why an amount could not be read. */
export type AmountErrorCode =
  'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-large' | 'mixed-units' | 'no-exchange-rate';

/** The amount in rupees (dollars converted at the given rate), or why it could not be read. */
export type AmountResult =
  | { ok: true; inr: number; currency: 'INR' | 'USD'; amount: number; normalized: string }
  | { ok: false; code: AmountErrorCode; message: string };

/** Options for {@link parseAmount}. */
export interface AmountOptions {
  /** Rupees per US dollar, for amounts typed in dollars. */
  fx: number;
  /** Largest plausible amount in rupees (default ₹100 crore). */
  maxInr?: number;
}

const HINT = 'Enter an amount such as 30 lakh or ₹30,00,000.';
const usdText = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

const fail = (code: AmountErrorCode, message: string): AmountResult => ({ ok: false, code, message });
const indexOf = (tokens: AmountToken[], kind: AmountToken['kind']): number => tokens.findIndex((t) => t.kind === kind);
const count = (tokens: AmountToken[], kind: AmountToken['kind']): number =>
  tokens.filter((t) => t.kind === kind).length;

/** Parses a typed amount; never returns NaN or Infinity. */
export function parseAmount(text: string, options: AmountOptions): AmountResult {
  const tokens = tokenizeAmount(text);
  if (tokens.length === 0) return fail('empty', HINT);
  const at = indexOf(tokens, 'number');
  const number = tokens[at];
  if (
    number?.kind !== 'number' ||
    count(tokens, 'number') > 1 ||
    count(tokens, 'other') > 0 ||
    !NUMBER.test(number.text)
  ) {
    return fail('not-a-number', HINT);
  }
  const found = new Set(tokens.flatMap((t) => (t.kind === 'currency' ? [t.currency] : [])));
  if (found.size > 1)
    return fail('mixed-units', 'That mixes rupees and dollars. Enter one currency, e.g. ₹30 lakh or $40,000.');
  if (count(tokens, 'size') > 1) {
    return fail(
      'mixed-units',
      'That uses two size words (such as lakh and crore). Use one, e.g. 30 lakh or 0.3 crore.',
    );
  }
  const currency = found.has('USD') ? 'USD' : 'INR';
  const size = tokens.find((t) => t.kind === 'size');
  if (currency === 'USD' && size?.indian === true) {
    return fail(
      'mixed-units',
      'Lakh and crore are rupee units. For dollars write $40k or $40,000; for rupees write ₹30 lakh.',
    );
  }
  // A size word goes after the number and a minus sign before it; anything else is not an amount we can read.
  if (
    (size !== undefined && indexOf(tokens, 'size') < at) ||
    count(tokens, 'minus') > 1 ||
    indexOf(tokens, 'minus') > at
  ) {
    return fail('not-a-number', HINT);
  }
  const amount = round2(Number(number.text.replace(/,/g, '')) * (size?.factor ?? 1));
  if (amount === 0) return fail('zero', 'Enter an amount above zero.');
  if (count(tokens, 'minus') > 0)
    return fail('negative', 'The amount cannot be negative. Enter it without a minus sign.');
  if (currency === 'USD' && !(Number.isFinite(options.fx) && options.fx > 0)) {
    return fail('no-exchange-rate', 'Set an exchange rate (rupees per US$) before entering dollars.');
  }
  const inr = round2(currency === 'USD' ? amount * options.fx : amount);
  const max = options.maxInr ?? 1e9;
  if (!Number.isFinite(inr) || inr > max) {
    return fail('too-large', `That is more than ${inrText(max)} (₹${max / 1e7} crore) — check the number of zeros.`);
  }
  return { ok: true, inr, currency, amount, normalized: currency === 'USD' ? usdText.format(amount) : inrText(amount) };
}
