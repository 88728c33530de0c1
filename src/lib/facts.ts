/** Formats sourced figures (facts and benchmarks) the way prose quotes them. */
import type { Benchmark, BenchmarkFigure } from '../schemas/benchmarks.ts';
import type { Fact } from '../schemas/facts.ts';
import { formatLakh, formatNumber, formatRange, formatUsd } from './format.ts';

const unitFormat: Record<Fact['unit'], (n: number) => string> = {
  percent: (n) => `${formatNumber(n)}%`,
  times: (n) => `${formatNumber(n)}×`,
  'usd-per-month': formatUsd,
};

/** "40–80%", "5–6×", "$599 a month". */
export function formatFact(f: Fact): string {
  const fmt = unitFormat[f.unit];
  const text =
    f.value !== undefined
      ? fmt(f.value)
      : f.unit === 'usd-per-month'
        ? formatRange(f.min ?? 0, f.max ?? 0, fmt)
        : `${formatNumber(f.min ?? 0)}–${fmt(f.max ?? 0)}`;
  return f.unit === 'usd-per-month' ? `${text} a month` : text;
}

/** Reader-facing names of benchmark figures. */
export const benchmarkFigureLabels: Record<BenchmarkFigure, string> = {
  average: 'Average',
  low: 'Typical low',
  high: 'Typical high',
  top: 'Top reported',
  entry: 'Entry level',
  senior: 'Senior',
};

/** "₹16 lakh", or "about ₹10.1 lakh" when the publisher gives it roughly; undefined when absent. */
export function formatBenchmark(
  b: Benchmark,
  figure: BenchmarkFigure,
  style: 'short' | 'long' = 'long',
): string | undefined {
  const value = b.figures[figure];
  if (value === undefined) return undefined;
  return `${b.approximate ? 'about ' : ''}${formatLakh(value, style)}`;
}
