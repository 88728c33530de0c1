import { describe, expect, it } from 'vitest';
import { buildEmployerCostsDocument } from '../../../src/lib/api/employer-costs.ts';
import { parameterNames, stateCodes } from '../../../src/lib/cost/codes.ts';
import { parametersInForce } from '../../../src/lib/cost/parameters.ts';
import { content, ctx } from '../../support/api.ts';

const input = { parameters: content.employerCosts, sources: content.sources };
const doc = buildEmployerCostsDocument(input, ctx);
const at = (day: string) => buildEmployerCostsDocument(input, { ...ctx, generatedAt: `${day}T00:00:00.000Z` });

describe('the employer-costs document', () => {
  it('lists every entry as recorded, with sources expanded', () => {
    expect(doc.parameters.map((p) => p.id).toSorted()).toEqual(content.employerCosts.map((e) => e.id).toSorted());
    const ceiling = doc.parameters.find((p) => p.id === 'pf-wage-ceiling-2014')!;
    expect(ceiling).toMatchObject({
      parameter: 'pf-wage-ceiling',
      value: 15000,
      unit: 'inr-per-month',
      state: null,
      payThreshold: null,
      effectiveFrom: '2014-09-01',
      effectiveTo: null,
      status: 'in-force',
    });
    expect(ceiling.sources.map((s) => s.id)).toEqual(['ksandk-epf-ceiling-2026', 'taxguru-epf-rates']);
    expect(ceiling.sources[0]!.publisher).toBeTruthy();
  });

  it('orders entries by parameter, national before state, then by start date, whatever the input order', () => {
    const rank = (p: (typeof doc.parameters)[number]) =>
      parameterNames.indexOf(p.parameter) * 100 + (p.state === null ? 0 : stateCodes.indexOf(p.state) + 1);
    // By the date in the data, which places an entry in time even where the document shows no start date.
    const start = new Map(content.employerCosts.map((e) => [e.id, e.effectiveFrom]));
    const expected = doc.parameters.toSorted(
      (a, b) => rank(a) - rank(b) || start.get(a.id)!.localeCompare(start.get(b.id)!),
    );
    expect(doc.parameters.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    const reversed = buildEmployerCostsDocument({ ...input, parameters: content.employerCosts.toReversed() }, ctx);
    expect(reversed.parameters.map((p) => p.id)).toEqual(doc.parameters.map((p) => p.id));
  });

  it('gives no start date where the sources give none, as the pages show none', () => {
    // The frozen data dates every entry; an undated copy of the EDLI rate stands in for one whose sources give none.
    const dated = content.employerCosts.find((e) => e.parameter === 'edli-rate')!;
    const undated = { ...dated, id: 'edli-rate-undated', effectiveFrom: '2099-01-01', startDateGiven: false as const };
    const d = buildEmployerCostsDocument({ ...input, parameters: [...content.employerCosts, undated] }, ctx);
    expect(d.parameters.find((p) => p.id === undated.id)!.effectiveFrom).toBeNull();
    expect(d.parameters.find((p) => p.id === dated.id)!.effectiveFrom).toBe(dated.effectiveFrom);
  });

  it('works out what is in force on the build date, as parametersInForce does', () => {
    expect(doc.onDate).toBe('2026-11-27');
    const picked = parametersInForce(content.employerCosts, '2026-11-27');
    const expected = [
      ...Object.values(picked.national).map((f) => f.entry.id),
      ...Object.values(picked.states).flatMap((s) => Object.values(s).map((f) => f.entry.id)),
    ];
    expect(doc.inForce.map((f) => f.entry)).toEqual(expected);
    expect(doc.parameters.filter((p) => p.inForce).map((p) => p.id)).toEqual(
      doc.parameters.filter((p) => expected.includes(p.id)).map((p) => p.id),
    );
    expect(doc.parameters.filter((p) => p.inForce)).toHaveLength(expected.length);
  });

  it('keeps the verified ₹15,000 PF ceiling in force and lists the unverified ₹25,000 one as ignored', () => {
    expect(doc.inForce.find((f) => f.parameter === 'pf-wage-ceiling')).toEqual({
      parameter: 'pf-wage-ceiling',
      state: null,
      entry: 'pf-wage-ceiling-2014',
      value: 15000,
      unit: 'inr-per-month',
      effectiveFrom: '2014-09-01',
    });
    expect(doc.ignored).toContain('pf-wage-ceiling-2026-reported');
    expect(doc.parameters.find((p) => p.id === 'pf-wage-ceiling-2026-reported')!.inForce).toBe(false);
  });

  it('does not mark a superseded verified entry as in force', () => {
    const current = content.employerCosts.find((e) => e.id === 'pf-wage-ceiling-2014')!;
    const old = {
      ...current,
      id: 'pf-wage-ceiling-2001',
      value: 6500,
      effectiveFrom: '2001-06-01',
      effectiveTo: '2014-08-31',
    };
    const withOld = buildEmployerCostsDocument({ ...input, parameters: [...content.employerCosts, old] }, ctx);
    expect(withOld.parameters.find((p) => p.id === 'pf-wage-ceiling-2001')).toMatchObject({
      status: 'in-force',
      effectiveTo: '2014-08-31',
      inForce: false,
    });
    expect(withOld.inForce.find((f) => f.parameter === 'pf-wage-ceiling')!.entry).toBe('pf-wage-ceiling-2014');
    expect(at('2010-01-01').inForce.find((f) => f.parameter === 'pf-wage-ceiling')).toBeUndefined();
  });

  it('dates an empty picture (nothing in force yet) by the build date', () => {
    const empty = at('1990-01-01');
    expect(empty.inForce).toEqual([]);
    expect(empty.asOf).toBe('1990-01-01');
    expect(empty.parameters.every((p) => !p.inForce)).toBe(true);
  });

  it('names the state of state rules', () => {
    const states = doc.inForce.filter((f) => f.state !== null);
    expect(states.length).toBeGreaterThan(0);
    for (const f of states) expect(['labour-welfare-fund', 'professional-tax']).toContain(f.parameter);
  });

  it('dates itself by the newest entry in force', () => {
    // Entries whose sources give no start date have none (null) and cannot date the document.
    expect(doc.asOf).toBe(
      doc.inForce
        .map((f) => f.effectiveFrom)
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1),
    );
  });

  it('follows the build date: before the Labour Codes, the 2025 entries are not in force', () => {
    const earlier = at('2020-01-01');
    expect(earlier.onDate).toBe('2020-01-01');
    expect(earlier.inForce.map((f) => f.entry)).toContain('pf-wage-ceiling-2014');
    expect(earlier.inForce.map((f) => f.entry)).not.toContain('epf-employer-rate-2025');
    expect(earlier.asOf < '2025-11-21').toBe(true);
  });
});
