/** Splits a typed money amount into numbers, size words (lakh, crore, k), currency marks and minus signs. */

/** One piece of a typed amount. */
export type AmountToken =
  | { kind: 'minus' }
  | { kind: 'number'; text: string }
  | { kind: 'size'; factor: number; indian: boolean }
  | { kind: 'currency'; currency: 'INR' | 'USD' }
  | { kind: 'other' };

const sizes: Record<string, { factor: number; indian: boolean }> = {};
const addSizes = (words: string[], factor: number, indian: boolean): void => {
  for (const w of words) sizes[w] = { factor, indian };
};
addSizes(['k', 'thousand'], 1e3, false);
addSizes(['mn', 'million'], 1e6, false);
addSizes(['l', 'lac', 'lacs', 'lakh', 'lakhs'], 1e5, true);
addSizes(['cr', 'crore', 'crores'], 1e7, true);

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
export const NUMBER = /^(?:\d{1,3}(?:,\d{2,3})*,\d{3}|\d+)(?:\.\d+)?$|^\.\d+$/;

/** The tokens of `text`, case-insensitive; `US$`, `Rs.`, typographic minus signs and a trailing `/-` are normalised first. */
export function tokenizeAmount(text: string): AmountToken[] {
  const cleaned = text
    .toLowerCase()
    .replace(/us\$/g, '$')
    .replace(/\brs\./g, 'rs ')
    .replace(/[−–—]/g, '-')
    .replace(/\/-\s*$/, '');
  return (cleaned.match(/\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+|\S/g) ?? []).map((t): AmountToken => {
    if (t === '-') return { kind: 'minus' };
    if (/^[\d.]/.test(t)) return { kind: 'number', text: t };
    const size = sizes[t];
    if (size !== undefined) return { kind: 'size', ...size };
    const currency = currencies[t];
    return currency === undefined ? { kind: 'other' } : { kind: 'currency', currency };
  });
}
