import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEmployerCost, reverseFromCost, stateCodes, type CostInput } from '../../../src/lib/cost/index.ts';
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
  it('CTC basis: under an own entity the total is the CTC exactly; through an EOR, the CTC plus the fee', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('entity', 'eor'), (i, model) => {
        const b = compute({ ...i, basis: 'ctc', model });
        if (b === undefined) return;
        const ctc = Math.round(i.salary);
        expect(b.ctcAnnualInr).toBe(ctc);
        expect(b.total.annualInr).toBe(model === 'entity' ? ctc : ctc + line(b, 'fee').annualInr);
        // Gross pay is what is left of the CTC once every statutory line is taken out.
        const statutory = b.lines.filter((l) => !['gross', 'fee', 'markup'].includes(l.id));
        expect(b.grossAnnualInr + statutory.reduce((s, l) => s + l.annualInr, 0)).toBe(ctc);
      }),
    );
  });

  it('one gross pay converts to one dollar figure under every hiring model', () => {
    // ₹8,00,000 at ₹92.0121 is $8,694.50…: once $8,694 under an EOR and $8,695 for a contractor.
    const models = ['entity', 'eor', 'contractor', 'vendor'] as const;
    const at = (i: CostInput) =>
      models.map((model) => line(ok(computeEmployerCost({ ...i, model, basis: 'gross' }, rates)), 'gross').usd);
    expect(new Set(at({ ...base, salary: 800_000, fx: 92.0121, pf: 'ceiling' }))).toEqual(new Set([8_695]));
    fc.assert(
      fc.property(input, (i) => {
        const usd = at({ ...i, pf: 'ceiling' });
        const k = i.headcount / (i.period === 'monthly' ? 12 : 1);
        expect(new Set(usd)).toEqual(new Set([Math.round((Math.round(i.salary) * k) / i.fx)]));
      }),
    );
  });

  it('money is whole rupees and dollars, and the lines add up to the total exactly, for any period and headcount', () => {
    fc.assert(
      fc.property(input, (i) => {
        const b = compute(i);
        if (b === undefined) return;
        for (const l of [...b.lines, b.total])
          for (const v of [l.annualInr, l.inr, l.usd, l.base?.annualInr ?? 0])
            expect(Number.isInteger(v), `${l.id}: ${v}`).toBe(true);
        const sum = (key: 'annualInr' | 'inr' | 'usd') => b.lines.reduce((s, l) => s + l[key], 0);
        expect(sum('annualInr')).toBe(b.total.annualInr);
        expect(sum('inr')).toBe(b.total.inr);
        expect(sum('usd')).toBe(b.total.usd);
        // Each displayed line is within a unit of its exact share of the period and headcount.
        const k = i.headcount / (i.period === 'monthly' ? 12 : 1);
        for (const l of b.lines) expect(Math.abs(l.inr - l.annualInr * k)).toBeLessThan(1);
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

  it('reverse(total(x)) covers x to within the ₹1,000 step of an offer, and never costs more than the budget', () => {
    fc.assert(
      fc.property(input, (i) => {
        const b = compute({ ...i, basis: 'gross' });
        if (b === undefined) return;
        const { salary: _s, basis: _b, ...options } = i;
        const r = reverseFromCost(b.total.annualInr * i.headcount, options, rates);
        if (!r.ok) throw new Error(r.message);
        // A rupee of rounding in the total can take the exact answer just under x, and the offer a step below.
        expect(r.grossAnnualInr).toBeGreaterThan(Math.round(i.salary) - 1001);
        expect(r.total.annualInr).toBeLessThanOrEqual(r.targetCostAnnualInrPerHire + 1e-6);
        expect(r.unusedAnnualInrPerHire).toBe(Math.round(r.targetCostAnnualInrPerHire - r.total.annualInr));
      }),
    );
  });
});
