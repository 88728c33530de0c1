import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections } from '../../src/lib/content/registry.ts';
import { formatBenchmark, formatFact } from '../../src/lib/facts.ts';
import {
  bandRange,
  explorerCells,
  findBand,
  formatMoneyRange,
  levelYears,
  localSegments,
  middleLocalBand,
  salaryRows,
  toUsd,
  usSegment,
} from '../../src/lib/salaries.ts';
import { readingMinutes } from '../../src/lib/text.ts';
import { axisTop, layoutChart } from '../../src/lib/chart.ts';

// Frozen April 2026 data: the figures the article published, so live edits cannot break these checks.
const root = `${process.cwd()}/tests/fixtures/frozen`;
const dataset = readCollection(root, dataCollections.salaries).find((d) => d.id === 'mlops-engineer-india-2026')!.data;
const rates = readCollection(root, dataCollections.exchangeRates);
const rate = rates.find((r) => r.id === dataset.exchangeRate)!.data.rate;

describe('USD derived from the dated rate', () => {
  it('the data set converts at ₹84 per US$ (April 2026)', () => {
    expect(rate).toBe(84);
  });
  it('reproduces the source article’s India (USD) column exactly', () => {
    const usd = salaryRows(dataset, rate).map((r) => [r.level.id, r.localInUsd && formatMoneyRange(r.localInUsd)]);
    expect(usd).toEqual([
      ['junior', '$10,000–$21,000'],
      ['mid', '$17,000–$42,000'],
      ['senior', '$26,000–$65,000'],
    ]);
  });
  it.each([
    ['junior', 'broad-market', '$10,000–$17,000'],
    ['mid', 'broad-market', '$17,000–$26,000'],
    ['senior', 'broad-market', '$26,000–$38,000+'],
    ['senior', 'top-employers', '$45,000–$65,000'],
  ])('the %s %s band reads as the article’s prose: %s', (level, segment, expected) => {
    const band = findBand(dataset, level, segment)!;
    expect(formatMoneyRange(toUsd(bandRange(band), rate, dataset.usdRounding))).toBe(expected);
  });
  it('follows the rate: at ₹90 the junior column moves', () => {
    expect(formatMoneyRange(salaryRows(dataset, 90)[0]!.localInUsd!)).toBe('$9,000–$20,000');
  });
});

describe('band formatting', () => {
  it('shows INR bands in lakh with an open top where the data says so', () => {
    const rows = salaryRows(dataset, rate);
    const senior = rows.find((r) => r.level.id === 'senior')!;
    const broad = senior.cells.find((c) => c.segment.id === 'broad-market')!.band!;
    expect(formatMoneyRange(bandRange(broad))).toBe('₹22L–₹32L+');
    expect(formatMoneyRange(bandRange(broad), 'long')).toBe('₹22\u00a0lakh to ₹32\u00a0lakh+');
    const us = senior.cells.find((c) => c.segment.id === 'us-total-comp')!.band!;
    expect(formatMoneyRange(bandRange(us))).toBe('$240,000–$300,000+');
  });
  it('writes experience as a range or an open level', () => {
    expect(dataset.levels.map(levelYears)).toEqual(['1–3 years', '3–6 years', '6+ years']);
  });
});

describe('facts and benchmarks', () => {
  const facts = new Map(readCollection(root, dataCollections.facts).map((f) => [f.id, f.data]));
  it.each([
    ['india-us-pay-gap', '5–6×'],
    ['top-employer-premium', '40–60%'],
    ['eor-fee', '$599 a month'],
    ['vendor-markup', '40–80%'],
    ['scope-pay-gap', '2×'],
  ])('%s reads %s', (id, text) => {
    expect(formatFact(facts.get(id)!)).toBe(text);
  });
  it('marks approximate benchmarks and skips absent figures', () => {
    const benchmarks = new Map(readCollection(root, dataCollections.benchmarks).map((b) => [b.id, b.data]));
    expect(formatBenchmark(benchmarks.get('glassdoor-mlops')!, 'low')).toBe('₹8.27\u00a0lakh');
    expect(formatBenchmark(benchmarks.get('payscale-ml')!, 'average')).toBe('about ₹10.1\u00a0lakh');
    expect(formatBenchmark(benchmarks.get('payscale-ml')!, 'top')).toBeUndefined();
  });
});

describe('reading time', () => {
  it.each([
    [0, 1],
    [10, 1],
    [329, 1],
    [331, 2],
    [2200, 10],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe('chart layout', () => {
  it('rounds the axis up to a whole step', () => {
    expect(axisTop(55 * 1.08, 10)).toBe(60);
    expect(axisTop(0, 10)).toBe(10);
  });
  it('places bars proportionally inside the plot', () => {
    const { bars, ticks } = layoutChart({
      rows: [{ label: 'a', bands: [{ min: 10, max: 20, openEnded: false, label: '' }] }],
      width: 200,
      left: 0,
      barHeight: 10,
      gap: 0,
    });
    expect(ticks.at(-1)!.value).toBe(30);
    expect(bars[0]!.x).toBeCloseTo(200 / 3);
    expect(bars[0]!.width).toBeCloseTo(200 / 3);
  });
});

describe('band explorer cells', () => {
  it('formats each local band with its dollars and the US comparison for its level', () => {
    const cells = explorerCells(dataset, rate);
    expect(cells).toHaveLength(6);
    expect(cells.find((c) => c.level === 'senior' && c.segment === 'top-employers')).toEqual({
      level: 'senior',
      segment: 'top-employers',
      inr: '₹38L–₹55L',
      inrFull: '₹38,00,000 to ₹55,00,000',
      usd: '$45,000–$65,000',
      us: '$240,000–$300,000+',
      times: '4.9×',
    });
  });
  it('divides the US band midpoint by the Indian band midpoint, in dollars at the rate', () => {
    // Senior top employers: $270,000 over ₹46.5 lakh at ₹84 = $55,357.
    const cell = explorerCells(dataset, rate).find((c) => c.level === 'senior' && c.segment === 'top-employers')!;
    expect(cell.times).toBe(`${(270_000 / (4_650_000 / 84)).toFixed(1)}×`);
    expect(
      explorerCells(dataset, 2 * rate).find(
        (c) => c === cell || (c.level === 'senior' && c.segment === 'top-employers'),
      )!.times,
    ).toBe(`${((2 * 270_000) / (4_650_000 / 84)).toFixed(1)}×`);
  });
});

describe('segments and the lead band', () => {
  it('splits local segments from the US benchmark', () => {
    expect(localSegments(dataset).map((s) => s.id)).toEqual(['broad-market', 'top-employers']);
    expect(usSegment(dataset)?.currency).toBe('USD');
  });
  it('leads with the middle level in the first local segment', () => {
    const lead = middleLocalBand(dataset);
    expect([lead?.level.id, lead?.segment.id, lead?.band.min, lead?.band.max]).toEqual(['mid', 'broad-market', 14, 22]);
  });
  it('has no lead band when the data set has no local segment', () => {
    expect(middleLocalBand({ ...dataset, segments: dataset.segments.filter((s) => s.currency === 'USD') })).toBe(
      undefined,
    );
  });
});
