import { describe, expect, it } from 'vitest';
import { ageInMonths, isStale, monthsBetween } from '../../src/lib/freshness.ts';

describe('freshness', () => {
  it.each([
    ['2026-04-22', '2026-11-27', 7],
    ['2026-04-22', '2027-01-21', 8],
    ['2026-04-22', '2027-01-22', 9],
    ['2025-12-31', '2026-01-01', 0],
  ])('%s to %s is %d whole months', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
  it('flags data once nine whole months have passed, not a day before', () => {
    expect(isStale('2026-04-22', '2027-01-21', 9)).toBe(false);
    expect(isStale('2026-04-22', '2027-01-22', 9)).toBe(true);
  });
});

describe('the age of a figure, to the nearest month', () => {
  it.each([
    ['2026-03-11', '2026-12-07', 9],
    ['2026-03-11', '2026-11-25', 8],
    ['2026-03-11', '2026-11-26', 9],
    ['2026-03-11', '2026-03-11', 0],
    ['2026-01-31', '2026-02-28', 1],
  ])('%s to %s: about %i months', (from, to, months) => {
    expect(ageInMonths(from, to)).toBe(months);
  });
});
