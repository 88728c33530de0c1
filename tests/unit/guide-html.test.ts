import { readFileSync } from 'node:fs';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { GUIDE_TAGS, guideParts, tagProblems, tagProps } from '../../src/lib/guide-html.ts';
import { readGuides, splitFrontMatter } from '../../src/lib/content/guides.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { memorySource } from '../support/memory-source.ts';

// Astro's own Markdown renderer, as the content layer runs it (it gives headings their ids).
const renderer = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
const render = async (markdown: string) => (await renderer.render(markdown)).code;

describe('guideParts', () => {
  it('cuts the rendered Markdown at each tag and section heading, in reading order', async () => {
    const html = await render(
      'Pay is <Band level="mid" segment="broad-market" usd /> a year.<Cite id="glassdoor" />\n\n' +
        '## Salary snapshot\n\n<SalaryTable />\n\n### In [dollars](/salaries/)\n\nSee <ModelComparison headingLevel={4} indexed={false} />.\n',
    );
    expect(guideParts(html, (a) => `/base${a}`)).toEqual([
      { kind: 'html', html: '<p>Pay is ' },
      {
        kind: 'tag',
        name: 'Band',
        props: { level: 'mid', segment: 'broad-market', usd: true },
        source: '<Band level="mid" segment="broad-market" usd />',
      },
      { kind: 'html', html: ' a year.' },
      { kind: 'tag', name: 'Cite', props: { id: 'glassdoor' }, source: '<Cite id="glassdoor" />' },
      { kind: 'html', html: '</p>\n' },
      { kind: 'heading', level: 2, id: 'salary-snapshot', html: 'Salary snapshot' },
      { kind: 'html', html: '\n' },
      { kind: 'tag', name: 'SalaryTable', props: {}, source: '<SalaryTable />' },
      { kind: 'html', html: '\n' },
      { kind: 'heading', level: 3, id: 'in-dollars', html: 'In <a href="/base/salaries/">dollars</a>' },
      { kind: 'html', html: '\n<p>See ' },
      {
        kind: 'tag',
        name: 'ModelComparison',
        props: { headingLevel: 4, indexed: false },
        source: '<ModelComparison headingLevel={4} indexed={false} />',
      },
      { kind: 'html', html: '.</p>\n' },
    ]);
  });

  it('gives back the HTML unchanged, apart from link addresses, when there is nothing to cut', () => {
    const html = '<p>Plain <a href="#x">text</a>.</p>\n<h4 id="deep">Deep</h4>\n';
    expect(guideParts(html)).toEqual([{ kind: 'html', html }]);
  });

  it('stops on a tag that is not ours, naming it', () => {
    expect(() => guideParts('<p>A <Salary /> b</p>')).toThrow(/<Salary \/> is not a tag guides can use/);
  });

  it('stops on a tag in a heading', () => {
    expect(() => guideParts('<h2 id="pay">Pay at <Rate /></h2>')).toThrow('<Rate /> is in a heading');
  });

  it('renders the real guide with every tag known and no raw tag left in the HTML between them', async () => {
    const text = readFileSync('content/guides/mlops-engineers-india-2026.md', 'utf8');
    const parts = guideParts(await render(splitFrontMatter(text)!.body));
    const tags = parts.flatMap((p) => (p.kind === 'tag' ? [p.name] : []));
    expect(tags.length).toBe([...text.matchAll(/<[A-Z][A-Za-z]*\b[^>]*\/>/g)].length);
    const html = parts.flatMap((p) => (p.kind === 'tag' ? [] : [p.html])).join('');
    expect(html).not.toMatch(/<[A-Z]/);
    expect(parts.filter((p) => p.kind === 'heading').length).toBe(text.match(/^#{2,3} /gm)!.length);
  });
});

describe('tagProps', () => {
  it('reads quoted text, numbers, true/false and bare attributes', () => {
    expect(tagProps('<X />', ` id="a b" other='c' n={-2.5} yes={true} no={ false } flag`)).toEqual({
      id: 'a b',
      other: 'c',
      n: -2.5,
      yes: true,
      no: false,
      flag: true,
    });
  });
  it('refuses an expression between braces', () => {
    expect(() => tagProps('<Fact id={factId} />', ' id={factId}')).toThrow(
      '<Fact id={factId} />: only a number, true or false can go between braces; put text in quotes ("…") instead.',
    );
  });
});

describe('tagProblems', () => {
  it('finds no problem in the real guide', () => {
    const text = readFileSync('content/guides/mlops-engineers-india-2026.md', 'utf8');
    expect(tagProblems(splitFrontMatter(text)!.body)).toEqual([]);
  });

  it('names an unknown tag, an unreadable attribute, a tag in a heading and a block tag with no blank line after it', () => {
    const body = [
      'Intro <Salry id="x" /> text.',
      '',
      '## Pay at <Rate />',
      '',
      '<SalaryTable />',
      'The **next** paragraph.',
      '',
      'A <Fact id={x} /> here.',
    ].join('\n');
    expect(tagProblems(body)).toEqual([
      { line: 1, message: expect.stringMatching(/^<Salry \/> is not a tag guides can use\. The tags are: <Band>, /) },
      { line: 3, message: '<Rate /> is in a heading; tags cannot go in headings.' },
      {
        line: 5,
        message:
          'Put a blank line after <SalaryTable />: the lines that follow it straight away are shown as typed, without their Markdown.',
      },
      {
        line: 8,
        message:
          '<Fact id={x} />: only a number, true or false can go between braces; put text in quotes ("…") instead.',
      },
    ]);
  });

  it('lets an inline tag sit on its own line inside a paragraph', () => {
    expect(tagProblems('Paragraph text\n<Rate />\nand more.')).toEqual([]);
  });

  it('lists every tag in the error message, as GUIDE_TAGS has them', () => {
    const [problem] = tagProblems('<Nope />');
    for (const tag of GUIDE_TAGS) expect(problem?.message).toContain(`<${tag}>`);
  });
});

describe('the guide reader', () => {
  const front = (slug: string) =>
    [
      '---',
      'title: Hiring MLOps engineers in India (2026)',
      'description: Salaries, skills, interview questions and hiring models for MLOps engineers in India in 2026.',
      `slug: ${slug}`,
      'role: mlops-engineer',
      'country: IN',
      'salaryData: mlops-engineer-india-2026',
      'author: editorial-team',
      'published: 2026-04-22',
      'updated: 2026-11-27',
      'reviewed: 2026-04-22',
      'tags: [mlops]',
      'summary: A practical guide for founders, hiring managers and HR leads weighing an MLOps hire in India.',
      '---',
      '',
    ].join('\n');

  it('reports tag problems with the line in the file, and a guide saved under another extension', () => {
    const source = memorySource({
      'content/guides/a.md': `${front('a')}Text.\n\n<SalaryTable />\nMore text.\n`,
      'content/guides/b.mdx': `${front('b')}Text.\n`,
    });
    const { problems } = readGuides(source, 'content/guides');
    expect(problems.map(formatProblem)).toEqual([
      'content/guides/b.mdx: Guides are Markdown files whose names end in .md; this file is not read. Rename it, or move it out.',
      'content/guides/a.md, line 17, entry "a": Put a blank line after <SalaryTable />: the lines that follow it straight away are shown as typed, without their Markdown.',
    ]);
  });
});

describe('renderGuide', () => {
  it('renders a guide from its file with the headings a page lists, once per text', async () => {
    const { renderGuide, guideFile } = await import('../../src/data/guide-render.ts');
    const first = renderGuide('mlops-engineers-india-2026');
    expect(renderGuide('mlops-engineers-india-2026')).toBe(first);
    const { html, headings } = await first;
    expect(html).toBe(await render(guideFile('mlops-engineers-india-2026').body));
    expect(headings).toContainEqual({
      depth: 2,
      slug: 'salary-snapshot-for-india-in-2026',
      text: 'Salary snapshot for India in 2026',
    });
    expect(() => renderGuide('no-such-guide')).toThrow('No guide "no-such-guide" in content/guides/.');
  });
});
