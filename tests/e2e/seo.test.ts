import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastModified } from '../../src/lib/content/lastmod.ts';
import { site } from '../../src/site.config.ts';

const dist = join(process.cwd(), 'dist');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
const pathOf = (file: string): string => `/${relative(dist, file).replace(/index\.html$/, '')}`;
const pages = htmlFiles(dist).filter((f) => !f.endsWith('404.html'));
const html = new Map(pages.map((f) => [pathOf(f), readFileSync(f, 'utf8')]));
const sitemapXml = readdirSync(dist)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .map((f) => readFileSync(join(dist, f), 'utf8'))
  .join('');
const sitemap = [...sitemapXml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({
  loc: m[1]!,
  lastmod: m[2],
}));
const attr = (page: string, pattern: RegExp): string | undefined => pattern.exec(page)?.[1];
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

describe('sitemap and canonical URLs', () => {
  it('lists every built page (the 404 aside), and every listed page exists', () => {
    const listed = sitemap.map((u) => new URL(u.loc).pathname).sort();
    expect(listed).toEqual([...html.keys()].sort());
    for (const path of listed) expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
  });
  it.each([...html.keys()])('%s: canonical URL equals its sitemap URL', (path) => {
    const canonical = attr(html.get(path)!, /<link rel="canonical" href="([^"]+)"/);
    expect(canonical).toBe(new URL(path, site.url).href);
    expect(sitemap.some((u) => u.loc === canonical)).toBe(true);
  });
  it('takes lastmod from the content dates, not the build date', () => {
    const { byPath } = lastModified(process.cwd());
    for (const [path, date] of byPath) {
      const entry = sitemap.find((u) => new URL(u.loc).pathname === path);
      expect(entry?.lastmod?.slice(0, 10), path).toBe(date);
    }
  });
  it('robots and the sitemap link point at the sitemap', () => {
    for (const page of html.values()) expect(page).toContain('<link rel="sitemap" href="/sitemap-index.xml"');
  });
});

describe('titles, descriptions and cards', () => {
  const meta = [...html].map(([path, page]) => ({
    path,
    title: decode(attr(page, /<title>([^<]*)<\/title>/) ?? ''),
    description: decode(attr(page, /<meta name="description" content="([^"]*)"/) ?? ''),
    image: attr(page, /<meta property="og:image" content="([^"]+)"/),
  }));
  it.each(meta)('$path: title ≤ 60 characters and description 50–160', ({ title, description }) => {
    expect(title.length).toBeGreaterThan(0);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
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
  const blocks = (page: string) =>
    [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  it('every JSON-LD block parses and never contains a raw "<"', () => {
    for (const page of html.values()) {
      for (const block of blocks(page)) {
        expect(block).not.toContain('<');
        expect(() => JSON.parse(block)).not.toThrow();
      }
    }
  });
  it('the guide has an Article and a BreadcrumbList with the required fields', () => {
    const guide = [...html].find(([path]) => path.startsWith('/guides/') && path !== '/guides/')![1];
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
    const docs = blocks(html.get('/salaries/')!).map((b) => JSON.parse(b));
    const dataset = docs.find((d) => d['@type'] === 'Dataset');
    expect(dataset.name).toBeTruthy();
    expect(dataset.description.length).toBeGreaterThanOrEqual(50);
    expect(dataset.distribution).toContainEqual(expect.objectContaining({ encodingFormat: 'text/csv' }));
  });
});
