/** The kit's wording that is not content: an interview's length, and the line above each interview. */
import { describe, expect, it } from 'vitest';
import { stepLength, stepMeta } from '../../src/lib/interview-kit.ts';

describe('stepLength and stepMeta', () => {
  it.each([
    [
      { number: 1, format: 'Screening call', minutes: 10, length: 'sourced' },
      '10 minutes',
      'Step 1 of 4 · Screening call · 10 minutes',
    ],
    [
      { number: 2, format: 'Architecture interview', minutes: 60, length: 'suggested' },
      '60 minutes (our suggestion)',
      'Step 2 of 4 · Architecture interview · 60 minutes (our suggestion)',
    ],
  ] as const)('%j reads %s', (step, length, meta) => {
    expect(stepLength(step)).toBe(length);
    expect(stepMeta(step, 4)).toBe(meta);
  });
});
