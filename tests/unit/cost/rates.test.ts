import { describe, expect, it } from 'vitest';
import { breakdownToCsv, computeEmployerCost, ratesInForce, words } from '../../../src/lib/cost/index.ts';
import { ratesSources } from '../../../src/lib/cost/rates.ts';
import { readCollection } from '../../../src/lib/content/read.ts';
import { dataCollections } from '../../../src/lib/content/registry.ts';
import { base, entries, line, ok, rates, TODAY } from '../../support/cost.ts';

describe('ratesInForce builds the engine’s figures at build time', () => {
  it('keeps each figure’s value, sources and start date, and marks none unverified by default', () => {
    expect(rates.ceiling).toEqual({
      value: 15000,
      sources: expect.arrayContaining(['ksandk-epf-ceiling-2026']),
      from: '2014-09-01',
    });
    expect(rates.epf.value).toBe(0.12);
    expect(rates.onDate).toBe(TODAY);
  });

  it('words a figure used while it awaits verification, once, for the breakdown’s notes', () => {
    const r = ratesInForce(entries, TODAY, { includeUnverified: true });
    expect(r.ceiling.value).toBe(25000);
    expect(r.ceiling.unverified).toBe(
      'Includes PF wage ceiling of ₹25,000 a month from 17 September 2026, reported only by a source the site has not yet been able to confirm.',
    );
  });

  it('gives each state its Labour Welfare Fund a year and the entries left out, in words', () => {
    expect(rates.states.KA?.lwf?.value).toBe(100);
    expect(rates.states.TN?.lwf?.value).toBe(40);
    expect(rates.states.MH?.lwf).toBeUndefined();
    expect(rates.states.MH?.notes.join('\n')).toMatch(
      /^Left out: Labour Welfare Fund, employer in Maharashtra \(Pune, Mumbai\) of ₹36 per half-year from 21 November 2025, reported only by a source the site has not yet been able to confirm\.$/m,
    );
    // The national ceiling left out is not a note: the rates carry it, for the breakdown to work out its effect.
    for (const code of ['KA', 'MH', 'TG', 'TN', 'DL', 'HR'] as const)
      expect(rates.states[code]?.notes.join('\n')).not.toMatch(/pf wage ceiling/);
    expect(rates.reportedCeiling).toMatchObject({ value: 25_000, from: '2026-09-17' });
    expect(ratesInForce(entries, TODAY, { includeUnverified: true }).reportedCeiling).toBeUndefined();
  });

  it('turns each professional-tax slab into a yearly pay test', () => {
    expect(rates.states.KA?.professionalTax?.threshold).toEqual({
      annualPay: 300_000,
      atLeast: true,
      slab: 'from ₹25,000 a month',
    });
    expect(rates.states.TG?.professionalTax).toMatchObject({
      figure: { value: 2400 },
      threshold: { annualPay: 240_000 },
    });
    expect(rates.states.TN?.professionalTax?.threshold).toMatchObject({ annualPay: 150_000, atLeast: false });
    expect(rates.states.MH?.professionalTax?.threshold).toBeUndefined();
    expect(rates.states.DL?.noProfessionalTax).toBe(
      'Professional tax in Delhi is not on file: the only figure reported has not yet been confirmed.',
    );
  });

  it('lists every source it cites, and each is in sources.yaml', () => {
    const cited = ratesSources(rates);
    expect(cited).toEqual(expect.arrayContaining(['ksandk-epf-ceiling-2026', 'akrivia-karnataka-lwf']));
    // Read from the frozen copy of content the fixture belongs to, so an editor's change to sources.yaml cannot break it.
    const known = new Set(readCollection('tests/fixtures/frozen', dataCollections.sources).map((s) => s.id));
    for (const id of cited) expect(known.has(id), id).toBe(true);
  });

  describe('an entry whose sources give no start date (startDateGiven: false)', () => {
    const undated = new Set(['epf-employer-rate', 'labour-welfare-fund']);
    const r = ratesInForce(
      entries.map((e) => (undated.has(e.parameter) ? { ...e, startDateGiven: false } : e)),
      TODAY,
    );

    it('gives a figure without a start date', () => {
      expect(r.epf).not.toHaveProperty('from');
      expect(r.states.KA?.lwf).not.toHaveProperty('from');
      expect(r.ceiling.from).toBe('2014-09-01');
    });

    it('names it in a note without a date', () => {
      expect(r.states.MH?.notes.join('\n')).toMatch(
        /^Left out: Labour Welfare Fund, employer in Maharashtra \(Pune, Mumbai\) of ₹36 per half-year, reported only by a source the site has not yet been able to confirm\.$/m,
      );
    });

    it('leaves every line that rests on it without an as-of date, on screen and in the CSV', () => {
      const b = ok(computeEmployerCost({ ...base, state: 'KA' }, r));
      expect(line(b, 'epf').asOf).toBeUndefined();
      expect(line(b, 'lwf').asOf).toBeUndefined();
      // Lines whose figures all have a date keep the latest of them.
      expect(line(b, 'pf-admin').asOf).toBe('2018-06-01');
      const rows = breakdownToCsv(b, words.csv).split('\r\n');
      expect(rows[1 + b.lines.findIndex((l) => l.id === 'epf')]).toMatch(/^Employer PF \(EPF \+ EPS\),12%,.*,,$/);
    });
  });
});
