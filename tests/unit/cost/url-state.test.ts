import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeNotice,
  parseLink,
  parseState,
  serialiseState,
  words,
  writeLink,
  type CalculatorState,
  type SalaryPreset,
} from '../../../src/lib/cost/index.ts';
import { defaults, limits, typedState } from '../../support/cost.ts';

/** The notices of a query string, in words. */
const noticesOf = (query: string) =>
  parseState(query, defaults).notices.map((n) => ({ param: n.param, message: describeNotice(n, words) }));

describe('URL state', () => {
  it('round-trips any valid state without notices', () => {
    fc.assert(
      fc.property(typedState, (s) => {
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
      targetCost: 9e6,
    };
    expect(serialiseState(changed, defaults)).toBe(
      'salary=2500000&model=vendor&markup=50&n=3&period=monthly&cost=9000000',
    );
  });

  it.each([
    ['salary=30L', { salary: 3_000_000 }],
    ['salary=%E2%82%B930%20lakh', { salary: 3_000_000 }],
    ['salary=%2440k&fx=80', { salary: 3_200_000, fx: 80 }],
    ['wage=60%25', { wageShare: 0.6 }],
    ['wage=60', { wageShare: 0.6 }],
    // Links written when shares were fractions still read the same.
    ['wage=0.6', { wageShare: 0.6 }],
    ['markup=0.5&model=vendor', { vendorMarkup: 0.5, model: 'vendor' }],
    ['markup=70&model=vendor', { vendorMarkup: 0.7, model: 'vendor' }],
    ['state=tn', { state: 'TN' }],
    ['cost=50%20lakh', { targetCost: 5_000_000 }],
  ] as const)('reads friendly forms: %s', (query, expected) => {
    expect(parseState(query, defaults)).toEqual({ state: { ...defaults, ...expected }, notices: [] });
  });

  it.each([
    ['salary=abc', 'salary', /^salary: “abc”: Enter an amount such as 30 lakh.*; the default ₹30,00,000 is used\.$/],
    ['salary=0', 'salary', /above zero/],
    ['salary=-5', 'salary', /cannot be negative/],
    ['basis=net', 'basis', /^basis: “net”: Choose one of gross, ctc; the default gross is used\.$/],
    ['wage=0.3', 'wage', /“0\.3”: Enter 50 to 100.*; the default 50 is used/],
    ['pf=maybe', 'pf', /one of ceiling, full, none/],
    ['state=ZZ', 'state', /one of KA, MH, TG, TN, DL, HR/],
    ['model=freelance', 'model', /one of entity, eor, contractor, vendor/],
    ['fee=lots', 'fee', /“lots” is not a number/],
    ['markup=400', 'markup', /from 0% to 300%/],
    ['fx=0', 'fx', /from 1 to 1,000/],
    ['n=1.5', 'n', /whole number of hires/],
    ['n=0', 'n', /from 1 to 10,000/],
    ['period=weekly', 'period', /one of annual, monthly/],
    ['cost=nothing', 'cost', /; it is ignored\.$/],
    ['utm_source=x', 'utm_source', /“utm_source” is not a calculator setting and was ignored/],
    ['n=2&n=3', 'n', /appears 2 times; the first value is used/],
  ])('%s falls back with one notice naming %s', (query, param, message) => {
    const s = parseState(query, defaults).state;
    const notices = noticesOf(query);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.param).toBe(param);
    expect(notices[0]?.message).toMatch(message);
    if (param !== 'n' || !query.includes('&')) expect(s).toEqual(defaults);
  });

  it('keeps the good values when others are bad, with notices in parameter order', () => {
    const { state: s, notices } = parseState('zzz=1&n=x&salary=20L&wage=2', defaults);
    expect(s).toEqual({ ...defaults, salary: 2_000_000 });
    expect(notices.map((n) => n.param)).toEqual(['wage', 'n', 'zzz']);
    expect(noticesOf('zzz=1&n=x').map((n) => n.message)).toEqual([
      'n: “x”: “x” is not a number. Enter the number of hires; the default 1 is used.',
      '“zzz” is not a calculator setting and was ignored.',
    ]);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.constantFrom('salary', 'wage', 'fx', 'n', 'state', 'cost', 'x'), fc.string()),
        (raw, dict) => {
          for (const query of [raw, new URLSearchParams(dict)]) {
            const { state: s, notices } = parseState(query, defaults);
            expect(Number.isFinite(s.salary) && s.salary > 0).toBe(true);
            expect(Number.isInteger(s.headcount)).toBe(true);
            // Every notice is fully worded (the link's own text is left out, as it may hold anything).
            for (const n of notices) {
              const blank =
                n.kind === 'invalid'
                  ? { ...n, problem: { ...n.problem, text: '' } }
                  : n.kind === 'option'
                    ? { ...n, text: '' }
                    : { ...n, param: '' };
              expect(describeNotice(blank, words)).not.toMatch(/\{\w+\}|undefined/);
            }
          }
        },
      ),
    );
  });
});

describe('shared links with a preset and a US comparison level', () => {
  const presets: SalaryPreset[] = [
    {
      id: 'mid-broad-market',
      level: 'mid',
      label: 'Mid-level, India broad market',
      range: '₹14L–₹22L',
      min: 1_400_000,
      max: 2_200_000,
      openEnded: false,
      mid: 1_800_000,
    },
    {
      id: 'senior-top-employers',
      level: 'senior',
      label: 'Senior, India top employers',
      range: '₹38L–₹55L',
      min: 3_800_000,
      max: 5_500_000,
      openEnded: false,
      mid: 4_650_000,
    },
  ];
  const levels = ['junior', 'mid', 'senior'];
  const read = (q: string) => parseLink(q, defaults, presets, levels, 'mid', limits);

  it.each([
    ['preset=senior-top-employers', 4_650_000, 'senior'],
    ['preset=senior-top-employers&level=junior', 4_650_000, 'junior'],
    ['preset=senior-top-employers&salary=2000000', 2_000_000, 'senior'],
    ['salary=30%20LPA', 3_000_000, 'mid'],
    ['salary=30%20lakh%20per%20annum&level=senior', 3_000_000, 'senior'],
  ] as const)('%s → ₹%s, compared at %s', (q, salary, level) => {
    const link = read(q);
    expect(link).toMatchObject({ state: { salary }, level, notices: [] });
    // Written back, it reads the same.
    expect(read(writeLink(link.state, defaults, presets, link.level, 'mid'))).toEqual(link);
  });

  it('reads an old link’s team budget (`budget`) as reverse mode’s `cost`, and writes it as `cost`', () => {
    const link = read('budget=48000000&inhand=150000');
    expect(link).toMatchObject({ state: { targetCost: 48_000_000, inHand: 150_000 }, notices: [] });
    expect(writeLink(link.state, defaults, presets, 'mid', 'mid')).toBe('cost=48000000&inhand=150000');
    // A link holding both keeps the new name's value.
    expect(read('cost=1000000&budget=2000000').state.targetCost).toBe(1_000_000);
  });

  it('names a salary at a preset’s midpoint by the preset, and the level only when it differs', () => {
    const at = { ...defaults, salary: 4_650_000 };
    expect(writeLink(at, defaults, presets, 'senior', 'mid')).toBe('preset=senior-top-employers');
    expect(writeLink(at, defaults, presets, 'mid', 'mid')).toBe('preset=senior-top-employers&level=mid');
    expect(writeLink({ ...defaults, salary: 2_000_000 }, defaults, presets, 'mid', 'mid')).toBe('salary=2000000');
  });

  it.each([
    ['salary=55', /^salary: “55”: Did you mean ₹55,00,000 \(55 lakh\) a year\?; the default ₹30,00,000 is used\.$/],
    ['salary=50000', /^salary: “50000”: ₹50,000 a year is below ₹1,00,000, the lowest salary/],
    ['salary=60%20cr', /^salary: “60 cr”: ₹60,00,00,000 a year is above ₹5,00,00,000/],
    ['preset=cto', /^preset: “cto” is not one of mid-broad-market, senior-top-employers; it is ignored\.$/],
    ['level=intern', /^level: “intern” is not one of junior, mid, senior; the default mid is used\.$/],
  ] as const)('%s gets one notice and the defaults', (q, message) => {
    const link = read(q);
    expect(link.state.salary).toBe(defaults.salary);
    expect(link.notices.map((n) => describeNotice(n, words))).toEqual([expect.stringMatching(message)]);
  });
});
