/** Reads the calculator's typed fields: each gives a value or a specific message, never NaN. */
import { parseAmount } from './parse-amount.ts';

/** A field's reading: its value, or what to tell the reader. */
export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

const NUMBER = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/;

function plain(text: string, what: string): FieldResult {
  const m = NUMBER.exec(text);
  if (text.trim() === '') return { ok: false, message: `Enter ${what}.` };
  if (/^\s*-/.test(text)) return { ok: false, message: `${capital(what)} cannot be negative.` };
  if (!m) return { ok: false, message: `“${text.trim()}” is not a number. Enter ${what}.` };
  return { ok: true, value: Number(m[1]!.replace(',', '.')) };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function within(r: FieldResult, min: number, max: number, message: string): FieldResult {
  return r.ok && (r.value < min || r.value > max) ? { ok: false, message } : r;
}

/** Readers for each typed field; percentages come back as shares (60 → 0.6). */
export const readField = {
  salary(text: string, fx: number): FieldResult {
    const r = parseAmount(text, { fx });
    return r.ok ? { ok: true, value: r.inr } : { ok: false, message: r.message };
  },
  wage(text: string): FieldResult {
    const r = within(
      plain(text, 'a share of pay such as 50'),
      50,
      100,
      'Wages must be between 50% and 100% of gross pay: the Labour Codes count at least half of pay as wages.',
    );
    return r.ok ? { ok: true, value: r.value / 100 } : r;
  },
  markup(text: string): FieldResult {
    const r = within(
      plain(text, 'a markup such as 60'),
      40,
      80,
      'Vendor markups run from 40% to 80% of pay; enter a figure in that range.',
    );
    return r.ok ? { ok: true, value: r.value / 100 } : r;
  },
  fee(text: string): FieldResult {
    return within(
      plain(text, 'a monthly fee in US dollars such as 599'),
      0,
      10_000,
      'Enter a monthly fee between $0 and $10,000 per employee.',
    );
  },
  fx(text: string): FieldResult {
    const r = plain(text, 'rupees per US dollar, such as 84');
    if (r.ok && r.value === 0) return { ok: false, message: 'The exchange rate must be above zero.' };
    return within(r, 0, 1000, 'That rate is far from any rupee rate; enter rupees per US dollar, such as 84.');
  },
  headcount(text: string): FieldResult {
    const r = plain(text, 'the number of hires');
    if (r.ok && !Number.isInteger(r.value)) return { ok: false, message: 'Enter a whole number of hires.' };
    return within(r, 1, 10_000, 'Enter between 1 and 10,000 hires.');
  },
};

/** A typed field's name. */
export type FieldName = keyof typeof readField;
