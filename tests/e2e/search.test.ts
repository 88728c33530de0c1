import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections } from '../../src/lib/content/registry.ts';
import { formatLakh } from '../../src/lib/format.ts';
import { findBand } from '../../src/lib/salaries.ts';
import { baseUrl, launch, watchProblems } from './browser.ts';

// The top of the guide's mid-level broad-market band, read from the live data as a reader types it ("₹22 lakh",
// with a plain space), so a correct edit to the salary data keeps these searches meaningful.
const dataset = readCollection(process.cwd(), dataCollections.salaries).find(
  (d) => d.id === 'mlops-engineer-india-2026',
)!.data;
const midTop = formatLakh(findBand(dataset, 'mid', 'broad-market')!.max, 'long').replace('\u00a0', ' ');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /result/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Records every request for a search file the page makes. */
function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) seen.push(r.url());
  });
  return seen;
}

describe('site search', () => {
  it.each([
    ['drift', '/guides/mlops-engineers-india-2026/#ml-specific-operations'],
    ['Hyderabad', '/guides/mlops-engineers-india-2026/#top-cities'],
    [midTop, '/guides/mlops-engineers-india-2026/#salary-snapshot-for-india-in-2026'],
    ['canary', '/guides/mlops-engineers-india-2026/#core-responsibilities'],
  ])('“%s” lands on %s', async (query, section) => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent(query)}`);
    const links = await results(page);
    expect(links).toContain(section);
    const [path, id] = section.split('#');
    await page.goto(`${baseUrl()}${path}`);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/search/?q=zzqxv`);
    await results(page);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('No results for “zzqxv”');
    expect(await page.locator('.search-results li').count()).toBe(0);
    await page.close();
  });

  it('works by keyboard from the header form of any page, and keeps the query in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/salaries/`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // header search field
    await page.keyboard.type('gratuity');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=gratuity/);
    await results(page);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-q');
    await page.keyboard.type(' accrual');
    await expect.poll(() => page.url()).toMatch(/q=gratuity\+accrual/);
    await page.keyboard.press('Tab'); // page type filter
    await page.keyboard.press('Tab'); // search button
    await page.keyboard.press('Tab'); // first result
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/^\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    await page.close();
  });

  it('filters by page type', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent(midTop)}&type=Salary+data`);
    const links = await results(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/salaries/'))).toBe(true);
    await page.close();
  });

  it('downloads no search file on other pages, nor on the search page before a query', async () => {
    for (const path of ['/', '/guides/mlops-engineers-india-2026/', '/calculator/', '/search/']) {
      const page = await browser.newPage();
      const requests = searchRequests(page);
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      expect(requests, path).toEqual([]);
      await page.close();
    }
  });
});
