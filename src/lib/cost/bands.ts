/** Salary presets from the salary data (a seniority in a segment), and which bands a salary falls in. */
import { fill } from './explain.ts';
import { formatLakh } from '../format.ts';
import type { Words } from './words.ts';

/** A band the calculator offers as a preset, in rupees a year; built at build time from the salary data set. */
export interface SalaryPreset {
  /** `mid-broad-market`: level and segment ids, as written in a link's `preset`. */
  id: string;
  /** The seniority level id, which the US comparison follows. */
  level: string;
  /** `Mid-level, India broad market`. */
  label: string;
  /** `₹14L–₹22L`. */
  range: string;
  min: number;
  max: number;
  /** Present (true) only for a band without a top. */
  openEnded?: boolean;
  /** The band's midpoint, in whole rupees: the salary the preset fills in. */
  mid: number;
}

/** The preset whose midpoint is this salary, if any (then the link names the preset instead of the salary). */
export const presetFor = (salary: number, presets: readonly SalaryPreset[]): SalaryPreset | undefined =>
  presets.find((p) => p.mid === salary);

/**
 * The bands a salary falls in, ends included. An open-ended band's top is the highest figure its sources give, so a
 * salary above it is not "in" the band: {@link bandsText} says it lies above that top instead.
 */
export const bandsAt = (salary: number, presets: readonly SalaryPreset[]): SalaryPreset[] =>
  presets.filter((p) => salary >= p.min && salary <= p.max);

/**
 * Which bands a salary falls in, in words: `In the band for Mid-level, India broad market (₹14L–₹22L).`, and for a
 * salary above an open-ended band: `Above the ₹32L top of the band for Senior, India broad market.`
 */
export function bandsText(salary: number, presets: readonly SalaryPreset[], w: Words['ui']): string {
  const at = bandsAt(salary, presets).map((p) => `${p.label} (${p.range})`);
  const above = presets
    .filter((p) => p.openEnded && salary > p.max)
    .map((p) => fill(w.aboveTop, { top: formatLakh(p.max / 1e5), band: p.label }));
  const text = [at.length ? fill(w.inBands, { bands: at.join(w.bandJoin) }) : '', ...above].filter(Boolean);
  return text.length ? text.join(' ') : w.noBand;
}
