import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatFixed, formatTable, right } from '../../scripts/lib/table.ts';

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
    expect(formatTable(['a', right('b')], [['x']]).split('\n')[2]).toBe('| x   |     |');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [5 * 1024 ** 2, '5.0 MiB'],
    [2 * 1024 ** 3, '2.0 GiB'],
    [3 * 1024 ** 4, '3072.0 GiB'],
    [Number.NaN, 'n/a'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
  it.each([
    [0, 'KiB', '0.0 KiB'],
    [1024, 'KiB', '1.0 KiB'],
    [15 * 1024 + 512, 'KiB', '15.5 KiB'],
    [3 * 1024 ** 2, 'KiB', '3072.0 KiB'],
    [300, 'KiB', '0.3 KiB'],
    [1536, 'B', '1536 B'],
    [512 * 1024, 'MiB', '0.5 MiB'],
  ] as const)('%d bytes in %s → %s', (bytes, unit, text) => {
    expect(formatBytes(bytes, unit)).toBe(text);
  });
});

describe('formatDuration and formatFixed', () => {
  it('formats durations as ms below a second, else seconds', () => {
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(Number.NaN)).toBe('n/a');
  });
  it('gives a fixed count of decimals without grouping', () => {
    expect(formatFixed(1234.56)).toBe('1235');
    expect(formatFixed(1234.56, 1)).toBe('1234.6');
    expect(formatFixed(0.1234, 3)).toBe('0.123');
    expect(formatFixed(Number.POSITIVE_INFINITY)).toBe('n/a');
  });
});
