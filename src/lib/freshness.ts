/** Whether a dated figure is old enough to need a second look. */
import { isoDateToDate } from './dates.ts';

/** Whole calendar months from `from` to `to` (both `YYYY-MM-DD`), counting a month only once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** True when at least `months` whole months have passed since `asOf`. */
export function isStale(asOf: string, today: string, months: number): boolean {
  return monthsBetween(asOf, today) >= months;
}

/** The months after which an exchange rate counts as stale: its own limit, else the default. */
export function rateLimitMonths(rate: { staleAfterMonths?: number | undefined }, fallback: number): number {
  return rate.staleAfterMonths ?? fallback;
}

/** The age of a dated figure in months, to the nearest month (`2026-03-11` to `2026-12-07`: 9), for "about 9 months old". */
export function ageInMonths(from: string, to: string): number {
  const whole = monthsBetween(from, to);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  // Days past the last whole month, against half a month.
  const anchor = Date.UTC(fy, fm - 1 + whole, fd);
  const days = (isoDateToDate(to).getTime() - anchor) / 86_400_000;
  return whole + (days >= 15 ? 1 : 0);
}
