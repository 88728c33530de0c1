import { describe, expect, it } from 'vitest';
import { channelExtras, feedItems, lastChanged } from '../../src/lib/rss.ts';
import { robotsTxt } from '../../src/lib/robots.ts';
import { site } from '../../src/site.config.ts';
import { content, guideInputs } from '../support/api.ts';

const guides = guideInputs().map((g) => g.data);
const items = feedItems({ guides, datasets: content.datasets }, 'https://api.test');

describe('feed items', () => {
  it('has one item per guide and one per salary data set, newest first', () => {
    expect(items).toHaveLength(guides.length + content.datasets.length);
    const times = items.map((i) => i.pubDate.getTime());
    expect(times).toEqual(times.toSorted((a, b) => b - a));
  });

  it('dates a guide by its publication, not its last update, and links to its page', () => {
    const g = guides[0]!;
    expect(g.published).not.toBe(g.updated);
    expect(items.find((i) => i.title === g.title)).toMatchObject({
      description: g.description,
      link: `https://api.test/guides/${g.slug}/`,
      pubDate: new Date(`${g.published}T00:00:00Z`),
    });
  });

  it('announces a data set update dated by its as-of, linking to its table', () => {
    const d = content.datasets[0]!;
    const item = items.find((i) => i.link === `https://api.test/salaries/#ds-${d.id}`)!;
    expect(item.title).toBe(`Salary data updated: ${d.title}`);
    expect(item.pubDate.toISOString().slice(0, 10)).toBe(d.asOf);
    expect(item.description).toContain(`${d.bands.length} pay bands`);
  });
});

describe('feed channel', () => {
  it('was last built when its newest guide update or data set as-of happened', () => {
    const newest = [...guides.map((g) => g.updated), ...content.datasets.map((d) => d.asOf)].toSorted().at(-1);
    expect(lastChanged({ guides, datasets: content.datasets }).toISOString().slice(0, 10)).toBe(newest);
    expect(() => lastChanged({ guides: [], datasets: [] })).toThrow(/no guide and no data set/);
  });
  it('is never older than its newest item, a hiring page included', () => {
    const page = {
      title: 'P',
      link: 'https://api.test/p/',
      description: 'D',
      pubDate: new Date('2099-01-02T00:00:00Z'),
      categories: [],
    };
    const input = { guides, datasets: content.datasets, pages: [page] };
    expect(lastChanged(input).toISOString().slice(0, 10)).toBe('2099-01-02');
    for (const item of feedItems(input, 'https://api.test')) expect(item.pubDate <= lastChanged(input)).toBe(true);
  });
  it('names its own address and its last build date', () => {
    const extras = channelExtras({
      lang: 'en-IN',
      selfUrl: 'https://x.test/rss.xml?a=1&b=2',
      lastBuildDate: new Date('2026-11-27T00:00:00Z'),
    });
    expect(extras).toBe(
      '<language>en-IN</language>' +
        '<atom:link href="https://x.test/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>' +
        '<lastBuildDate>Fri, 27 Nov 2026 00:00:00 GMT</lastBuildDate>',
    );
  });
});

describe('robots.txt', () => {
  it('allows everything and names the sitemap index on the configured site', () => {
    expect(robotsTxt(site.url)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site.url}/sitemap-index.xml\n`);
    expect(robotsTxt('https://other.test')).toContain('Sitemap: https://other.test/sitemap-index.xml');
  });
});
