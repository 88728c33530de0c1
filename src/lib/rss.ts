/** Builds the RSS feed's items: one per guide (dated by its last update) and one per salary data set (dated by its as-of). */
import type { GuideMeta } from '../schemas/guides.ts';
import type { SalaryDataset } from '../schemas/salaries.ts';
import { formatDate, isoDateToDate } from './dates.ts';
import { datasetUrl, guideUrl } from './routes.ts';

/** An RSS item with an absolute link (the shape `@astrojs/rss` takes). */
interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/** The feed item announcing a guide, dated by its `updated` date. */
function guideFeedItem(g: GuideMeta, site: string): FeedItem {
  return {
    title: g.title,
    description: g.description,
    link: guideUrl(site, g.slug),
    pubDate: isoDateToDate(g.updated),
    categories: [...g.tags],
  };
}

/** The feed item announcing a salary data set's latest update, dated by its `asOf`. */
function datasetFeedItem(d: SalaryDataset, site: string): FeedItem {
  return {
    title: `Salary data updated: ${d.title}`,
    description: `${d.bands.length} pay bands across ${d.levels.length} levels and ${d.segments.length} market segments, checked on ${formatDate(d.asOf)}.`,
    link: datasetUrl(site, d.id),
    pubDate: isoDateToDate(d.asOf),
    categories: ['salary-data'],
  };
}

/** Every feed item, newest first (ties by title). */
export function feedItems(
  input: { guides: readonly GuideMeta[]; datasets: readonly SalaryDataset[] },
  site: string,
): FeedItem[] {
  return [
    ...input.guides.map((g) => guideFeedItem(g, site)),
    ...input.datasets.map((d) => datasetFeedItem(d, site)),
  ].toSorted((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
}
