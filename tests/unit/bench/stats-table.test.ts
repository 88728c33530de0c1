import { describe, expect, it } from 'vitest';
import { median, p95, percentile } from '../../../scripts/lib/bench/stats.ts';
import { formatBytes, formatDuration, formatTable } from '../../../scripts/lib/bench/table.ts';

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

describe('formatTable', () => {
  it('pads cells to a Markdown table and aligns numeric columns right', () => {
    const table = formatTable(
      ['Page', { title: 'Score', align: 'right' }],
      [
        ['/', '98'],
        ['/calculator/', '100'],
      ],
    );
    expect(table.split('\n')).toEqual([
      '| Page         | Score |',
      '| ------------ | ----: |',
      '| /            |    98 |',
      '| /calculator/ |   100 |',
    ]);
  });
  it('fills missing cells', () => {
    expect(formatTable(['a', 'b'], [['x']]).split('\n')[2]).toBe('| x   |     |');
  });
});

describe('units', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2.0 GiB');
    expect(formatBytes(Number.NaN)).toBe('n/a');
  });
  it('formats durations as ms below a second, else seconds', () => {
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
  });
});
