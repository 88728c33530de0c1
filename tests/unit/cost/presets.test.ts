import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apportion,
  bandsAt,
  bandsText,
  explain,
  readSettings,
  words,
  type SalaryPreset,
} from '../../../src/lib/cost/index.ts';
import { defaults, limits } from '../../support/cost.ts';
import { presetOptions } from '../../../src/lib/cost/presets.ts';

const band = (id: string, min: number, max: number, openEnded = false): SalaryPreset => ({
  id,
  level: id.split('-')[0]!,
  label: id,
  range: `${min / 1e5}–${max / 1e5}`,
  min: min,
  max: max,
  openEnded,
  mid: Math.round((min + max) / 2),
});
const presets = [band('mid-broad', 1_400_000, 2_200_000), band('senior-broad', 2_200_000, 3_200_000, true)];

describe('the bands a salary falls in', () => {
  it.each([
    [1_399_999, []],
    [1_800_000, ['mid-broad']],
    [2_200_000, ['mid-broad', 'senior-broad']],
    [3_200_000, ['senior-broad']],
    // An open-ended band ends at the highest figure its sources give.
    [9_000_000, []],
  ] as const)('₹%s: %o', (salary, ids) => {
    expect(bandsAt(salary, presets).map((p) => p.id)).toEqual(ids);
  });

  it('says so in words', () => {
    expect(bandsText(2_200_000, presets, words.ui)).toBe(
      'In the band for mid-broad (14–22) and for senior-broad (22–32).',
    );
    expect(bandsText(100_000, presets, words.ui)).toBe('Outside every band in the salary data.');
    expect(bandsText(50_000_000, presets, words.ui)).toBe(
      'Above the ₹32L top of the band for senior-broad, whose sources give no higher figure.',
    );
  });
});

describe('a salary that is not plausible gets a question or a message, not a result', () => {
  it.each([
    ['55', 'did-you-mean', 'Did you mean ₹55,00,000 (55 lakh) a year?'],
    ['5', 'did-you-mean', 'Did you mean ₹5,00,000 (5 lakh) a year?'],
    ['₹450', 'did-you-mean', 'Did you mean ₹4,50,00,000 (450 lakh) a year?'],
    // 999 lakh would be above the ceiling, so it is not suggested.
    ['999', 'below-floor', '₹999 a year is below ₹1,00,000'],
    ['5000', 'below-floor', '₹5,000 a year is below ₹1,00,000, the lowest salary'],
    ['$500', 'below-floor', '₹43,365 a year is below ₹1,00,000'],
    ['6 crore', 'above-ceiling', '₹6,00,00,000 a year is above ₹5,00,00,000, the highest salary'],
  ] as const)('“%s”: %s', (text, code, message) => {
    const { state, errors } = readSettings({ salary: text }, defaults, false, limits);
    expect(state.salary).toBe(defaults.salary);
    expect(errors.salary?.code).toBe(code);
    expect(explain('salary', errors.salary!, words)).toContain(message);
  });

  it.each([
    ['30 LPA', 3_000_000],
    ['1000', 1000],
  ] as const)('“%s” is read (a bare 1,000 or more is rupees)', (text, salary) => {
    const { state, errors } = readSettings({ salary: text }, defaults, false);
    expect(errors).toEqual({});
    expect(state.salary).toBe(salary);
  });
});

describe('apportion: whole parts that add up to the whole total', () => {
  it('splits ₹7,73,887.5 of lines into whole rupees: the one rupee left goes to the largest remainder (.4)', () => {
    expect(apportion([750_000, 5_400.4, 18_487.1], 773_888)).toEqual([750_000, 5_401, 18_487]);
  });

  it('holds for any amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 12 }), (xs) => {
        const total = Math.round(xs.reduce((s, x) => s + x, 0));
        const parts = apportion(xs, total);
        expect(parts.reduce((s, x) => s + x, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - xs[i]!)).toBeLessThan(1 + 1e-9);
        });
      }),
    );
  });
});

describe('the drop-down’s text for each preset', () => {
  const preset = (id: string, label: string, range: string): SalaryPreset => ({
    id,
    level: id,
    label,
    range,
    min: 1,
    max: 2,
    mid: 1,
  });
  it.each([
    [
      'leaves out the words every segment starts with',
      ['Mid-level, India broad market', 'Mid-level, India top employers'],
      ['Mid-level, broad market ₹14L–₹22L', 'Mid-level, top employers ₹14L–₹22L'],
    ],
    [
      'keeps segments that share no first word',
      ['Junior, Bangalore', 'Junior, Pune'],
      ['Junior, Bangalore ₹14L–₹22L', 'Junior, Pune ₹14L–₹22L'],
    ],
    ['keeps a single segment whole', ['Senior, India top employers'], ['Senior, India top employers ₹14L–₹22L']],
  ])('%s', (_, labels, texts) => {
    expect(presetOptions(labels.map((l, i) => preset(`p${i}`, l, '₹14L–₹22L'))).map(([, t]) => t)).toEqual(texts);
  });
});
