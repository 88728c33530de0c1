/** Money and number formatting for every page, island and API file: one module, Intl-based. */

const RUPEES_PER_LAKH = 100_000;

const lakhNumber = /* @__PURE__ */ new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });
const inrFull = /* @__PURE__ */ new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const usdFull = /* @__PURE__ */ new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const plainNumber = /* @__PURE__ */ new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });
const timesNumber = /* @__PURE__ */ new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 });

/** Converts lakh (1 lakh = ₹1,00,000) to whole rupees. */
export function lakhToRupees(lakh: number): number {
  return Math.round(lakh * RUPEES_PER_LAKH);
}

/** Rounds to the nearest multiple of `step` (halves round up). */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Converts rupees to US dollars at `inrPerUsd`, rounded to the nearest `step` dollars. */
export function rupeesToUsd(rupees: number, inrPerUsd: number, step = 1): number {
  return roundTo(rupees / inrPerUsd, step);
}

/** `₹14L` (short) or `₹14 lakh` (long, with a no-break space) for an amount given in lakh. */
export function formatLakh(lakh: number, style: 'short' | 'long' = 'short'): string {
  const n = lakhNumber.format(lakh);
  return style === 'short' ? `₹${n}L` : `₹${n}\u00a0lakh`;
}

/** `₹22–32 lakh` (no-break space before lakh): a range given in lakh, the way job postings quote pay. */
export function formatLakhRange(minLakh: number, maxLakh: number): string {
  const top = lakhNumber.format(maxLakh);
  return minLakh === maxLakh ? `₹${top}\u00a0lakh` : `₹${lakhNumber.format(minLakh)}–${top}\u00a0lakh`;
}

/** `₹14,00,000`: whole rupees with Indian digit grouping. */
export function formatInr(rupees: number): string {
  return inrFull.format(Math.round(rupees));
}

const paisa = /* @__PURE__ */ new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Rounds to two decimals (paisa or cents), turning -0 into 0. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}

/** `₹21,000`, or `₹21,000.08` when the amount is not whole, so a text never hides a difference. */
export function inrText(rupees: number): string {
  return Math.abs(rupees - Math.round(rupees)) < 0.005 ? formatInr(rupees) : `₹${paisa.format(rupees)}`;
}

/** `$17,000`: whole US dollars. */
export function formatUsd(dollars: number): string {
  return usdFull.format(Math.round(dollars));
}

/** A plain number with Indian grouping and at most two decimals. */
export function formatNumber(value: number): string {
  return plainNumber.format(value);
}

/** A ratio to one decimal, for "N times as much": `6.1`. */
export function formatTimes(ratio: number): string {
  return timesNumber.format(ratio);
}

const percentFormats = new Map<number, Intl.NumberFormat>();

/** A share (0.25) as a percentage (`25%`), with at most `digits` decimals. */
export function formatPercent(share: number, digits = 2): string {
  let pct = percentFormats.get(digits);
  if (!pct) percentFormats.set(digits, (pct = new Intl.NumberFormat('en-IN', { maximumFractionDigits: digits })));
  return `${pct.format(share * 100)}%`;
}

/** Options for {@link formatRange}. */
export interface RangeOptions {
  /** The top of the range is open-ended: shown with a trailing `+`. */
  openEnded?: boolean | undefined;
  /** Joiner between the two ends; an en dash by default, `' to '` reads better in prose. */
  joiner?: string;
}

/** `₹8L–₹14L`, `$26,000–$65,000+` or `₹14 lakh to ₹22 lakh`: one formatter applied to both ends. */
export function formatRange(
  min: number,
  max: number,
  format: (n: number) => string,
  { openEnded = false, joiner = '–' }: RangeOptions = {},
): string {
  const top = `${format(max)}${openEnded ? '+' : ''}`;
  return min === max ? top : `${format(min)}${joiner}${top}`;
}
