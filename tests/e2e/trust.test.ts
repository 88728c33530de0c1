/** Figures a reader can check: no working notes or assumed dates, dollars at the data set's rate, the guide agrees with the calculator. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eorPoints } from '../../src/lib/claims.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { ratesInForce } from '../../src/lib/cost/rates.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { formatPercent } from '../../src/lib/format.ts';
import { bandRange, findBand, formatMoneyRange, localSegments, toUsd } from '../../src/lib/salaries.ts';
import { todayIso } from '../../src/schemas/common.ts';
import { baseUrl, launch, sitemapPaths } from './browser.ts';
import { parameterNames } from '../../src/lib/cost/codes.ts';

const content = readContent(process.cwd());
const guide = content.guides[0]!.data;
// The data set the guide (and the calculator page, which follows the first guide) is built from.
const dataset = content.collections.salaries.find((s) => s.id === guide.salaryData)!.data;
const rate = content.collections.exchangeRates.find((r) => r.id === dataset.exchangeRate)!.data.rate;
const guidePath = `/guides/${guide.slug}/`;
const costs = content.collections.employerCosts.map((e) => e.data);

/** Start dates that only place an entry in time (no source gives them), and that no dated entry shares. */
const assumedDates = [...new Set(costs.filter((e) => e.startDateGiven === false).map((e) => e.effectiveFrom))].filter(
  (d) => !costs.some((e) => e.startDateGiven !== false && e.effectiveFrom === d),
);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe.each(['/', guidePath, '/salaries/', '/sources/', '/calculator/'])('%s', (path) => {
  it('shows no editor working notes or assumed dates', async () => {
    await page.goto(`${baseUrl()}${path}`);
    const text = await page.locator('main').innerText();
    for (const phrase of ['assumed', 'confirm against', 'Only secondary sources', 'Not used: pf'])
      expect(text).not.toContain(phrase);
    expect(assumedDates.length).toBeGreaterThan(0);
    // The date itself may be in a note (the Labour Codes came into force on it); never as a rate's start.
    for (const date of assumedDates)
      for (const start of ['in force from', 'in force since', 'figure awaiting verification'])
        expect(text).not.toMatch(new RegExp(`${start}[^.]*${formatDate(date)}`, 'i'));
  });
});

describe('every page in the sitemap', () => {
  // Status words and working notes meant for editors, and labels made from ids: the id itself, or its words with an
  // abbreviation or a name in lower case (`Epf employer rate`, `Labour welfare fund`).
  const working = ['Not given by the sources', 'awaiting verification', 'Still to be sourced', 'Copied:'];
  const idLabels = parameterNames.flatMap((id) => {
    const words = id.replaceAll('-', ' ');
    const label = words.charAt(0).toUpperCase() + words.slice(1);
    return /\b(pf|epf|esi|edli|min|max|welfare)\b/.test(label) ? [id, label] : [id];
  });

  it('carries no placeholder domain in anything a reader opens, copies or downloads', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(html|xml|json|md|txt|csv)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(readFileSync(join('dist', f), 'utf8'), f).not.toMatch(/\bexample\.(org|com|net)\b/);
  });

  it('shows readers only text written for them', async () => {
    const paths = await sitemapPaths();
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      const text = await page.locator('body').innerText();
      for (const phrase of working)
        expect(text.toLowerCase(), `${path}: “${phrase}”`).not.toContain(phrase.toLowerCase());
      for (const label of idLabels) expect(text, `${path}: “${label}”`).not.toContain(label);
    }
  });
});

describe('the guide', () => {
  it('converts every band in the salary table at the data set’s rate', async () => {
    await page.goto(`${baseUrl()}${guidePath}`);
    const expected = dataset.levels.flatMap((l) =>
      localSegments(dataset).flatMap((s) => {
        const b = findBand(dataset, l.id, s.id);
        return b ? [`(${formatMoneyRange(toUsd(bandRange(b), rate, dataset.usdRounding))})`] : [];
      }),
    );
    const shown = await page.locator('table').first().locator('[data-usd]').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map((t) => t.trim())).toEqual(expected);
  });

  it('links every source that has a public page', async () => {
    await page.goto(`${baseUrl()}${guidePath}`);
    let listed = 0;
    for (const s of content.collections.sources.filter((x) => x.data.url)) {
      const item = page.locator(`#source-${s.id}`);
      if ((await item.count()) === 0) continue;
      listed++;
      expect(await item.locator(`a[href="${s.data.url}"]`).count(), s.id).toBe(1);
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('gives the same EOR cost over gross pay, band by band, as the calculator at that salary', async () => {
    // The table the guide states it in: one row per level, a column per point of the band (bottom, middle, top).
    const rates = ratesInForce(costs, todayIso());
    const eorModel = content.collections.hiringModels.find((m) => m.id === 'eor')!.data;
    const fee = content.collections.facts.find((f) => f.id === eorModel.costFact)!.data;
    const points = eorPoints({ dataset, inrPerUsd: rate, rates, eorFeeUsd: (fee.value ?? fee.min)! });
    expect(points.length).toBeGreaterThan(0);
    await page.goto(`${baseUrl()}${guidePath}`);
    const table = page.locator('table:has(caption[id^="eor-uplift"])');
    expect(await table.count()).toBe(1);
    const column = { min: 0, mid: 1, max: 2 } as const;
    const inGuide = await Promise.all(
      points.map(
        async (p) =>
          (await table.locator(`tr[data-level="${p.level}"] td`).nth(column[p.at]).innerText()).split(/\s/)[0],
      ),
    );
    for (const [i, p] of points.entries()) {
      const shown = formatPercent(p.overGrossPct / 100, 1);
      expect(inGuide[i], `${p.level} ${p.at}`).toBe(shown);
      // And the calculator page at each band's middle, with its defaults (the reference hire the caption names).
      if (p.at !== 'mid') continue;
      await page.goto(`${baseUrl()}/calculator/?salary=${p.grossInr}`);
      const summary = page.locator('.calc-result [data-testid="summary"]');
      await expect.poll(() => summary.innerText()).toContain(`${shown} on top of gross pay`);
    }
  });
});
