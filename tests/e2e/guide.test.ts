/** The guide in a browser, and the home page's compact calculator: both agree with the engine and the full calculator; each band shows once. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchProblems } from './browser.ts';
import { compactQuery } from '../../src/lib/compact-calculator.ts';
import { calculatorDefaults } from '../../src/lib/calculator-defaults.ts';
import { computeEmployerCost, type HiringModelId } from '../../src/lib/cost/index.ts';
import { presetsOf } from '../../src/lib/cost/presets.ts';
import { ratesInForce } from '../../src/lib/cost/rates.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections, type DataCollectionSpec } from '../../src/lib/content/registry.ts';
import { middleLocalBand } from '../../src/lib/salaries.ts';
import { todayIso } from '../../src/schemas/common.ts';

const guide = '/guides/mlops-engineers-india-2026/';
const html = readFileSync('dist/guides/mlops-engineers-india-2026/index.html', 'utf8');
const home = readFileSync('dist/index.html', 'utf8');

// Expected totals come from the engine over the live data, at the full calculator's defaults, so an editor's change
// to a band, rate or fee moves both sides.
const live = <T>(spec: DataCollectionSpec<T>) => readCollection(process.cwd(), spec).map((e) => e.data);
const dataset = live(dataCollections.salaries).find((d) => d.id === 'mlops-engineer-india-2026')!;
const fx = live(dataCollections.exchangeRates).find((r) => r.id === dataset.exchangeRate)!.rate;
const fee = live(dataCollections.facts).find((f) => f.id === 'eor-fee')!;
const markup = live(dataCollections.facts).find((f) => f.id === 'vendor-markup')!;
const rates = ratesInForce(live(dataCollections.employerCosts), todayIso());
const band = middleLocalBand(dataset)!.band;
const defaults = calculatorDefaults({ band, eorFee: fee, vendorMarkup: { min: markup.min!, max: markup.max! }, fx });
const models: HiringModelId[] = ['entity', 'eor', 'contractor', 'vendor'];
/** Every level × local segment band, at its midpoint in rupees, as the calculator's presets. */
const presets = presetsOf(dataset);
const expectedTotal = (preset: string, model: HiringModelId): number => {
  const r = computeEmployerCost({ ...defaults, salary: presets.find((p) => p.id === preset)!.mid, model }, rates);
  if (!r.ok) throw new Error(r.message);
  return r.total.annualInr;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the home page’s compact calculator', () => {
  it('holds the engine’s total for every band and model in the HTML, before any script runs', () => {
    const shown = [...home.matchAll(/data-model="([a-z]+)" data-total-inr="(\d+)" data-query="([^"]+)"/g)];
    expect(shown).toHaveLength(presets.length * models.length);
    for (const p of presets)
      for (const m of models) {
        const query = compactQuery(p.id, m).replaceAll('&', '&amp;');
        const cell = shown.find((s) => s[3] === query);
        expect(cell?.[1], query).toBe(m);
        expect(Number(cell?.[2]), query).toBe(expectedTotal(p.id, m));
      }
    expect(home).toMatch(/<form[^>]*class="compact-calc[^"]*"[^>]*method="get"[^>]*action="\/calculator\/"/);
  });

  it.each([
    ['senior-top-employers', 'vendor', 'Staffing vendor'],
    ['junior-broad-market', 'entity', 'Your own Indian entity'],
  ] as const)(
    'shows one total for %s under %s, and opens the full calculator on the same settings and total',
    async (preset, model, label) => {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      await page.goto(`${baseUrl()}/`);
      const form = page.locator('form.compact-calc');
      await form.scrollIntoViewIfNeeded();
      await form.getByLabel('Salary band').selectOption(preset);
      await form.getByLabel(label).check();
      const visible = form.locator('.compact-total:visible');
      await expect.poll(() => visible.getAttribute('data-query')).toBe(compactQuery(preset, model));
      expect(await visible.count()).toBe(1);
      const total = Number(await visible.getAttribute('data-total-inr'));
      expect(total).toBe(expectedTotal(preset, model));

      await form.getByRole('button', { name: /open the full calculator/i }).click();
      await page.waitForURL(/\/calculator\/\?/);
      expect(new URL(page.url()).search).toBe(`?${compactQuery(preset, model)}`);
      await page.locator('.calculator').scrollIntoViewIfNeeded();
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
      const line = page.locator('.calc-result tr[data-line="total"]');
      await expect.poll(() => line.getAttribute('data-annual-inr').then(Number)).toBe(total);
      expect(await page.getByLabel(label).isChecked()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe('the guide’s hiring-model step', () => {
  it('puts the four models side by side at the middle of the mid-level broad-market band, with the engine’s totals', () => {
    const mid = presets.find((p) => p.id === 'mid-broad-market')!.mid;
    const table = /<table class="data-table compare">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const totals = [...table.matchAll(/data-model="(\w+)" data-annual-inr="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(totals).toEqual(
      models.map((model) => {
        const r = computeEmployerCost({ ...defaults, salary: mid, model }, rates);
        if (!r.ok) throw new Error(r.message);
        return [model, r.total.annualInr];
      }),
    );
  });
});

describe('the guide shows each band once', () => {
  it('has one salary table, and neither the chart, the explorer nor the full calculator', () => {
    expect(html.match(/<caption id="salary-table-/g)).toHaveLength(1);
    expect(html).not.toMatch(/class="band-chart"|class="[^"]*\bexplorer\b|class="calculator"/);
    // The methodology and the statutory rates live on /calculator/ only.
    expect(html).not.toMatch(/id="calc-method"|id="rates-caption"/);
  });

  it('quotes no band inline in the text: the prose links to the table instead', () => {
    expect(html).not.toMatch(/<span class="figure"[^>]*>₹[\d.]+ lakh to ₹/);
    expect(html).toContain('href="#salary-snapshot-for-india-in-2026"');
  });
});

describe('citations and their sources', () => {
  it('gives each citation a 24 by 24 px target with its own id, and each source a link back to the text', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${baseUrl()}${guide}`);
    const cites = await page.locator('sup.cite a').evaluateAll((links) =>
      links.map((a) => ({
        id: a.id,
        width: a.getBoundingClientRect().width,
        height: a.getBoundingClientRect().height,
      })),
    );
    expect(cites.length).toBeGreaterThan(10);
    expect(new Set(cites.map((c) => c.id)).size).toBe(cites.length);
    for (const c of cites) expect(Math.min(c.width, c.height)).toBeGreaterThanOrEqual(24);
    const backs = await page
      .locator('.source-list a.back')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(backs).toHaveLength(await page.locator('.source-list > li').count());
    for (const id of backs) expect(cites.some((c) => c.id === id)).toBe(true);
    // Following one link back lands on the citation.
    await page.locator('.source-list a.back').first().click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${backs[0]}`);
    await expect.poll(() => page.locator(`[id="${backs[0]}"]`).isVisible()).toBe(true);
    const top = await page.locator(`[id="${backs[0]}"]`).evaluate((a) => a.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    await page.close();
  });
});
