import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchProblems } from './browser.ts';
import { computeEmployerCost } from '../../src/lib/cost/compute.ts';
import { usPayMultiple } from '../../src/lib/cost/compare.ts';
import { fill } from '../../src/lib/cost/explain.ts';
import { fieldText, type CalculatorState } from '../../src/lib/cost/fields.ts';
import { presetsOf } from '../../src/lib/cost/presets.ts';
import { ratesInForce } from '../../src/lib/cost/rates.ts';
import type { CostBreakdown, HiringModelId } from '../../src/lib/cost/types.ts';
import { words } from '../../src/lib/cost/words.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { formatInr, formatLakh, formatTimes } from '../../src/lib/format.ts';
import { bandMidpoint, explorerCells, findBand, usSegment } from '../../src/lib/salaries.ts';
import { todayIso } from '../../src/schemas/common.ts';
import { defaults } from '../support/cost.ts';

// Expected figures come from the engine over the live data, so an editor's rate change moves both sides;
// the hand-worked cases are pinned on frozen data in tests/unit/cost.
const content = readContent(process.cwd());
const rates = ratesInForce(
  content.collections.employerCosts.map((e) => e.data),
  todayIso(),
);
const guide = content.guides[0]!.data;
const dataset = content.collections.salaries.find((s) => s.id === guide.salaryData)!.data;
const presets = presetsOf(dataset);

/** The engine's breakdown for the page's settings (state KA, PF on the ceiling, 50% wages, one hire) with `patch`. */
function expected(patch: Partial<CalculatorState>): CostBreakdown {
  const result = computeEmployerCost({ ...defaults, ...patch }, rates);
  if (!result.ok) throw new Error(result.message);
  return result;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Annual INR per hire of each breakdown row, by data-line. */
async function lines(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .locator('.calc-result tr[data-line]')
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-line'), Number(tr.getAttribute('data-annual-inr'))]));
  return Object.fromEntries(rows);
}

/** Every row of a breakdown, as the page should show it: the lines listed and the total. */
function shownLines(b: CostBreakdown): Record<string, number> {
  const employs = b.input.model === 'entity' || b.input.model === 'eor';
  const listed = b.lines.filter((l) => l.applies || (employs && l.id !== 'fee' && l.id !== 'markup'));
  return { ...Object.fromEntries(listed.map((l) => [l.id, l.annualInr])), total: b.total.annualInr };
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

/** The fields of one CSV row (RFC 4180: quoted fields may hold commas and doubled quotes). */
const cells = (row: string): string[] =>
  [...row.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));

/** The CSV the download button gives: its file name and rows. */
async function downloadCsv(page: Page): Promise<{ name: string; rows: string[]; bom: boolean }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: words.ui.csv }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  return {
    name: download.suggestedFilename(),
    bom: text.startsWith('\uFEFF'),
    rows: text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n'),
  };
}

describe('the calculator', () => {
  it('shows real numbers in the HTML, before any JavaScript runs, every amount in whole rupees', () => {
    const html = readFileSync('dist/calculator/index.html', 'utf8');
    expect(html).toMatch(/data-line="gross" data-annual-inr="\d+"/);
    expect(html).toMatch(/data-line="total" data-annual-inr="\d+"/);
    expect(html).toMatch(/data-model="contractor" data-annual-inr="\d+"/);
    const amounts = [...html.matchAll(/data-annual-inr="([^"]*)"/g)].map((m) => m[1]);
    expect(amounts.length).toBeGreaterThan(10);
    expect(amounts.filter((a) => !/^\d+$/.test(a!))).toEqual([]);
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('shows every column of the breakdown beside the form at 1280 px, without scrolling sideways', async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 1280, height: 800 });
    const box = page.locator('.table-scroll:has(table.breakdown)');
    const hidden = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(hidden).toBe(0);
    await page.close();
  });

  it('acts on the first choice from a bare /calculator/: seniority, then the US comparison, change the total', async () => {
    const { page, problems } = await open();
    const summary = page.locator('[data-testid="summary"]');
    const before = await summary.textContent();
    // Chosen without a click or a focus first, as a keyboard, a screen reader or autofill may do.
    const senior = presets.find((p) => p.id === 'senior-broad-market')!;
    await page.locator('#calc-preset').selectOption(senior.id);
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(senior.mid);
    const total = (await lines(page))['total']!;
    await expect.poll(() => summary.textContent()).toContain(formatInr(total));
    expect(await summary.textContent()).not.toBe(before);
    expect(before).not.toContain(formatInr(total));
    expect(await summary.textContent()).toContain('senior US band');
    await page.locator('#calc-level').selectOption('junior');
    await expect.poll(() => summary.textContent()).toContain('junior US band');
    expect(await page.locator('.stale-note').count()).toBe(0);
    expect(page.url()).toContain(`preset=${senior.id}`);
    expect(page.url()).toContain('level=junior');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads a month’s pay in the ways it is written, says so, and shows every result a month or a year', async () => {
    const { page, problems } = await open();
    const salary = page.getByLabel('Salary', { exact: true });
    for (const [typed, month] of [
      ['₹1,20,000 per month', 120_000],
      ['1.2L pm', 120_000],
      ['1.5L/month', 150_000],
      ['₹1.2 lakh a month', 120_000],
    ] as const) {
      await salary.fill(typed);
      await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(month * 12);
      expect(await page.locator('#calc-salary-read').textContent()).toContain(
        fill(words.ui.readAsMonthly, { month: formatInr(month), amount: formatInr(month * 12) }),
      );
    }
    const yearly = (await lines(page))['total']!;
    await page.locator('input[name="period"][value="monthly"]').check();
    await expect
      .poll(() => page.locator('[data-testid="summary"]').textContent())
      .toContain(`${formatInr(yearly / 12)} a month`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows no headline total while the salary field is refused', async () => {
    const { page } = await open();
    const salary = page.getByLabel('Salary', { exact: true });
    await salary.fill('1.5 lakh a month a year');
    await expect.poll(() => page.locator('#calc-salary-error').textContent()).toContain('both a month and a year');
    await expect.poll(() => page.locator('[data-testid="summary"]').textContent()).toContain(words.ui.stale);
    const summary = await page.locator('[data-testid="summary"]').textContent();
    expect(summary).not.toMatch(/on top of gross pay/);
    await page.close();
  });

  it.each([
    ['5 crore', 50_000_000],
    ['40 lakh', 4_000_000],
  ] as const)('says a salary of %s lies above the top of an open-ended band, not in it', async (typed, inr) => {
    const { page } = await open();
    await page.getByLabel('Salary', { exact: true }).fill(typed);
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(inr);
    const read = await page.locator('#calc-salary-read').textContent();
    const open_ = presets.find((p) => p.openEnded)!;
    expect(read).toContain(`Above the ${formatLakh(open_.max / 1e5)} top of the band for ${open_.label}`);
    expect(read).not.toContain(`${open_.label} (`);
    await page.close();
  });

  it('takes a 25% vendor quote', async () => {
    const { page } = await open('?model=vendor');
    await page.getByLabel('Vendor markup (% of pay)').fill('25');
    const gross = (await lines(page))['gross']!;
    await expect.poll(() => lines(page).then((l) => l['markup'])).toBe(Math.round(0.25 * gross));
    expect(await page.locator('#calc-vendorMarkup-error').isVisible()).toBe(false);
    await page.close();
  });

  it('recomputes as the reader types, with the engine’s figures for the live rates', async () => {
    const b = expected({ salary: 3_000_000, model: 'entity' });
    const { page, problems } = await open();
    await page.getByLabel('Salary', { exact: true }).fill('30 lakh');
    await page.getByLabel('Own Indian entity').check();
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(3_000_000);
    expect(await lines(page)).toEqual(shownLines(b));
    // A salary at a band's midpoint is written as that band's preset.
    const preset = presets.find((p) => p.mid === 3_000_000);
    expect(page.url()).toContain(preset ? `preset=${preset.id}` : 'salary=3000000');
    expect(page.url()).toContain('model=entity');
    expect(problems).toEqual([]);
    await page.close();
  });

  // Hand-worked through shareable links: under an own entity a CTC is the whole cost, so the total is the CTC.
  describe.each([
    ['₹2,60,000 in Karnataka, where ESI and bonus apply', 'salary=260000&state=KA', { salary: 260_000, state: 'KA' }],
    [
      '₹12 lakh in Tamil Nadu, PF on full wages',
      'salary=1200000&state=TN&pf=full',
      { salary: 1_200_000, state: 'TN', pf: 'full' },
    ],
    ['₹30 lakh in Karnataka, PF on the ceiling', 'salary=30L&state=KA', { salary: 3_000_000, state: 'KA' }],
    [
      '₹55 lakh in Maharashtra, 60% wages, PF on full wages',
      'salary=55%20lakh&state=MH&pf=full&wage=60',
      { salary: 5_500_000, state: 'MH', pf: 'full', wageShare: 0.6 },
    ],
    [
      '₹1.2 crore in Delhi, PF left out',
      'salary=1.2cr&state=DL&pf=none',
      { salary: 12_000_000, state: 'DL', pf: 'none' },
    ],
  ] as const)('a CTC of %s', (_case, query, settings) => {
    it('totals the CTC to the rupee under an own entity, line by line as the engine has it', async () => {
      const b = expected({ ...settings, basis: 'ctc', model: 'entity' });
      expect(b.total.annualInr).toBe(settings.salary);
      const { page, problems } = await open(`?${query}&basis=ctc&model=entity`);
      await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(b.grossAnnualInr);
      const shown = await lines(page);
      expect(shown).toEqual(shownLines(b));
      expect(shown['total']).toBe(settings.salary);
      // The result says how the gross pay was worked out from the CTC.
      const ctc = await page.locator('[data-testid="ctc"]').textContent();
      expect(ctc).toContain(`A CTC of ${formatInr(settings.salary)} a year`);
      expect(ctc).toContain(`gross pay of ${formatInr(b.grossAnnualInr)} a year`);
      expect(await page.locator('.notice').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  it('covers both sides of the ESI and bonus thresholds in those cases', () => {
    const low = expected({ salary: 260_000, basis: 'ctc', model: 'entity' });
    const high = expected({ salary: 3_000_000, basis: 'ctc', model: 'entity' });
    const applies = (b: CostBreakdown, id: string) => b.lines.find((l) => l.id === id)?.applies;
    expect([applies(low, 'esi'), applies(low, 'bonus')]).toEqual([true, true]);
    expect([applies(high, 'esi'), applies(high, 'bonus')]).toEqual([false, false]);
  });

  it('reads “30 LPA” and says how it read it', async () => {
    const { page } = await open();
    await page.getByLabel('Salary', { exact: true }).fill('30 LPA');
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(3_000_000);
    expect(await page.locator('#calc-salary-read').textContent()).toContain(
      fill(words.ui.readAs, { amount: formatInr(3_000_000) }),
    );
    expect(await page.locator('#calc-salary-error').isVisible()).toBe(false);
    await page.close();
  });

  it('asks whether “55” means 55 lakh, and fixes it in one click', async () => {
    const { page } = await open('?salary=3000000');
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(3_000_000);
    const salary = page.getByLabel('Salary', { exact: true });
    await salary.fill('55');
    const error = page.locator('#calc-salary-error');
    await expect.poll(() => error.textContent()).toContain(`${formatInr(5_500_000)} (55 lakh) a year?`);
    expect(await salary.getAttribute('aria-invalid')).toBe('true');
    // Meanwhile the result is the last valid one, and says so.
    expect((await lines(page))['gross']).toBe(3_000_000);
    expect(await page.locator('.stale-note').textContent()).toContain(formatInr(3_000_000));
    const fix = page.getByRole('button', { name: fill(words.ui.fix, { amount: formatInr(5_500_000) }) });
    await fix.click();
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(5_500_000);
    expect(await salary.inputValue()).toBe(fieldText('salary', 5_500_000));
    expect(await error.isVisible()).toBe(false);
    expect(await fix.isVisible()).toBe(false);
    expect(await page.locator('.stale-note').count()).toBe(0);
    await page.close();
  });

  it('restores the same result from a shared link, with the US pay multiple as the guide defines it', async () => {
    const { page } = await open('?salary=3000000&model=vendor&markup=50&n=2&period=monthly&level=senior&fx=90');
    await expect.poll(() => lines(page).then((l) => l['markup'])).toBe(1_500_000);
    const summary = page.locator('[data-testid="summary"]');
    await expect(summary.textContent()).resolves.toContain('for 2 hires');
    const us = findBand(dataset, 'senior', usSegment(dataset)!.id)!;
    const times = `${formatTimes(usPayMultiple({ salary: 3_000_000, fx: 90 }, bandMidpoint(us)))}×`;
    await expect(summary.textContent()).resolves.toContain(`senior US band`);
    await expect(summary.textContent()).resolves.toContain(`comes to ${times} this salary`);
    expect(await page.getByLabel('Staffing vendor').isChecked()).toBe(true);
    await page.close();
  });

  it('gives the band explorer’s US multiple at a band’s midpoint', async () => {
    const rate = content.collections.exchangeRates.find((r) => r.id === dataset.exchangeRate)!.data.rate;
    const preset = presets[0]!;
    const cell = explorerCells(dataset, rate).find((c) => `${c.level}-${c.segment}` === preset.id)!;
    const { page } = await open(`?preset=${preset.id}&fx=${rate}`);
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(preset.mid);
    expect(await page.locator('[data-testid="summary"]').textContent()).toContain(`comes to ${cell.times} this salary`);
    await page.close();
  });

  it('takes a preset from the link and writes the one chosen into it', async () => {
    const [first, last] = [presets[0]!, presets.at(-1)!];
    const { page } = await open(`?preset=${last.id}`);
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(last.mid);
    const select = page.getByLabel('Seniority and employer');
    expect(await select.inputValue()).toBe(last.id);
    expect(await page.getByLabel('Compare with US pay at').inputValue()).toBe(last.level);
    expect(await page.locator('#calc-salary-read').textContent()).toContain(last.label);
    expect(new URL(page.url()).search).toBe(`?preset=${last.id}`);
    await select.selectOption(first.id);
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(first.mid);
    expect(await page.getByLabel('Salary', { exact: true }).inputValue()).toBe(fieldText('salary', first.mid));
    await expect.poll(() => new URL(page.url()).search).toBe(`?preset=${first.id}`);
    await page.close();
  });

  it('sets the four hiring models side by side, each as the engine prices it', async () => {
    const settings = { salary: 2_400_000, fx: 90, eorFeeUsdPerMonth: 500, vendorMarkup: 0.55 } as const;
    const { page } = await open('?salary=24L&fx=90&fee=500&markup=55&state=KA');
    const rows = page.locator('.calc-compare tr[data-model]');
    const byModel = () =>
      rows.evaluateAll((trs) =>
        Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-model'), tr.getAttribute('data-annual-inr')])),
      );
    const models: HiringModelId[] = ['entity', 'eor', 'contractor', 'vendor'];
    const want = Object.fromEntries(
      models.map((m) => [m, String(expected({ ...settings, model: m }).total.annualInr)]),
    );
    await expect.poll(byModel).toEqual(want);
    // Each row gives the total a year and a month and what the model includes.
    for (const m of models) {
      const text = (await page.locator(`.calc-compare tr[data-model="${m}"]`).textContent()) ?? '';
      const total = Number(want[m]);
      expect(text).toContain(formatInr(total));
      expect(text).toContain(formatInr(Math.round(total / 12)));
      expect(text).toContain(words.ui.includes[m]);
    }
    await page.close();
  });

  it('keeps every amount attribute a whole number for awkward settings', async () => {
    const { page } = await open('?salary=1234567&wage=57.5&fx=83.17&fee=611.5&n=3&period=monthly&state=TN');
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(1_234_567);
    const all = await page
      .locator('.calculator [data-annual-inr]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-annual-inr')));
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((a) => !/^\d+$/.test(a ?? ''))).toEqual([]);
    // And no paise in any amount (the exchange rate, rupees per dollar, keeps its decimals).
    // Read as shown (innerText parts table cells), so that an amount and the next cell's figure do not run together.
    const text = await page.locator('.calculator').innerText();
    expect(text).toContain('₹83.17 per US$');
    expect(text.replaceAll('₹83.17 per US$', '')).not.toMatch(/₹[\d,]+\.\d/);
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
      ['50000', 'lowest salary'],
    ]) {
      await salary.fill(typed!);
      await expect(page.locator('#calc-salary-error').textContent()).resolves.toMatch(new RegExp(message!, 'i'));
      expect(await salary.getAttribute('aria-invalid')).toBe('true');
      expect((await lines(page))['gross']).toBe(3_000_000);
      expect(await page.locator('.stale-note').isVisible()).toBe(true);
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
    await expect.poll(() => page.getByLabel('State', { exact: true }).inputValue()).toBe('TN');
    expect(await page.getByLabel('Provident fund').inputValue()).toBe('full');
    expect(await page.getByRole('radio', { name: /^CTC/ }).isChecked()).toBe(true);
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

  it('offers the breakdown as a CSV file, loaded on demand, with a row per line and the total', async () => {
    const b = expected({ salary: 3_000_000, model: 'entity' });
    const { page } = await open('?model=entity&salary=3000000');
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(3_000_000);
    const csv = await downloadCsv(page);
    expect(csv.name).toBe(words.ui.csvFile);
    expect(csv.bom).toBe(true);
    // The assumptions first, then a blank row, the header, the lines the model charges, the total.
    const head = csv.rows.indexOf(words.csv.header.join(','));
    expect(csv.rows.slice(0, head - 1).map((r) => cells(r)[0])).toContain(words.quote.model);
    expect(csv.rows[head - 1]).toBe('');
    expect(csv.rows[head + 1]).toMatch(/^Gross pay,,,3000000,/);
    const end = csv.rows.indexOf('', head);
    expect(csv.rows[end - 1]).toMatch(new RegExp(`^Total cost,,,${b.total.annualInr},`));
    // Your own entity charges no EOR fee and no vendor markup: neither is listed.
    expect(end - head - 1).toBe(b.lines.length - 2 + 1);
    expect(csv.rows.slice(head, end).join('\n')).not.toMatch(/EOR fee|Vendor markup/);
    await page.close();
  });

  it('shows a start date only for rates whose sources give one, on screen and in the CSV', async () => {
    const b = expected({ salary: 3_000_000, model: 'entity', state: 'KA' });
    // The EPF rate's sources give no start date, and Karnataka's Labour Welfare Fund entry has one.
    const entry = (parameter: string) =>
      content.collections.employerCosts.find((e) => e.data.parameter === parameter && e.data.status === 'in-force')!
        .data;
    expect(entry('epf-employer-rate').startDateGiven).toBe(false);
    expect(b.lines.find((l) => l.id === 'epf')?.asOf).toBeUndefined();
    const { page } = await open('?model=entity&salary=3000000&state=KA');
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(3_000_000);
    for (const line of b.lines.filter((l) => l.applies)) {
      const asOf = page.locator(`.calc-result tr[data-line="${line.id}"] .as-of`);
      if (line.asOf === undefined) expect(await asOf.count(), line.id).toBe(0);
      else expect(await asOf.textContent(), line.id).toBe(fill(words.ui.inForceFrom, { date: formatDate(line.asOf) }));
    }
    expect(await page.locator('.calc-result').textContent()).not.toContain(
      formatDate(entry('epf-employer-rate').effectiveFrom),
    );
    const csv = await downloadCsv(page);
    const head = csv.rows.indexOf(words.csv.header.join(','));
    const listed = b.lines.filter((l) => l.id !== 'fee' && l.id !== 'markup');
    const asOfColumn = csv.rows.slice(head + 1, head + 2 + listed.length).map((r) => cells(r)[6]);
    expect(asOfColumn).toEqual([...listed.map((l) => l.asOf ?? ''), '']);
    expect(asOfColumn[listed.findIndex((l) => l.id === 'epf')]).toBe('');
    await page.close();
  });

  it('gives a contractor one statement of what is not paid, and no statutory or employee rows', async () => {
    const models = content.collections.hiringModels;
    const note = (id: string) => models.find((m) => m.id === id)?.data.calculatorNote ?? '';
    const { page } = await open();
    const fee = page.getByLabel('EOR fee (US$ per employee per month)');
    await page.getByLabel('Own Indian entity').focus();
    await expect.poll(() => page.locator('.calc-notes').textContent()).toContain(note('eor'));
    expect(await fee.isVisible()).toBe(true);
    await page.getByLabel('Independent contractor').check();
    await expect.poll(() => page.locator('.model-statement').textContent()).toBe(note('contractor'));
    expect(await fee.isVisible()).toBe(false);
    expect(Object.keys(await lines(page))).toEqual(['gross', 'total']);
    const result = (await page.locator('.calc-result').textContent()) ?? '';
    expect(result).not.toContain('professional tax');
    expect(result.split(words.engine.contractor).length).toBeLessThanOrEqual(2);
    await page.getByLabel('Staffing vendor').check();
    await expect.poll(() => page.getByLabel('Vendor markup (% of pay)').isVisible()).toBe(true);
    await page.close();
  });

  it('works back from a budget and carries the answer into the salary', async () => {
    const { page } = await open('?model=entity');
    await page.getByLabel('Budget for the whole team').fill('40 lakh');
    const answer = page.locator('.reverse-result').first();
    await expect.poll(() => answer.textContent()).toMatch(/covers gross pay of up to ₹[\d,]+ a year/);
    expect(await answer.textContent()).toMatch(/₹[\d,]+ a year per hire is left over/);
    // 40 lakh a month is 4.8 crore a year: the same answer as a link with that yearly budget.
    await page.getByRole('radio', { name: 'Per month' }).last().check();
    await expect.poll(() => page.url()).toContain('cost=48000000');
    const monthly = await answer.textContent();
    // Opened through a link written before the parameter was renamed (`budget`), which still works.
    const { page: yearly } = await open('?model=entity&budget=48000000');
    await expect.poll(() => yearly.locator('.reverse-result').first().textContent()).toBe(monthly);
    await yearly.close();
    // One click puts the pay found into the calculator, as gross pay that the budget covers.
    const gross = Number(/up to ₹([\d,]+) a year/.exec(monthly ?? '')![1]!.replaceAll(',', ''));
    await page.getByRole('button', { name: fill(words.ui.use, { gross: formatInr(gross) }) }).click();
    await expect.poll(() => lines(page).then((l) => l['gross'])).toBe(gross);
    expect((await lines(page))['total']).toBeLessThanOrEqual(48_000_000);
    await page.close();
  });
});
