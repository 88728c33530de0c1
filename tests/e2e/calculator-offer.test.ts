/**
 * The calculator as an offer is made: take-home and the salary structure from a shared link, the take-home reverse
 * mode, compare offers, the one-page printed quote, and all of it with JavaScript off at the defaults.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchProblems } from './browser.ts';
import { computeEmployerCost } from '../../src/lib/cost/compute.ts';
import { fill } from '../../src/lib/cost/explain.ts';
import { ratesInForce } from '../../src/lib/cost/rates.ts';
import { words } from '../../src/lib/cost/words.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { formatInr } from '../../src/lib/format.ts';
import { computeTakeHome } from '../../src/lib/pay/compute.ts';
import { taxRatesInForce } from '../../src/lib/pay/tax-rates.ts';
import { payWords } from '../../src/lib/pay/words.ts';
import { todayIso } from '../../src/schemas/common.ts';
import { defaults } from '../support/cost.ts';

const content = readContent(process.cwd()).collections;
const rates = ratesInForce(
  content.employerCosts.map((e) => e.data),
  todayIso(),
);
const picked = taxRatesInForce(
  content.incomeTax.map((e) => e.data),
  todayIso(),
);
if (!picked.ok) throw new Error(`no tax rules in force today: ${picked.missing.join(', ')}`);
const tax = picked.rates;
const hraShare = content.salaryStructure.find((e) => e.id === 'house-rent-allowance')!.data.shareOfBasic;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(query = '', width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  const problems = watchProblems(page);
  await page.goto(`${baseUrl()}/calculator/${query}`);
  await page.locator('.calculator').scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  return { page, problems };
}

/** The take-home panel's usual month, as the page says it (`data-monthly-inr`). */
const monthly = (page: Page) =>
  page
    .locator('[data-testid="take-home"]')
    .getAttribute('data-monthly-inr')
    .then((v) => Number(v));

/** Each structure or deduction row's yearly amount, by id, in one of the panel's two tables. */
const payRows = (page: Page, table: 'structure' | 'deductions') =>
  page
    .locator(`#calc-pay-${table} tr[data-pay-line]`)
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-pay-line'), Number(tr.getAttribute('data-annual-inr'))] as const),
    );

/** Pages in a PDF, by its page objects. */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('take-home from a shared link, worked by hand', () => {
  // The working below assumes these live figures; if an editor changes one, this says which before any sum fails.
  it('rests on the figures it was worked with', () => {
    const ka = rates.states.KA?.professionalTax?.instalments;
    expect([rates.ceiling.value, rates.epfEmployee?.value, ka]).toEqual([
      25_000,
      0.12,
      { every: 'month', amount: 200, february: 300 },
    ]);
    expect([tax.standardDeduction, tax.rebate.limit, tax.cessRate]).toEqual([75_000, 1_200_000, 0.04]);
  });

  it.each([
    // ₹12,75,000 gross in Karnataka, wages 50% (₹53,125 a month, above the ₹25,000 ceiling): employee PF 12% of
    // ₹3,00,000 = ₹36,000; taxable 12,75,000 − 75,000 = ₹12,00,000, within the rebate: no tax. Professional tax
    // ₹200 × 11 + ₹300 = ₹2,500. A year: 12,75,000 − 36,000 − 2,500 = ₹12,36,500. A month: (12,75,000 − 36,000)
    // / 12 − 200 = ₹1,03,050; February ₹1,02,950.
    { salary: 1_275_000, tax: 0, year: 1_236_500, month: 103_050, february: 102_950 },
    // ₹18,00,000: taxable ₹17,25,000; slabs 20,000 + 40,000 + 60,000 + 20% of 1,25,000 = ₹1,45,000, cess ₹5,800:
    // ₹1,50,800. A year: 18,00,000 − 36,000 − 2,500 − 1,50,800 = ₹16,10,700. A month: (18,00,000 − 36,000 −
    // 1,50,800) / 12 − 200 = ₹1,34,233.33 → ₹1,34,233; February ₹1,34,133.
    { salary: 1_800_000, tax: 150_800, year: 1_610_700, month: 134_233, february: 134_133 },
  ])('₹$salary gross in Karnataka leaves $month a month', async (c) => {
    const { page, problems } = await open(`?salary=${c.salary}&model=entity`);
    await expect.poll(() => monthly(page)).toBe(c.month);
    const summary = (await page.locator('[data-testid="take-home"]').textContent()) ?? '';
    expect(summary).toContain(fill(payWords.ui.summary, { month: formatInr(c.month), year: formatInr(c.year) }));
    expect(summary).toContain(fill(payWords.ui.february, { amount: formatInr(c.february) }));
    const deductions = Object.fromEntries(await payRows(page, 'deductions'));
    expect(deductions).toEqual({
      'employee-pf': 36_000,
      'employee-esi': 0,
      'professional-tax': 2_500,
      'income-tax': c.tax,
      total: c.year,
    });
    // The structure's lines add up to the CTC exactly, and the CTC is the employer's total under one's own entity.
    const structure = await payRows(page, 'structure');
    const ctc = structure.pop()!;
    expect(ctc[0]).toBe('total');
    expect(structure.reduce((n, [, v]) => n + v, 0)).toBe(ctc[1]);
    const b = computeEmployerCost({ ...defaults, salary: c.salary, model: 'entity' }, rates);
    expect(b.ok && b.total.annualInr).toBe(ctc[1]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('reverse mode: the CTC for a take-home a month', () => {
  it('answers from a shared link with the lowest offer that reaches it, and carries it into the salary', async () => {
    // ₹1,03,050 a month is what ₹12,75,000 leaves (above); ₹12,74,000 leaves ₹1,02,967, short of it.
    const { page, problems } = await open('?model=entity&inhand=103050');
    const answer = page.locator('[data-testid="in-hand"]');
    const ctc = computeTakeHome({ ...defaults, salary: 1_275_000, basis: 'gross', state: 'KA' }, rates, tax, hraShare);
    if (!ctc.ok) throw new Error(ctc.message);
    await expect
      .poll(() => answer.textContent())
      .toContain(
        fill(payWords.ui.inHandResult, {
          target: formatInr(103_050),
          gross: formatInr(1_275_000),
          ctc: formatInr(ctc.ctcAnnualInr),
          month: formatInr(103_050),
        }),
      );
    await page
      .getByRole('button', { name: fill(words.ui.use, { gross: formatInr(1_275_000) }) })
      .last()
      .click();
    await expect.poll(() => monthly(page)).toBe(103_050);
    expect(page.url()).toContain('inhand=103050');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads a take-home typed in lakh, and writes it to the link as rupees a month', async () => {
    const { page } = await open();
    await page.getByLabel('Take-home a month per hire').fill('1.5 lakh');
    await expect.poll(() => page.url()).toContain('inhand=150000');
    const text = await page.locator('[data-testid="in-hand"]').textContent();
    const gross = Number(/gross pay of ₹([\d,]+) a year/.exec(text ?? '')![1]!.replaceAll(',', ''));
    const at = (salary: number) => {
      const t = computeTakeHome({ ...defaults, salary, basis: 'gross' }, rates, tax, hraShare);
      if (!t.ok) throw new Error(t.message);
      return t.monthlyInr;
    };
    expect(at(gross)).toBeGreaterThanOrEqual(150_000);
    expect(at(gross - 1000)).toBeLessThan(150_000);
    await page.close();
  });
});

describe('compare offers', () => {
  /** The comparison table's cells, by row id. */
  const table = (page: Page) =>
    page
      .locator('.offer-table tr[data-offer-row]')
      .evaluateAll((trs) =>
        Object.fromEntries(
          trs.map((tr) => [
            tr.getAttribute('data-offer-row'),
            [...tr.querySelectorAll('td')].map((td) => td.textContent),
          ]),
        ),
      );

  it('sets ₹30L in Bangalore through an EOR against ₹28L in Pune through your own entity, from a link', async () => {
    // The exchange rate and fee are given, so that the EOR's cost does not rest on the page's defaults.
    const { page, problems } = await open('?fee=599&fx=90&offer1=30L-KA-eor&offer2=28L-MH-entity');
    const cost = (salary: number, state: 'KA' | 'MH', model: 'eor' | 'entity') => {
      const b = computeEmployerCost(
        { ...defaults, salary, state, model, eorFeeUsdPerMonth: 599, fx: 90, headcount: 1, period: 'annual' },
        rates,
      );
      if (!b.ok) throw new Error(b.message);
      return b.total.annualInr;
    };
    const pay = (salary: number, state: 'KA' | 'MH') => {
      const t = computeTakeHome({ ...defaults, salary, basis: 'gross', state }, rates, tax, hraShare);
      if (!t.ok) throw new Error(t.message);
      return t.monthlyInr;
    };
    const [a, b] = [cost(3_000_000, 'KA', 'eor'), cost(2_800_000, 'MH', 'entity')];
    const [pa, pb] = [pay(3_000_000, 'KA'), pay(2_800_000, 'MH')];
    await expect.poll(() => table(page).then((t) => t['salary'])).toEqual([formatInr(3_000_000), formatInr(2_800_000)]);
    const t = await table(page);
    expect(t['cost']).toEqual([formatInr(a), formatInr(b)]);
    expect(t['takeHomeMonth']).toEqual([formatInr(pa), formatInr(pb)]);
    expect(t['costDiff']).toEqual([words.offers.same, fill(words.offers.less, { amount: formatInr(a - b) })]);
    expect(t['payDiff']).toEqual([words.offers.same, fill(words.offers.less, { amount: formatInr(pa - pb) })]);
    expect(await page.getByLabel('Offer 1 salary').inputValue()).toBe('30L');
    // A third offer typed in joins the table and the link; the CSV holds the table.
    await page.getByLabel('Offer 3 salary').fill('25 lakh');
    await page.getByLabel('Offer 3 state').selectOption('TN');
    await expect.poll(() => page.url()).toContain('offer3=2500000-TN-eor');
    expect(page.url()).toContain('offer1=3000000-KA-eor&offer2=2800000-MH-entity');
    await expect.poll(() => table(page).then((x) => x['state']?.length)).toBe(3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: words.offers.csv }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(words.offers.csvFile);
    const csv = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]).toBe(`${words.offers.corner},Offer 1,Offer 2,Offer 3`);
    expect(csv.find((r) => r.startsWith(words.offers.rows.cost))).toContain(formatInr(a));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stacks on a phone: nothing scrolls sideways, and every figure is labelled with its offer', async () => {
    const { page } = await open(
      '?offer1=30L-KA-eor&offer2=28L-MH-entity&offer3=25L-TN-contractor&offer4=20L-DL-eor',
      375,
    );
    await expect.poll(() => table(page).then((t) => t['salary']?.length)).toBe(4);
    const region = page.locator('.offer-result .table-scroll');
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const labels = await page
      .locator('.offer-table tr[data-offer-row="cost"] td')
      .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Offer 1"', '"Offer 2"', '"Offer 3"', '"Offer 4"']);
    await page.close();
  });

  it('names an offer whose salary cannot be read, and asks for two offers', async () => {
    const { page } = await open();
    await page.getByLabel('Offer 2 salary').fill('lots');
    await expect.poll(() => page.locator('.offer-result .field-error').textContent()).toContain('Offer 2:');
    expect(await page.locator('.offer-result .field-error').textContent()).toContain(words.offers.tooFew);
    await page.close();
  });
});

describe('with JavaScript off', () => {
  it('shows the take-home, its structure, the comparison and reverse mode’s prompts at the defaults', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/calculator/`);
    // The default salary, as the form shows it.
    const salary = Number((await page.locator('#calc-salary').inputValue()).replaceAll(',', ''));
    const t = computeTakeHome({ ...defaults, salary, basis: 'gross' }, rates, tax, hraShare);
    if (!t.ok) throw new Error(t.message);
    expect(await monthly(page)).toBe(t.monthlyInr);
    expect(await payRows(page, 'structure')).toHaveLength(t.structure.length + 1);
    // The first offer is the calculator's defaults: its cost is the breakdown's total, its take-home the panel's.
    const cells = (row: string) => page.locator(`.offer-table tr[data-offer-row="${row}"] td`).allTextContents();
    const total = Number(await page.locator('.calc-result tr[data-line="total"]').getAttribute('data-annual-inr'));
    expect(await cells('cost')).toHaveLength(2);
    expect((await cells('cost'))[0]).toBe(formatInr(total));
    expect((await cells('takeHomeMonth'))[0]).toBe(formatInr(t.monthlyInr));
    expect(await page.locator('.reverse').textContent()).toContain(payWords.ui.inHandEmpty);
    await context.close();
  });
});

describe('the printed quote', () => {
  // A model with a markup and many settings; an EOR's every statutory line with a link that runs to two lines.
  const queries = [
    '?salary=4500000&model=vendor&markup=65&state=TN&wage=60&pf=full&n=3&fx=90.5&level=senior',
    '?inhand=150000&cost=90%20lakh&offer1=3000000-KA-eor&offer2=2800000-MH-entity&offer3=2500000-TN-eor&fee=650',
  ];
  it.each([1280, 375].flatMap((width) => queries.map((query) => [width, query] as const)))(
    'fits one A4 page from a %i px window, with its assumptions and link (%s)',
    async (width, query) => {
      const { page } = await open(query, width);
      // Once the island has read the link and written it back (in its own order), the quote's link is the page's.
      const link = page.locator('.quote-facts dd').last();
      await expect.poll(async () => [await link.textContent(), page.url()]).toSatisfy(([a, b]) => a === b);
      expect(page.url()).toContain(query.slice(1, 12));
      await page.emulateMedia({ media: 'print' });
      const facts = page.locator('.quote-facts');
      expect(await facts.isVisible()).toBe(true);
      const text = (await facts.textContent()) ?? '';
      for (const label of [words.quote.state, words.quote.model, words.quote.fx, words.quote.rates, words.quote.link])
        expect(text).toContain(label);
      expect(text).toContain(page.url());
      // On paper: the total, every line, the take-home and what is included; not the form or the other tools.
      for (const shown of ['.calc-summary', '.breakdown', '[data-testid="take-home"]', '.included'])
        expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
      for (const hidden of ['.calc-form', '.offers', '.reverse', '.calc-compare', '#rates'])
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
      await page.close();
    },
  );
});
