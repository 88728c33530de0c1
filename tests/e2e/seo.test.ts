import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { ABOUT_PATH, ADMIN_PATH, SEARCH_PATH, SITEMAP_INDEX_PATH, guidePath } from '../../src/lib/routes.ts';
import { guideCards } from '../../src/integrations/og-cards.ts';
import { drawCard } from '../../src/pages/og/_draw.ts';
import { lastChanged } from '../../src/lib/rss.ts';
import { formatDate, latestDate } from '../../src/lib/dates.ts';
import { lastModified } from '../../src/lib/content/lastmod.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { listFiles, urlForFile } from '../../scripts/lib/quality/dist.ts';
import { mainText } from '../../scripts/lib/quality/pages-diff.ts';
import { hasRel, scanTags, type Tag } from '../../scripts/lib/quality/html.ts';
import { site } from '../../src/site.config.ts';

const dist = join(process.cwd(), 'dist');
// The editors' form at /admin is not a page of the site (tests/e2e/admin.test.ts checks it is kept out).
const pages = listFiles(dist, ['.html']).filter(
  (f) => !/^(pagefind|_astro)\//.test(f) && !f.endsWith('404.html') && !urlForFile(f).startsWith(ADMIN_PATH),
);
const html = new Map(pages.map((f) => [urlForFile(f), readFileSync(join(dist, f), 'utf8')]));
const tags = new Map([...html].map(([path, page]) => [path, scanTags(page)]));
const sitemapXml = readdirSync(dist)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .map((f) => readFileSync(join(dist, f), 'utf8'))
  .join('');
const sitemap = [...sitemapXml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({
  loc: m[1]!,
  lastmod: m[2],
}));
/** The `href` of a page's first `<link rel="…">`. */
const linkHref = (page: Tag[], rel: string): string | undefined =>
  page.find((t) => t.name === 'link' && hasRel(t, rel))?.attrs['href'];
/** The `content` of a page's first `<meta>` whose `key` attribute (name or property) is `value`. */
const metaContent = (page: Tag[], key: 'name' | 'property', value: string): string | undefined =>
  page.find((t) => t.name === 'meta' && t.attrs[key] === value)?.attrs['content'];

const live = readContent(process.cwd());

// Worked out here from the files, not with the site's own function: a guide changed when its text did or when a source
// it cites was read again.
const accessed = new Map(live.collections.sources.map((s) => [s.data.id, s.data.accessed]));
const guideDates = live.guides.map((g) => ({
  slug: g.data.slug,
  updated: latestDate([g.data.updated, ...g.citations.map((id) => accessed.get(id)!)]),
}));

describe('a guide’s update date', () => {
  it.each(guideDates)(
    '$slug is dated $updated on its page, the lists, JSON-LD, the sitemap, the API and the feed',
    (g) => {
      const path = guidePath(g.slug);
      const page = html.get(path)!;
      expect(mainText(page)).toContain(`Updated ${formatDate(g.updated)}`);
      expect(scanTags(page).some((t) => t.name === 'time' && t.attrs['datetime'] === g.updated)).toBe(true);
      for (const list of ['/', '/guides/'])
        expect(mainText(html.get(list)!), list).toContain(`Updated ${formatDate(g.updated)}`);
      const ld = scanTags(page)
        .filter((t) => t.name === 'script' && t.attrs['type'] === 'application/ld+json')
        .map((t) => JSON.parse(t.text ?? '{}'))
        .find((d) => d['@type'] === 'Article');
      expect(ld.dateModified).toBe(g.updated);
      expect(sitemap.find((u) => new URL(u.loc).pathname === path)?.lastmod?.slice(0, 10)).toBe(g.updated);
      const api = JSON.parse(readFileSync(join(dist, 'api/v1/guides.json'), 'utf8')) as {
        guides: { slug: string; updated: string }[];
      };
      expect(api.guides.find((a) => a.slug === g.slug)?.updated).toBe(g.updated);
      const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
      const lastBuild = new Date(/<lastBuildDate>([^<]+)</.exec(feed)![1]!).toISOString().slice(0, 10);
      expect(lastBuild >= g.updated).toBe(true);
    },
  );
});

describe('sitemap and canonical URLs', () => {
  it('lists every built page (the 404 and the search page aside), and every listed page exists', () => {
    const listed = sitemap.map((u) => new URL(u.loc).pathname).sort();
    expect(listed).toEqual([...html.keys()].filter((p) => p !== SEARCH_PATH).sort());
    for (const path of listed) expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
  });
  it.each([...html.keys()])(
    '%s: canonical URL equals its sitemap URL (the search page: not listed, noindex)',
    (path) => {
      const canonical = linkHref(tags.get(path)!, 'canonical');
      expect(canonical).toBe(new URL(path, site.url).href);
      const noindex = metaContent(tags.get(path)!, 'name', 'robots');
      if (path === SEARCH_PATH) {
        expect(sitemap.some((u) => u.loc === canonical)).toBe(false);
        expect(noindex).toBe('noindex');
      } else {
        expect(sitemap.some((u) => u.loc === canonical)).toBe(true);
        expect(noindex).toBeUndefined();
      }
    },
  );
  it('takes lastmod from the content dates, not the build date', () => {
    const { byPath } = lastModified(readContent(process.cwd()));
    for (const [path, date] of byPath) {
      const entry = sitemap.find((u) => new URL(u.loc).pathname === path);
      expect(entry?.lastmod?.slice(0, 10), path).toBe(date);
    }
  });
  it('robots.txt and every page’s sitemap link point at the sitemap index, which is built', () => {
    expect(existsSync(join(dist, SITEMAP_INDEX_PATH))).toBe(true);
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8').split('\n');
    expect(robots).toContain(`Sitemap: ${site.url}${SITEMAP_INDEX_PATH}`);
    for (const page of tags.values()) expect(linkHref(page, 'sitemap')).toBe(SITEMAP_INDEX_PATH);
  });
});

describe('titles, descriptions and cards', () => {
  const meta = [...html.keys()].map((path) => ({
    path,
    title: tags.get(path)!.find((t) => t.name === 'title')?.text ?? '',
    description: metaContent(tags.get(path)!, 'name', 'description') ?? '',
    image: metaContent(tags.get(path)!, 'property', 'og:image'),
  }));
  it('each guide’s card is the one the early start draws (src/integrations/og-cards.ts), byte for byte', async () => {
    const content = readContent(process.cwd());
    const cards = guideCards(content);
    expect(cards).toHaveLength(content.guides.length);
    for (const [i, guide] of content.guides.entries()) {
      const image = meta.find((m) => m.path === guidePath(guide.data.slug))?.image;
      expect(image).toBeDefined();
      const png = new Uint8Array(readFileSync(join(dist, new URL(image!).pathname)));
      expect(png).toEqual(await drawCard(cards[i]!));
    }
  });
  it.each(meta)('$path: title ≤ 60 characters and description 50–160', ({ title, description }) => {
    expect(title.length).toBeGreaterThan(0);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
  });
  it('the home page’s title says what the site offers, not only its name', () => {
    const home = meta.find((m) => m.path === '/')!;
    expect(home.title).toContain(site.name);
    expect(home.title.length).toBeGreaterThan(site.name.length + 20);
  });
  it('titles and descriptions are unique across the site', () => {
    expect(new Set(meta.map((m) => m.title)).size).toBe(meta.length);
    expect(new Set(meta.map((m) => m.description)).size).toBe(meta.length);
  });
  it.each(meta)('$path: its Open Graph image exists and is 1200×630', ({ image }) => {
    expect(image).toBeDefined();
    const png = readFileSync(join(dist, new URL(image!).pathname));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('structured data', () => {
  const blocks = (path: string): string[] =>
    tags
      .get(path)!
      .filter((t) => t.name === 'script' && t.attrs['type'] === 'application/ld+json')
      .map((t) => t.text ?? '');
  it('every JSON-LD block parses and never contains a raw "<"', () => {
    for (const path of html.keys()) {
      for (const block of blocks(path)) {
        expect(block).not.toContain('<');
        expect(() => JSON.parse(block)).not.toThrow();
      }
    }
  });
  it('the guide has an Article and a BreadcrumbList with the required fields', () => {
    const guide = [...html.keys()].find((path) => path.startsWith('/guides/') && path !== '/guides/')!;
    const docs = blocks(guide).map((b) => JSON.parse(b));
    const article = docs.find((d) => d['@type'] === 'Article');
    expect(article).toMatchObject({
      headline: expect.any(String),
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(article.author.name).toBeTruthy();
    expect(article.publisher.name).toBe(site.name);
    expect(article.image[0]).toMatch(/\.png$/);
    const crumbs = docs.find((d) => d['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
    expect(docs.some((d) => d['@type'] === 'FAQPage' || d['@type'] === 'HowTo')).toBe(false);
  });
  it('the salary-data page has a Dataset with a CSV distribution', () => {
    const docs = blocks('/salaries/').map((b) => JSON.parse(b));
    const dataset = docs.find((d) => d['@type'] === 'Dataset');
    expect(dataset.name).toBeTruthy();
    expect(dataset.description.length).toBeGreaterThanOrEqual(50);
    expect(dataset.distribution).toContainEqual(expect.objectContaining({ encodingFormat: 'text/csv' }));
  });
  it('each Dataset names its sources, licence, creator and measures, dated by the data’s as-of', () => {
    const docs = blocks('/salaries/')
      .map((b) => JSON.parse(b))
      .filter((d) => d['@type'] === 'Dataset');
    expect(docs).toHaveLength(live.collections.salaries.length);
    const sources = new Map(live.collections.sources.map((s) => [s.id, s.data]));
    for (const entry of live.collections.salaries) {
      const doc = docs.find((d) => d.url === new URL(`/salaries/#ds-${entry.id}`, site.url).href);
      expect(doc, entry.id).toBeDefined();
      expect(doc.dateModified).toBe(entry.data.asOf);
      expect(doc.license).toBe(site.license.url);
      expect(doc.creator).toMatchObject({ name: site.name, url: new URL(ABOUT_PATH, site.url).href });
      expect(doc.isBasedOn).toEqual(
        entry.data.sources.map((id) => {
          const s = sources.get(id)!;
          return {
            '@type': 'CreativeWork',
            name: s.title,
            publisher: { '@type': 'Organization', name: s.publisher },
            ...(s.url ? { url: s.url } : {}),
          };
        }),
      );
      expect(doc.variableMeasured.length).toBeGreaterThan(entry.data.segments.length);
      for (const v of doc.variableMeasured)
        expect(v).toMatchObject({ '@type': 'PropertyValue', name: expect.any(String) });
    }
  });
  it('the guide’s author is a named entity whose page says who writes, how figures are checked and how to report', () => {
    const guide = [...html.keys()].find((path) => path.startsWith('/guides/') && path !== '/guides/')!;
    const article = blocks(guide)
      .map((b) => JSON.parse(b))
      .find((d) => d['@type'] === 'Article');
    expect(['Organization', 'Person']).toContain(article.author['@type']);
    const page = new URL(article.author.url);
    expect(page.pathname).toBe(ABOUT_PATH);
    const about = html.get(ABOUT_PATH)!;
    expect(about).toContain(`id="${page.hash.slice(1)}"`);
    expect(about).toContain(article.author.name);
    for (const id of ['who', 'how-figures-are-checked', 'report-an-error']) expect(about).toContain(`id="${id}"`);
    const issue = tags
      .get(ABOUT_PATH)!
      .find((t) => t.name === 'a' && t.attrs['href']?.startsWith(`${site.repository}/issues/new?`));
    expect(issue, 'a link that opens an issue').toBeDefined();
  });
});

describe('RSS feed', () => {
  const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  const channel = feed.rss.channel;
  const items: { title: string; pubDate: string; link: string }[] = [channel.item].flat();
  it('is RSS 2.0 with the Atom namespace and a self link to its own address', () => {
    expect(feed.rss['@version']).toBe('2.0');
    expect(feed.rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(channel['atom:link']).toMatchObject({
      '@href': new URL('/rss.xml', site.url).href,
      '@rel': 'self',
      '@type': 'application/rss+xml',
    });
  });
  it('was last built when its content last changed', () => {
    const built = new Date(channel.lastBuildDate);
    expect(channel.lastBuildDate).toBe(built.toUTCString());
    // No item is newer than the feed, and the feed is dated by its newest guide update, data set or item.
    const newest = Math.max(...items.map((i) => new Date(i.pubDate).getTime()));
    expect(built.getTime()).toBeGreaterThanOrEqual(newest);
    const guides = live.guides.map((g, i) => ({ ...g.data, updated: guideDates[i]!.updated }));
    const contentDate = lastChanged({ guides, datasets: live.collections.salaries.map((d) => d.data) }).getTime();
    expect(built.getTime()).toBe(Math.max(newest, contentDate));
  });
  it('dates each guide by the day it was published', () => {
    for (const g of live.guides) {
      const item = items.find((i) => i.link === new URL(`/guides/${g.data.slug}/`, site.url).href);
      expect(item, g.data.slug).toBeDefined();
      expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(g.data.published);
    }
  });
});
