import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSettled, sitemapPaths, watchProblems } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const paths = await sitemapPaths();
const viewports = [
  { name: 'desktop', width: 1280, height: 900, colorScheme: 'light' as const },
  { name: 'phone, dark', width: 375, height: 800, colorScheme: 'dark' as const },
];

describe('the sitemap', () => {
  it('lists the home, guide, salary-data and sources pages', () => {
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/guides/mlops-engineers-india-2026/', '/salaries/', '/sources/']),
    );
  });
});

describe.each(paths.map((p) => [p]))('page %s', (path) => {
  it.each(viewports)(
    'renders cleanly on $name: one h1, ordered headings, no overflow, no errors, no axe violations',
    async (vp) => {
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height },
        colorScheme: vp.colorScheme,
      });
      const page = await context.newPage();
      const problems = watchProblems(page);
      const response = await openSettled(page, `${baseUrl()}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      const levels = await page
        .locator('main :is(h1,h2,h3,h4,h5,h6)')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      levels.forEach((level, i) => {
        if (i > 0)
          expect(level - levels[i - 1]!, `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(
            1,
          );
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

describe('tables', () => {
  it.each(paths.map((p) => [p]))('%s: every table has a caption and scoped header cells', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}${path}`);
    const tables = await page.locator('table').evaluateAll((ts) =>
      ts.map((t) => ({
        caption: t.querySelector('caption')?.textContent?.trim() ?? '',
        unscoped: t.querySelectorAll('th:not([scope])').length,
      })),
    );
    for (const t of tables) {
      expect(t.caption).not.toBe('');
      expect(t.unscoped).toBe(0);
    }
    await page.close();
  });
});

describe('a mangled URL', () => {
  it('gets the not-found page with a way back', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl()}/guides/no-such-guide/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    await page.close();
  });
});
