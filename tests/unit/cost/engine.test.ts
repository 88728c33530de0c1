import { describe, expect, it } from 'vitest';
import { computeEmployerCost, type CostInput } from '../../../src/lib/cost/index.ts';
import { ratesInForce } from '../../../src/lib/cost/index.ts';
import { amounts, base, entries, line, ok, rates, TODAY } from '../../support/cost.ts';

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
        gratuity: 12_121,
        esi: 8_190,
        bonus: 6_997,
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
        gratuity: 12_122,
        esi: 0,
        bonus: 0,
        lwf: 0,
        fee: 0,
        markup: 0,
      },
    ],
    ['₹21,001 a month, wages 50%: no ESI, bonus still due', { salary: 252_012 }, { esi: 0, bonus: 6_997 }],
    ['₹42,000 a month, wages 50% (₹21,000): bonus due', { salary: 504_000 }, { esi: 0, bonus: 6_997 }],
    ['₹42,002 a month, wages 50% (₹21,001): no bonus', { salary: 504_024 }, { esi: 0, bonus: 0 }],
    [
      '₹10,000 a month, wages 50% (₹5,000): bonus on actual wages below the floor',
      { salary: 120_000 },
      { epf: 7_200, edli: 300, 'pf-admin': 300, esi: 3_900, bonus: 4_998 },
    ],
  ] as const)('%s', (_case, patch, expected) => {
    const got = amounts(run(patch));
    for (const [id, value] of Object.entries(expected)) expect(got[id], id).toBe(value);
  });

  it('₹30 lakh on the ceiling costs about 0.8% in PF and 2.4% in gratuity, 3.185% in all', () => {
    const b = run({});
    expect(b.total.annualInr).toBe(3_095_550);
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
    expect(line(b, 'esi').reason).toBe(
      'Gross pay of ₹30,00,000 a year is above the ESI threshold of ₹21,000 a month (₹2,52,000 a year).',
    );
    expect(line(b, 'bonus').reason).toBe(
      'Wages of ₹15,00,000 a year are above the bonus threshold of ₹21,000 a month (₹2,52,000 a year).',
    );
    expect(line(b, 'fee').reason).toMatch(/employer of record/);
  });
});

describe('CTC basis: gross + every statutory line = CTC, to the rupee; under an own entity the total is the CTC', () => {
  // Worked by hand: above the ESI and bonus thresholds, CTC = gross + PF, EDLI, admin (fixed on the ceiling) + LWF
  // + 2.405% of gross in gratuity (4.81% of 50% wages), so gross = (CTC − fixed) / 1.02405, then whole rupees.
  const reported = ratesInForce(entries, TODAY, { includeUnverified: true });
  it.each([
    ['₹30 lakh, Delhi, ₹15,000 ceiling', { salary: 3_000_000 }, rates, 2_906_694, { epf: 21_600, gratuity: 69_906 }],
    // The case: Karnataka's ₹100 LWF is inside the CTC, so the total is ₹30,00,000, not ₹30,00,100.
    [
      '₹30 lakh, Karnataka, ₹15,000 ceiling',
      { salary: 3_000_000, state: 'KA' },
      rates,
      2_906_596,
      { lwf: 100, gratuity: 69_904 },
    ],
    // PF on full wages: 6% + 0.25% admin + 2.405% gratuity of gross, EDLI ₹900 fixed: (30,00,000 − 900) / 1.08655.
    [
      '₹30 lakh, PF on full wages',
      { salary: 3_000_000, pf: 'full' },
      rates,
      2_760_204,
      { epf: 165_612, 'pf-admin': 6_901, gratuity: 66_383 },
    ],
    // The reported ₹25,000 ceiling: PF ₹36,000, EDLI and admin ₹1,500 each.
    [
      '₹30 lakh, reported ₹25,000 ceiling',
      { salary: 3_000_000 },
      reported,
      2_891_460,
      { epf: 36_000, edli: 1_500, gratuity: 69_540 },
    ],
    // ₹50 lakh in Tamil Nadu (LWF ₹40): (50,00,000 − 23,440) / 1.02405 = 48,59,684.6.
    ['₹50 lakh, Tamil Nadu', { salary: 5_000_000, state: 'TN' }, rates, 4_859_685, { lwf: 40, gratuity: 116_875 }],
  ] as const)('%s', (_case, patch, r, gross, some) => {
    const b = ok(computeEmployerCost({ ...base, ...patch, basis: 'ctc' }, r));
    expect(b.grossAnnualInr).toBe(gross);
    expect(b.total.annualInr).toBe(patch.salary);
    expect(b.ctcAnnualInr).toBe(patch.salary);
    for (const [id, value] of Object.entries(some)) expect(amounts(b)[id], id).toBe(value);
  });

  it('₹2 lakh CTC holds ESI and the bonus too: gross = (2,00,000 − ₹6,997.2 bonus) / 1.12155', () => {
    // 6% PF + 0.25% EDLI + 0.25% admin + 2.405% gratuity + 3.25% ESI of gross; bonus 8.33% of the ₹7,000 floor.
    const b = run({ basis: 'ctc', salary: 200_000 });
    expect(Math.abs(b.grossAnnualInr - (200_000 - 6_997.2) / 1.12155)).toBeLessThanOrEqual(1);
    expect(amounts(b)).toMatchObject({ esi: Math.round(0.0325 * b.grossAnnualInr), bonus: 6_997 });
    expect(b.total.annualInr).toBe(200_000);
  });

  it('through an EOR the fee comes on top of the CTC', () => {
    expect(run({ basis: 'ctc', model: 'eor', salary: 3_000_000 }).total.annualInr).toBe(3_000_000 + 623_415);
  });

  it('with PF left out, CTC is gross plus gratuity only', () => {
    const b = run({ basis: 'ctc', pf: 'none', salary: 3_000_000 });
    expect(Math.abs(b.grossAnnualInr - 3_000_000 / 1.02405)).toBeLessThan(1);
    expect(b.total.annualInr).toBe(3_000_000);
    expect(line(b, 'epf')).toMatchObject({ applies: false, annualInr: 0 });
  });
});

describe('hiring models', () => {
  it('EOR adds the fee: $599 × 12 × ₹86.73', () => {
    const b = run({ model: 'eor' });
    expect(line(b, 'fee').annualInr).toBe(623_415); // 599 × 12 × 86.73 = 6,23,415.24
    expect(line(b, 'fee').usd).toBe(7_188);
    expect(b.total.annualInr).toBe(3_095_550 + 623_415);
    expect(line(b, 'fee').base?.description).toBe('US$599 a month at ₹86.73 per US$');
  });

  it('a vendor adds a 60% markup on pay and no statutory lines', () => {
    const b = run({ model: 'vendor', vendorMarkup: 0.6 });
    expect(line(b, 'markup')).toMatchObject({ applies: true, rate: 0.6 });
    expect(line(b, 'markup').annualInr).toBe(1_800_000);
    expect(line(b, 'epf')).toMatchObject({ applies: false, annualInr: 0 });
    expect(b.total.annualInr).toBe(4_800_000);
    expect(b.professionalTax.applies).toBe(false);
  });

  it('a contractor costs the pay only, with no employee-side items and no reported-ceiling change', () => {
    const b = run({ model: 'contractor', salary: 3_000_000, state: 'KA' });
    expect(b.total.annualInr).toBe(3_000_000);
    expect(b.lines.filter((l) => l.id !== 'gross').every((l) => !l.applies && l.annualInr === 0)).toBe(true);
    expect(line(b, 'esi').reason).toBe('Not paid for a contractor.');
    expect(b.professionalTax.applies).toBe(false);
    expect(b.ceilingChange).toBeUndefined();
  });
});

describe('period and headcount', () => {
  it('3 hires, monthly: every line × 3 / 12, in whole rupees and dollars that add up to the total', () => {
    const b = run({ headcount: 3, period: 'monthly' });
    expect(line(b, 'epf').inr).toBe(5_400);
    expect(line(b, 'epf').annualInr).toBe(21_600);
    expect(b.total.inr).toBe(773_888); // 30,95,550 × 3 / 12 = 7,73,887.5
    expect(b.total.usd).toBe(8_923); // 7,73,887.5 / 86.73 = 8,922.98
    expect(b.lines.reduce((s, l) => s + l.inr, 0)).toBe(773_888);
    expect(b.lines.reduce((s, l) => s + l.usd, 0)).toBe(8_923);
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
      // With no figure on file (the frozen data has none for four states) the line says so and stays out of the total.
      expect(line(b, 'lwf').notOnFile === true).toBe(lwf === 0);
      if (lwf === 0) expect(line(b, 'lwf').reason).toMatch(/^Not on file: .* has a Labour Welfare Fund/);
      expect(b.professionalTax).toMatchObject({ state, applies: ptApplies, annualInr: pt });
      expect(b.total.annualInr).toBe(3_095_550 + lwf);
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

  it('says a professional tax whose only entry is not yet confirmed is not on file, never ₹0', () => {
    expect(run({ state: 'DL' }).professionalTax.reason).toMatch(
      /not on file: the only figure reported has not yet been confirmed/,
    );
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
    ['vendorMarkup', { model: 'vendor', vendorMarkup: -0.1 }],
    ['vendorMarkup', { model: 'vendor', vendorMarkup: 3.01 }],
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

describe('the reported ₹25,000 PF ceiling (awaiting verification): what it would change at the same gross pay', () => {
  it.each([
    // 12% / 0.5% / 0.5% of the ₹10,000 a month between the ceilings, × 12.
    ['₹30 lakh, PF on the ceiling', { salary: 3_000_000 }, { epf: 14_400, edli: 600, admin: 600 }],
    // Full wages: PF and admin are uncapped already; only EDLI, always capped, changes.
    ['₹30 lakh, PF on full wages', { salary: 3_000_000, pf: 'full' }, { epf: 0, edli: 600, admin: 0 }],
    // Wages ₹20,000 a month: the ₹5,000 a month above ₹15,000 comes within the ceiling.
    ['₹4.8 lakh, wages ₹20,000 a month', { salary: 480_000 }, { epf: 7_200, edli: 300, admin: 300 }],
    ['₹1.2 lakh, wages below both ceilings', { salary: 120_000 }, { epf: 0, edli: 0, admin: 0 }],
  ] as const)('%s', (_case, patch, change) => {
    const b = run(patch);
    expect(b.ceilingChange).toMatchObject({ ...change, ceiling: { value: 25_000, from: '2026-09-17' } });
    expect(b.notes.join(' ')).not.toMatch(/pf wage ceiling/i);
  });

  it('says PF could not be left out under it when wages would be within it', () => {
    expect(run({ salary: 480_000, pf: 'none' }).ceilingChange).toMatchObject({ pfRequired: true, epf: 0 });
    expect(run({ salary: 3_000_000, pf: 'none' }).ceilingChange?.pfRequired).toBeUndefined();
  });
});
