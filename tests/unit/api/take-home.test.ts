import { describe, expect, it } from 'vitest';
import { buildTakeHomeDocument } from '../../../src/lib/api/take-home.ts';
import { stateCodes } from '../../../src/lib/cost/codes.ts';
import { presetsOf } from '../../../src/lib/cost/presets.ts';
import { content, ctx, takeHomeInput } from '../../support/api.ts';

const doc = buildTakeHomeDocument(takeHomeInput, ctx);

describe('the take-home document', () => {
  it('covers every INR band of every data set in every state, at the tax year of the build date', () => {
    const bands = content.datasets.flatMap((d) => presetsOf(d).map((p) => `${d.id}/${p.id}`));
    expect(doc.examples).toHaveLength(bands.length * stateCodes.length);
    expect(doc.taxYear).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(doc.notOnFile).toEqual([]);
    expect(doc.asOf).toBe('2026-04-01');
  });

  it('lists every income-tax entry with its sources, each in force on the build date', () => {
    expect(doc.rules.map((r) => r.id)).toEqual(content.incomeTax.map((e) => e.id));
    expect(doc.rules.every((r) => r.inForce && r.sources.length > 0)).toBe(true);
  });

  it('gives structures that add up to the CTC and take-home below gross pay', () => {
    for (const e of doc.examples) {
      expect(e.structure.reduce((s, l) => s + l.annualInr, 0)).toBe(e.ctcAnnualInr);
      expect(e.takeHomeAnnualInr).toBe(e.grossAnnualInr - e.deductions.reduce((s, l) => s + l.annualInr, 0));
      expect(e.takeHomeAnnualInr).toBeLessThan(e.grossAnnualInr);
    }
  });

  it('takes each band’s middle as gross pay', () => {
    const d = content.datasets[0]!;
    const mid = presetsOf(d).find((p) => p.id === 'mid-broad-market')!;
    const ka = doc.examples.find((e) => e.band === 'mid-broad-market' && e.state === 'KA')!;
    expect(ka.grossAnnualInr).toBe(mid.mid);
    expect(ka.otherMonths.map((m) => m.when)).toEqual(['february']);
  });

  it('has no examples, and names the missing rules, on a day outside every recorded tax year', () => {
    const later = buildTakeHomeDocument(takeHomeInput, { ...ctx, generatedAt: '2027-05-01T08:00:00.000Z' });
    expect(later.examples).toEqual([]);
    expect(later.taxYear).toBeNull();
    expect(later.notOnFile).toContain('slabs');
    expect(later.rules.some((r) => r.inForce)).toBe(false);
    expect(later.asOf).toBe('2027-05-01');
  });
});
