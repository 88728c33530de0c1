import { describe, expect, it } from 'vitest';
import { figuresOf, medianFigures } from '../../../scripts/lib/bench/lighthouse.ts';

const lhr = (performance: number | null, lcp: number) => ({
  categories: {
    performance: { score: performance },
    accessibility: { score: 1 },
    'best-practices': { score: 0.96 },
    seo: { score: 1 },
  },
  audits: {
    'largest-contentful-paint': { numericValue: lcp },
    'cumulative-layout-shift': { numericValue: 0.1 },
    'total-blocking-time': { numericValue: 30 },
  },
});

describe('Lighthouse figures', () => {
  it('turns category scores into 0–100 and keeps the lab metrics', () => {
    expect(figuresOf(lhr(0.987, 900))).toEqual({
      performance: 99,
      accessibility: 100,
      bestPractices: 96,
      seo: 100,
      lcp: 900,
      cls: 0.1,
      tbt: 30,
    });
  });
  it('reports a missing score as NaN and leaves it out of the median', () => {
    const runs = [figuresOf(lhr(0.9, 1200)), figuresOf(lhr(null, 800)), figuresOf(lhr(1, 1000))];
    expect(runs[1]!.performance).toBeNaN();
    const m = medianFigures(runs);
    expect(m.performance).toBe(95);
    expect(m.lcp).toBe(1000);
  });
});
