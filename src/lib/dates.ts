/** Date display: ISO `YYYY-MM-DD` strings in, reader-friendly text out, never shifted by time zone. */

const long = /* @__PURE__ */ new Intl.DateTimeFormat('en-IN', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Midnight UTC of a `YYYY-MM-DD` date. */
export function isoDateToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "22 April 2026". */
export function formatDate(iso: string): string {
  return long.format(isoDateToDate(iso));
}

/** The latest of some `YYYY-MM-DD` dates (they sort as strings); throws when there are none. */
export function latestDate(dates: readonly string[]): string {
  const latest = dates.reduce<string | undefined>((a, d) => (a === undefined || d > a ? d : a), undefined);
  if (latest === undefined) throw new Error('No dates to take the latest of.');
  return latest;
}
