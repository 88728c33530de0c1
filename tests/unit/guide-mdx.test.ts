import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nearestComponent, readGuideMdx } from '../../src/lib/content/guide-mdx.ts';
import { guideComponentNames } from '../../src/schemas/guide-components.ts';
import { editedCopies } from '../support/edited-content.ts';

const guide = 'content/guides/mlops-engineers-india-2026.mdx';
const fixtures = 'tests/fixtures/broken-guides';
const copies = editedCopies('guide-mdx');
afterAll(copies.cleanUp);

/** What the content check says when `fixture` opens the frozen guide's body (front matter ends on line 18). */
const problemsWith = (fixture: string): string[] =>
  copies.problems(guide, /^(---\n[\s\S]*?\n---\n)/, `$1\n${readFileSync(join(fixtures, fixture), 'utf8')}`);

describe('a broken guide is named with its file, line and column, and a fix', () => {
  it('covers every fixture', () => {
    expect(
      readdirSync(fixtures)
        .filter((f) => f.endsWith('.mdx'))
        .toSorted(),
    ).toEqual([
      'import-line.mdx',
      'misspelled-component.mdx',
      'prop-not-literal.mdx',
      'stray-brace.mdx',
      'tag-with-children.mdx',
      'unclosed-tag.mdx',
      'unknown-fact.mdx',
      'wrong-prop.mdx',
    ]);
  });
  it('a misspelled component', () => {
    expect(problemsWith('misspelled-component.mdx')).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 22, column 1, entry "mlops-engineers-india-2026": <SalaryTabel> is not a component guides can use. Did you mean <SalaryTable>? The components are: <Band>, <BandExplorer>, <Benchmark>, <Benchmarks>, <Calculator>, <Cite>, <Claim>, <Cities>, <CompactCalculator>, <EorUplift>, <Fact>, <FactReason>, <HiringModels>, <Level>, <ModelComparison>, <Rate>, <RoleComparison>, <SalaryChart>, <SalaryTable>, <TakeHome>.",
      ]
    `);
  });
  it('a prop the component does not take', () => {
    expect(problemsWith('wrong-prop.mdx')).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 20, column 20, entry "mlops-engineers-india-2026": <Band> needs segment="…". Its props: level, segment, usd.",
        "content/guides/mlops-engineers-india-2026.mdx, line 20, column 20, entry "mlops-engineers-india-2026": <Band> does not take "segmnt". Its props: level, segment, usd.",
      ]
    `);
  });
  it('an unknown fact id', () => {
    expect(problemsWith('unknown-fact.mdx')).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 20, column 22, entry "mlops-engineers-india-2026": <Fact id="vendor-markups" /> names no fact in content/data/facts.yaml. Did you mean "vendor-markup"?",
      ]
    `);
  });
  it('a stray brace', () => {
    expect(problemsWith('stray-brace.mdx')).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 20, column 18, entry "mlops-engineers-india-2026": A "{" here is never closed. In MDX, braces hold code, which guides do not use. To show the character itself, write a backslash before it (\\{ or \\<), or put it in \`backticks\`.",
      ]
    `);
  });
  it('an unclosed tag', () => {
    expect(problemsWith('unclosed-tag.mdx')).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 20, column 22, entry "mlops-engineers-india-2026": <Fact> is not closed. Guide components close themselves: write <Fact … /> with the slash before ">".",
      ]
    `);
  });
  it('a tag with children', () => {
    expect(problemsWith('tag-with-children.mdx')).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 20, column 22, entry "mlops-engineers-india-2026": <Fact> takes no content between an opening and a closing tag. Write it as <Fact … /> on its own.",
      ]
    `);
  });
  it('an import line', () => {
    expect(problemsWith('import-line.mdx')).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 20, column 1, entry "mlops-engineers-india-2026": Guides cannot import or export anything: every component is already available. Remove this line.",
      ]
    `);
  });
  it('a prop value that is code, not a literal', () => {
    expect(problemsWith('prop-not-literal.mdx')).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 22, column 1, entry "mlops-engineers-india-2026": <ModelComparison> headingLevel={level}: only a number, true or false can go in braces. Put text in quotes: headingLevel="…".",
      ]
    `);
  });
});

describe('reading a guide’s MDX', () => {
  it('reads props as text, numbers and true/false, and numbers citations by first use', () => {
    const mdx = readGuideMdx(
      'See <Cite id="b" /> and <Cite id="a" />.\n\n<ModelComparison headingLevel={4} indexed={false} />\n\nAgain <Cite id="b" />.',
    );
    expect(mdx.problems).toEqual([]);
    expect(mdx.citations).toEqual(['b', 'a']);
    expect(mdx.uses.find((u) => u.name === 'ModelComparison')?.props).toEqual({ headingLevel: 4, indexed: false });
  });
  it('gives components in one paragraph the same block, and each paragraph its own', () => {
    const blocks = readGuideMdx('<Fact id="a" /> and <Claim id="us-multiple" />.\n\n<Fact id="b" />').uses.map(
      (u) => u.block,
    );
    expect(blocks[0]).toBe(blocks[1]);
    expect(blocks[2]).not.toBe(blocks[0]);
  });
  it('ignores tags inside code, and neither checks nor counts them as citations', () => {
    const mdx = readGuideMdx('Write `<Cite id="x" />` like this:\n\n```\n<Nope id="y">\n```\n');
    expect(mdx.problems).toEqual([]);
    expect(mdx.citations).toEqual([]);
  });
  it('accepts a tag split over several lines, and an editor’s comment in braces', () => {
    const mdx = readGuideMdx(
      'Vendors add <Fact\n  id="vendor-markup"\n/> on top.\n\n{/* Check this figure in May. */}\n',
    );
    expect(mdx.problems).toEqual([]);
    expect(mdx.uses).toMatchObject([{ name: 'Fact', props: { id: 'vendor-markup' }, line: 1, column: 13 }]);
  });
  it('counts the words a reader reads: prose and code, not component markup or link addresses', () => {
    expect(readGuideMdx('Hello <Band level="mid" segment="x" /> world, **again** [here](/salaries/).').wordCount).toBe(
      4,
    );
  });
  it.each([
    ['a lowercase name', '<fact id="x" />', '<fact> is not a component guides can use. Did you mean <Fact>?'],
    ['a component in a heading', '## Pay <Fact id="x" />', '<Fact /> is in a heading.'],
    ['a missing required prop', '<Fact />', '<Fact> needs id="…".'],
    ['a wrong value', '<Claim id="us-pay" />', '<Claim> id: Use one of:'],
    ['a spread of props', '<SalaryTable {...x} />', 'has a prop written as code'],
    ['an expression in the text', 'It costs {price}.', 'Braces hold code in MDX'],
    ['a "<" before a digit', 'Under <5 years.', 'A "<" here does not start a component.'],
  ])('reports %s', (_what, text, message) => {
    const [problem] = readGuideMdx(text).problems;
    expect(problem?.message).toContain(message);
  });
});

describe('component names', () => {
  it.each([
    ['SalaryTabel', 'SalaryTable'],
    ['fact', 'Fact'],
    ['Benchmark', 'Benchmark'],
    ['Quux', undefined],
  ])('%s is nearest to %s', (name, nearest) => {
    expect(nearestComponent(name)).toBe(nearest);
  });
  it('lists each component once', () => {
    expect(new Set(guideComponentNames).size).toBe(guideComponentNames.length);
  });
});

describe('CONTRIBUTING.md shows the messages editors really get', () => {
  const doc = readFileSync('CONTRIBUTING.md', 'utf8');
  const table = doc.slice(doc.indexOf('<!-- guide-messages'));
  const rows = table
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith('| `'))
    .map((l) => /^\| (`+) ?(.*?) ?\1 +\|/.exec(l)?.[2] ?? l);
  it('shows one message per fixture, each word for word what the check says', () => {
    const fixtureNames = readdirSync(fixtures).filter((f) => f.endsWith('.mdx'));
    expect(rows).toHaveLength(fixtureNames.length);
    const messages = fixtureNames.flatMap(problemsWith).map((p) => p.slice(p.indexOf('": ') + 3));
    for (const row of rows) expect(messages.some((m) => m.startsWith(row))).toBe(true);
  });
});
