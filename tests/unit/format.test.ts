import { describe, expect, it } from 'vitest';
import {
  formatInr,
  formatLakh,
  formatPercent,
  formatRange,
  formatUsd,
  lakhToRupees,
  roundTo,
  rupeesToUsd,
} from '../../src/lib/format.ts';

describe('formatLakh', () => {
  it.each([
    [14, 'short', '₹14L'],
    [14, 'long', '₹14\u00a0lakh'],
    [8.27, 'short', '₹8.27L'],
    [31.5, 'long', '₹31.5\u00a0lakh'],
    [10.1, 'short', '₹10.1L'],
    [150, 'short', '₹150L'],
  ] as const)('%s lakh (%s) → %s', (lakh, style, expected) => {
    expect(formatLakh(lakh, style)).toBe(expected);
  });
});

describe('formatInr uses Indian digit grouping', () => {
  it.each([
    [1_400_000, '₹14,00,000'],
    [21_600, '₹21,600'],
    [123_456_789, '₹12,34,56,789'],
    [999.6, '₹1,000'],
    [0, '₹0'],
  ])('%d → %s', (rupees, expected) => {
    expect(formatInr(rupees)).toBe(expected);
  });
});

describe('formatUsd', () => {
  it.each([
    [17_000, '$17,000'],
    [130_000, '$130,000'],
    [599, '$599'],
  ])('%d → %s', (dollars, expected) => {
    expect(formatUsd(dollars)).toBe(expected);
  });
});

describe('conversions', () => {
  it('lakh to rupees avoids floating-point dust', () => {
    expect(lakhToRupees(8.27)).toBe(827_000);
    expect(lakhToRupees(31.5)).toBe(3_150_000);
  });
  it('rounds to the nearest step, halves up', () => {
    expect(roundTo(16_666.67, 1000)).toBe(17_000);
    expect(roundTo(9_523.8, 1000)).toBe(10_000);
    expect(roundTo(1_500, 1000)).toBe(2_000);
  });
  it('converts rupees to dollars at a rate', () => {
    expect(rupeesToUsd(1_400_000, 84, 1000)).toBe(17_000);
    expect(rupeesToUsd(1_400_000, 84)).toBe(16_667);
  });
});

describe('formatRange and formatPercent', () => {
  it('joins two ends and marks an open top', () => {
    expect(formatRange(8, 14, (n) => formatLakh(n))).toBe('₹8L–₹14L');
    expect(formatRange(22, 32, (n) => formatLakh(n), { openEnded: true })).toBe('₹22L–₹32L+');
    expect(formatRange(14, 22, (n) => formatLakh(n, 'long'), { joiner: ' to ' })).toBe(
      '₹14\u00a0lakh to ₹22\u00a0lakh',
    );
  });
  it('collapses a range whose ends are equal', () => {
    expect(formatRange(599, 599, formatUsd)).toBe('$599');
  });
  it('formats shares as percentages', () => {
    expect(formatPercent(0.0481)).toBe('4.81%');
    expect(formatPercent(0.12)).toBe('12%');
  });
});
