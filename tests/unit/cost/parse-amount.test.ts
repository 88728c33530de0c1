import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain, parseAmount, words } from '../../../src/lib/cost/index.ts';

const fx = 86.73;
const HINT = 'Enter an amount such as 30 lakh or ₹30,00,000.';

describe('parseAmount reads rupee amounts', () => {
  it.each([
    '3000000',
    '30,00,000',
    '3,000,000',
    '30L',
    '30 l',
    '30 lakh',
    '30 lakhs',
    '30 lac',
    '₹30 lakh',
    'Rs 30 lakh',
    'Rs. 30 lakh',
    'INR 30L',
    '30 lakh rupees',
    '0.3 cr',
    '0.3 crore',
    '3 million',
    '3000k',
    '  30L  ',
    '30,00,000/-',
    '30 LPA',
    '30 lpa',
    '30 lakh per annum',
    '30 lakhs p.a.',
    '30L a year',
    '30 lakh/yr',
    '₹30,00,000 per year',
  ])('%s → ₹30,00,000', (text) => {
    expect(parseAmount(text, { fx })).toEqual({
      ok: true,
      inr: 3_000_000,
      currency: 'INR',
      amount: 3_000_000,
      bare: !/[a-z]/i.test(text.replace(/rs|inr|rupees|per|year|yr|p\.a\./gi, '')),
      perMonth: false,
    });
  });

  // A month's pay, in each of the ways it is written, and the period words that must not be taken for one.
  it.each([
    ['₹1,20,000 per month', 120_000, true],
    ['1,20,000 p.m.', 120_000, true],
    ['120000 pm', 120_000, true],
    ['1.2L pm', 120_000, true],
    ['1.2LPM', 120_000, true],
    ['1.5L/month', 150_000, true],
    ['1.5 lakh / mo', 150_000, true],
    ['1.5 lakh/m', 150_000, true],
    ['₹1.2 lakh a month', 120_000, true],
    ['1.2 lakh every month', 120_000, true],
    ['1.2 lakhs monthly', 120_000, true],
    ['1,20,000 pcm', 120_000, true],
    ['18 lakh a year', 1_800_000, false],
    ['18 LPA', 1_800_000, false],
    ['18 lakh yearly', 1_800_000, false],
    ['18 lakh', 1_800_000, false],
  ] as const)('%s → ₹%d, a month’s: %s', (text, inr, perMonth) => {
    expect(parseAmount(text, { fx })).toMatchObject({ ok: true, inr, perMonth });
  });

  it.each([
    ['1.5 lakh', { monthly: true }, true],
    ['1.5 lakh a year', { monthly: true }, false],
    ['1.5 lakh a month', { monthly: false }, true],
  ] as const)('%s with %o: a month’s is %s (the text wins over the default)', (text, options, perMonth) => {
    expect(parseAmount(text, { fx, ...options })).toMatchObject({ ok: true, perMonth });
  });

  it.each([
    ['1.5 lakh a month per year', 'two-periods'],
    ['1.5 lakh pm pa', 'two-periods'],
    ['9 crore a month', 'too-large'],
    ['per month', 'not-a-number'],
    ['1.5 lakh a fortnight', 'not-a-number'],
  ] as const)('%s is refused: %s', (text, code) => {
    expect(parseAmount(text, { fx, maxInr: 1e9 })).toEqual({ ok: false, code });
  });

  it.each([
    ['55', true],
    ['₹55', true],
    ['55 lakh', false],
    ['5.5 cr', false],
  ])('%s: bare (no size word) is %s', (text, bare) => {
    expect(parseAmount(text, { fx })).toMatchObject({ ok: true, bare });
  });

  it.each([
    ['0.07 cr', 700_000],
    ['14.5 lakh', 1_450_000],
    ['1234.56', 1_234.56],
  ])('%s → %s', (text, inr) => {
    expect(parseAmount(text, { fx })).toMatchObject({ ok: true, inr });
  });
});

describe('parseAmount reads dollar amounts at the given rate', () => {
  it.each(['$40k', '40k USD', '$40,000', 'USD 40000', 'US$ 40,000', '40000 dollars', '$40 thousand'])(
    '%s → forty thousand dollars',
    (text) => {
      expect(parseAmount(text, { fx })).toEqual({
        ok: true,
        inr: 3_469_200,
        currency: 'USD',
        amount: 40_000,
        bare: !/k|thousand/.test(text),
        perMonth: false,
      });
    },
  );
});

describe('parseAmount says what is wrong, and the salary field puts it in words', () => {
  it.each([
    ['', 'empty', HINT],
    ['   ', 'empty', HINT],
    ['abc', 'not-a-number', HINT],
    ['30 40', 'not-a-number', HINT],
    ['1,5', 'not-a-number', HINT],
    ['30,0,000', 'not-a-number', HINT],
    ['3e6', 'not-a-number', HINT],
    ['lakh 30', 'not-a-number', HINT],
    ['30-', 'not-a-number', HINT],
    ['-30L', 'negative', 'The amount cannot be negative. Enter it without a minus sign.'],
    ['₹ −30,000', 'negative', 'The amount cannot be negative. Enter it without a minus sign.'],
    ['0', 'zero', 'Enter an amount above zero.'],
    ['0 lakh', 'zero', 'Enter an amount above zero.'],
    ['2000 crore', 'too-large', 'That is more than ₹1,00,00,00,000 (₹100 crore) — check the number of zeros.'],
    ['$20 million', 'too-large', 'That is more than ₹1,00,00,00,000 (₹100 crore) — check the number of zeros.'],
    ['9'.repeat(400), 'too-large', 'That is more than ₹1,00,00,00,000 (₹100 crore) — check the number of zeros.'],
    [
      '30 lakh crore',
      'two-sizes',
      'That uses two size words (such as lakh and crore). Use one, e.g. 30 lakh or 0.3 crore.',
    ],
    [
      '$30 lakh',
      'lakh-in-dollars',
      'Lakh and crore are rupee units. For dollars write $40k or $40,000; for rupees write ₹30 lakh.',
    ],
    ['₹40,000 USD', 'mixed-currencies', 'That mixes rupees and dollars. Enter one currency, e.g. ₹30 lakh or $40,000.'],
  ])('%j → %s', (text, code, message) => {
    expect(parseAmount(text, { fx })).toEqual({ ok: false, code });
    expect(explain('salary', { code: code as never, text }, words)).toBe(message);
  });

  it('words every reason for both money fields, naming each field’s own limit', () => {
    expect(explain('targetCost', { code: 'too-large', text: '' }, words)).toBe(
      'That is more than ₹1,00,00,00,00,000 (₹10,000 crore) — check the number of zeros.',
    );
    for (const code of Object.keys(words.amount))
      expect(explain('salary', { code: code as never, text: '' }, words)).not.toMatch(/[{}]|undefined/);
  });

  it('asks for an exchange rate before reading dollars', () => {
    expect(parseAmount('$40k', { fx: Number.NaN })).toMatchObject({ ok: false, code: 'no-exchange-rate' });
    expect(parseAmount('30 lakh', { fx: Number.NaN })).toMatchObject({ ok: true, inr: 3_000_000 });
  });

  it('takes a different upper limit', () => {
    expect(parseAmount('2 crore', { fx, maxInr: 1e7 })).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('never throws and never returns NaN, Infinity, zero or a negative amount', () => {
    const text = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[-₹$ ]{0,2}\d{0,12}(?:[.,]\d{0,3}){0,3} ?(?:k|l|lakh|cr|usd|inr)?$/),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parseAmount(t, { fx });
        if (r.ok) {
          expect(Number.isFinite(r.inr) && r.inr > 0 && r.inr <= 1e9).toBe(true);
          expect(Number.isFinite(r.amount) && r.amount > 0).toBe(true);
        } else {
          expect(explain('salary', { code: r.code, text: '' }, words)).toMatch(/^[^{}]+[.]$/);
        }
      }),
    );
  });
});
