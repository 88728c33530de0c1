/** The figures the Lighthouse report keeps from each run, and their medians over several runs. */
import { median } from './stats.ts';

/** Scores (0–100) and lab metrics of one run; NaN where Lighthouse gave none. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Cumulative Layout Shift, unitless. */
  cls: number;
  /** Total Blocking Time, ms. */
  tbt: number;
}

/** The parts of a Lighthouse result (`lhr`) the figures come from. */
export interface LhrLike {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number | undefined } | undefined>;
}

const score = (lhr: LhrLike, id: string): number => {
  const s = lhr.categories[id]?.score;
  return s === null || s === undefined ? Number.NaN : Math.round(s * 100);
};
const metric = (lhr: LhrLike, id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;

/** The figures of one Lighthouse result. */
export function figuresOf(lhr: LhrLike): LighthouseFigures {
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    lcp: metric(lhr, 'largest-contentful-paint'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    tbt: metric(lhr, 'total-blocking-time'),
  };
}

/** The median of each figure over several runs (each figure on its own, so a row may mix runs). */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const m = (key: keyof LighthouseFigures): number => median(runs.map((r) => r[key]).filter(Number.isFinite));
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    lcp: m('lcp'),
    cls: m('cls'),
    tbt: m('tbt'),
  };
}
