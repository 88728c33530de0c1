import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../../src/lib/cost/words.ts';
import { grossForTakeHome } from '../../../src/lib/pay/reverse.ts';
import { payWords } from '../../../src/lib/pay/words.ts';
import { rates } from '../../support/cost.ts';
import { hraShare, payBase, takeHomeAt, taxRates } from '../../support/pay.ts';

const rules = { tax: taxRates, hraShare };
const MAX = 50_000_000;
const find = (monthly: number, state = payBase.state) =>
  grossForTakeHome(monthly, { ...payBase, state }, MAX, rates, rules, payWords, words.engine);

describe('the gross pay that leaves a take-home a month', () => {
  // ₹12,75,000 in Karnataka leaves ₹1,04,250 a month (take-home.test.ts works it by hand); ₹12,74,000 leaves
  // (12,74,000 − 21,600) / 12 − 200 = ₹1,04,166.67 → ₹1,04,167, short of it. So ₹1,04,250 needs ₹12,75,000.
  // Just above ₹12,75,000 take-home dips (marginal relief caps the tax, cess comes on top) and stays below ₹1,04,250
  // until well past it: the answer is the lower offer, not one found past the dip.
  it('finds ₹12,75,000 for ₹1,04,250 a month in Karnataka, with its CTC', () => {
    expect(takeHomeAt({ salary: 1_276_000 }).monthlyInr).toBeLessThan(104_250);
    const r = find(104_250);
    expect(r.ok && r.grossAnnualInr).toBe(1_275_000);
    expect(r.ok && r.monthlyInr).toBe(104_250);
    expect(r.ok && r.ctcAnnualInr).toBe(takeHomeAt({ salary: 1_275_000 }).ctcAnnualInr);
  });

  it('is the lowest offer in whole thousands that reaches the target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 15_000, max: 2_000_000 }),
        fc.constantFrom('KA', 'MH', 'TN', 'DL'),
        (target, state) => {
          const r = find(target, state);
          if (!r.ok) throw new Error(r.message);
          expect(r.grossAnnualInr % 1000).toBe(0);
          expect(r.monthlyInr).toBeGreaterThanOrEqual(target);
          // No lower offer reaches it: the hundred offers just below, and each tax step below (where take-home dips
          // just above a step, as cess comes on top of marginal relief).
          const steps = [taxRates.rebate.limit, ...taxRates.surcharge.steps.map((x) => x.above)].map(
            (taxable) => Math.floor((taxable + taxRates.standardDeduction) / 1000) * 1000,
          );
          const lower = [...Array.from({ length: 100 }, (_, i) => r.grossAnnualInr - 1000 * (i + 1)), ...steps].filter(
            (g) => g >= 1000 && g < r.grossAnnualInr,
          );
          for (const g of lower) expect(takeHomeAt({ salary: g, state }).monthlyInr).toBeLessThan(target);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    [0, 'zero'],
    [-5, 'negative'],
    [10_000_000, 'out of reach'],
  ])('refuses a take-home of %i (%s), naming the field', (target) => {
    const r = find(target);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.field).toBe('inHand');
    expect(!r.ok && r.message).toMatch(/Enter a smaller take-home|a month in hand/);
  });
});
