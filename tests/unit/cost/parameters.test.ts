import { describe, expect, it } from 'vitest';
import { annualAmount, computeEmployerCost, parametersInForce, ratesInForce } from '../../../src/lib/cost/index.ts';
import { base, entries, line, ok } from '../../support/cost.ts';

describe('parametersInForce picks the entry in force on a date', () => {
  it.each([
    ['2014-08-31', false, undefined],
    ['2014-09-01', false, 15000],
    ['2026-09-16', true, 15000],
    ['2026-09-17', false, 15000],
    ['2026-11-27', false, 15000],
    ['2026-09-17', true, 25000],
    ['2026-11-27', true, 25000],
  ] as const)('on %s (unverified included: %s) the PF ceiling is %s', (day, includeUnverified, expected) => {
    expect(parametersInForce(entries, day, { includeUnverified }).national['pf-wage-ceiling']?.value).toBe(expected);
  });

  it('lists the unverified ₹25,000 ceiling as ignored by default, with its entry', () => {
    const p = parametersInForce(entries, '2026-11-27');
    expect(p.ignored.map((e) => e.id)).toContain('pf-wage-ceiling-2026-reported');
    expect(p.national['pf-wage-ceiling']?.entry.id).toBe('pf-wage-ceiling-2014');
    expect(parametersInForce(entries, '2026-09-16').ignored.map((e) => e.id)).not.toContain(
      'pf-wage-ceiling-2026-reported',
    );
  });

  it('picks state entries per state and leaves out unverified ones unless asked', () => {
    const p = parametersInForce(entries, '2026-11-27');
    expect(p.states.KA?.['labour-welfare-fund']?.value).toBe(100);
    expect(p.states.MH?.['labour-welfare-fund']).toBeUndefined();
    expect(
      parametersInForce(entries, '2026-11-27', { includeUnverified: true }).states.MH?.['labour-welfare-fund']?.value,
    ).toBe(36);
    expect(parametersInForce(entries, '2024-12-31').states.KA?.['labour-welfare-fund']).toBeUndefined();
  });

  it('honours effectiveTo as the last day in force', () => {
    const [ceiling] = entries.filter((e) => e.id === 'pf-wage-ceiling-2014');
    if (ceiling === undefined) throw new Error('missing ceiling');
    const ended = [{ ...ceiling, effectiveTo: '2020-12-31' }];
    expect(parametersInForce(ended, '2020-12-31').national['pf-wage-ceiling']?.value).toBe(15000);
    expect(parametersInForce(ended, '2021-01-01').national['pf-wage-ceiling']).toBeUndefined();
  });

  it.each([
    [{ value: 200, unit: 'inr-per-month' }, 2400],
    [{ value: 1250, unit: 'inr-per-half-year' }, 2500],
    [{ value: 100, unit: 'inr-per-year' }, 100],
    [{ value: 0.12, unit: 'rate' }, 0.12],
  ] as const)('annualAmount(%o) = %s', (entry, expected) => {
    expect(annualAmount(entry)).toBe(expected);
  });
});

describe('the engine uses the picked parameters', () => {
  it('uses ₹15,000 on 2026-11-27 by default and works out what the ₹25,000 ceiling, awaiting verification, would change', () => {
    const b = ok(computeEmployerCost(base, ratesInForce(entries, '2026-11-27')));
    expect(line(b, 'epf').annualInr).toBe(21_600);
    expect(line(b, 'epf').unverified).toBe(false);
    expect(b.ceilingChange).toMatchObject({ ceiling: { value: 25_000 }, epf: 14_400, edli: 600, admin: 600 });
  });

  it('uses ₹25,000 when unverified entries are included, and flags the lines', () => {
    const b = ok(computeEmployerCost(base, ratesInForce(entries, '2026-11-27', { includeUnverified: true })));
    expect(line(b, 'epf').annualInr).toBeCloseTo(36_000, 6);
    expect(line(b, 'edli').annualInr).toBeCloseTo(1_500, 6);
    expect(line(b, 'epf')).toMatchObject({ unverified: true, asOf: '2026-09-17', cap: { monthlyInr: 25000 } });
    expect(line(b, 'epf').sourceIds).toEqual(expect.arrayContaining(['frappe-india-payroll-109', 'taxguru-epf-rates']));
    expect(b.total.unverified).toBe(true);
    expect(b.notes.join('\n')).toMatch(
      /Includes PF wage ceiling of ₹25,000 a month from 17 September 2026, reported only by a source the site has not yet been able to confirm\./,
    );
  });

  it('stops the build, naming the parameters, for a date before the data starts', () => {
    expect(() => ratesInForce(entries, '2020-01-01')).toThrow(
      /employer-costs\.yaml: no figure is in force on 2020-01-01 for: .*epf-employer-rate.*esi-employer-rate/,
    );
  });
});
