import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections } from '../../src/lib/content/registry.ts';
import { formatLakh } from '../../src/lib/format.ts';
import { findBand } from '../../src/lib/salaries.ts';
import { isWholeWord } from '../../src/lib/search.ts';
import { baseUrl, launch, openSettled, watchProblems } from './browser.ts';

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

/** Each listed page: its link, its section links and their titles, and the highlighted words, in the order shown. */
async function hits(
  page: Page,
  query: string,
): Promise<{ url: string; sections: string[]; titles: string[]; marks: string[] }[]> {
  await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent(query)}`);
  await results(page);
  return page.locator('.search-results > li').evaluateAll((lis) =>
    lis.map((li) => ({
      url: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      sections: [...li.querySelectorAll('ul a')].map((a) => a.getAttribute('href') ?? ''),
      titles: [...li.querySelectorAll('ul a')].map((a) => a.textContent ?? ''),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

/** The text of the section a link lands on: its heading and what follows, up to the next heading of its level or higher. */
async function sectionText(page: Page, link: string): Promise<string> {
  await page.goto(`${baseUrl()}${link}`);
  const text = await page.evaluate((id) => {
    const h = document.getElementById(id);
    if (!h) return '';
    const level = Number(h.tagName[1]);
    const headings = [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')];
    const next = headings.slice(headings.indexOf(h) + 1).find((n) => Number(n.tagName[1]) <= level);
    const range = document.createRange();
    range.setStartBefore(h);
    if (next) range.setEndBefore(next);
    else range.setEndAfter(document.querySelector('main')!.lastChild!);
    return range.toString();
  }, link.split('#')[1]!);
  return text.replace(/\s+/g, ' ');
}

const guide = '/guides/mlops-engineers-india-2026/';

/** Records every request for a search file the page makes. */
function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) seen.push(r.url());
  });
  return seen;
}

describe('site search', () => {
  it.each(['drift', 'Hyderabad', 'canary'])('“%s” lands on a guide section that uses the word', async (query) => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const first = (await hits(page, query)).find((h) => h.url === guide)?.sections[0];
    expect(first, 'a guide section').toBeDefined();
    expect(await sectionText(page, first!)).toMatch(new RegExp(`\\b${query}`, 'i'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lands a typed figure on a section that states it', async () => {
    const page = await browser.newPage();
    const first = (await hits(page, midTop)).find((h) => h.url === guide)?.sections[0];
    expect(first, 'a guide section').toBeDefined();
    expect(await sectionText(page, first!)).toContain(midTop.split(' ')[0]);
    await page.close();
  });

  // The queries a reader tried (issue "Reading the guide on any screen"): places by any name, no fragments
  // highlighted, cost questions answered by the calculator and the salary data, "did you mean" for a misspelling.
  const places: [string, string[]][] = [
    ['Bengaluru', ['Bengaluru', 'Bangalore', 'Karnataka']],
    ['Noida', ['Noida', 'Delhi NCR', 'NCR']],
    ['Mumbai', ['Mumbai', 'Bombay', 'Maharashtra']],
    ['Gurgaon', ['Gurgaon', 'Gurugram', 'Delhi NCR', 'NCR', 'Haryana']],
  ];
  it.each(places)('“%s” finds the place by its other names, highlighting whole names only', async (query, names) => {
    const page = await browser.newPage();
    const found = await hits(page, query);
    const marks = found.flatMap((h) => h.marks);
    expect(marks.length).toBeGreaterThan(0);
    const words = names.flatMap((n) => n.split(' '));
    expect(marks.filter((m) => !words.some((w) => isWholeWord(m, w)))).toEqual([]);
    const first = found.find((h) => h.sections.length > 0)?.sections[0];
    expect(first, 'a section').toBeDefined();
    const text = await sectionText(page, first!);
    expect(names.some((n) => text.includes(n))).toBe(true);
    await page.close();
  });

  it('“Gurgaon” also finds the state the calculator lists it under', async () => {
    const page = await browser.newPage();
    const sections = (await hits(page, 'Gurgaon')).find((h) => h.url === '/calculator/')?.sections ?? [];
    const texts = await Promise.all(sections.map((s) => sectionText(page, s)));
    expect(texts.some((t) => t.includes('Haryana'))).toBe(true);
    await page.close();
  });

  it('“how much does an mlops engineer cost” leads with the calculator and the salary data', async () => {
    const page = await browser.newPage();
    const found = await hits(page, 'how much does an mlops engineer cost');
    expect(
      found
        .slice(0, 2)
        .map((h) => h.url)
        .toSorted(),
    ).toEqual(['/calculator/', '/salaries/']);
    await page.close();
  });

  it('“EOR fee” leads the guide with the section that states the fee', async () => {
    const page = await browser.newPage();
    const found = await hits(page, 'EOR fee');
    expect(found.find((h) => h.url === guide)?.sections[0]).toBe(`${guide}#set-a-realistic-salary-band`);
    await page.close();
  });

  it.each(['salry', 'salery'])('“%s” offers “salary” and shows its results', async (typo) => {
    const page = await browser.newPage();
    const found = await hits(page, typo);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(
      new RegExp(`^No page uses “${typo}”\\. Showing \\d+ results? for “salary”\\.$`),
    );
    await expect(page.locator('[data-search-suggestion]').textContent()).resolves.toBe('Did you mean salary?');
    expect(found.map((h) => h.url)).toContain('/salaries/');
    await page.locator('[data-search-suggestion] a').click();
    await expect.poll(() => page.url()).toMatch(/q=salary$/);
    await page.close();
  });

  it.each([
    ['in-hand', /take[- ]?home|takes home/i],
    ['in hand salary', /take[- ]?home|takes home/i],
    ['provident fund', /\bPF\b|provident fund/i],
    ['cost to company', /\bCTC\b|cost to (the )?company/i],
  ])('“%s” finds pages that use another name for it', async (query, words) => {
    const page = await browser.newPage();
    const first = (await hits(page, query)).find((h) => h.sections.length > 0)?.sections[0];
    expect(first, 'a section').toBeDefined();
    expect(await sectionText(page, first!)).toMatch(words);
    await page.close();
  });

  it.each(['professional tax', 'EOR cost', 'gratuity'])(
    '“%s” lists the sources page after the pages that discuss it',
    async (query) => {
      const page = await browser.newPage();
      const urls = (await hits(page, query)).map((h) => h.url);
      expect(urls.length).toBeGreaterThan(1);
      expect(urls.indexOf('/sources/')).toBe(urls.length - 1);
      await page.close();
    },
  );

  it('gives each section of a result its own heading', async () => {
    const page = await browser.newPage();
    for (const hit of await hits(page, 'questions')) expect(new Set(hit.titles).size, hit.url).toBe(hit.titles.length);
    await page.close();
  });

  it('indexes the calculator’s notes once, on the calculator page', async () => {
    const page = await browser.newPage();
    const found = await hits(page, '"What the estimate covers"');
    expect(found.map((h) => h.url)).toEqual(['/calculator/']);
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
    // The results for the longer query replace the first ones; tabbing before they land can lose the focus with them.
    await page.waitForFunction(() =>
      /for “gratuity accrual”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
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
      await openSettled(page, `${baseUrl()}${path}`);
      expect(requests, path).toEqual([]);
      await page.close();
    }
  });
});
