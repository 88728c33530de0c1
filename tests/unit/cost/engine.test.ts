import { describe, expect, it } from 'vitest';
import { computeEmployerCost, type CostInput } from '../../../src/lib/cost/index.ts';
import { amounts, base, line, ok, rates } from '../../support/cost.ts';

const run = (patch: Partial<CostInput>) => ok(computeEmployerCost({ ...base, ...patch }, rates));

describe('hand-worked cases from the reference (per hire, per year)', () => {
  // gross, wage share, PF mode → expected lines (₹). DL has no LWF in force.
  it.each([
    [
      '₹30 lakh, wages 50%, PF on the ceiling',
      { salary: 3_000_000, pf: 'ceiling' },
      {
        gross: 3_000_000,
        epf: 21_600,
        edli: 900,
        'pf-admin': 900,
        gratuity: 72_150,
        esi: 0,
        bonus: 0,
        lwf: 0,
        fee: 0,
        markup: 0,
      },
    ],
    [
      '₹30 lakh, wages 50%, PF on full wages',
      { salary: 3_000_000, pf: 'full' },
      {
        gross: 3_000_000,
        epf: 180_000,
        edli: 900,
        'pf-admin': 7_500,
        gratuity: 72_150,
        esi: 0,
        bonus: 0,
        lwf: 0,
        fee: 0,
        markup: 0,
      },
    ],
    [
      '₹21,000 a month, wages 100%: ESI and bonus due',
      { salary: 252_000, wageShare: 1 },
      {
        gross: 252_000,
        epf: 21_600,
        edli: 900,
        'pf-admin': 900,
        gratuity: 12_121.2,
        esi: 8_190,
        bonus: 6_997.2,
        lwf: 0,
        fee: 0,
        markup: 0,
      },
    ],
    [
      '₹21,001 a month, wages 100%: neither ESI nor bonus',
      { salary: 252_012, wageShare: 1 },
      {
        gross: 252_012,
        epf: 21_600,
        edli: 900,
        'pf-admin': 900,
        gratuity: 12_121.7772,
        esi: 0,
        bonus: 0,
        lwf: 0,
        fee: 0,
        markup: 0,
      },
    ],
    ['₹21,001 a month, wages 50%: no ESI, bonus still due', { salary: 252_012 }, { esi: 0, bonus: 6_997.2 }],
    ['₹42,000 a month, wages 50% (₹21,000): bonus due', { salary: 504_000 }, { esi: 0, bonus: 6_997.2 }],
    ['₹42,002 a month, wages 50% (₹21,001): no bonus', { salary: 504_024 }, { esi: 0, bonus: 0 }],
    [
      '₹10,000 a month, wages 50% (₹5,000): bonus on actual wages below the floor',
      { salary: 120_000 },
      { epf: 7_200, edli: 300, 'pf-admin': 300, esi: 3_900, bonus: 4_998 },
    ],
  ] as const)('%s', (_case, patch, expected) => {
    const got = amounts(run(patch));
    for (const [id, value] of Object.entries(expected)) expect(got[id], id).toBeCloseTo(value, 6);
  });

  it('₹30 lakh on the ceiling costs about 0.8% in PF and 2.4% in gratuity, 3.185% in all', () => {
    const b = run({});
    expect(b.total.annualInr).toBeCloseTo(3_095_550, 6);
    expect(b.totalOverGrossPct).toBeCloseTo(3.185, 10);
    expect(
      ((line(b, 'epf').annualInr + line(b, 'edli').annualInr + line(b, 'pf-admin').annualInr) / 3_000_000) * 100,
    ).toBeCloseTo(0.78, 10);
  });

  it('describes rate, base, cap and sources of the PF line', () => {
    const epf = line(run({}), 'epf');
    expect(epf).toMatchObject({
      rate: 0.12,
      applies: true,
      asOf: '2025-11-21',
      cap: { monthlyInr: 15000 },
      base: { annualInr: 180_000 },
    });
    expect(epf.base?.description).toMatch(/capped at the ₹15,000 a month wage ceiling/);
    expect(epf.sourceIds).toEqual(['taxguru-epf-rates', 'livemint-labour-codes', 'ksandk-epf-ceiling-2026']);
    expect(line(run({ pf: 'full' }), 'epf').cap).toBeUndefined();
    expect(line(run({ pf: 'full' }), 'edli').cap?.monthlyInr).toBe(15000);
  });

  it('keeps lines that do not apply, at 0, with a reason', () => {
    const b = run({});
    expect(b.lines.map((l) => l.id)).toEqual([
      'gross',
      'epf',
      'edli',
      'pf-admin',
      'gratuity',
      'esi',
      'bonus',
      'lwf',
      'fee',
      'markup',
    ]);
    expect(line(b, 'esi')).toMatchObject({ applies: false, annualInr: 0, inr: 0, usd: 0 });
    expect(line(b, 'esi').reason).toBe('Gross pay of ₹2,50,000 a month is above the ₹21,000 ESI threshold.');
    expect(line(b, 'bonus').reason).toMatch(/₹1,25,000 a month are above the ₹21,000 bonus threshold/);
    expect(line(b, 'fee').reason).toMatch(/employer of record/);
  });
});

describe('CTC basis: gross + PF + EDLI + admin + gratuity = CTC, to the paisa', () => {
  it.each([
    ['₹30 lakh CTC, PF on the ceiling', { salary: 3_000_000, pf: 'ceiling' }, (3_000_000 - 23_400) / 1.02405],
    ['₹30 lakh CTC, PF on full wages', { salary: 3_000_000, pf: 'full' }, (3_000_000 - 900) / 1.08655],
    ['₹2 lakh CTC, wages below the ceiling', { salary: 200_000, pf: 'ceiling' }, 200_000 / 1.08905],
  ] as const)('%s', (_case, patch, expectedGross) => {
    const b = run({ ...patch, basis: 'ctc' });
    const a = amounts(b);
    const sum = (a['gross'] ?? 0) + (a['epf'] ?? 0) + (a['edli'] ?? 0) + (a['pf-admin'] ?? 0) + (a['gratuity'] ?? 0);
    expect(Math.abs(sum - patch.salary)).toBeLessThan(0.005);
    expect(Math.abs(b.ctcAnnualInr - patch.salary)).toBeLessThan(0.005);
    expect(b.grossAnnualInr).toBeCloseTo(expectedGross, 4);
  });

  it('with PF left out, CTC is gross plus gratuity only', () => {
    const b = run({ basis: 'ctc', pf: 'none', salary: 3_000_000 });
    expect(b.grossAnnualInr).toBeCloseTo(3_000_000 / 1.02405, 4);
    expect(line(b, 'epf')).toMatchObject({ applies: false, annualInr: 0 });
  });
});

describe('hiring models', () => {
  it('EOR adds the fee: $599 × 12 × ₹86.73', () => {
    const b = run({ model: 'eor' });
    expect(line(b, 'fee').annualInr).toBeCloseTo(599 * 12 * 86.73, 6);
    expect(line(b, 'fee').usd).toBeCloseTo(7_188, 6);
    expect(b.total.annualInr).toBeCloseTo(3_095_550 + 623_415.24, 6);
    expect(line(b, 'fee').base?.description).toBe('US$599 a month at ₹86.73 per US$');
  });

  it('a vendor adds a 60% markup on pay and no statutory lines', () => {
    const b = run({ model: 'vendor', vendorMarkup: 0.6 });
    expect(line(b, 'markup')).toMatchObject({ applies: true, rate: 0.6 });
    expect(line(b, 'markup').annualInr).toBeCloseTo(1_800_000, 6);
    expect(line(b, 'epf')).toMatchObject({ applies: false, annualInr: 0 });
    expect(b.total.annualInr).toBeCloseTo(4_800_000, 6);
  });

  it('a contractor costs the pay only, and each statutory line says why it is empty', () => {
    const b = run({ model: 'contractor', salary: 240_000 });
    expect(b.total.annualInr).toBe(240_000);
    expect(b.lines.filter((l) => l.id !== 'gross').every((l) => !l.applies && l.annualInr === 0)).toBe(true);
    expect(line(b, 'esi').reason).toMatch(/contractor invoices a fee; no statutory contributions/);
  });
});

describe('period and headcount', () => {
  it('3 hires, monthly: every line × 3 / 12, in rupees and dollars', () => {
    const b = run({ headcount: 3, period: 'monthly' });
    expect(line(b, 'epf').inr).toBe(5_400);
    expect(line(b, 'epf').annualInr).toBeCloseTo(21_600, 6);
    expect(b.total.inr).toBe(773_887.5);
    expect(b.total.usd).toBe(Math.round((773_887.5 / 86.73) * 100) / 100);
  });
});

describe('PF left out', () => {
  it.each([
    ['wages exactly at the ceiling', 360_000, false],
    ['wages ₹0.50 over the ceiling', 360_012, true],
  ] as const)('%s: allowed = %s', (_case, salary, allowed) => {
    const r = computeEmployerCost({ ...base, salary, pf: 'none' }, rates);
    expect(r.ok).toBe(allowed);
    if (!r.ok) expect(r).toMatchObject({ code: 'pf-none-not-allowed', field: 'pf' });
  });

  it('is not checked for a contractor, who has no PF anyway', () => {
    expect(computeEmployerCost({ ...base, salary: 120_000, pf: 'none', model: 'contractor' }, rates).ok).toBe(true);
  });
});

describe('state amounts', () => {
  it.each([
    ['KA', 100, true, 2500],
    ['TN', 40, true, 2500],
    ['MH', 0, true, 2500],
    ['TG', 0, true, 2400],
    ['DL', 0, false, 0],
    ['HR', 0, false, 0],
  ] as const)(
    '%s: LWF ₹%s a year; professional tax applies %s, ₹%s a year (not in the total)',
    (state, lwf, ptApplies, pt) => {
      const b = run({ state });
      expect(line(b, 'lwf').annualInr).toBe(lwf);
      expect(b.professionalTax).toMatchObject({ state, applies: ptApplies, annualInr: pt });
      expect(b.total.annualInr).toBeCloseTo(3_095_550 + lwf, 6);
    },
  );

  it.each([
    ['KA', 299_988, false],
    ['KA', 300_000, true],
    ['TG', 240_000, false],
    ['TG', 240_012, true],
    ['TN', 150_000, false],
    ['TN', 150_012, true],
  ] as const)('%s professional tax at ₹%s a year applies: %s', (state, salary, applies) => {
    expect(run({ state, salary }).professionalTax.applies).toBe(applies);
  });

  it('explains a missing professional tax entry that awaits verification', () => {
    expect(run({ state: 'DL' }).professionalTax.reason).toMatch(/awaits verification/);
  });
});

describe('invalid input is rejected with the field named', () => {
  it.each([
    ['salary', { salary: 0 }],
    ['salary', { salary: Number.NaN }],
    ['salary', { salary: Number.POSITIVE_INFINITY }],
    ['wageShare', { wageShare: 0.49 }],
    ['wageShare', { wageShare: 1.01 }],
    ['fx', { fx: 0 }],
    ['headcount', { headcount: 0 }],
    ['headcount', { headcount: 1.5 }],
    ['vendorMarkup', { model: 'vendor', vendorMarkup: 0.3 }],
    ['vendorMarkup', { model: 'vendor', vendorMarkup: 0.81 }],
    ['eorFeeUsdPerMonth', { model: 'eor', eorFeeUsdPerMonth: -1 }],
  ] as const)('%s: %o', (field, patch) => {
    expect(computeEmployerCost({ ...base, ...patch } as CostInput, rates)).toMatchObject({
      ok: false,
      code: 'invalid-input',
      field,
    });
  });

  it('defaults the wage share to 50%', () => {
    const { wageShare: _omit, ...rest } = base;
    expect(ok(computeEmployerCost(rest, rates)).input.wageShare).toBe(0.5);
  });
});
