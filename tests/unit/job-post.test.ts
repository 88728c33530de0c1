/** The posting candidates read: fill-ins carried into Markdown, plain text and HTML, unfilled ones left visible, text escaped. */
import { describe, expect, it } from 'vitest';
import {
  placeholders,
  postingHtml,
  postingMarkdown,
  postingText,
  unfilled,
  type Fills,
  type Posting,
} from '../../src/lib/job-post.ts';

const posting: Posting = {
  id: 'platform',
  title: 'MLOps engineer (ML platform)',
  summary: 'Several teams train models.',
  owns: ['The shared services.'],
  mustHave: ['Python', 'Experiment tracking'],
  niceToHave: [],
  pay: [
    { key: 'senior/broad-market', level: 'Senior', segment: 'Broad market', range: '₹22–32 lakh a year' },
    { key: 'senior/top-employers', level: 'Senior', segment: 'Top employers', range: '₹35–50 lakh a year' },
  ],
  steps: ['Confirm role fit: screening call, about 10 minutes', 'Scenarios: architecture interview, about 60 minutes'],
};
const all: Fills = {
  company: 'Acme Robotics',
  about: 'We build <warehouse> robots.',
  location: 'Bengaluru, hybrid',
  benefits: 'Health cover\nLearning budget',
  apply: 'Write to jobs@acme.test',
};
const formats = [
  ['Markdown', (f: Fills, k?: string) => postingMarkdown(posting, f, k)],
  ['plain text', (f: Fills, k?: string) => postingText(posting, f, k)],
  ['HTML', (f: Fills, k?: string) => postingHtml(posting, f, k)],
] as const;

describe.each(formats)('the posting as %s', (_, render) => {
  it('shows every placeholder as its bracketed label while unfilled', () => {
    const out = render({});
    for (const p of placeholders) expect(out.replace(/\\/g, '')).toContain(unfilled(p.id));
  });
  it('carries every fill-in and leaves no placeholder behind', () => {
    const out = render(all);
    for (const p of placeholders) expect(out).not.toContain(p.label + ']');
    expect(out).toContain('Acme Robotics');
    expect(out).toContain('Bengaluru, hybrid');
  });
  it.each([
    [undefined, '₹22–32 lakh a year', '₹35–50 lakh a year'],
    ['senior/top-employers', '₹35–50 lakh a year', '₹22–32 lakh a year'],
    ['no/such-key', '₹22–32 lakh a year', '₹35–50 lakh a year'],
  ])('with pay choice %s quotes %s only', (key, shown, hidden) => {
    const out = render(all, key);
    expect(out).toContain(shown);
    expect(out).not.toContain(hidden);
  });
  it('treats a fill-in of spaces as unfilled', () => {
    expect(render({ ...all, company: '   ' }).replace(/\\/g, '')).toContain('[Company name]');
  });
});

describe('format details', () => {
  it.each([
    ['Markdown escapes editor text', postingMarkdown(posting, all), 'We build \\<warehouse\\> robots.'],
    [
      'Markdown opens with the title and company',
      postingMarkdown(posting, all).split('\n')[0],
      '# MLOps engineer (ML platform) at Acme Robotics',
    ],
    ['plain text keeps text as typed', postingText(posting, all), 'We build <warehouse> robots.'],
    ['plain text writes headings in capitals', postingText(posting, all), 'HOW WE INTERVIEW'],
    ["HTML escapes the reader's text", postingHtml(posting, all), 'We build &lt;warehouse&gt; robots.'],
    ['HTML keeps line breaks of a fill-in', postingHtml(posting, all), 'Health cover<br>Learning budget'],
    ['HTML numbers the interview steps', postingHtml(posting, all), '<ol><li>Confirm role fit'],
    [
      'HTML starts at the heading level asked',
      postingHtml(posting, all, undefined, { level: 3 }),
      '<h3>MLOps engineer',
    ],
    [
      'HTML marks unfilled slots for the page',
      postingHtml(posting, {}, undefined, { mark: true }),
      '<mark class="slot">[Company name]</mark>',
    ],
  ])('%s', (_, out, expected) => {
    expect(out).toContain(expected);
  });
  it('leaves out an empty nice-to-have list', () => {
    expect(postingText(posting, all)).not.toContain('NICE TO HAVE');
  });
});
