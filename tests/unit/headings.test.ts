import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { PLAIN_HEADING, slugger, sourceHeadings } from '../../src/lib/headings.ts';

describe('slugger', () => {
  it.each([
    ['Step 1: confirm role fit', 'step-1-confirm-role-fit'],
    ['MLOps engineer vs ML engineer', 'mlops-engineer-vs-ml-engineer'],
    ['Pay (CTC), in ₹ lakh - 2026', 'pay-ctc-in--lakh---2026'],
    ['Ünïcode Straße', 'ünïcode-straße'],
  ])('%s → %s', (text, slug) => {
    expect(slugger()(text)).toBe(slug);
  });
  it('numbers repeated slugs as GitHub does', () => {
    const s = slugger();
    expect(['Notes', 'Notes', 'Notes-1', 'Notes'].map(s)).toEqual(['notes', 'notes-1', 'notes-1-1', 'notes-2']);
  });
  const plainChar = fc.constantFrom(...'Aa Zz09 .,:;!?()/+%#@$=₹-MLOps'.split(''));
  it('agrees with github-slugger, the slugger Astro uses, on every heading it reads', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: plainChar, minLength: 1, maxLength: 12 }), { maxLength: 6 }), (all) => {
        const texts = all.filter((t) => PLAIN_HEADING.test(t));
        const ours = slugger();
        const theirs = new GithubSlugger();
        expect(texts.map(ours)).toEqual(texts.map((t) => theirs.slug(t)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('sourceHeadings', () => {
  it('reads ATX headings outside code fences, with depth, slug and text', () => {
    const body = [
      'import X from "./x"',
      '',
      '## Salary snapshot ##',
      'Some <Band level="mid" /> text.',
      '',
      '```md',
      '## not a heading',
      '```',
      '### Salary snapshot',
      '---',
      '#### Deeper',
    ].join('\n');
    expect(sourceHeadings(body)).toEqual([
      { depth: 2, slug: 'salary-snapshot', text: 'Salary snapshot' },
      { depth: 3, slug: 'salary-snapshot-1', text: 'Salary snapshot' },
      { depth: 4, slug: 'deeper', text: 'Deeper' },
    ]);
  });
  it.each([
    ['inline code', '## The `kubectl` command'],
    ['emphasis', '## A **bold** claim'],
    ['a link', '## See [this](https://example.com)'],
    ['a component', '## Pay: <Band level="mid" />'],
    ['an expression', '## Pay {1 + 1}'],
    ['an entity', '## Fees &amp; costs'],
    ['a setext heading', 'Title\n====='],
    ['a heading in a block quote', '> ## Quoted'],
    ['an HTML heading', '<h2 id="x">Hand-made</h2>'],
    ['quotes the renderer curls', "## It's the pay"],
    ['a double hyphen the renderer turns into a dash', '## Pay -- and more'],
    ['another script', '## वेतन'],
  ])('leaves a body with %s to the renderer', (_, body) => {
    expect(sourceHeadings(`Intro.\n\n${body}\n`)).toBeUndefined();
  });
  it('reads the real guide, which has only plain headings', () => {
    const text = readFileSync('tests/fixtures/frozen/content/guides/mlops-engineers-india-2026.mdx', 'utf8');
    const headings = sourceHeadings(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(headings?.filter((h) => h.depth === 2).length).toBe(text.match(/^## /gm)?.length);
    expect(headings?.map((h) => h.slug)).toContain('step-1-confirm-role-fit');
  });
});
