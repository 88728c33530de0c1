import { describe, expect, it } from 'vitest';
import { median, p95, percentile } from '../../../scripts/lib/bench/stats.ts';

describe('median and percentiles', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('uses the nearest rank, so a percentile is always a sample', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(p95(twenty)).toBe(19);
    expect(percentile(twenty, 100)).toBe(20);
    expect(percentile(twenty, 0)).toBe(1);
    expect(p95([7])).toBe(7);
    expect(p95([])).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});
