import { describe, expect, it } from 'vitest';
import { compactQuery, compactTotals, startingPreset } from '../../src/lib/compact-calculator.ts';
import { computeEmployerCost, parseLink, type SalaryPreset } from '../../src/lib/cost/index.ts';
import { defaults, ok, rates } from '../support/cost.ts';

const band = (id: string, min: number, max: number): SalaryPreset => ({
  id,
  level: id.split('-')[0]!,
  label: id,
  range: `${min / 1e5}–${max / 1e5}`,
  min,
  max,
  openEnded: false,
  mid: Math.round((min + max) / 2),
});
const presets = [band('junior-broad', 600_000, 1_200_000), band('mid-broad', 1_400_000, 2_200_000)];
const models = ['entity', 'eor', 'contractor', 'vendor'] as const;

describe('the compact calculator', () => {
  const totals = compactTotals(defaults, presets, models, rates);

  it('has one total per preset and model, presets first', () => {
    expect(totals.map((t) => `${t.preset}/${t.model}`)).toEqual([
      'junior-broad/entity',
      'junior-broad/eor',
      'junior-broad/contractor',
      'junior-broad/vendor',
      'mid-broad/entity',
      'mid-broad/eor',
      'mid-broad/contractor',
      'mid-broad/vendor',
    ]);
  });

  it.each(totals.map((t) => [`${t.preset} under ${t.model}`, t] as const))(
    '%s: the engine’s total at the band’s midpoint, one hire a year',
    (_name, t) => {
      const mid = presets.find((p) => p.id === t.preset)!.mid;
      const b = ok(computeEmployerCost({ ...defaults, salary: mid, model: t.model }, rates));
      expect(t.salary).toBe(mid);
      expect(t.total).toBe(b.total.annualInr);
      expect(t.overGrossPct).toBe(b.totalOverGrossPct);
      expect(Number.isInteger(t.total)).toBe(true);
    },
  );

  it('costs more through an EOR or a vendor than through your own entity, and a contractor only their fee', () => {
    const at = (model: string) => totals.find((t) => t.preset === 'mid-broad' && t.model === model)!;
    expect(at('eor').total).toBeGreaterThan(at('entity').total);
    expect(at('vendor').total).toBeGreaterThan(at('entity').total);
    expect(at('contractor').total).toBe(at('contractor').salary);
  });

  it.each(totals.map((t) => [t.query, t] as const))(
    '%s opens the full calculator on the same salary and model',
    (query, t) => {
      const link = parseLink(query, defaults, presets, ['junior', 'mid'], 'mid');
      expect(link.notices).toEqual([]);
      expect(link.state).toEqual({ ...defaults, salary: t.salary, model: t.model });
      expect(link.level).toBe(t.preset.split('-')[0]);
    },
  );

  it('writes the query as the form sends it', () => {
    expect(compactQuery('mid-broad', 'eor')).toBe('preset=mid-broad&model=eor');
  });

  it('starts on the preset at the calculator’s default salary, else the first', () => {
    expect(startingPreset({ ...defaults, salary: 1_800_000 }, presets).id).toBe('mid-broad');
    expect(startingPreset({ ...defaults, salary: 5_000_000 }, presets).id).toBe('junior-broad');
    expect(() => startingPreset(defaults, [])).toThrow(/at least one salary preset/);
  });

  it('names the settings the engine refuses', () => {
    expect(() => compactTotals(defaults, [band('zero-x', 0, 0)], ['eor'], rates)).toThrow(/zero-x under eor/);
  });
});
