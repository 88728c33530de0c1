import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseState, serialiseState, stateCodes, type CalculatorState } from '../../../src/lib/cost/index.ts';
import { stateOrder } from '../../../src/lib/cost/url-codecs.ts';

const defaults: CalculatorState = {
  salary: 3_000_000,
  basis: 'gross',
  wageShare: 0.5,
  pf: 'ceiling',
  state: 'KA',
  model: 'eor',
  eorFeeUsdPerMonth: 599,
  vendorMarkup: 0.6,
  fx: 86.73,
  headcount: 1,
  period: 'annual',
};

const state = fc.record(
  {
    salary: fc.double({ min: 1, max: 1e9, noNaN: true }),
    basis: fc.constantFrom('gross', 'ctc'),
    wageShare: fc.double({ min: 0.5, max: 1, noNaN: true }),
    pf: fc.constantFrom('ceiling', 'full', 'none'),
    state: fc.constantFrom(...stateCodes),
    model: fc.constantFrom('entity', 'eor', 'contractor', 'vendor'),
    eorFeeUsdPerMonth: fc.double({ min: 0, max: 100_000, noNaN: true }),
    vendorMarkup: fc.double({ min: 0.4, max: 0.8, noNaN: true }),
    fx: fc.double({ min: 1, max: 1000, noNaN: true }),
    headcount: fc.integer({ min: 1, max: 10_000 }),
    period: fc.constantFrom('annual', 'monthly'),
    budget: fc.double({ min: 1, max: 1e11, noNaN: true }),
  },
  {
    requiredKeys: stateOrder.filter((k) => k !== 'budget'),
  },
) satisfies fc.Arbitrary<CalculatorState>;

describe('URL state', () => {
  it('round-trips any valid state without notices', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseState(serialiseState(s, defaults), defaults)).toEqual({ state: s, notices: [] });
      }),
    );
  });

  it('writes nothing for the defaults, and only what differs otherwise, in a stable order', () => {
    expect(serialiseState(defaults, defaults)).toBe('');
    const changed: CalculatorState = {
      ...defaults,
      period: 'monthly',
      headcount: 3,
      salary: 2_500_000,
      model: 'vendor',
      vendorMarkup: 0.5,
      budget: 9e6,
    };
    expect(serialiseState(changed, defaults)).toBe(
      'salary=2500000&model=vendor&markup=0.5&n=3&period=monthly&budget=9000000',
    );
  });

  it.each([
    ['salary=30L', { salary: 3_000_000 }],
    ['salary=%E2%82%B930%20lakh', { salary: 3_000_000 }],
    ['salary=%2440k&fx=80', { salary: 3_200_000, fx: 80 }],
    ['wage=60%25', { wageShare: 0.6 }],
    ['markup=70%25&model=vendor', { vendorMarkup: 0.7, model: 'vendor' }],
    ['state=tn', { state: 'TN' }],
    ['budget=50%20lakh', { budget: 5_000_000 }],
  ] as const)('reads friendly forms: %s', (query, expected) => {
    expect(parseState(query, defaults)).toEqual({ state: { ...defaults, ...expected }, notices: [] });
  });

  it.each([
    ['salary=abc', 'salary', /^salary: “abc”: Enter an amount such as 30 lakh.*; the default 3000000 is used\.$/],
    ['salary=0', 'salary', /must be above 0/],
    ['salary=-5', 'salary', /cannot be negative/],
    ['basis=net', 'basis', /“net” is not one of gross, ctc/],
    ['wage=0.3', 'wage', /“0\.3” must be between 0\.5 and 1; the default 0\.5 is used/],
    ['pf=maybe', 'pf', /not one of ceiling, full, none/],
    ['state=ZZ', 'state', /not one of KA, MH, TG, TN, DL, HR/],
    ['model=freelance', 'model', /not one of entity, eor, contractor, vendor/],
    ['fee=lots', 'fee', /“lots” is not a number/],
    ['markup=0.9', 'markup', /between 0\.4 and 0\.8/],
    ['fx=0', 'fx', /above 0 and at most 1000/],
    ['n=1.5', 'n', /not a whole number/],
    ['n=0', 'n', /between 1 and 10000/],
    ['period=weekly', 'period', /not one of annual, monthly/],
    ['budget=nothing', 'budget', /; it is ignored\.$/],
    ['utm_source=x', 'utm_source', /“utm_source” is not a calculator setting and was ignored/],
    ['n=2&n=3', 'n', /appears 2 times; the first value is used/],
  ])('%s falls back with one notice naming %s', (query, param, message) => {
    const { state: s, notices } = parseState(query, defaults);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.param).toBe(param);
    expect(notices[0]?.message).toMatch(message);
    if (param !== 'n' || !query.includes('&')) expect(s).toEqual(defaults);
  });

  it('keeps the good values when others are bad, with notices in parameter order', () => {
    const { state: s, notices } = parseState('zzz=1&n=x&salary=20L&wage=2', defaults);
    expect(s).toEqual({ ...defaults, salary: 2_000_000 });
    expect(notices.map((n) => n.param)).toEqual(['wage', 'n', 'zzz']);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.constantFrom('salary', 'wage', 'fx', 'n', 'state', 'budget', 'x'), fc.string()),
        (raw, dict) => {
          for (const query of [raw, new URLSearchParams(dict)]) {
            const { state: s, notices } = parseState(query, defaults);
            expect(Number.isFinite(s.salary) && s.salary > 0).toBe(true);
            expect(Number.isInteger(s.headcount)).toBe(true);
            expect(Array.isArray(notices)).toBe(true);
          }
        },
      ),
    );
  });
});
