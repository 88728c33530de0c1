/** Salary presets from the salary data (a seniority in a segment), and which bands a salary falls in. */
import { fill } from './explain.ts';
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

/** The bands a salary falls in, ends included (an open-ended band has no top). */
export const bandsAt = (salary: number, presets: readonly SalaryPreset[]): SalaryPreset[] =>
  presets.filter((p) => salary >= p.min && (p.openEnded || salary <= p.max));

/** Which bands a salary falls in, in words: `In the band for Mid-level, India broad market (₹14L–₹22L).` */
export function bandsText(salary: number, presets: readonly SalaryPreset[], w: Words['ui']): string {
  const at = bandsAt(salary, presets).map((p) => `${p.label} (${p.range})`);
  return at.length ? fill(w.inBands, { bands: at.join(w.bandJoin) }) : w.noBand;
}
