/** Builds the RSS feed: one item per guide (dated by its publication) and one per salary data set (dated by its as-of). */
import type { GuideMeta } from '../schemas/guides.ts';
import type { SalaryDataset } from '../schemas/salaries.ts';
import { formatDate, isoDateToDate } from './dates.ts';
import { datasetUrl, guideUrl } from './routes.ts';

/** An RSS item with an absolute link (the shape `@astrojs/rss` takes). */
export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/** The feed item announcing a guide, dated by its `published` date (its updates move the channel's lastBuildDate). */
function guideFeedItem(g: GuideMeta, site: string): FeedItem {
  return {
    title: g.title,
    description: g.description,
    link: guideUrl(site, g.slug),
    pubDate: isoDateToDate(g.published),
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
  input: { guides: readonly GuideMeta[]; datasets: readonly SalaryDataset[]; pages?: readonly FeedItem[] },
  site: string,
): FeedItem[] {
  return [
    ...input.guides.map((g) => guideFeedItem(g, site)),
    ...input.datasets.map((d) => datasetFeedItem(d, site)),
    ...(input.pages ?? []),
  ].toSorted((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
}

/**
 * When the feed's content last changed: the latest guide update, data set as-of or other item's date (not the build
 * time), so that no item is newer than the feed.
 */
export function lastChanged(input: {
  guides: readonly GuideMeta[];
  datasets: readonly SalaryDataset[];
  pages?: readonly FeedItem[];
}): Date {
  const dates = [
    ...input.guides.map((g) => isoDateToDate(g.updated)),
    ...input.datasets.map((d) => isoDateToDate(d.asOf)),
    ...(input.pages ?? []).map((p) => p.pubDate),
  ].toSorted((a, b) => a.getTime() - b.getTime());
  const last = dates.at(-1);
  if (last === undefined) throw new Error('The feed has no guide and no data set to date it by.');
  return last;
}

/** The Atom namespace, declared on the feed for its self link. */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** The channel elements `@astrojs/rss` does not write: language, the feed's own address, and lastBuildDate. */
export function channelExtras(o: { lang: string; selfUrl: string; lastBuildDate: Date }): string {
  const href = o.selfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [
    `<language>${o.lang}</language>`,
    `<atom:link href="${href}" rel="self" type="application/rss+xml"/>`,
    `<lastBuildDate>${o.lastBuildDate.toUTCString()}</lastBuildDate>`,
  ].join('');
}
