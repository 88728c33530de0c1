import { describe, expect, it } from 'vitest';
import { usPayMultiple, computeEmployerCost, reverseFromCost, type ReverseInput } from '../../../src/lib/cost/index.ts';
import { base, ok, rates } from '../../support/cost.ts';

const { salary: _salary, basis: _basis, ...options } = base;
/** The highest pay a team budget of `amount` rupees a year covers. */
const reverse = (amount: number, patch: Partial<ReverseInput> = {}) =>
  reverseFromCost(amount, { ...options, ...patch }, rates);

describe('reverseFromCost', () => {
  it.each([
    ['₹30,95,550 a year', 3_095_550, {}, 3_000_000],
    ['twice that for two hires', 6_191_100, { headcount: 2 }, 3_000_000],
    ['₹37,18,965 a year through an EOR at $599 (fee ₹6,23,415)', 3_718_965, { model: 'eor' }, 3_000_000],
    ['₹48 lakh a year through a vendor at 60%', 4_800_000, { model: 'vendor' }, 3_000_000],
    ['₹32,60,550 a year with PF on full wages', 3_260_550, { pf: 'full' }, 3_000_000],
  ] as const)('%s covers ₹30 lakh gross', (_case, amount, patch, gross) => {
    const r = reverse(amount, patch);
    if (!r.ok) throw new Error(r.message);
    expect(r.grossAnnualInr).toBe(gross);
    expect(r.unusedAnnualInrPerHire).toBe(0);
    expect(r.input.basis).toBe('gross');
  });

  it.each([
    // Above the thresholds total = 1.02405 × gross + ₹23,400 (PF, EDLI, admin on the ceiling; Delhi has no LWF):
    // (31,00,000 − 23,400) / 1.02405 = 30,04,345.5, offered as ₹30,04,000, which costs 30,04,000 + 23,400 + 72,246.
    ['₹31,00,000 a year', 3_100_000, {}, 3_004_000, 354],
    // Less the EOR fee of ₹6,23,415 too: 33,53,185 / 1.02405 = 32,74,435.8 → ₹32,74,000, costing ₹39,99,555.
    ['₹40 lakh a year through an EOR', 4_000_000, { model: 'eor' }, 3_274_000, 445],
  ] as const)('%s: the highest offer in whole thousands, and what is left', (_case, amount, patch, gross, left) => {
    const r = reverse(amount, patch);
    if (!r.ok) throw new Error(r.message);
    expect(r.grossAnnualInr).toBe(gross);
    expect(Math.abs(r.unusedAnnualInrPerHire - left)).toBeLessThanOrEqual(1);
  });

  it('past the ESI cliff, the highest pay covered is above the threshold', () => {
    const withEsi = ok(computeEmployerCost({ ...base, salary: 252_000 }, rates)).total.annualInr;
    const r = reverse(withEsi);
    if (!r.ok) throw new Error(r.message);
    expect(r.grossAnnualInr).toBeGreaterThan(252_012);
    expect(r.total.annualInr).toBeLessThanOrEqual(withEsi + 1e-6);
    expect(r.lines.find((l) => l.id === 'esi')?.applies).toBe(false);
  });

  it('says when the budget does not cover the EOR fee', () => {
    expect(reverse(600_000, { model: 'eor' })).toMatchObject({
      ok: false,
      code: 'cost-too-small',
      field: 'targetCost',
    });
  });

  it('refuses to leave PF out when the pay covered is at or below the ceiling', () => {
    const r = reverse(300_000, { pf: 'none' });
    expect(r).toMatchObject({ ok: false, code: 'pf-none-not-allowed', field: 'targetCost' });
    expect(r.ok ? '' : r.message).toMatch(
      /^At the pay this budget covers \(₹[\d,.]+ a year\): PF can be left out only/,
    );
  });

  it('passes over a round offer that would fall under the PF ceiling, for the exact pay the budget covers', () => {
    // ₹1,99,900 gross at a 90.45% wage share is ₹15,067 a month in wages, over the ceiling, so PF may be left out;
    // the round offer of ₹1,99,000 (₹14,999.6 a month) may not, and the exact pay is offered instead.
    const settings = { pf: 'none', wageShare: 0.9045, state: 'KA' } as const;
    const total = ok(computeEmployerCost({ ...base, ...settings, salary: 199_900 }, rates)).total.annualInr;
    const r = reverse(total, settings);
    if (!r.ok) throw new Error(r.message);
    expect(r.grossAnnualInr).toBeGreaterThan(199_000);
    expect(r.grossAnnualInr).toBeLessThanOrEqual(199_900);
    expect(r.total.annualInr).toBeLessThanOrEqual(total);
  });

  it.each([0, -5, Number.NaN])('rejects a budget of %s', (amount) => {
    expect(reverse(amount)).toMatchObject({ ok: false, code: 'invalid-input', field: 'targetCost' });
  });
});

describe('usPayMultiple', () => {
  it('divides US pay at the middle of the US band by the salary in dollars, as the guide does', () => {
    // ₹30 lakh at ₹86.73 is US$34,590.10; a US band of $150,000–$250,000 has its middle at $200,000.
    expect(usPayMultiple({ salary: 3_000_000, fx: 86.73 }, 200_000)).toBeCloseTo(200_000 / (3_000_000 / 86.73), 9);
    expect(usPayMultiple({ salary: 3_000_000, fx: 86.73 }, 200_000)).toBeCloseTo(5.782, 3);
  });

  it('compares pay with pay, whatever the model, headcount and period', () => {
    const eor = ok(computeEmployerCost({ ...base, model: 'eor', headcount: 5, period: 'monthly' }, rates));
    expect(usPayMultiple(eor.input, 200_000)).toBe(usPayMultiple(base, 200_000));
  });
});
