/** Derived views of a salary data set: table rows, dollar conversions and chart extents. */
import type { Band, Level, SalaryDataset, Segment } from '../schemas/salaries.ts';
import { formatInr, formatLakh, formatRange, formatTimes, formatUsd, lakhToRupees, rupeesToUsd } from './format.ts';

/** An amount range in whole units of its currency (rupees, not lakh). */
export interface MoneyRange {
  currency: string;
  min: number;
  max: number;
  openEnded: boolean;
}

/** One row of the salary table: a level, its band per segment, and local pay in dollars. */
export interface SalaryRow {
  level: Level;
  cells: { segment: Segment; band: Band | undefined }[];
  /** Local-currency pay across every local segment, converted to dollars. */
  localInUsd: MoneyRange | undefined;
}

/** Whole units of a band amount: INR bands are written in lakh. */
export function toUnits(amount: number, currency: string): number {
  return currency === 'INR' ? lakhToRupees(amount) : amount;
}

/** A band as a range in whole units. */
export function bandRange(band: Band): MoneyRange {
  return {
    currency: band.currency,
    min: toUnits(band.min, band.currency),
    max: toUnits(band.max, band.currency),
    openEnded: band.openEnded,
  };
}

/** Converts a local range to dollars at `inrPerUsd`, each end rounded to `step`. */
export function toUsd(range: MoneyRange, rate: number, step: number): MoneyRange {
  if (range.currency === 'USD') return range;
  return {
    currency: 'USD',
    min: rupeesToUsd(range.min, rate, step),
    max: rupeesToUsd(range.max, rate, step),
    openEnded: range.openEnded,
  };
}

/** The band for a level in a segment, if the data set has one. */
export function findBand(d: SalaryDataset, level: string, segment: string): Band | undefined {
  return d.bands.find((b) => b.level === level && b.segment === segment);
}

/** The level a page shows first: the middle one (mid-level, of junior, mid-level and senior). */
export function middleLevel(d: SalaryDataset): SalaryDataset['levels'][number] {
  return d.levels[Math.floor(d.levels.length / 2)]!;
}

/** The segments paid in the data set's own currency (broad market, top employers), in the data set's order. */
export function localSegments(d: SalaryDataset): Segment[] {
  return d.segments.filter((s) => s.currency === d.currency);
}

/** The segment that benchmarks US pay, if the data set has one. */
export function usSegment(d: SalaryDataset): Segment | undefined {
  return d.segments.find((s) => s.currency === 'USD');
}

/** The band a page leads with: the middle level in the first local segment. */
export function middleLocalBand(d: SalaryDataset): { level: Level; segment: Segment; band: Band } | undefined {
  const level = middleLevel(d);
  const segment = localSegments(d)[0];
  const band = segment && findBand(d, level.id, segment.id);
  return band && segment && { level, segment, band };
}

/** "Mid-level MLOps engineer: ₹14L–₹22L a year": a data set's headline, from its middle local band and role name. */
export function salaryHeadline(d: SalaryDataset, roleName: string | undefined): string {
  const lead = middleLocalBand(d);
  return lead ? `${lead.level.label} ${roleName ?? d.role}: ${formatMoneyRange(bandRange(lead.band))} a year` : d.title;
}

/** The table: one row per level, one cell per segment, plus local pay in dollars. */
export function salaryRows(d: SalaryDataset, rate: number): SalaryRow[] {
  return d.levels.map((level) => {
    const cells = d.segments.map((segment) => ({ segment, band: findBand(d, level.id, segment.id) }));
    const local = cells.flatMap((c) => (c.band && c.band.currency === d.currency ? [bandRange(c.band)] : []));
    const top = local.reduce<MoneyRange | undefined>((a, r) => (a === undefined || r.max > a.max ? r : a), undefined);
    const localInUsd =
      top &&
      toUsd(
        { currency: d.currency, min: Math.min(...local.map((r) => r.min)), max: top.max, openEnded: top.openEnded },
        rate,
        d.usdRounding,
      );
    return { level, cells, localInUsd };
  });
}

/** `₹8L–₹14L`, `₹14 lakh to ₹22 lakh` or `$130,000–$170,000`. */
export function formatMoneyRange(r: MoneyRange, style: 'short' | 'long' = 'short'): string {
  const fmt = r.currency === 'INR' ? (n: number) => formatLakh(n / 100_000, style) : formatUsd;
  return formatRange(r.min, r.max, fmt, { openEnded: r.openEnded, joiner: style === 'long' ? ' to ' : '–' });
}

/** "Junior (1–3 years)" or "Senior (6+ years)". */
export function levelYears(level: Level): string {
  return level.maxYears === undefined ? `${level.minYears}+ years` : `${level.minYears}–${level.maxYears} years`;
}

/** The middle of a band, in the units it is written in (lakh for INR): an open-ended band's stated ends. */
export function bandMidpoint(band: Pick<Band, 'min' | 'max'>): number {
  return (band.min + band.max) / 2;
}

/**
 * The US pay multiple, the site's one definition: US total compensation at the middle of the US band divided by
 * Indian pay at the middle of the Indian band, both in US dollars.
 */
export function usMultiple(localUsdMid: number, usMid: number): number {
  return usMid / localUsdMid;
}

/** One cell of the band explorer, pre-formatted for display. */
export interface ExplorerCell {
  level: string;
  segment: string;
  inr: string;
  inrFull: string;
  usd: string;
  us: string | undefined;
  times: string | undefined;
}

/** Every level × local-segment cell of a data set, with its dollar value and the US multiple for that level ({@link usMultiple}). */
export function explorerCells(d: SalaryDataset, rate: number): ExplorerCell[] {
  const us = usSegment(d);
  return d.bands
    .filter((b) => b.currency === d.currency)
    .map((b) => {
      const local = bandRange(b);
      const usd = toUsd(local, rate, d.usdRounding);
      const usBand = us && findBand(d, b.level, us.id);
      const usRange = usBand && bandRange(usBand);
      const t = usBand && usMultiple(toUnits(bandMidpoint(b), b.currency) / rate, bandMidpoint(usBand));
      return {
        level: b.level,
        segment: b.segment,
        inr: formatMoneyRange(local),
        inrFull: formatRange(local.min, local.max, formatInr, { openEnded: local.openEnded, joiner: ' to ' }),
        usd: formatMoneyRange(usd),
        us: usRange && formatMoneyRange(usRange),
        times: t === undefined ? undefined : `${formatTimes(t)}×`,
      };
    });
}
