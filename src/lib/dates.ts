/** Date display: ISO `YYYY-MM-DD` strings in, reader-friendly text out, never shifted by time zone. */

const long = /* @__PURE__ */ new Intl.DateTimeFormat('en-IN', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "22 April 2026". */
export function formatDate(iso: string): string {
  return long.format(new Date(`${iso}T00:00:00Z`));
}
