import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchProblems } from './browser.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections } from '../../src/lib/content/registry.ts';
import { explorerCells } from '../../src/lib/salaries.ts';

// Expected figures come from the live data through the same formatter, so editors' changes move both sides.
const dataset = readCollection(process.cwd(), dataCollections.salaries).find(
  (d) => d.id === 'mlops-engineer-india-2026',
)!.data;
const rate = readCollection(process.cwd(), dataCollections.exchangeRates).find((r) => r.id === dataset.exchangeRate)!
  .data.rate;
const cell = (level: string, segment: string) =>
  explorerCells(dataset, rate).find((c) => c.level === level && c.segment === segment)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the salary band explorer', () => {
  it('shows the mid-level broad-market band before any script runs', async () => {
    // The explorer lives on the salary-data page; the guide links there instead of repeating the bands.
    const html = await (await fetch(`${baseUrl()}/salaries/`)).text();
    expect(html).toContain(cell('mid', 'broad-market').inr);
    expect(html).toMatch(/class="[^"]*\bexplorer\b/);
  });

  it('switches band and US comparison as the reader picks, by keyboard', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${baseUrl()}/salaries/`);
    const explorer = page.locator('.explorer').first();
    await explorer.scrollIntoViewIfNeeded();
    await page.locator('astro-island:not([ssr]) .explorer').first().waitFor();
    await explorer.getByLabel('Seniority').focus();
    await page.keyboard.press('ArrowDown'); // mid → senior
    await explorer.getByLabel('Employers').selectOption({ label: 'India top employers' });
    const result = explorer.locator('.explorer-result');
    const senior = cell('senior', 'top-employers');
    await expect.poll(() => result.textContent()).toContain(senior.inr);
    const text = await result.textContent();
    expect(text).toContain(senior.usd);
    expect(text).toContain(senior.us!);
    expect(problems).toEqual([]);
    await page.close();
  });
});
