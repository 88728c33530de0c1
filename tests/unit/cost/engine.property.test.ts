import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEmployerCost, reverseFromBudget, stateCodes, type CostInput } from '../../../src/lib/cost/index.ts';
import { base, line, ok, rates } from '../../support/cost.ts';

const input = fc.record({
  salary: fc.double({ min: 50_000, max: 50_000_000, noNaN: true }),
  basis: fc.constantFrom('gross', 'ctc'),
  wageShare: fc.double({ min: 0.5, max: 1, noNaN: true }),
  pf: fc.constantFrom('ceiling', 'full', 'none'),
  state: fc.constantFrom(...stateCodes),
  model: fc.constantFrom('entity', 'eor', 'contractor', 'vendor'),
  eorFeeUsdPerMonth: fc.double({ min: 0, max: 2_000, noNaN: true }),
  vendorMarkup: fc.double({ min: 0.4, max: 0.8, noNaN: true }),
  fx: fc.double({ min: 50, max: 150, noNaN: true }),
  headcount: fc.integer({ min: 1, max: 50 }),
  period: fc.constantFrom('annual', 'monthly'),
}) satisfies fc.Arbitrary<CostInput>;

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(1, Math.abs(b));

// A valid input always gives a breakdown, except PF left out at or below the ceiling.
function compute(i: CostInput) {
  const r = computeEmployerCost(i, rates);
  if (!r.ok) {
    expect(r.code).toBe('pf-none-not-allowed');
    return undefined;
  }
  return r;
}

describe('properties of any valid input', () => {
  it('CTC basis, own entity: the CTC lines sum to the CTC; the total adds only ESI, bonus and LWF', () => {
    fc.assert(
      fc.property(input, (i) => {
        const b = compute({ ...i, basis: 'ctc', model: 'entity' });
        if (b === undefined) return;
        const ctcLines = ['gross', 'epf', 'edli', 'pf-admin', 'gratuity'] as const;
        expect(
          rel(
            ctcLines.reduce((s, id) => s + line(b, id).annualInr, 0),
            i.salary,
          ),
        ).toBeLessThan(1e-9);
        const extra = line(b, 'esi').annualInr + line(b, 'bonus').annualInr + line(b, 'lwf').annualInr;
        expect(rel(b.total.annualInr, i.salary + extra)).toBeLessThan(1e-9);
        if (extra === 0) expect(rel(b.total.annualInr, i.salary)).toBeLessThan(1e-6);
      }),
    );
  });

  it('the lines sum to the total, in annual rupees and (within rounding) in the displayed amounts', () => {
    fc.assert(
      fc.property(input, (i) => {
        const b = compute(i);
        if (b === undefined) return;
        expect(
          rel(
            b.lines.reduce((s, l) => s + l.annualInr, 0),
            b.total.annualInr,
          ),
        ).toBeLessThan(1e-12);
        expect(Math.abs(b.lines.reduce((s, l) => s + l.inr, 0) - b.total.inr)).toBeLessThanOrEqual(
          0.005 * (b.lines.length + 1) + 1e-6,
        );
      }),
    );
  });

  it('no line is negative or non-finite', () => {
    fc.assert(
      fc.property(input, (i) => {
        const b = compute(i);
        if (b === undefined) return;
        for (const l of [...b.lines, b.total]) {
          for (const v of [l.annualInr, l.inr, l.usd]) expect(Number.isFinite(v) && v >= 0, `${l.id}: ${v}`).toBe(true);
        }
        expect(Number.isFinite(b.totalOverGrossPct)).toBe(true);
      }),
    );
  });

  it('the total does not fall as pay rises, unless ESI or bonus switch off in between', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 5_000_000, noNaN: true }), (i, raise) => {
        const low = compute(i);
        const high = compute({ ...i, salary: i.salary + raise });
        if (low === undefined || high === undefined) return;
        fc.pre(
          line(low, 'esi').applies === line(high, 'esi').applies &&
            line(low, 'bonus').applies === line(high, 'bonus').applies,
        );
        expect(high.total.annualInr).toBeGreaterThanOrEqual(low.total.annualInr * (1 - 1e-12));
      }),
    );
  });

  it('the ESI cliff is real: a rupee a month above the threshold costs less than at it', () => {
    const at = (monthly: number) => ok(computeEmployerCost({ ...base, salary: monthly * 12 }, rates)).total.annualInr;
    const limit = rates.esiLimit.value;
    expect(at(limit + 1)).toBeLessThan(at(limit));
  });

  it('reverse(total(x)) ≈ x above the ESI and bonus thresholds, and never below x', () => {
    fc.assert(
      fc.property(input, (i) => {
        const b = compute({ ...i, basis: 'gross' });
        if (b === undefined) return;
        const { salary: _s, basis: _b, ...options } = i;
        const r = reverseFromBudget(b.total.annualInr * i.headcount, options, rates);
        if (!r.ok) throw new Error(r.message);
        expect(r.grossAnnualInr).toBeGreaterThanOrEqual(i.salary * (1 - 1e-9));
        expect(r.total.annualInr).toBeLessThanOrEqual(r.budgetAnnualInrPerHire * (1 + 1e-9));
        const aboveCliffs =
          i.salary / 12 > rates.esiLimit.value && (i.wageShare * i.salary) / 12 > rates.bonusLimit.value;
        if (aboveCliffs || i.model === 'contractor' || i.model === 'vendor')
          expect(rel(r.grossAnnualInr, i.salary)).toBeLessThan(1e-9);
      }),
    );
  });
});
