import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTakeHome } from '../../../src/lib/pay/compute.ts';
import { stateCodes } from '../../../src/lib/cost/codes.ts';
import { rates } from '../../support/cost.ts';
import { deduction, hraShare, payBase, takeHomeAt, taxRates } from '../../support/pay.ts';

// Hand-worked with the frozen data: wages 50% of gross, PF on the ₹15,000 ceiling (PF wages ₹1,80,000 a year
// whenever wages exceed it), employee PF 12%, ESI only up to ₹21,000 a month, professional tax as recorded per state.
describe('take-home, worked by hand', () => {
  it.each([
    // ₹12,75,000 in Karnataka: PF 12% × 1,80,000 = 21,600; no ESI; professional tax 2,500; tax 0 (rebate).
    // Take-home 12,75,000 − 21,600 − 2,500 = 12,50,900. A month before professional tax: 12,53,400 / 12 = 1,04,450;
    // less ₹200 → 1,04,250, and in February less ₹300 → 1,04,150.
    {
      state: 'KA',
      salary: 1_275_000,
      pf: 21_600,
      esi: 0,
      pt: 2_500,
      tax: 0,
      year: 1_250_900,
      month: 104_250,
      other: [{ when: 'february', inr: 104_150 }],
    },
    // ₹12,85,000 in Telangana: PF 21,600; professional tax ₹200 a month = 2,400; tax 10,400 (marginal relief).
    // Take-home 12,85,000 − 21,600 − 2,400 − 10,400 = 12,50,600. Month: 12,53,000 / 12 − 200 = 1,04,216.67 → 1,04,217.
    {
      state: 'TG',
      salary: 1_285_000,
      pf: 21_600,
      esi: 0,
      pt: 2_400,
      tax: 10_400,
      year: 1_250_600,
      month: 104_217,
      other: [],
    },
    // ₹18,00,000 in Tamil Nadu: PF 21,600; ₹1,250 a half-year = 2,500; tax 1,50,800. Take-home 16,25,100.
    // Month: (18,00,000 − 21,600 − 1,50,800) / 12 = 1,35,633.33 → 1,35,633; in the two half-year months less 1,250.
    {
      state: 'TN',
      salary: 1_800_000,
      pf: 21_600,
      esi: 0,
      pt: 2_500,
      tax: 150_800,
      year: 1_625_100,
      month: 135_633,
      other: [{ when: 'half-year', inr: 134_383 }],
    },
    // ₹60,00,000 in Maharashtra: PF 21,600; professional tax 2,500; tax 15,52,980 (10% surcharge).
    // Take-home 60,00,000 − 21,600 − 2,500 − 15,52,980 = 44,22,920. Month: 44,25,420 / 12 = 3,68,785, less 200.
    {
      state: 'MH',
      salary: 6_000_000,
      pf: 21_600,
      esi: 0,
      pt: 2_500,
      tax: 1_552_980,
      year: 4_422_920,
      month: 368_585,
      other: [{ when: 'february', inr: 368_485 }],
    },
    // ₹2,40,000 (₹20,000 a month) in Karnataka: wages ₹10,000 a month, below the ceiling: PF 12% × 1,20,000 = 14,400;
    // ESI 0.75% × 2,40,000 = 1,800; below Karnataka's ₹25,000 slab, no professional tax; taxable 1,65,000: no tax.
    { state: 'KA', salary: 240_000, pf: 14_400, esi: 1_800, pt: 0, tax: 0, year: 223_800, month: 18_650, other: [] },
  ] as const)('₹$salary in $state → ₹$year a year', ({ state, salary, pf, esi, pt, tax, year, month, other }) => {
    const t = takeHomeAt({ state, salary });
    expect([
      deduction(t, 'employee-pf'),
      deduction(t, 'employee-esi'),
      deduction(t, 'professional-tax'),
      deduction(t, 'income-tax'),
    ]).toEqual([pf, esi, pt, tax]);
    expect(t.takeHomeAnnualInr).toBe(year);
    expect(t.monthlyInr).toBe(month);
    expect(t.otherMonths).toEqual(other);
  });

  it('structures ₹12,75,000 in Karnataka part by part, adding up to the CTC', () => {
    // Basic 50% = 6,37,500; HRA 40% of basic = 2,55,000; special 3,82,500. Employer: EPF 21,600, EDLI 900, PF admin
    // 900, gratuity 4.81% × 6,37,500 = 30,663.75 → 30,664, LWF 100. CTC 12,75,000 + 54,164 = 13,29,164.
    const t = takeHomeAt();
    expect(t.structure.map((l) => [l.id, l.annualInr])).toEqual([
      ['basic', 637_500],
      ['hra', 255_000],
      ['special', 382_500],
      ['epf', 21_600],
      ['edli', 900],
      ['pf-admin', 900],
      ['gratuity', 30_664],
      ['lwf', 100],
    ]);
    expect(t.ctcAnnualInr).toBe(1_329_164);
    expect(t.structure.find((l) => l.id === 'hra')?.rule).toMatch(/^40% of basic/);
  });

  it('reads a CTC as the employer engine does: ₹13,29,164 CTC is ₹12,75,000 gross', () => {
    const fromCtc = takeHomeAt({ salary: 1_329_164, basis: 'ctc' });
    expect(fromCtc.grossAnnualInr).toBe(1_275_000);
    expect(fromCtc.takeHomeAnnualInr).toBe(1_250_900);
  });

  it('deducts no PF when PF is left out, and says why', () => {
    const t = takeHomeAt({ salary: 3_000_000, pf: 'none' });
    const pf = t.deductions.find((d) => d.id === 'employee-pf')!;
    expect([pf.applies, pf.annualInr, pf.rule]).toEqual([false, 0, 'No PF is paid, so none is deducted.']);
  });

  it('says a professional tax not yet confirmed is not on file and not applied (Delhi)', () => {
    const pt = takeHomeAt({ state: 'DL' }).deductions.find((d) => d.id === 'professional-tax')!;
    expect([pt.applies, pt.annualInr]).toEqual([false, 0]);
    expect(pt.rule).toBe(
      'Professional tax in Delhi is not on file: the only figure reported has not yet been confirmed.',
    );
  });

  it('refuses a salary of zero with the employer engine’s message', () => {
    const r = computeTakeHome({ ...payBase, salary: 0 }, rates, taxRates, hraShare);
    expect(r).toMatchObject({ ok: false, field: 'salary' });
  });
});

describe('take-home, properties', () => {
  const input = fc.record({
    salary: fc.integer({ min: 100_000, max: 50_000_000 }),
    basis: fc.constantFrom('gross' as const, 'ctc' as const),
    wageShare: fc.integer({ min: 50, max: 100 }).map((p) => p / 100),
    pf: fc.constantFrom('ceiling' as const, 'full' as const),
    state: fc.constantFrom(...stateCodes),
  });

  it('never exceeds gross pay, and its structure adds up to the CTC exactly', () => {
    fc.assert(
      fc.property(input, (i) => {
        const t = takeHomeAt(i);
        expect(t.takeHomeAnnualInr).toBeLessThanOrEqual(t.grossAnnualInr);
        expect(t.monthlyInr * 12).toBeLessThanOrEqual(t.grossAnnualInr);
        expect(t.structure.reduce((s, l) => s + l.annualInr, 0)).toBe(t.ctcAnnualInr);
        if (i.basis === 'ctc') expect(t.ctcAnnualInr).toBe(i.salary);
        for (const l of [...t.structure, ...t.deductions]) expect(Number.isInteger(l.annualInr)).toBe(true);
      }),
    );
  });

  it('has income tax that is never negative and never falls as gross pay rises', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 2_000_000 }), (i, more) => {
        const lower = takeHomeAt({ ...i, basis: 'gross' });
        const higher = takeHomeAt({ ...i, basis: 'gross', salary: i.salary + more });
        expect(deduction(lower, 'income-tax')).toBeGreaterThanOrEqual(0);
        expect(deduction(higher, 'income-tax')).toBeGreaterThanOrEqual(deduction(lower, 'income-tax'));
      }),
    );
  });
});
