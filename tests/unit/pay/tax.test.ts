import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomeTax, slabTax } from '../../../src/lib/pay/tax.ts';
import { taxRates } from '../../support/pay.ts';

// Hand-worked, new regime 2026-27. Slabs on taxable income: 0–4L nil, 4–8L 5%, 8–12L 10%, 12–16L 15%, 16–20L 20%,
// 20–24L 25%, above 24L 30%. Rebate: no tax up to ₹12L, with marginal relief above. Surcharge 10% above ₹50L, 15%
// above ₹1cr, 25% above ₹2cr, with marginal relief. Cess 4% on tax plus surcharge.
describe('incomeTax, worked by hand', () => {
  it.each([
    // Salary ₹12,75,000 − ₹75,000 standard deduction = ₹12,00,000 taxable.
    // Slabs: 4L × 5% = 20,000 + 4L × 10% = 40,000 → 60,000. Rebate: at or below ₹12L all of it → 0. Cess on 0 = 0.
    { taxable: 1_200_000, slab: 60_000, rebate: 60_000, surcharge: 0, cess: 0, total: 0, reliefs: [] },
    // Salary ₹12,85,000 → ₹12,10,000 taxable. Slabs: 60,000 + 10,000 × 15% = 61,500. Marginal relief: tax may not
    // exceed income above ₹12L = 10,000, so the rebate is 61,500 − 10,000 = 51,500. Cess 4% × 10,000 = 400 → 10,400.
    { taxable: 1_210_000, slab: 61_500, rebate: 51_500, surcharge: 0, cess: 400, total: 10_400, reliefs: ['rebate'] },
    // Salary ₹18,00,000 → ₹17,25,000 taxable. Slabs: 20,000 + 40,000 + 4L × 15% = 60,000 + 1,25,000 × 20% = 25,000
    // → 1,45,000. Above ₹12L, and 1,45,000 < 5,25,000 above it: no relief. Cess 4% = 5,800 → 1,50,800.
    { taxable: 1_725_000, slab: 145_000, rebate: 0, surcharge: 0, cess: 5_800, total: 150_800, reliefs: [] },
    // Salary ₹60,00,000 → ₹59,25,000 taxable. Slabs to ₹24L: 20,000 + 40,000 + 60,000 + 80,000 + 1,00,000 =
    // 3,00,000; above: 35,25,000 × 30% = 10,57,500 → 13,57,500. Surcharge 10% = 1,35,750 → 14,93,250. Relief cap:
    // tax at ₹50L (3,00,000 + 26L × 30% = 10,80,000) + 9,25,000 = 20,05,000: not reached. Cess 4% = 59,730.
    { taxable: 5_925_000, slab: 1_357_500, rebate: 0, surcharge: 135_750, cess: 59_730, total: 1_552_980, reliefs: [] },
    // ₹50,10,000 taxable: slabs 3,00,000 + 26,10,000 × 30% = 10,83,000; with 10% surcharge 11,91,300. Relief cap:
    // 10,80,000 at ₹50L + 10,000 = 10,90,000, so the surcharge is 7,000. Cess 4% × 10,90,000 = 43,600 → 11,33,600.
    {
      taxable: 5_010_000,
      slab: 1_083_000,
      rebate: 0,
      surcharge: 7_000,
      cess: 43_600,
      total: 1_133_600,
      reliefs: ['surcharge'],
    },
    // ₹1,00,50,000 taxable: slabs 3,00,000 + 76,50,000 × 30% = 25,95,000; at 15%: 29,84,250. Cap: at ₹1cr the tax
    // is 25,80,000 with 10% = 28,38,000, + 50,000 = 28,88,000, so the surcharge is 2,93,000. Cess 1,15,520.
    {
      taxable: 10_050_000,
      slab: 2_595_000,
      rebate: 0,
      surcharge: 293_000,
      cess: 115_520,
      total: 3_003_520,
      reliefs: ['surcharge'],
    },
    // Below the first taxed slab, and nothing at all.
    { taxable: 400_000, slab: 0, rebate: 0, surcharge: 0, cess: 0, total: 0, reliefs: [] },
    { taxable: 0, slab: 0, rebate: 0, surcharge: 0, cess: 0, total: 0, reliefs: [] },
  ])('₹$taxable taxable → ₹$total', ({ taxable, slab, rebate, surcharge, cess, total, reliefs }) => {
    expect(incomeTax(taxable, taxRates)).toEqual({
      taxableInr: taxable,
      slabTaxInr: slab,
      rebateInr: rebate,
      surchargeInr: surcharge,
      cessInr: cess,
      totalInr: total,
      surchargeRate: taxable > 10_000_000 ? 0.15 : taxable > 5_000_000 ? 0.1 : 0,
      reliefs,
    });
  });

  it('a negative taxable income is taxed as none', () => {
    expect(incomeTax(-5_000, taxRates).totalInr).toBe(0);
  });

  it('the slabs add up step by step: ₹24 lakh is 3,00,000', () => {
    expect(slabTax(2_400_000, taxRates.slabs)).toBe(300_000);
  });
});

describe('incomeTax, properties', () => {
  const income = fc.integer({ min: 0, max: 400_000_000 });

  it('is never negative, and its parts add up to the total', () => {
    fc.assert(
      fc.property(income, (x) => {
        const t = incomeTax(x, taxRates);
        expect(t.totalInr).toBeGreaterThanOrEqual(0);
        expect(t.slabTaxInr - t.rebateInr + t.surchargeInr + t.cessInr).toBe(t.totalInr);
      }),
    );
  });

  it('never falls as income rises, across the rebate and surcharge steps too', () => {
    const near = fc.constantFrom(1_200_000, 5_000_000, 10_000_000, 20_000_000);
    const around = fc.tuple(near, fc.integer({ min: -200_000, max: 200_000 })).map(([a, d]) => a + d);
    fc.assert(
      fc.property(fc.oneof(income, around), fc.integer({ min: 0, max: 1_000_000 }), (x, more) => {
        expect(incomeTax(x + more, taxRates).totalInr).toBeGreaterThanOrEqual(incomeTax(x, taxRates).totalInr);
      }),
    );
  });
});
