/** The hiring tools in a browser: the kit prints without the site's header, in few pages; templates copy, download and follow the data. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchProblems } from './browser.ts';
import { byId } from '../../src/lib/collections.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections, type DataCollectionSpec } from '../../src/lib/content/registry.ts';
import { downloadName, jobDescription, payLineText } from '../../src/lib/job-description.ts';

// Expected text comes from the live data through the same builder, so an editor's change moves both sides.
const live = <T>(spec: DataCollectionSpec<T>) => readCollection(process.cwd(), spec).map((e) => e.data);
const steps = live(dataCollections.interviewSteps);
const scopes = live(dataCollections.roleScopes);
const skills = byId(live(dataCollections.skills));
const datasets = byId(live(dataCollections.salaries));
const templates = scopes.map((scope) =>
  jobDescription({ scope, skills, steps, dataset: datasets.get(scope.pay.salaryData)! }),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Pages in a PDF that Chromium printed (each page object has `/Type /Page`). */
const pdfPages = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function kitPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  await page.goto(`${baseUrl()}/hiring/interview-kit/`);
  return { page, problems };
}

describe('the interview kit', () => {
  it('prints without the site header, navigation or footer, in at most six A4 pages', async () => {
    const { page, problems } = await kitPage();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav[aria-label="Main"]'])
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.locator('.scorecard').count()).toBe(steps.length);
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThan(steps.length);
    expect(pages).toBeLessThanOrEqual(6);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(steps.map((s) => [s.id]))('prints the %s scorecard on one A4 page', async (id) => {
    const { page } = await kitPage();
    // Leave only this scorecard, as a reader printing its page would see it.
    await page.evaluate((keep) => {
      for (const el of document.querySelectorAll<HTMLElement>('.kit > *'))
        if (!(el.matches('.scorecard') && el.querySelector(`#${keep}`))) el.style.display = 'none';
    }, id);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.close();
  });

  it('asks every question in the data and ships no JavaScript', async () => {
    const html = await (await fetch(`${baseUrl()}/hiring/interview-kit/`)).text();
    for (const s of steps) for (const q of s.questions) expect(html).toContain(q.title);
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });
});

describe.each(templates.map((t) => [t.id, t]))('the %s job description', (id, t) => {
  const md = () => fetch(`${baseUrl()}/hiring/job-descriptions/${id}.md`).then((r) => r.text());

  it('shows and downloads the bands of the live salary data, with its as-of date', async () => {
    const html = await (await fetch(`${baseUrl()}/hiring/job-descriptions/`)).text();
    const file = await md();
    for (const line of t.pay.lines) {
      expect(file).toContain(payLineText(line));
      expect(html).toContain(payLineText(line).replace(/&/g, '&amp;'));
    }
    expect(file).toContain(t.pay.asOfText);
  });

  it('copies as Markdown and as plain text, the same text as the downloads', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${baseUrl()}/hiring/job-descriptions/`);
    const article = page.locator(`[data-template="${id}"]`);
    await article.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => article.getByRole('status').textContent()).toContain('is on your clipboard, as Markdown.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await md());
    await article.getByRole('button', { name: 'Copy as plain text' }).click();
    const txt = await (await fetch(`${baseUrl()}/hiring/job-descriptions/${id}.txt`)).text();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(txt);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads in one click, named after the role', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/hiring/job-descriptions/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-template="${id}"]`).getByRole('link', { name: 'Download (.md)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(downloadName(id, 'md'));
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(await md());
    await context.close();
  });
});

describe('the job descriptions without JavaScript', () => {
  it('keep the copy buttons hidden and the downloads working', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/hiring/job-descriptions/`);
    expect(await page.getByRole('button', { name: 'Copy as Markdown' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Download (.md)' }).count()).toBe(templates.length);
    // The chooser points at every template.
    for (const t of templates) expect(await page.locator(`.chooser a[href="#${t.id}"]`).count()).toBe(1);
    await context.close();
  });
});

describe('employing in India', () => {
  it('says it is not legal advice and names a source and a date for every fact', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/hiring/employing-in-india/`);
    await expect.poll(() => page.getByRole('heading', { name: /not legal advice/ }).count()).toBe(1);
    const basics = live(dataCollections.employmentBasics);
    const facts = page.locator('.facts > li');
    expect(await facts.count()).toBe(basics.flatMap((t) => t.facts).length);
    for (const href of await page.locator('.fact-meta a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(await page.locator(href!).count(), href!).toBe(1);
    }
    await page.close();
  });
});
