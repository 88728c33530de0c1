import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchProblems } from './browser.ts';
import { computeEmployerCost } from '../../src/lib/cost/compute.ts';
import type { CalculatorState } from '../../src/lib/cost/fields.ts';
import { ratesInForce } from '../../src/lib/cost/rates.ts';
import { defaults } from '../support/cost.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections } from '../../src/lib/content/registry.ts';
import { todayIso } from '../../src/schemas/common.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Unrounded annual INR per hire of each breakdown row, by data-line. */
async function lines(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .locator('.calc-result tr[data-line]')
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-line'), Number(tr.getAttribute('data-annual-inr'))]));
  return Object.fromEntries(rows);
}

async function open(query = ''): Promise<{ page: Page; problems: string[] }> {
  // A context of its own per page, as axe needs.
  const page = await (await browser.newContext()).newPage();
  const problems = watchProblems(page);
  await page.goto(`${baseUrl()}/calculator/${query}`);
  // The island wakes when it comes into view (a link with a #fragment may open the page further down).
  await page.locator('.calculator').scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  return { page, problems };
}

describe('the calculator', () => {
  it('shows real numbers in the HTML, before any JavaScript runs', () => {
    const html = readFileSync('dist/calculator/index.html', 'utf8');
    expect(html).toMatch(/data-line="gross" data-annual-inr="\d+"/);
    expect(html).toMatch(/data-line="total" data-annual-inr="\d+"/);
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('recomputes as the reader types, with the engine’s figures for the live rates', async () => {
    // Expected figures come from the engine over the live data, so an editor's rate change moves both sides;
    // the hand-worked ₹30 lakh case is pinned on frozen data in tests/unit/cost.
    const params = ratesInForce(
      readCollection(process.cwd(), dataCollections.employerCosts).map((e) => e.data),
      todayIso(),
    );
    // The page's settings (state KA, PF on the ceiling, 50% wages, one hire) with the two the test changes; per-hire
    // annual rupee amounts do not depend on the exchange rate, headcount or period.
    const input: CalculatorState = { ...defaults, salary: 3_000_000, model: 'entity' };
    const expected = computeEmployerCost(input, params);
    if (!expected.ok) throw new Error(expected.message);
    const { page, problems } = await open();
    await page.getByLabel('Salary', { exact: true }).fill('30 lakh');
    await page.getByLabel('Own Indian entity').check();
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(3_000_000);
    const l = await lines(page);
    for (const line of expected.lines.filter((x) => x.id !== 'fee' && x.id !== 'markup')) {
      expect(l[line.id], line.id).toBeCloseTo(line.annualInr, 6);
    }
    expect(l['total']).toBeCloseTo(expected.total.annualInr, 6);
    expect(page.url()).toContain('salary=3000000');
    expect(page.url()).toContain('model=entity');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('restores the same result from a shared link', async () => {
    const { page } = await open('?salary=3000000&model=vendor&markup=50&n=2&period=monthly&level=senior');
    await expect.poll(() => lines(page).then((l) => l['markup'])).toBe(1_500_000);
    await expect(page.locator('[data-testid="summary"]').textContent()).resolves.toContain('for 2 hires');
    await expect(page.locator('[data-testid="summary"]').textContent()).resolves.toContain('senior US engineer');
    expect(await page.getByLabel('Staffing vendor').isChecked()).toBe(true);
    await page.close();
  });

  it('says what is wrong with a bad entry and keeps the last good result', async () => {
    const { page } = await open('?salary=3000000');
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(3_000_000);
    const salary = page.getByLabel('Salary', { exact: true });
    for (const [typed, message] of [
      ['abc', 'Enter an amount such as 30 lakh'],
      ['-5 lakh', 'negative'],
      ['0', 'zero'],
      ['9999 crore', 'zeros'],
    ]) {
      await salary.fill(typed!);
      await expect(page.locator('#calc-salary-error').textContent()).resolves.toMatch(new RegExp(message!, 'i'));
      expect(await salary.getAttribute('aria-invalid')).toBe('true');
      expect((await lines(page))['gross']).toBe(3_000_000);
      expect(await page.locator('.calculator').textContent()).not.toMatch(/NaN|Infinity/);
    }
    await page.close();
  });

  it('clears a field’s message once the entry is corrected', async () => {
    const { page } = await open();
    const salary = page.getByLabel('Salary', { exact: true });
    const error = page.locator('#calc-salary-error');
    await salary.fill('abc');
    await expect.poll(() => error.isVisible()).toBe(true);
    await salary.fill('25 lakh');
    await expect.poll(() => error.isVisible()).toBe(false);
    expect(await salary.getAttribute('aria-invalid')).toBeNull();
    expect(await error.textContent()).toBe('');
    await page.close();
  });

  it('restores drop-downs, the CTC basis and links written before shares were percentages', async () => {
    const { page } = await open('?state=TN&pf=full&basis=ctc&model=vendor&markup=0.5#rates');
    await expect.poll(() => page.getByLabel('State').inputValue()).toBe('TN');
    expect(await page.getByLabel('Provident fund').inputValue()).toBe('full');
    expect(await page.getByLabel('CTC (already includes employer PF and gratuity)').isChecked()).toBe(true);
    expect(await page.getByLabel('Vendor markup (% of pay)').inputValue()).toBe('50');
    // Every radio group still has its choice, the budget's included.
    expect(await page.getByRole('radio', { name: 'Per year' }).last().isChecked()).toBe(true);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#rates');
    await page.close();
  });

  it('shows why PF cannot be left out, even inside the closed options', async () => {
    const { page } = await open('?pf=none&salary=3L');
    const error = page.locator('#calc-pf-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/PF can be left out only when wages are above/);
    expect(await page.getByLabel('Provident fund').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('meets WCAG 2.2 AA while a notice and a field message are showing', async () => {
    const { page } = await open('?salary=lots&colour=blue');
    await page.getByText('Statutory options, exchange rate and team size').click();
    await page.getByLabel('Number of hires').fill('0');
    await expect.poll(() => page.locator('#calc-headcount-error').isVisible()).toBe(true);
    expect(await page.locator('.notice').isVisible()).toBe(true);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('falls back to defaults with a notice for a mangled link', async () => {
    const { page, problems } = await open('?salary=lots&model=magic&colour=blue&level=guru');
    const notice = page.locator('.notice');
    await expect(notice.textContent()).resolves.toContain('salary');
    await expect(notice.textContent()).resolves.toContain('model');
    await expect(notice.textContent()).resolves.toContain('colour');
    await expect(notice.textContent()).resolves.toContain('level');
    expect(Object.keys(await lines(page))).toContain('total');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works by keyboard alone', async () => {
    const { page } = await open();
    await page.getByLabel('Salary', { exact: true }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25 lakh');
    await page.keyboard.press('Tab'); // to the basis radio group
    await page.keyboard.press('Tab'); // to the model radio group (the checked EOR option)
    await page.keyboard.press('ArrowLeft'); // EOR → own entity
    // Under the own-entity model there is no EOR fee row at all.
    await expect.poll(() => lines(page).then((l) => [l['gross'], 'fee' in l])).toEqual([2_500_000, false]);
    expect(await page.getByLabel('Own Indian entity').isChecked()).toBe(true);
    await page.close();
  });

  it('offers the breakdown as a CSV file with a row per line and the total', async () => {
    const { page } = await open('?model=entity&salary=3000000');
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(3_000_000);
    const link = page.getByRole('link', { name: 'Download the breakdown (CSV)' });
    expect(await link.getAttribute('download')).toBe('employer-cost-breakdown.csv');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith('data:text/csv;charset=utf-8,%EF%BB%BF')).toBe(true);
    const rows = decodeURIComponent(href.slice(href.indexOf('%EF%BB%BF') + 9))
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('item,rate,base,INR,USD,source,as-of,note');
    expect(rows[1]).toMatch(/^Gross pay,,,3000000\.00,/);
    expect(rows.at(-1)).toMatch(/^Total cost,/);
    await page.close();
  });

  it('shows each hiring model’s own field and its note from the content', async () => {
    const models = readCollection(process.cwd(), dataCollections.hiringModels);
    const note = (id: string) => models.find((m) => m.id === id)?.data.calculatorNote ?? '';
    const { page } = await open();
    const fee = page.getByLabel('EOR fee (US$ per employee per month)');
    await expect.poll(() => page.locator('.calc-notes').textContent()).toContain(note('eor'));
    expect(await fee.isVisible()).toBe(true);
    await page.getByLabel('Independent contractor').check();
    await expect.poll(() => page.locator('.calc-notes').textContent()).toContain(note('contractor'));
    expect(await fee.isVisible()).toBe(false);
    await page.getByLabel('Staffing vendor').check();
    await expect.poll(() => page.getByLabel('Vendor markup (% of pay)').isVisible()).toBe(true);
    await page.close();
  });

  it('works back from a budget', async () => {
    const { page } = await open('?model=entity');
    await page.getByLabel('Budget for the whole team').fill('40 lakh');
    await expect
      .poll(() => page.locator('.reverse-result').textContent())
      .toMatch(/covers gross pay of up to ₹[\d,]+ a year/);
    // 40 lakh a month is 4.8 crore a year: the same answer as a link with that yearly budget.
    await page.getByRole('radio', { name: 'Per month' }).last().check();
    await expect.poll(() => page.url()).toContain('budget=48000000');
    const monthly = await page.locator('.reverse-result').textContent();
    const { page: yearly } = await open('?model=entity&budget=48000000');
    await expect.poll(() => yearly.locator('.reverse-result').textContent()).toBe(monthly);
    expect(monthly).toMatch(/covers gross pay of up to ₹[\d,]+ a year/);
    await yearly.close();
    await page.close();
  });
});
