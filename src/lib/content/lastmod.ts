/** When each page's content last changed, from the content's own dates (not the build date), for the sitemap. */
import { latestDate as latest } from '../dates.ts';
import { hiringPageDates, type HiringPage } from '../hiring-dates.ts';
import { guidePath, hiringPages } from '../routes.ts';
import type { Content } from './reader.ts';

/** Last-modified dates per page path, plus `fallback` for pages that show a mix of everything. */
export interface LastModified {
  byPath: Map<string, string>;
  /** Undefined only for content with problems. */
  fallback: string | undefined;
}

/**
 * Guide slug → the date the guide last changed for its readers: the later of its text's `updated` date and the dates
 * the sources it cites were read, since a citation checked again is a change too. Every page, feed, sitemap and API
 * entry that dates a guide uses this.
 */
export function guideUpdates({ collections, guides }: Pick<Content, 'collections' | 'guides'>): Map<string, string> {
  const accessed = new Map(collections.sources.map((s) => [s.data.id, s.data.accessed]));
  return new Map(
    guides.map((g) => [g.slug, latest([g.data.updated, ...g.citations.flatMap((id) => accessed.get(id) ?? [])])]),
  );
}

/**
 * Last-modified date (YYYY-MM-DD) per page path. Content with problems gives no dates rather than throwing: Astro
 * reads this while loading its config, and the content loaders then report each problem in the editor's words.
 */
export function lastModified({ collections, guides, problems }: Content): LastModified {
  if (problems.length > 0) return { byPath: new Map(), fallback: undefined };
  const salaries = collections.salaries.map((d) => d.data.asOf);
  const rates = collections.employerCosts.map((e) => e.data.effectiveFrom);
  const sources = collections.sources.map((s) => s.data.accessed);
  const updated = guideUpdates({ collections, guides });
  const data = <T>(list: readonly { data: T }[]): T[] => list.map((e) => e.data);
  const hiring = hiringPageDates({
    sources: data(collections.sources),
    steps: data(collections.interviewSteps),
    attributes: data(collections.interviewAttributes),
    scopes: data(collections.roleScopes),
    datasets: data(collections.salaries),
    basics: data(collections.employmentBasics),
  });
  const byPath = new Map<string, string>([
    ...[...updated].map(([slug, date]): [string, string] => [guidePath(slug), date]),
    ['/guides/', latest([...updated.values()])],
    ['/salaries/', latest(salaries)],
    ['/calculator/', latest([...rates, ...salaries])],
    ['/sources/', latest(sources)],
    ...Object.entries(hiring).map(([page, date]): [string, string] => [hiringPages[page as HiringPage], date]),
  ]);
  return { byPath, fallback: latest([...updated.values(), ...salaries, ...sources]) };
}

/** The sitemap's `lastmod` for a page URL: its own date, else the fallback; none for content with problems. */
export function lastmodOf({ byPath, fallback }: LastModified, url: string): { lastmod?: string } {
  const date = byPath.get(new URL(url).pathname) ?? fallback;
  return date === undefined ? {} : { lastmod: date };
}
