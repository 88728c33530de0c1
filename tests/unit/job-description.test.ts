/** The job-description templates: built from the frozen data, so bands are pinned; an edited band flows into every format (lakh amounts keep a no-break space). */
import { describe, expect, it } from 'vitest';
import { byId } from '../../src/lib/collections.ts';
import {
  downloadName,
  jobDescription,
  payNote,
  postingPay,
  postingStep,
  type JobDescriptionInput,
} from '../../src/lib/job-description.ts';
import { postingMarkdown, postingText } from '../../src/lib/job-post.ts';
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
describe.each(content.roleScopes.map((s) => s.id))('the %s template', (id) => {
  const jd = jobDescription(input(id));
  const md = postingMarkdown(jd.posting, {});
  const text = postingText(jd.posting, {});

  it('offers one pay range per level and segment it names, from the data set, with its as-of date', () => {
    const s = scope(id);
    expect(jd.posting.pay.map((o) => o.key)).toEqual(
      s.pay.levels.flatMap((l) => s.pay.segments.map((g) => `${l}/${g}`)),
    );
    expect(jd.pay.asOf).toBe(dataset.asOf);
    expect(payNote(jd)).toContain('22 April 2026');
  });

  it('puts exactly one pay range in the posting: the first option unless another is chosen', () => {
    const [first, last] = [jd.posting.pay[0]!, jd.posting.pay.at(-1)!];
    expect(md).toContain(first.range);
    const chosen = postingMarkdown(jd.posting, {}, last.key);
    expect(chosen).toContain(last.range);
    for (const o of jd.posting.pay) if (o.range !== last.range) expect(chosen).not.toContain(o.range);
  });

  it("leaves the hiring team's notes out of the posting", () => {
    for (const e of jd.emphasis) expect(md).not.toContain(e.why);
    for (const s of jd.mustHave) {
      expect(md).toContain(s.name);
      expect(md).not.toContain(s.detail);
    }
    expect(text).not.toMatch(/hiring team/i);
  });

  it('lists the interview steps in order, each with its length', () => {
    expect(jd.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    for (const s of jd.steps) expect(text).toContain(postingStep(s));
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
    const before = postingMarkdown(jobDescription(input('platform')).posting, {});
    const after = jobDescription(input('platform', edited));
    expect(before).toContain('₹22–32\u00a0lakh a year');
    expect(postingMarkdown(after.posting, {})).toContain('₹24–36\u00a0lakh a year');
    expect(payNote(after)).toContain('figures as of 30 November 2026');
  });

  it.each([
    [{ currency: 'INR', min: 2_200_000, max: 3_200_000, openEnded: true }, '₹22–32\u00a0lakh a year'],
    [{ currency: 'INR', min: 1_450_000, max: 2_200_000, openEnded: false }, '₹14.5–22\u00a0lakh a year'],
    [{ currency: 'INR', min: 4_000_000, max: 4_000_000, openEnded: false }, '₹40\u00a0lakh a year'],
    [{ currency: 'USD', min: 130_000, max: 170_000, openEnded: false }, '$130,000–$170,000 a year'],
  ])('writes %j as %s', (range, text) => {
    expect(postingPay(range)).toBe(text);
  });
});

describe('text helpers', () => {
  it.each([
    [
      { title: 'Confirm role fit', format: 'Screening call', minutes: 10 },
      'Confirm role fit: screening call, about 10 minutes',
    ],
    [
      { title: 'Scenarios', format: 'Architecture interview', minutes: 60 },
      'Scenarios: architecture interview, about 60 minutes',
    ],
  ])('writes a step with its format and length: %j', (step, text) => {
    expect(postingStep(step)).toBe(text);
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
      employingInIndia: '2026-12-07',
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
    expect(items[2]!.pubDate.toISOString().slice(0, 10)).toBe('2026-12-07');
  });
});
