import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchProblems } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the salary band explorer', () => {
  it('shows the mid-level broad-market band before any script runs', async () => {
    const html = await (await fetch(`${baseUrl()}/guides/mlops-engineers-india-2026/`)).text();
    expect(html).toContain('₹14L–₹22L');
    expect(html).toMatch(/class="explorer"/);
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
    await expect.poll(() => result.textContent()).toContain('₹38L–₹55L');
    const text = await result.textContent();
    expect(text).toContain('$45,000–$65,000');
    expect(text).toContain('$240,000–$300,000+');
    expect(problems).toEqual([]);
    await page.close();
  });
});
