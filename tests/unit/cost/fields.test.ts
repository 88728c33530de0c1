import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultsProblems,
  explain,
  fieldText,
  formValues,
  params,
  readSettings,
  validateInput,
  words,
  type TextKey,
} from '../../../src/lib/cost/index.ts';
import { defaults, limits, rates, typedState } from '../../support/cost.ts';

/** Reads one typed field over the defaults, by its form name. */
const read = (key: TextKey, text: string) => readSettings({ [params[key]]: text }, defaults);

describe('calculator fields', () => {
  it.each([
    ['30 lakh', 3_000_000],
    ['30,00,000', 3_000_000],
    ['0.3 cr', 3_000_000],
    ['$40k', 3_469_200],
  ])('salary %s → ₹%d', (text, inr) => {
    expect(read('salary', text)).toEqual({ state: { ...defaults, salary: inr }, errors: {}, perMonth: {} });
  });

  it.each([
    ['salary', '', 'Enter an amount such as 30 lakh or ₹30,00,000.'],
    ['wageShare', '45', 'Enter 50 to 100: the Labour Codes count at least half of gross pay as wages.'],
    ['wageShare', 'half', '“half” is not a number. Enter a share of pay such as 50.'],
    ['vendorMarkup', '400', 'Enter a markup from 0% to 300%.'],
    ['eorFeeUsdPerMonth', '-5', 'It cannot be negative. Enter a monthly fee in US dollars.'],
    ['eorFeeUsdPerMonth', '12,000', 'Enter a fee from 0 to 10,000 US dollars a month.'],
    ['fx', '0', 'Enter rupees per US dollar, from 1 to 1,000.'],
    ['headcount', '2.5', 'Enter a whole number of hires from 1 to 10,000.'],
    ['headcount', '', 'Enter the number of hires.'],
  ] as const)('%s “%s” keeps its last value and says: %s', (key, text, message) => {
    const { state, errors } = read(key, text);
    expect(state).toEqual(defaults);
    const problem = errors[key];
    if (!problem) throw new Error(`no problem reported for ${key}`);
    expect(explain(key, problem, words)).toBe(message);
  });

  // Every way a month's pay is written in India reads as that amount a month, kept a year's.
  it.each([
    ['₹1,20,000 per month', 120_000],
    ['1,20,000 pm', 120_000],
    ['1.2L pm', 120_000],
    ['1.2 LPM', 120_000],
    ['1.2 lakh p.m.', 120_000],
    ['1.5L/month', 150_000],
    ['1.5 L / mo', 150_000],
    ['₹1.2 lakh a month', 120_000],
    ['Rs. 1.2 lakhs monthly', 120_000],
    ['$2,000 a month', 2_000 * 86.73],
  ] as const)('salary “%s” is ₹%d a month, kept a year’s', (text, month) => {
    const { state, errors, perMonth } = readSettings({ salary: text }, defaults, false, limits);
    expect(errors).toEqual({});
    expect(perMonth).toEqual({ salary: Math.round(month) });
    expect(state.salary).toBe(Math.round(month * 12));
  });

  it.each([
    ['1.5 lakh a month a year', 'two-periods', 'That says both a month and a year.'],
    ['8,000 per month', 'below-floor', '₹96,000 a year is below ₹1,00,000'],
  ] as const)('salary “%s” is refused (%s)', (text, code, message) => {
    const { state, errors } = readSettings({ salary: text }, defaults, false, limits);
    expect(state.salary).toBe(defaults.salary);
    expect(errors.salary?.code).toBe(code);
    expect(explain('salary', errors.salary!, words)).toContain(message);
  });

  it.each([
    ['25', 0.25, undefined],
    ['5', 0.05, undefined],
    ['150%', 1.5, undefined],
    ['4', undefined, 'Enter a markup from 5% to 150%: wide enough for any plausible quote.'],
    ['151', undefined, 'Enter a markup from 5% to 150%: wide enough for any plausible quote.'],
  ] as const)('a vendor markup of “%s” is held to the limits in data', (text, value, message) => {
    const { state, errors } = readSettings({ markup: text }, defaults, false, limits);
    if (value === undefined) {
      expect(state.vendorMarkup).toBe(defaults.vendorMarkup);
      expect(explain('vendorMarkup', errors.vendorMarkup!, words, limits)).toBe(message);
    } else {
      expect(errors).toEqual({});
      expect(state.vendorMarkup).toBe(value);
    }
  });

  it('reads percentages as shares and thousands separators as such', () => {
    expect(read('wageShare', '60%').state.wageShare).toBe(0.6);
    expect(read('vendorMarkup', '55.5').state.vendorMarkup).toBe(0.555);
    expect(read('eorFeeUsdPerMonth', '1,000').state.eorFeeUsdPerMonth).toBe(1000);
  });

  it('reads dollar amounts at the exchange rate given with them, and a monthly budget per year', () => {
    expect(readSettings({ salary: '$40k', fx: '80' }, defaults).state.salary).toBe(3_200_000);
    expect(readSettings({ cost: '2 lakh' }, defaults, true).state.targetCost).toBe(2_400_000);
    expect(readSettings({ cost: '$3,000', fx: '80' }, defaults, true).state.targetCost).toBe(3_000 * 80 * 12);
    expect(readSettings({ cost: '  ' }, { ...defaults, targetCost: 5 }).state.targetCost).toBeUndefined();
  });

  it('shows money with Indian grouping and shares as percentages', () => {
    expect(fieldText('salary', 3_000_000)).toBe('30,00,000');
    expect(fieldText('targetCost', 1234.5)).toBe('1,235');
    expect(fieldText('wageShare', 0.57)).toBe('57');
    expect(fieldText('targetCost', undefined)).toBe('');
  });

  it('lets through only what the engine accepts, whatever is typed', () => {
    const typed = fc.record({
      salary: fc.oneof(fc.string(), fc.integer({ min: -10, max: 2e9 }).map(String)),
      wage: fc.oneof(fc.string(), fc.double({ min: -10, max: 200, noNaN: true }).map(String)),
      fee: fc.oneof(fc.string(), fc.double({ min: -10, max: 20_000, noNaN: true }).map(String)),
      markup: fc.oneof(fc.string(), fc.double({ min: 0, max: 100, noNaN: true }).map(String)),
      fx: fc.oneof(fc.string(), fc.double({ min: -1, max: 2000, noNaN: true }).map(String)),
      n: fc.oneof(fc.string(), fc.double({ min: -1, max: 20_000, noNaN: true }).map(String)),
      model: fc.constantFrom('entity', 'eor', 'contractor', 'vendor', 'magic'),
    });
    fc.assert(
      fc.property(typed, (values) => {
        const { state, errors } = readSettings(values, defaults);
        expect(validateInput(state)).toMatchObject({ ok: true });
        // Every message is fully worded (what was typed is left out, as it may hold anything).
        for (const [key, problem] of Object.entries(errors))
          expect(explain(key as TextKey, { ...problem, text: '' }, words)).not.toMatch(/\{\w+\}|undefined/);
      }),
    );
  });

  it('a form filled in from any settings reads back as those settings, without a message', () => {
    fc.assert(
      fc.property(typedState, (s) => {
        expect(readSettings(formValues(s), s)).toEqual({ state: s, errors: {}, perMonth: {} });
      }),
    );
  });

  it('holds a monthly budget to a twelfth of the yearly limit, and says so', () => {
    const { errors } = readSettings({ cost: '900 crore' }, defaults, true);
    expect(errors.targetCost).toEqual({ code: 'too-large', text: '900 crore', perMonth: true });
    expect(explain('targetCost', errors.targetCost!, words)).toMatch(
      /^That is more than ₹8,33,33,33,333 \(₹833\.33 crore\)/,
    );
    expect(readSettings({ cost: '800 crore' }, defaults, true).state.targetCost).toBe(800e7 * 12);
  });
});

describe('the calculator’s defaults are checked at build time', () => {
  it('finds nothing wrong with working defaults', () => {
    expect(defaultsProblems(defaults, rates)).toEqual([]);
  });

  it.each([
    ['an exchange rate outside the limits', { fx: 0.5 }, /^fx: Enter rupees per US dollar/],
    ['PF left out below the ceiling', { pf: 'none', salary: 300_000 }, /^pf: PF can be left out only/],
    [
      'a salary the form cannot show exactly',
      { salary: 123_456.7 },
      /^salary: 123456\.7 reads back from the form as 123457$/,
    ],
  ] as const)('names %s', (_case, patch, problem) => {
    expect(defaultsProblems({ ...defaults, ...patch }, rates)).toEqual(
      expect.arrayContaining([expect.stringMatching(problem)]),
    );
  });
});
