import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { hiringPages, SITEMAP_INDEX_PATH } from '../../src/lib/routes.ts';
import {
  documentNames,
  type BandRecord,
  type EmployerCostsDocument,
  type GuideRecord,
} from '../../src/lib/api/schemas.ts';
import { readGuides } from '../../src/lib/content/guides.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections, guidesDir } from '../../src/lib/content/registry.ts';
import { site } from '../../src/site.config.ts';
import { ajv, parseCsv } from '../support/api.ts';
import { baseUrl } from './browser.ts';

const root = process.cwd();
const datasets = readCollection(root, dataCollections.salaries).map((e) => e.data);
const rates = new Map(readCollection(root, dataCollections.exchangeRates).map((e) => [e.id, e.data]));
const parameters = readCollection(root, dataCollections.employerCosts).map((e) => e.data);
const guides = readGuides(root, guidesDir).guides.map((g) => g.data);

/** The local path of an absolute site URL (which must be on the configured site). */
const local = (url: string): string => {
  expect(url.startsWith(`${site.url}/`), `${url} is on ${site.url}`).toBe(true);
  return url.slice(site.url.length);
};
const get = async (path: string): Promise<Response> => {
  const response = await fetch(`${baseUrl()}${path}`);
  expect(response.status, path).toBe(200);
  return response;
};
const getJson = async <T = Record<string, unknown>>(path: string): Promise<T> => (await get(path)).json() as Promise<T>;

describe.each(documentNames)('/api/v1/%s.json', (name) => {
  it('is served as JSON and validates against its published JSON Schema', async () => {
    const response = await get(`/api/v1/${name}.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await response.json()) as Record<string, unknown>;
    expect(doc['$schema']).toBe(`${site.url}/api/v1/schema/${name}.json`);
    const schema = await getJson(local(doc['$schema'] as string));
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(doc['$schema']);
    const validate = ajv().compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...doc, unexpected: true })).toBe(false);
  });

  it('dates itself: a build timestamp and an as-of date no later than it', async () => {
    const doc = await getJson(`/api/v1/${name}.json`);
    const generatedAt = doc['generatedAt'] as string;
    expect(Number.isNaN(Date.parse(generatedAt))).toBe(false);
    expect((doc['asOf'] as string) <= generatedAt.slice(0, 10)).toBe(true);
  });
});

describe('salaries.json agrees with content/data/salaries', () => {
  it('has every band with the same amounts, and nothing else', async () => {
    const { bands } = await getJson<{ bands: BandRecord[] }>('/api/v1/salaries.json');
    const expected = datasets.flatMap((d) => d.bands.map((b) => ({ d, b })));
    expect(bands).toHaveLength(expected.length);
    for (const { d, b } of expected) {
      const found = bands.find((r) => r.dataset === d.id && r.level === b.level && r.segment === b.segment);
      expect(found, `${d.id} ${b.level}/${b.segment}`).toBeDefined();
      const inLakh = b.currency === 'INR';
      expect(found).toMatchObject({
        currency: b.currency,
        min: inLakh ? Math.round(b.min * 100_000) : b.min,
        max: inLakh ? Math.round(b.max * 100_000) : b.max,
        minLakh: inLakh ? b.min : null,
        maxLakh: inLakh ? b.max : null,
        openEnded: b.openEnded,
      });
      expect(found!.sources.map((s) => s.id)).toEqual(b.sources);
    }
  });

  it('converts local pay at the data set’s dated rate, rounded to its step', async () => {
    const { bands } = await getJson<{ bands: BandRecord[] }>('/api/v1/salaries.json');
    for (const band of bands) {
      const d = datasets.find((x) => x.id === band.dataset)!;
      if (band.currency === 'USD') {
        expect([band.usdMin, band.usdMax, band.exchangeRate]).toEqual([band.min, band.max, null]);
        continue;
      }
      const rate = rates.get(d.exchangeRate)!;
      const usd = (n: number) => Math.round(n / rate.rate / d.usdRounding) * d.usdRounding;
      expect(band.exchangeRate?.id).toBe(rate.id);
      expect([band.usdMin, band.usdMax]).toEqual([usd(band.min), usd(band.max)]);
    }
  });
});

describe('/api/v1/salaries.csv', () => {
  it('is served as CSV with the same rows as salaries.json', async () => {
    const response = await get('/api/v1/salaries.csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await response.text());
    const { bands } = await getJson<{ bands: BandRecord[] }>('/api/v1/salaries.json');
    const header = rows[0]!;
    const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(records).toHaveLength(bands.length);
    records.forEach((r, i) => {
      const b = bands[i]!;
      expect(r).toMatchObject({
        dataset: b.dataset,
        level: b.level,
        segment: b.segment,
        currency: b.currency,
        min: String(b.min),
        max: String(b.max),
        openEnded: String(b.openEnded),
        usdMin: b.usdMin === null ? '' : String(b.usdMin),
        usdMax: b.usdMax === null ? '' : String(b.usdMax),
        exchangeRate: b.exchangeRate?.id ?? '',
        sources: b.sources.map((s) => s.id).join('; '),
      });
    });
  });
});

describe('guides.json agrees with the guides and their pages', () => {
  it('lists every guide in content/guides', async () => {
    const doc = await getJson<{ guides: GuideRecord[] }>('/api/v1/guides.json');
    expect(doc.guides.map((g) => g.slug).toSorted()).toEqual(guides.map((g) => g.slug).toSorted());
  });

  it('outlines each guide with headings that exist on its page', async () => {
    const doc = await getJson<{ guides: GuideRecord[] }>('/api/v1/guides.json');
    for (const g of doc.guides) {
      const html = await (await get(local(g.url))).text();
      expect(g.outline.length, g.slug).toBeGreaterThan(0);
      expect(g.outline.some((h) => h.level === 2)).toBe(true);
      for (const h of g.outline) {
        expect(h.url).toBe(`${g.url}#${h.id}`);
        expect(html, `#${h.id} on ${g.url}`).toMatch(new RegExp(`<h${h.level}[^>]* id="${h.id}"`));
      }
    }
  });
});

describe('employer-costs.json agrees with content/data/employer-costs.yaml', () => {
  it('lists every entry with the same value, and marks only in-force entries as in force', async () => {
    const doc = await getJson<EmployerCostsDocument>('/api/v1/employer-costs.json');
    const byId = (a: [string, number, string], b: [string, number, string]) => a[0].localeCompare(b[0]);
    expect(doc.parameters.map((p): [string, number, string] => [p.id, p.value, p.status]).toSorted(byId)).toEqual(
      parameters.map((e): [string, number, string] => [e.id, e.value, e.status]).toSorted(byId),
    );
    const ids = doc.inForce.map((f) => f.entry);
    expect(ids.length).toBeGreaterThan(0);
    for (const p of doc.parameters) {
      expect(p.inForce, p.id).toBe(ids.includes(p.id));
      if (p.inForce) expect(p.status).toBe('in-force');
    }
  });
});

describe('/rss.xml', () => {
  it('is well-formed RSS with an item per guide, per salary data set and per hiring-tool page', async () => {
    const response = await get('/rss.xml');
    expect(response.headers.get('content-type')).toMatch(/xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/<rss version="2.0"/);
    expect(xml).toContain(`<title>${site.name}</title>`);
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const tools = Object.values(hiringPages);
    expect(items).toHaveLength(guides.length + datasets.length + tools.length);
    for (const path of tools)
      expect(
        items.some((i) => i.includes(`<link>${site.url}${path}</link>`)),
        path,
      ).toBe(true);
    for (const g of guides) {
      const item = items.find((i) => i.includes(`<link>${site.url}/guides/${g.slug}/</link>`));
      expect(item, g.slug).toBeDefined();
      // A guide is dated by its publication; its updates move the channel's lastBuildDate.
      expect(item).toContain(`<pubDate>${new Date(`${g.published}T00:00:00Z`).toUTCString()}</pubDate>`);
    }
    for (const d of datasets) {
      const item = items.find((i) => i.includes(`<link>${site.url}/salaries/#ds-${d.id}</link>`));
      expect(item, d.id).toContain('Salary data updated: ');
      expect(item).toContain(`<pubDate>${new Date(`${d.asOf}T00:00:00Z`).toUTCString()}</pubDate>`);
    }
  });
});

describe('/robots.txt', () => {
  it('allows crawling and names the sitemap index, which is served', async () => {
    const text = await (await get('/robots.txt')).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    expect(sitemap).toBe(`${site.url}${SITEMAP_INDEX_PATH}`);
    expect(await (await get(local(sitemap!))).text()).toContain('<sitemapindex');
  });
});
