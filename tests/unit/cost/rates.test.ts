import { describe, expect, it } from 'vitest';
import { ratesInForce } from '../../../src/lib/cost/index.ts';
import { ratesSources } from '../../../src/lib/cost/rates.ts';
import { readCollection } from '../../../src/lib/content/read.ts';
import { dataCollections } from '../../../src/lib/content/registry.ts';
import { entries, params, TODAY } from './helpers.ts';

describe('ratesInForce builds the engine’s figures at build time', () => {
  it('keeps each figure’s value, sources and start date, and marks none unverified by default', () => {
    expect(params.ceiling).toEqual({
      value: 15000,
      sources: expect.arrayContaining(['ksandk-epf-ceiling-2026']),
      from: '2014-09-01',
    });
    expect(params.epf.value).toBe(0.12);
    expect(params.onDate).toBe(TODAY);
  });

  it('words a figure used while it awaits verification, once, for the breakdown’s notes', () => {
    const r = ratesInForce(entries, TODAY, { includeUnverified: true });
    expect(r.ceiling.value).toBe(25000);
    expect(r.ceiling.unverified).toBe(
      'Uses a figure awaiting verification: pf-wage-ceiling of ₹25,000 a month from 2026-09-17.',
    );
  });

  it('gives each state its Labour Welfare Fund a year and the entries left out, in words', () => {
    expect(params.states.KA?.lwf?.value).toBe(100);
    expect(params.states.TN?.lwf?.value).toBe(40);
    expect(params.states.MH?.lwf).toBeUndefined();
    expect(params.states.MH?.notes.join('\n')).toMatch(/labour-welfare-fund \(MH\) of ₹36 per half-year .*awaits/);
    // The national ceiling left out is noted in every state.
    for (const code of ['KA', 'MH', 'TG', 'TN', 'DL', 'HR'] as const)
      expect(params.states[code]?.notes.join('\n')).toMatch(/pf-wage-ceiling of ₹25,000 a month/);
  });

  it('turns each professional-tax slab into a yearly pay test', () => {
    expect(params.states.KA?.professionalTax?.threshold).toEqual({
      annualPay: 300_000,
      atLeast: true,
      slab: 'from ₹25,000 a month',
    });
    expect(params.states.TG?.professionalTax).toMatchObject({
      figure: { value: 2400 },
      threshold: { annualPay: 240_000 },
    });
    expect(params.states.TN?.professionalTax?.threshold).toMatchObject({ annualPay: 150_000, atLeast: false });
    expect(params.states.MH?.professionalTax?.threshold).toBeUndefined();
    expect(params.states.DL?.noProfessionalTax).toMatch(/DL \(an entry awaits verification\)/);
  });

  it('lists every source it cites, and each is in sources.yaml', () => {
    const cited = ratesSources(params);
    expect(cited).toEqual(expect.arrayContaining(['ksandk-epf-ceiling-2026', 'akrivia-karnataka-lwf']));
    // Read from the frozen copy of content the fixture belongs to, so an editor's change to sources.yaml cannot break it.
    const known = new Set(readCollection('tests/fixtures/frozen', dataCollections.sources).map((s) => s.id));
    for (const id of cited) expect(known.has(id), id).toBe(true);
  });
});
