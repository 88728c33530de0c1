import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, sitemapPaths } from './browser.ts';

let browser: Browser;
let paths: string[] = [];
beforeAll(async () => {
  browser = await launch();
  paths = await sitemapPaths();
});
afterAll(async () => browser?.close());

/** Every server-rendered table on a page: its caption, columns, how far it scrolls and whether it reflows. */
async function measure(path: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${baseUrl()}${path}`);
  const found = await page.evaluate(() => ({
    tables: [...document.querySelectorAll('table')]
      // The calculator's own tables (in its island) are laid out by the calculator.
      .filter((t) => !t.closest('astro-island'))
      .map((t) => {
        const box = (t.closest('.table-scroll') as HTMLElement | null) ?? t.parentElement!;
        return {
          caption: (t.caption?.textContent ?? '').trim().slice(0, 50),
          columns: Math.max(...[...t.rows].map((r) => r.cells.length)),
          hidden: box.scrollWidth - box.clientWidth,
          reflows: getComputedStyle(t).display === 'block',
        };
      }),
    charts: [...document.querySelectorAll<HTMLElement>('.chart')].map((c) => ({
      hidden: c.scrollWidth - c.clientWidth,
      shown: [...c.querySelectorAll('svg')].filter((s) => s.getClientRects().length > 0).length,
    })),
  }));
  await page.close();
  return found;
}

describe('tables fit the screen', () => {
  it('measures every page of the sitemap', () => {
    expect(paths.length).toBeGreaterThan(3);
  });
  it.each([1280, 375])('at %d px neither a table nor a chart scrolls sideways', async (width) => {
    for (const path of paths) {
      const { tables, charts } = await measure(path, width);
      for (const t of tables) expect(t.hidden, `${path} “${t.caption}”`).toBeLessThanOrEqual(1);
      for (const c of charts) {
        expect(c.hidden, `${path} chart`).toBeLessThanOrEqual(1);
        expect(c.shown, `${path}: one layout of the chart at a time`).toBe(1);
      }
    }
  });
  it('on a phone every table of more than three columns reflows; on a desktop none does', async () => {
    for (const path of paths) {
      for (const t of (await measure(path, 375)).tables)
        expect(t.reflows, `${path} “${t.caption}”`).toBe(t.columns > 3);
      for (const t of (await measure(path, 1280)).tables) expect(t.reflows, `${path} “${t.caption}”`).toBe(false);
    }
  });
});
