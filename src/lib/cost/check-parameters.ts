/** The check across dated entries (employer costs, income tax) that one entry's schema cannot make: overlapping dates. */
import type { ContentProblem } from '../content/problems.ts';

/** What the check reads of a dated entry: its rule, state if any, dates and status. */
export interface DatedEntry {
  id: string;
  parameter: string;
  state?: string | undefined;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  status: string;
}

/** A problem found across entries, naming the entry id and the field to fix. */
export interface DatedEntryProblem {
  id: string;
  field: string;
  message: string;
}

const overlaps = (a: DatedEntry, b: DatedEntry): boolean =>
  a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') && b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31');

/**
 * Two in-force entries of one parameter and state covering the same day. (Repeated ids and end dates before start
 * dates are refused earlier, by the list parser and the entry schema.)
 */
export function checkDatedEntries(entries: readonly DatedEntry[]): DatedEntryProblem[] {
  const problems: DatedEntryProblem[] = [];
  const live = entries.filter((e) => e.status === 'in-force');
  live.forEach((a, i) => {
    for (const b of live.slice(i + 1)) {
      if (a.parameter !== b.parameter || a.state !== b.state || !overlaps(a, b)) continue;
      const what = `${a.parameter}${a.state === undefined ? '' : ` in ${a.state}`}`;
      problems.push({
        id: b.id,
        field: 'effectiveFrom',
        message: `Entry "${b.id}" (field effectiveFrom) and entry "${a.id}" are both in force for ${what} on the same days. End the older one with effectiveTo the day before the newer one starts, or mark one awaiting-verification.`,
      });
    }
  });
  return problems;
}

/** The same check, as problems of the file the entries are in (the content check and the form both report these). */
export function datedEntryProblems(file: string, entries: readonly { data: DatedEntry }[]): ContentProblem[] {
  return checkDatedEntries(entries.map((e) => e.data)).map((p) => ({
    file,
    entry: p.id,
    field: p.field,
    message: p.message,
  }));
}
