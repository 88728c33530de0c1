/** Compares the cost of one India hire with a US total-compensation band. */
import type { CostBreakdown } from './types.ts';

/** A US total-compensation band in US dollars a year. */
export interface UsBand {
  min: number;
  max: number;
}

/** How many times cheaper the India hire is at each end of the band, and the dollars saved. */
export type BandComparison =
  | {
      ok: true;
      indiaAnnualUsd: number;
      timesCheaperAtMin: number;
      timesCheaperAtMax: number;
      savingAtMinUsd: number;
      savingAtMaxUsd: number;
    }
  | { ok: false; message: string };

/** Compares the total per hire per year (in US$) with `band`; a band given high-to-low is read low-to-high. */
export function compareToUsBand(breakdown: Pick<CostBreakdown, 'total' | 'input'>, band: UsBand): BandComparison {
  const min = Math.min(band.min, band.max);
  const max = Math.max(band.min, band.max);
  if (!Number.isFinite(min) || !Number.isFinite(max) || min <= 0)
    return { ok: false, message: 'The US band needs two amounts above zero.' };
  const indiaAnnualUsd = breakdown.total.annualInr / breakdown.input.fx;
  if (!(indiaAnnualUsd > 0)) return { ok: false, message: 'The India cost is zero, so no ratio can be given.' };
  return {
    ok: true,
    indiaAnnualUsd,
    timesCheaperAtMin: min / indiaAnnualUsd,
    timesCheaperAtMax: max / indiaAnnualUsd,
    savingAtMinUsd: min - indiaAnnualUsd,
    savingAtMaxUsd: max - indiaAnnualUsd,
  };
}
