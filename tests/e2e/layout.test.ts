/**
 * Layout limits a reader feels: the guide's length, table rows that fit a phone screen, words that never break in the
 * middle, the title lined up with the site's name, and every bar of the salary chart on screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, sitemapPaths } from './browser.ts';

const guide = '/guides/mlops-engineers-india-2026/';
const paths = await sitemapPaths();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${baseUrl()}${path}`);
  return page;
}

describe('the guide’s length', () => {
  it.each([
    [1280, 14_000],
    [375, 26_000],
  ])('at %i px it is at most %i px tall', async (width, limit) => {
    const page = await open(guide, width);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(limit);
    await page.close();
  });
});

describe('tables on a phone', () => {
  it.each([guide, '/calculator/'])('%s has no table row taller than 400 px at 375 px', async (path) => {
    const page = await open(path, 375);
    const tall = await page.evaluate(() =>
      [...document.querySelectorAll('main table tbody tr')]
        .map((r) => ({ row: r.textContent!.trim().slice(0, 40), height: r.getBoundingClientRect().height }))
        .filter((r) => r.height > 400),
    );
    expect(tall).toEqual([]);
    await page.close();
  });
});

describe('the calculator’s drop-downs at 375 px', () => {
  it('show every option’s text whole', async () => {
    const page = await open('/calculator/', 375);
    const cut = await page.evaluate(() => {
      const out: string[] = [];
      const ctx = document.createElement('canvas').getContext('2d')!;
      for (const select of document.querySelectorAll<HTMLSelectElement>('.calculator select')) {
        const s = getComputedStyle(select);
        ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
        // The text has the box less its padding and the drop-down arrow (taken as 1.5em).
        const room =
          select.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 1.5 * parseFloat(s.fontSize);
        for (const o of select.options) if (ctx.measureText(o.text).width > room) out.push(`${select.id}: ${o.text}`);
      }
      return out;
    });
    expect(cut).toEqual([]);
    await page.close();
  });
});

describe.each(paths)('%s', (path) => {
  it('breaks no word across two lines at 375 px', async () => {
    const page = await open(path, 375);
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const parent = n.parentElement;
        if (!parent || parent.closest('.sr-only, [hidden], script, style') || parent.getClientRects().length === 0)
          continue;
        // Text clipped out of sight (a reflowed table's head, kept for screen readers) is not read on screen.
        let clipped = false;
        for (let a: Element | null = parent; a && !clipped; a = a.parentElement)
          clipped = getComputedStyle(a).clipPath !== 'none';
        if (clipped) continue;
        for (const m of text.matchAll(/[\p{L}\p{N}]{4,}/gu)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
    await page.close();
  });
  it('lines its title up with the site’s name at 1280 px', async () => {
    const page = await open(path, 1280);
    const [logo, title] = await Promise.all(
      ['.site-header a', 'main h1'].map((s) =>
        page
          .locator(s)
          .first()
          .evaluate((e) => e.getBoundingClientRect().left),
      ),
    );
    expect(Math.abs(title! - logo!)).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('the salary chart at 375 px', () => {
  it('shows every bar inside the visible chart', async () => {
    const page = await open('/salaries/', 375);
    const bars = await page.evaluate(() => {
      const svg = [...document.querySelectorAll('svg.band-chart')].find((s) => s.getClientRects().length > 0);
      if (!svg) return undefined;
      const box = svg.closest('figure')!.getBoundingClientRect();
      const screen = document.documentElement.clientWidth;
      return [...svg.querySelectorAll('.bar')].map((bar) => {
        const b = bar.getBoundingClientRect();
        return {
          bar: bar.textContent,
          inside: b.width > 0 && b.left >= Math.max(0, box.left) - 0.5 && b.right <= Math.min(screen, box.right) + 0.5,
        };
      });
    });
    expect(bars?.length).toBeGreaterThan(0);
    expect(bars!.filter((b) => !b.inside)).toEqual([]);
    await page.close();
  });
});
