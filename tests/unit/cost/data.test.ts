import { describe, expect, it } from 'vitest';
import { checkDatedEntries } from '../../../src/lib/cost/check-parameters.ts';
import { employerCostParameterSchema, type EmployerCostParameter } from '../../../src/schemas/employer-costs.ts';
import { rawEntries, yamlText } from '../../support/cost.ts';

const valid = {
  id: 'epf-employer-rate-test',
  parameter: 'epf-employer-rate',
  value: 0.12,
  unit: 'rate',
  effectiveFrom: '2025-11-21',
  status: 'in-force',
  sources: ['taxguru-epf-rates'],
  note: 'Test entry.',
};

const messages = (input: unknown): string[] => {
  const r = employerCostParameterSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('content/data/employer-costs.yaml', () => {
  it('starts with the yaml-language-server schema line', () => {
    expect(yamlText.split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/employer-costs.list.json');
  });

  it.each(rawEntries.map((e, i) => [(e as { id?: string }).id ?? `#${i}`, e] as const))(
    'entry %s passes the schema',
    (_id, raw) => {
      expect(messages(raw)).toEqual([]);
    },
  );

  it('has no cross-entry problems', () => {
    expect(checkDatedEntries(rawEntries.map((e) => employerCostParameterSchema.parse(e)))).toEqual([]);
  });

  it('keeps dates as strings', () => {
    expect(rawEntries.every((e) => typeof (e as { effectiveFrom: unknown }).effectiveFrom === 'string')).toBe(true);
  });
});

describe('employerCostParameterSchema', () => {
  it('accepts a valid entry', () => {
    expect(messages(valid)).toEqual([]);
  });

  it.each([
    ['a rate above 1', { value: 12 }, 'value: A rate is a fraction between 0 and 1: write 12% as 0.12'],
    ['a negative value', { value: -1 }, 'value: The value may not be negative'],
    ['a rate parameter in rupees', { unit: 'inr-per-month', value: 0.12 }, 'unit: epf-employer-rate is a share of pay'],
    [
      'a monthly amount as a rate',
      { parameter: 'pf-wage-ceiling', value: 0.5 },
      'unit: pf-wage-ceiling is a monthly rupee amount',
    ],
    ['a state on a national rule', { state: 'KA' }, 'state: epf-employer-rate is a national rule'],
    [
      'LWF without a state',
      { parameter: 'labour-welfare-fund', unit: 'inr-per-year', value: 100 },
      'state: labour-welfare-fund differs by state',
    ],
    [
      'LWF as a rate',
      { parameter: 'labour-welfare-fund', state: 'KA', unit: 'rate', value: 0.1 },
      'unit: labour-welfare-fund is a rupee amount per period',
    ],
    [
      'a pay threshold outside professional tax',
      { payThreshold: { amount: 1, unit: 'inr-per-month', comparison: 'above' } },
      'payThreshold: Only professional-tax entries',
    ],
    [
      'effectiveTo before effectiveFrom',
      { effectiveTo: '2025-01-01' },
      'effectiveTo: effectiveTo (2025-01-01) is before effectiveFrom (2025-11-21)',
    ],
    ['a date not in YYYY-MM-DD', { effectiveFrom: '21/11/2025' }, 'effectiveFrom: Write the date as YYYY-MM-DD'],
    ['an id with capitals', { id: 'EPF Rate' }, 'id: Use lower-case letters'],
    ['no sources', { sources: [] }, 'sources: List at least one source id'],
    ['an unknown status', { status: 'maybe' }, 'status:'],
    ['an unknown field', { colour: 'red' }, ''],
  ])('rejects %s', (_what, patch, expected) => {
    const found = messages({ ...valid, ...patch });
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((m) => m.startsWith(expected))).toBe(true);
  });

  it('describes every field for editors', () => {
    const shape = employerCostParameterSchema.shape;
    for (const [name, field] of Object.entries(shape)) expect(field.description, name).toMatch(/\w{3,}/);
  });
});

describe('checkDatedEntries', () => {
  const entry = (patch: Partial<EmployerCostParameter>): EmployerCostParameter => ({
    ...(valid as EmployerCostParameter),
    ...patch,
  });

  it('reports two in-force entries of one parameter covering the same day', () => {
    const problems = checkDatedEntries([entry({ id: 'a' }), entry({ id: 'b', effectiveFrom: '2026-01-01' })]);
    expect(problems).toEqual([expect.objectContaining({ id: 'b', field: 'effectiveFrom' })]);
    expect(problems[0]?.message).toMatch(/"b".*"a".*epf-employer-rate/);
  });

  it.each([
    ['one ends the day before the other starts', { effectiveTo: '2025-12-31' }, { effectiveFrom: '2026-01-01' }],
    ['one awaits verification', {}, { status: 'awaiting-verification' as const }],
    [
      'they are for different states',
      { parameter: 'labour-welfare-fund' as const, unit: 'inr-per-year' as const, state: 'KA' as const },
      { parameter: 'labour-welfare-fund' as const, unit: 'inr-per-year' as const, state: 'TN' as const },
    ],
  ])('accepts overlapping dates when %s', (_why, a, b) => {
    expect(checkDatedEntries([entry({ id: 'a', ...a }), entry({ id: 'b', ...b })])).toEqual([]);
  });
});
