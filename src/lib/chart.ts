/** Geometry for the salary band chart: bars on one shared axis, computed at build time. */

/** A bar to draw: a band of one segment at one level. */
interface ChartBar {
  row: number;
  series: number;
  x: number;
  width: number;
  y: number;
  openEnded: boolean;
  label: string;
}

/** Input: per level, per series, a range in one shared unit (e.g. lakh). */
export interface ChartInput {
  rows: { label: string; bands: ({ min: number; max: number; openEnded: boolean; label: string } | undefined)[] }[];
  width: number;
  left: number;
  barHeight: number;
  gap: number;
}

/** A "nice" axis top above `max`: 10, 20, 25, 50, 60 … in steps of `step`. */
export function axisTop(max: number, step: number): number {
  return Math.max(step, Math.ceil(max / step) * step);
}

/** Lays out bars and ticks; x positions are in SVG units inside [left, width]. */
export function layoutChart(input: ChartInput, step = 10) {
  const { rows, width, left, barHeight, gap } = input;
  const values = rows.flatMap((r) => r.bands.flatMap((b) => (b ? [b.max] : [])));
  const top = axisTop(Math.max(0, ...values) * 1.08, step);
  const scale = (v: number) => left + ((width - left) * v) / top;
  const series = Math.max(1, ...rows.map((r) => r.bands.length));
  const rowHeight = series * (barHeight + 4) + gap;
  const bars: ChartBar[] = rows.flatMap((r, row) =>
    r.bands.flatMap((b, s) =>
      b === undefined
        ? []
        : [
            {
              row,
              series: s,
              x: scale(b.min),
              width: Math.max(2, scale(b.max) - scale(b.min)),
              y: row * rowHeight + s * (barHeight + 4),
              openEnded: b.openEnded,
              label: b.label,
            },
          ],
    ),
  );
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => ({ value: i * step, x: scale(i * step) }));
  return { bars, ticks, rowHeight, height: rows.length * rowHeight, top };
}
