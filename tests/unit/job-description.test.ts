/** The job-description templates: built from the frozen data, so bands are pinned; an edited band flows into every format (lakh amounts keep a no-break space). */
import { describe, expect, it } from 'vitest';
import { byId } from '../../src/lib/collections.ts';
import {
  downloadName,
  jobDescription,
  jobDescriptionMarkdown,
  jobDescriptionText,
  payLineText,
  stepText,
  type JobDescriptionInput,
} from '../../src/lib/job-description.ts';
import { hiringFeedItems, hiringPageDates } from '../../src/lib/hiring-dates.ts';
import type { SalaryDataset } from '../../src/schemas/salaries.ts';
import { content, hiringInput } from '../support/api.ts';

const dataset = content.datasets.find((d) => d.id === 'mlops-engineer-india-2026')!;
const scope = (id: string) => content.roleScopes.find((s) => s.id === id)!;
const input = (id: string, d: SalaryDataset = dataset): JobDescriptionInput => ({
  scope: scope(id),
  skills: byId(content.skills),
  steps: content.interviewSteps,
  dataset: d,
});
const provenance = { siteName: 'Site', pagePath: '/jd/', kitPath: '/kit/' };

describe.each(content.roleScopes.map((s) => s.id))('the %s template', (id) => {
  const jd = jobDescription(input(id));
  const md = jobDescriptionMarkdown(jd, provenance);
  const text = jobDescriptionText(jd, provenance);

  it('quotes one band per level and segment it names, from the data set, with its as-of date', () => {
    const s = scope(id);
    expect(jd.pay.lines.map((l) => l.level)).toEqual(s.pay.levels);
    for (const line of jd.pay.lines) expect(line.bands.map((b) => b.segment)).toEqual(s.pay.segments);
    expect(jd.pay.asOf).toBe(dataset.asOf);
    expect(md).toContain('22 April 2026');
  });

  it('says the same thing in Markdown and plain text', () => {
    for (const line of jd.pay.lines) {
      expect(md).toContain(payLineText(line));
      expect(text).toContain(payLineText(line));
    }
    for (const s of jd.mustHave) expect(text).toContain(`${s.name}. ${s.detail}`);
    expect(text).not.toMatch(/^#|\*\*|^_/m);
    expect(md.split('\n')[0]).toBe(`# ${jd.title}`);
    expect(md.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    // A copy ends with the site's name and the page's path, never an address.
    for (const copy of [md, text]) {
      expect(copy.trimEnd().endsWith('Template from Site, /jd/')).toBe(true);
      expect(copy).not.toMatch(/https?:\/\//);
    }
  });

  it('lists the interview steps in order and names the ones to weight', () => {
    expect(jd.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(jd.emphasis.length).toBe(scope(id).emphasis.length);
    expect(text).toContain('For the hiring team: remove this section before posting.');
  });
});

describe('pay in a template', () => {
  it('follows an edit to the salary data', () => {
    const edited: SalaryDataset = {
      ...dataset,
      asOf: '2026-11-30',
      bands: dataset.bands.map((b) =>
        b.level === 'senior' && b.segment === 'broad-market' ? { ...b, min: 24, max: 36 } : b,
      ),
    };
    const before = jobDescriptionMarkdown(jobDescription(input('platform')), provenance);
    const after = jobDescriptionMarkdown(jobDescription(input('platform', edited)), provenance);
    expect(before).toContain('₹22\u00a0lakh to ₹32\u00a0lakh+ a year (India broad market)');
    expect(after).toContain('₹24\u00a0lakh to ₹36\u00a0lakh+ a year (India broad market)');
    expect(after).toContain('figures as of 30 November 2026');
  });

  it('reads a pay line in full', () => {
    const [mid] = jobDescription(input('deployment-inference')).pay.lines;
    expect(payLineText(mid!)).toBe(
      'Mid-level (3–6 years): ₹14\u00a0lakh to ₹22\u00a0lakh a year (India broad market); ₹25\u00a0lakh to ₹35\u00a0lakh a year (India top employers)',
    );
  });
});

describe('text helpers', () => {
  it('writes a step with its format and, where known, its length', () => {
    expect(stepText({ number: 1, id: 'a', title: 'Confirm role fit', format: 'Screening call', minutes: 10 })).toBe(
      'Confirm role fit: screening call, 10 minutes',
    );
    expect(
      stepText({ number: 2, id: 'b', title: 'Scenarios', format: 'Architecture interview', minutes: undefined }),
    ).toBe('Scenarios: architecture interview');
  });
  it('escapes Markdown in editor text but leaves plain text alone', () => {
    const s = { ...scope('platform'), summary: 'Own *all* of `it` [now] <b>' };
    const jd = jobDescription({ ...input('platform'), scope: s });
    expect(jobDescriptionMarkdown(jd, provenance)).toContain('Own \\*all\\* of \\`it\\` \\[now\\] \\<b\\>');
    expect(jobDescriptionText(jd, provenance)).toContain('Own *all* of `it` [now] <b>');
  });
  it('names downloads after the role', () => {
    expect(downloadName('platform', 'md')).toBe('mlops-engineer-platform.md');
    expect(downloadName('llmops', 'txt')).toBe('mlops-engineer-llmops.txt');
  });
});

describe('hiring page dates and feed items', () => {
  const dates = hiringPageDates(hiringInput);
  it('dates each page by its own data', () => {
    expect(dates).toEqual({
      interviewKit: '2026-04-22',
      jobDescriptions: '2026-04-22',
      employingInIndia: '2026-12-01',
    });
  });
  it('announces each page with an absolute link', () => {
    const meta = { title: 'T', description: 'D' };
    const items = hiringFeedItems(
      dates,
      { interviewKit: meta, jobDescriptions: meta, employingInIndia: meta },
      'https://t.test',
    );
    expect(items.map((i) => i.link)).toEqual([
      'https://t.test/hiring/interview-kit/',
      'https://t.test/hiring/job-descriptions/',
      'https://t.test/hiring/employing-in-india/',
    ]);
    expect(items[2]!.pubDate.toISOString().slice(0, 10)).toBe('2026-12-01');
  });
});
