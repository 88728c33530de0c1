/** When each hiring-tool page last changed, from its own data (for the sitemap and the feed), and its feed items. */
import type { EmploymentTopic } from '../schemas/employment-basics.ts';
import type { InterviewAttribute, InterviewStep } from '../schemas/interview-kit.ts';
import type { RoleScope } from '../schemas/role-scopes.ts';
import type { SalaryDataset } from '../schemas/salaries.ts';
import type { Source } from '../schemas/sources.ts';
import { isoDateToDate, latestDate } from './dates.ts';
import { absoluteUrl, hiringPages } from './routes.ts';

/** What the dates are worked out from. */
export interface HiringDateInput {
  sources: readonly Source[];
  steps: readonly InterviewStep[];
  attributes: readonly InterviewAttribute[];
  scopes: readonly RoleScope[];
  datasets: readonly SalaryDataset[];
  basics: readonly EmploymentTopic[];
}

/** A hiring-tool page. */
export type HiringPage = keyof typeof hiringPages;

/**
 * The kit: the latest reading of the sources its questions cite. The templates: the latest as-of of the salary data
 * they quote, or of a source they cite. The basics: the latest date a fact was checked.
 */
export function hiringPageDates(i: HiringDateInput): Record<HiringPage, string> {
  const read = new Map(i.sources.map((s) => [s.id, s.accessed]));
  const accessed = (ids: readonly string[]) => ids.flatMap((id) => read.get(id) ?? []);
  const asOf = new Map(i.datasets.map((d) => [d.id, d.asOf]));
  return {
    interviewKit: latestDate(accessed([...i.steps, ...i.attributes].flatMap((e) => e.sources))),
    jobDescriptions: latestDate([
      ...i.scopes.flatMap((s) => asOf.get(s.pay.salaryData) ?? []),
      ...accessed(i.scopes.flatMap((s) => s.sources)),
    ]),
    employingInIndia: latestDate(i.basics.flatMap((t) => t.facts.map((f) => f.asOf))),
  };
}

/** The feed's item for each hiring-tool page, dated by {@link hiringPageDates}. */
export function hiringFeedItems(
  dates: Record<HiringPage, string>,
  meta: Record<HiringPage, { title: string; description: string }>,
  site: string,
) {
  return (Object.keys(hiringPages) as HiringPage[]).map((page) => ({
    title: meta[page].title,
    description: meta[page].description,
    link: absoluteUrl(site, hiringPages[page]),
    pubDate: isoDateToDate(dates[page]),
    categories: ['hiring-tools'],
  }));
}
