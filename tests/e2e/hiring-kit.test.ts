/**
 * The hiring tools in a browser: scorecards fill in, survive a reload, print on one A4 page and download; the panel
 * combines downloads; postings carry the reader's fill-ins and none of the hiring team's notes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, watchProblems } from './browser.ts';
import { byId } from '../../src/lib/collections.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections, type DataCollectionSpec } from '../../src/lib/content/registry.ts';
import { downloadName, jobDescription } from '../../src/lib/job-description.ts';
import { placeholders, postingMarkdown } from '../../src/lib/job-post.ts';
import { scorecardCsv, type Scorecard } from '../../src/lib/scorecard.ts';

// Expected text comes from the live data through the same builder, so an editor's change moves both sides.
const live = <T>(spec: DataCollectionSpec<T>) => readCollection(process.cwd(), spec).map((e) => e.data);
const steps = live(dataCollections.interviewSteps);
const attributes = byId(live(dataCollections.interviewAttributes));
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
const kitUrl = () => `${baseUrl()}/hiring/interview-kit/`;

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

describe('the interview kit without JavaScript', () => {
  it('prints blank scorecards, each on one A4 page, without the site header or the buttons', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(kitUrl());
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav[aria-label="Main"]', '.scorecard .actions'])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    expect(await page.locator('form.scorecard').count()).toBe(steps.length);
    for (const s of steps) {
      // Only this scorecard, as a reader printing its page would keep.
      await page.evaluate((keep) => {
        for (const el of document.querySelectorAll<HTMLElement>('.kit > *, .interview > *'))
          el.style.display = el.contains(document.querySelector(`form[data-scorecard="${keep}"]`)) ? '' : 'none';
      }, s.id);
      expect(pdfPages(await page.pdf({ format: 'A4' })), s.id).toBe(1);
    }
    await context.close();
  });

  it('asks every question of the data under its attribute, with a length for every interview', async () => {
    const html = await (await fetch(kitUrl())).text();
    for (const s of steps) {
      expect(html).toContain(`${s.minutes} minutes`);
      for (const q of s.questions) expect(html).toContain(q.title);
      for (const id of s.attributes) expect(html).toContain(`id="${s.id}-${id}"`);
    }
  });
});

describe('a scorecard in use', () => {
  const step = steps.find((s) => s.attributes.length >= 3) ?? steps[0]!;
  const entry: Scorecard = {
    step: step.id,
    stepTitle: step.title,
    candidate: 'Asha Rao',
    interviewer: 'Vikram',
    date: '2026-12-07',
    attributes: step.attributes.map((id, i) => ({
      id,
      name: entryOf(id),
      score: ((i % 4) + 1) as 1 | 2 | 3 | 4,
      notes: `Notes on ${id}: a long answer with specifics, "quoted", and a second line\nfor the record.`,
    })),
    decision: 'Strong yes',
    evidence: 'Rolled back a bad model in minutes; set thresholds before the test.',
  };
  function entryOf(id: string): string {
    return attributes.get(id)!.name;
  }

  async function fill(page: Page): Promise<void> {
    const form = page.locator(`form[data-scorecard="${step.id}"]`);
    await form.getByLabel('Candidate', { exact: true }).fill(entry.candidate);
    await form.getByLabel('Interviewer', { exact: true }).fill(entry.interviewer);
    await form.getByLabel('Date', { exact: true }).fill(entry.date);
    for (const a of entry.attributes) {
      await form.locator(`[data-attribute="${a.id}"] input[value="${a.score}"]`).check();
      await form.locator(`textarea[name="${a.id}-notes"]`).fill(a.notes);
    }
    await form.getByLabel(entry.decision!).check();
    await form.getByLabel('Key evidence and notes').fill(entry.evidence);
  }

  it('keeps the entries over a reload, prints them on one A4 page and downloads them as Markdown and CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(kitUrl());
    await fill(page);
    await page.reload();
    const form = page.locator(`form[data-scorecard="${step.id}"]`);
    expect(await form.getByLabel('Candidate', { exact: true }).inputValue()).toBe(entry.candidate);
    expect(await form.getByLabel('Interviewer', { exact: true }).inputValue()).toBe(entry.interviewer);
    expect(await form.getByLabel('Date', { exact: true }).inputValue()).toBe(entry.date);
    for (const a of entry.attributes) {
      expect(await form.locator(`[data-attribute="${a.id}"] input[value="${a.score}"]`).isChecked()).toBe(true);
      expect(await form.locator(`textarea[name="${a.id}-notes"]`).inputValue()).toBe(a.notes);
    }
    expect(await form.getByLabel(entry.decision!).isChecked()).toBe(true);

    // "Print this scorecard" prints that form alone; the test stubs the dialog and prints the same page to PDF.
    await page.evaluate(() => (window.print = () => undefined));
    await form.getByRole('button', { name: 'Print this scorecard' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`.interview:not(:has(form[data-scorecard="${step.id}"]))`).first().isVisible()).toBe(
      false,
    );
    for (const a of entry.attributes)
      expect(await form.locator(`textarea[name="${a.id}-notes"] + .print-mirror`).textContent()).toBe(a.notes);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    const md = await readDownload(page, () => form.getByRole('button', { name: 'Download Markdown' }).click());
    expect(md.name).toBe(`scorecard-${step.id}-asha-rao.md`);
    for (const text of [entry.candidate, entry.interviewer, entry.date, entry.decision!, entry.evidence])
      expect(md.text).toContain(text);
    for (const a of entry.attributes) {
      expect(md.text).toContain(`| ${a.name} | ${a.score} |`);
      expect(md.text).toContain(a.notes.replace(/\s*\n\s*/g, ' '));
    }
    const csv = await readDownload(page, () => form.getByRole('button', { name: 'Download CSV' }).click());
    expect(csv.text).toBe(scorecardCsv(entry));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('forgets the entries when cleared', async () => {
    const page = await browser.newPage();
    await page.goto(kitUrl());
    await fill(page);
    const form = page.locator(`form[data-scorecard="${step.id}"]`);
    await form.getByRole('button', { name: 'Clear this scorecard' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Cleared');
    await page.reload();
    expect(await form.getByLabel('Candidate', { exact: true }).inputValue()).toBe('');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('asha')))).toEqual([]);
    await page.close();
  });
});

describe('the hiring-panel summary', () => {
  it('shows each attribute’s scores from several downloaded scorecards side by side', async () => {
    const [a, b] = [steps[0]!, steps[1]!];
    const card = (s: (typeof steps)[number], interviewer: string, score: 1 | 2 | 3 | 4): Scorecard => ({
      step: s.id,
      stepTitle: s.title,
      candidate: 'Asha Rao',
      interviewer,
      date: '2026-12-07',
      attributes: s.attributes.map((id) => ({ id, name: attributes.get(id)!.name, score, notes: '' })),
      decision: 'Yes',
      evidence: '',
    });
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${baseUrl()}/hiring/interview-kit/panel/`);
    const file = (name: string, c: Scorecard) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(scorecardCsv(c)) });
    await page
      .getByLabel('Scorecard CSV files')
      .setInputFiles([
        file('one.csv', card(a, 'Meera', 2)),
        file('two.csv', card(b, 'Vikram', 4)),
        { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('x,y\n1,2\n') },
      ]);
    const table = page.locator('#panel-table');
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Attribute',
      `Meera${a.title}`,
      `Vikram${b.title}`,
    ]);
    const first = attributes.get(a.attributes[0]!)!.name;
    expect(await table.locator('tbody tr', { hasText: first }).locator('td').allTextContents()).toEqual(['2', '']);
    expect(await page.getByRole('alert').textContent()).toContain('bad.csv');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.each(templates.map((t) => [t.id, t]))('the %s job description', (id, t) => {
  const md = () => fetch(`${baseUrl()}/hiring/job-descriptions/${id}.md`).then((r) => r.text());
  const teamNotes = [...t.emphasis.map((e) => e.why), ...t.mustHave.map((s) => s.detail), 'hiring team'];

  it('downloads without JavaScript: the posting with its placeholders and the first pay range', async () => {
    const context = await browser.newContext({ acceptDownloads: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/hiring/job-descriptions/`);
    expect(await page.getByRole('button', { name: 'Copy as Markdown' }).count()).toBe(0);
    const file = await readDownload(page, () =>
      page.locator(`[data-template="${id}"]`).getByRole('link', { name: 'Download (.md)' }).click(),
    );
    expect(file.name).toBe(downloadName(id, 'md'));
    expect(file.text).toBe(postingMarkdown(t.posting, {}));
    expect(file.text).toBe(await md());
    expect(file.text).toContain(t.posting.pay[0]!.range);
    await context.close();
  });

  it('copies, filled in, with no hiring-team note and no unfilled placeholder', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${baseUrl()}/hiring/job-descriptions/`);
    for (const p of placeholders) await page.getByLabel(p.label, { exact: true }).fill(`Our ${p.label.toLowerCase()}`);
    const article = page.locator(`[data-template="${id}"]`);
    const last = t.posting.pay.at(-1)!;
    await article.getByLabel('Seniority').selectOption(last.key.split('/')[0]!);
    await article.getByLabel('Employer type').selectOption(last.key.split('/')[1]!);
    const copies: Record<string, string> = {};
    for (const [name, format] of [
      ['Copy as Markdown', 'md'],
      ['Copy as plain text', 'txt'],
      ['Copy as HTML', 'html'],
    ] as const) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await article.getByRole('button', { name }).click();
      await expect.poll(() => article.getByRole('status').textContent()).toContain(name.replace('Copy ', ''));
      copies[format] = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const type = item!.types.includes('text/html') ? 'text/html' : 'text/plain';
        return (await item!.getType(type)).text();
      });
    }
    for (const [format, text] of Object.entries(copies)) {
      for (const p of placeholders) {
        expect(text, format).toContain(`Our ${p.label.toLowerCase()}`);
        // `[Company name]`, or `\[Company name\]` as Markdown escapes it.
        expect(text, format).not.toMatch(new RegExp(`\\[${p.label}\\\\?\\]`));
      }
      for (const note of teamNotes) expect(text.toLowerCase(), format).not.toContain(note.toLowerCase());
      expect(text.replace(/&nbsp;/g, '\u00a0'), format).toContain(last.range);
    }
    expect(copies['html']).toContain('<li>');
    // The posting on the page follows the same fill-ins.
    expect(await article.locator('[data-posting]').textContent()).toContain('Our company name');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('employing in India', () => {
  it('names whom each fact applies to, its source and its date', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/hiring/employing-in-india/`);
    await expect.poll(() => page.getByRole('heading', { name: /not legal advice/ }).count()).toBe(1);
    const basics = live(dataCollections.employmentBasics);
    const facts = page.locator('.facts > li');
    const all = basics.flatMap((t) => t.facts);
    expect(await facts.count()).toBe(all.length);
    for (const [i, f] of all.entries()) {
      const text = await facts.nth(i).textContent();
      expect(text).toContain(f.appliesTo);
      expect(text).toMatch(/Sources?: .+\. Checked \d{1,2} \w+ \d{4}\./);
    }
    for (const href of await page.locator('.fact-meta a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(await page.locator(href!).count(), href!).toBe(1);
    }
    await page.close();
  });
});
