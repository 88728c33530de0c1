import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch } from './browser.ts';
import type { TakeHomeDocument } from '../../src/lib/api/schemas.ts';
import { ratesInForce } from '../../src/lib/cost/rates.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { formatInr } from '../../src/lib/format.ts';
import { computeTakeHome } from '../../src/lib/pay/compute.ts';
import { taxRatesInForce } from '../../src/lib/pay/tax-rates.ts';

// Expected figures come from the engine over the live data; the hand-worked cases are pinned in tests/unit/pay.
const content = readContent(process.cwd()).collections;
const getDoc = async (): Promise<TakeHomeDocument> =>
  (await (await fetch(`${baseUrl()}/api/v1/take-home.json`)).json()) as TakeHomeDocument;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('take-home.json', () => {
  it('gives, for every example, what the engine gives on the live data for the build date', async () => {
    const doc = await getDoc();
    expect(doc.examples.length).toBeGreaterThan(0);
    const rates = ratesInForce(
      content.employerCosts.map((e) => e.data),
      doc.onDate,
    );
    const tax = taxRatesInForce(
      content.incomeTax.map((e) => e.data),
      doc.onDate,
    );
    if (!tax.ok) throw new Error(`no tax rules on ${doc.onDate}: ${tax.missing.join(', ')}`);
    for (const e of doc.examples) {
      const input = { ...doc.settings, salary: e.grossAnnualInr, basis: 'gross' as const, state: e.state };
      const t = computeTakeHome(input, rates, tax.rates, doc.settings.hraShareOfBasic);
      if (!t.ok) throw new Error(t.message);
      expect([e.takeHomeAnnualInr, e.takeHomeMonthlyInr, e.tax.totalInr, e.ctcAnnualInr]).toEqual([
        t.takeHomeAnnualInr,
        t.monthlyInr,
        t.tax.totalInr,
        t.ctcAnnualInr,
      ]);
    }
  });
});

describe('the take-home table on the calculator page, without JavaScript', () => {
  it('shows each band’s take-home as the API gives it for Karnataka', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/calculator/`);
    const doc = await getDoc();
    const ka = doc.examples.filter((e) => e.state === 'KA');
    const rows = page.locator('[data-take-home="KA"] tbody tr');
    expect(await rows.count()).toBe(ka.length);
    for (const e of ka) {
      const cells = await page
        .locator(`[data-take-home="KA"] tr[data-band="${e.band}"] td`)
        .evaluateAll((tds) => tds.map((td) => td.textContent?.trim()));
      expect(cells).toEqual(
        [e.grossAnnualInr, e.tax.totalInr, e.takeHomeMonthlyInr, e.takeHomeAnnualInr].map(formatInr),
      );
    }
    await context.close();
  });
});
