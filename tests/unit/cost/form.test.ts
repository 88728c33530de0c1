import { describe, expect, it } from 'vitest';
import { readField } from '../../../src/lib/cost/form.ts';

describe('calculator fields', () => {
  it.each([
    ['30 lakh', 3_000_000],
    ['30,00,000', 3_000_000],
    ['0.3 cr', 3_000_000],
    ['$40k', 3_360_000],
  ])('salary %s → ₹%d', (text, inr) => {
    expect(readField.salary(text, 84)).toEqual({ ok: true, value: inr });
  });
  it.each([
    ['salary', '', 'Enter an amount such as 30 lakh or ₹30,00,000.'],
    [
      'wage',
      '45',
      'Wages must be between 50% and 100% of gross pay: the Labour Codes count at least half of pay as wages.',
    ],
    ['wage', 'half', '“half” is not a number. Enter a share of pay such as 50.'],
    ['markup', '90', 'Vendor markups run from 40% to 80% of pay; enter a figure in that range.'],
    ['fee', '-5', 'A monthly fee in US dollars such as 599 cannot be negative.'],
    ['fx', '0', 'The exchange rate must be above zero.'],
    ['fx', '8400', 'That rate is far from any rupee rate; enter rupees per US dollar, such as 84.'],
    ['headcount', '2.5', 'Enter a whole number of hires.'],
    ['headcount', '0', 'Enter between 1 and 10,000 hires.'],
  ] as const)('%s “%s” says: %s', (field, text, message) => {
    const r = field === 'salary' ? readField.salary(text, 84) : readField[field](text);
    expect(r).toEqual({ ok: false, message });
  });
  it('reads percentages as shares', () => {
    expect(readField.wage('60%')).toEqual({ ok: true, value: 0.6 });
    expect(readField.markup('60')).toEqual({ ok: true, value: 0.6 });
  });
});
