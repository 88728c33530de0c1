import { describe, expect, it } from 'vitest';
import { isStale, monthsBetween } from '../../src/lib/freshness.ts';

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
