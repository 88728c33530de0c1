import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/content/parse.ts';
import { ContentError, formatProblem } from '../../src/lib/content/problems.ts';
import { checkedLoader, dataLoader } from '../../src/lib/content/loader.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { contentAt, readContent } from '../../src/lib/content/reader.ts';
import { dataCollections } from '../../src/lib/content/registry.ts';
import { lastModified } from '../../src/lib/content/lastmod.ts';
import { authorSchema } from '../../src/schemas/authors.ts';
import { sourceSchema } from '../../src/schemas/sources.ts';
import { editedCopies, overlappingPfRate } from '../support/edited-content.ts';

const root = process.cwd();
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/broken', name), 'utf8');
const messages = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a ContentError');
};

describe('the real content', () => {
  it('passes every schema and cross-file check', () => {
    expect(readContent(root).problems.map(formatProblem)).toEqual([]);
  });
});

const ofKind = (kind: 'list' | 'dir') => Object.entries(dataCollections).filter(([, spec]) => spec.kind === kind);
const firstLine = (file: string): string => readFileSync(join(root, file), 'utf8').split('\n')[0]!;

describe('editor autocomplete', () => {
  it.each(ofKind('list'))('%s points editors at a schema that exists', (name, spec) => {
    const first = firstLine(spec.path);
    const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
    expect(target, `${spec.path} first line`).toBeDefined();
    const wrapper = JSON.parse(readFileSync(join(root, 'content/data', target!), 'utf8'));
    expect(wrapper.type).toBe('array');
    expect(wrapper.items.$ref).toBe(`../../../.astro/collections/${name}.schema.json`);
  });
  it.each(ofKind('dir'))('every file of %s points editors at the collection schema', (name, spec) => {
    for (const { file } of readCollection<unknown>(root, spec))
      expect(firstLine(file), `${file} first line`).toBe(
        `# yaml-language-server: $schema=../../../.astro/collections/${name}.schema.json`,
      );
  });
});

describe('broken data files fail with the file, entry, field and line', () => {
  it('a YAML syntax error', () => {
    expect(messages(() => parseListFile('content/data/sources.yaml', fixture('syntax-error.yaml'), sourceSchema)))
      .toMatchInlineSnapshot(`
      [
        "content/data/sources.yaml, line 5: The YAML cannot be read: Missing closing "quote. Check indentation, colons and quotes on this line and the one above.",
      ]
    `);
  });
  it('an empty file', () => {
    expect(messages(() => parseListFile('content/data/sources.yaml', fixture('empty.yaml'), sourceSchema)))
      .toMatchInlineSnapshot(`
      [
        "content/data/sources.yaml: The file is empty. It must list at least one entry, each starting with "- id: ".",
      ]
    `);
  });
  it('a file that is not a list', () => {
    expect(messages(() => parseListFile('content/data/sources.yaml', fixture('not-a-list.yaml'), sourceSchema)))
      .toMatchInlineSnapshot(`
      [
        "content/data/sources.yaml, line 1: The file must be a list of entries, each starting with "- id: ".",
      ]
    `);
  });
  it('an entry without an id', () => {
    expect(messages(() => parseListFile('content/data/sources.yaml', fixture('missing-id.yaml'), sourceSchema)))
      .toMatchInlineSnapshot(`
      [
        "content/data/sources.yaml, line 1, entry "#1", field "id": This entry has no id. Add a line "id: some-short-name".",
      ]
    `);
  });
});

/** Each case copies the frozen content, makes one editor's mistake in one file, and pins the message. */
const copies = editedCopies('content');
afterAll(copies.cleanUp);
let lastDir = '';
function withEdit(file: string, find: string | RegExp, replace: string): string[] {
  lastDir = copies.edit(file, find, replace);
  return readContent(lastDir).problems.map(formatProblem);
}

/** The directory of the latest {@link withEdit} copy. */
const lastEdit = (): string => lastDir;

const salaries = 'content/data/salaries/mlops-engineer-india-2026.yaml';
/** A scratch project whose salaries folder holds the frozen data set under each of `names`. */
function salariesAs(label: string, names: readonly string[]): string {
  const dir = copies.scratch(label);
  const folder = join(dir, dataCollections.salaries.path);
  mkdirSync(folder, { recursive: true });
  const text = readFileSync(join(root, 'tests/fixtures/frozen', salaries), 'utf8');
  for (const name of names) writeFileSync(join(folder, name), text);
  return dir;
}

describe('a data folder', () => {
  it('rejects two files with one id (x.yaml and x.yml)', () => {
    const dir = salariesAs('two-extensions', ['mlops-engineer-india-2026.yaml', 'mlops-engineer-india-2026.yml']);
    expect(messages(() => readCollection(dir, dataCollections.salaries))).toEqual([
      'content/data/salaries/mlops-engineer-india-2026.yml, entry "mlops-engineer-india-2026": The id "mlops-engineer-india-2026" is already used by content/data/salaries/mlops-engineer-india-2026.yaml. Ids must be unique: keep one of the two files.',
    ]);
  });
  it('tells each entry the file it came from, .yml included', () => {
    const dir = salariesAs('yml', ['mlops-engineer-india-2026.yml']);
    expect(readCollection(dir, dataCollections.salaries).map((e) => e.file)).toEqual([
      'content/data/salaries/mlops-engineer-india-2026.yml',
    ]);
  });
});

describe('editor mistakes in real files', () => {
  it('an unknown key (a misspelt field)', () => {
    expect(withEdit('content/data/sources.yaml', '  publisher: Glassdoor India', '  publsher: Glassdoor India'))
      .toMatchInlineSnapshot(`
      [
        "content/data/sources.yaml, line 8, entry "glassdoor-mlops-india", field "publisher": This field is missing. Add it.",
        "content/data/sources.yaml, line 9, entry "glassdoor-mlops-india", field "publsher": Unknown field "publsher". Check the spelling, or remove it.",
      ]
    `);
  });
  it('a band whose minimum is above its maximum', () => {
    expect(withEdit(salaries, 'min: 14\n    max: 22', 'min: 22\n    max: 14')).toMatchInlineSnapshot(`
      [
        "content/data/salaries/mlops-engineer-india-2026.yaml, line 57, entry "mlops-engineer-india-2026", field "bands[1].max": The maximum (14) is below the minimum (22). Swap them or fix the typo.",
      ]
    `);
  });
  it('a band typed in rupees instead of lakh', () => {
    expect(withEdit(salaries, 'min: 8\n    max: 14', 'min: 800000\n    max: 1400000')).toMatchInlineSnapshot(`
      [
        "content/data/salaries/mlops-engineer-india-2026.yaml, line 51, entry "mlops-engineer-india-2026", field "bands[0].max": INR amounts are in lakh: write 14 for ₹14 lakh, not 1400000 (found 1400000).",
      ]
    `);
  });
  it('a reference to a source that does not exist', () => {
    expect(withEdit('content/data/benchmarks.yaml', 'sources: [payscale-ml-india]', 'sources: [payscale-india]'))
      .toMatchInlineSnapshot(`
      [
        "content/data/benchmarks.yaml, entry "payscale-ml", field "sources[0]": "payscale-india" is not an id in content/data/sources.yaml. Check the spelling, or add it there first.",
      ]
    `);
  });
  it('a guide whose author does not exist', () => {
    expect(withEdit('content/guides/mlops-engineers-india-2026.mdx', 'author: editorial-team', 'author: jane-doe'))
      .toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, entry "mlops-engineers-india-2026", field "author": "jane-doe" is not an id in content/data/authors.yaml. Check the spelling, or add it there first.",
      ]
    `);
  });
  it('a duplicate id', () => {
    expect(withEdit('content/data/roles.yaml', '- id: devops-engineer', '- id: ml-engineer')).toMatchInlineSnapshot(`
      [
        "content/data/roles.yaml, line 8, entry "ml-engineer", field "id": The id "ml-engineer" is already used by the entry on line 2. Ids must be unique.",
      ]
    `);
  });
  it('an as-of date in the future', () => {
    expect(withEdit('content/data/facts.yaml', /asOf: 2026-04-22/, 'asOf: 2999-01-01')).toMatchInlineSnapshot(`
      [
        "content/data/facts.yaml, line 8, entry "india-us-pay-gap", field "asOf": This date is in the future. Use the date the figure was true or the page was read.",
      ]
    `);
  });
  it('a band in the wrong currency', () => {
    expect(withEdit(salaries, 'segment: us-total-comp\n    currency: USD', 'segment: us-total-comp\n    currency: INR'))
      .toMatchInlineSnapshot(`
        [
          "content/data/salaries/mlops-engineer-india-2026.yaml, line 86, entry "mlops-engineer-india-2026", field "bands[6].currency": Segment "us-total-comp" is in USD, but this band says INR.",
        ]
      `);
  });
  it('a currency code that does not exist', () => {
    expect(withEdit('content/data/exchange-rates.yaml', 'base: USD', 'base: US$')).toMatchInlineSnapshot(`
      [
        "content/data/exchange-rates.yaml, line 4, entry "usd-inr-2026-04", field "base": Use a three-letter currency code in capitals, e.g. INR or USD.",
      ]
    `);
  });
  it('a missing required field', () => {
    expect(withEdit('content/data/cities.yaml', /  cost: Highest\n/, '')).toMatchInlineSnapshot(`
      [
        "content/data/cities.yaml, line 3, entry "bangalore", field "cost": This field is missing. Add it.",
      ]
    `);
  });
  it('a date in the wrong format', () => {
    expect(withEdit('content/data/sources.yaml', 'accessed: 2026-04-22', 'accessed: 22/04/2026'))
      .toMatchInlineSnapshot(`
      [
        "content/data/sources.yaml, line 6, entry "kaamwork-mlops-guide", field "accessed": Write the date as YYYY-MM-DD, e.g. 2026-04-22.",
      ]
    `);
  });
  it('an emptied data file', () => {
    expect(withEdit('content/data/cities.yaml', /^- id: bangalore[\s\S]*$/m, '')).toMatchInlineSnapshot(`
      [
        "content/data/cities.yaml: The file is empty. It must list at least one entry, each starting with "- id: ".",
      ]
    `);
  });
  it('a guide description that is too short', () => {
    expect(withEdit('content/guides/mlops-engineers-india-2026.mdx', /^description: .*$/m, 'description: Too short.'))
      .toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, entry "mlops-engineers-india-2026", field "description": Write a description of at least 50 characters: search results show it under the title.",
      ]
    `);
  });
  it('a citation of an unknown source in the guide text', () => {
    expect(
      withEdit(
        'content/guides/mlops-engineers-india-2026.mdx',
        '<Cite id="nasscom-2026-review" />',
        '<Cite id="nasscom-review" />',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/mlops-engineers-india-2026.mdx, line 44, column 167, entry "mlops-engineers-india-2026": <Cite id="nasscom-review" /> names no source in content/data/sources.yaml. Did you mean "nasscom-2026-review"?",
      ]
    `);
  });
});

describe('the calculator settings across files', () => {
  it('a salary band outside the calculator’s limits', () => {
    expect(withEdit('content/data/calculator.yaml', 'ceiling: 500', 'ceiling: 50')).toMatchInlineSnapshot(`
      [
        "content/data/calculator.yaml, entry "salary-limits", field "ceiling": The senior/top-employers band of mlops-engineer-india-2026 (38–55 lakh) lies outside the calculator's salary limits (1–50 lakh). Widen the limits.",
      ]
    `);
  });
});

describe('statutory parameters across entries', () => {
  it('two employer PF rates in force on the same day', () => {
    const problems = withEdit(overlappingPfRate.file, overlappingPfRate.find, overlappingPfRate.replace);
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/data/employer-costs.yaml, entry "epf-employer-rate-2025", field "effectiveFrom": Entry "epf-employer-rate-2025" (field effectiveFrom) and entry "epf-employer-rate-2026" are both in force for epf-employer-rate on the same days. End the older one with effectiveTo the day before the newer one starts, or mark one awaiting-verification.",
      ]
    `);
  });
});

describe('a web address', () => {
  const source = { id: 's', publisher: 'P', title: 'T', accessed: '2026-01-01' };
  const author = { id: 'a', name: 'A', bio: 'B' };
  it.each([
    ['https://example.org/page', true],
    ['http://example.org', true],
    ['javascript:alert(3)', false],
    ['data:text/html,<b>hi</b>', false],
    ['mailto:editor@example.org', false],
    ['ftp://example.org/file', false],
    ['//example.org/page', false],
    ['example.org', false],
  ])('%s is accepted: %s', (url, ok) => {
    expect(sourceSchema.safeParse({ ...source, url }).success).toBe(ok);
    expect(authorSchema.safeParse({ ...author, url }).success).toBe(ok);
  });
});

describe('the sitemap dates, read while Astro loads its config', () => {
  it('are the content’s own dates when the content is sound', () => {
    const { byPath, fallback } = lastModified(readContent(join(root, 'tests/fixtures/frozen')));
    expect(fallback).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byPath.get('/salaries/')).toBe('2026-04-22');
  });
  it('are left out, without throwing, when a data file is broken (the content loaders report it)', () => {
    const dir = copies.edit('content/data/salaries/mlops-engineer-india-2026.yaml', /^asOf: .*\n/m, '');
    expect(lastModified(readContent(dir))).toEqual({ byPath: new Map(), fallback: undefined });
  });
});

/** A loader context as Astro hands it over: only the parts our loaders use. */
function loaderContext(dir: string) {
  const stored: string[] = [];
  return {
    stored,
    context: {
      config: { root: pathToFileURL(`${dir}/`) },
      store: { clear: () => stored.splice(0), set: (e: { id: string }) => stored.push(e.id) },
      parseData: async ({ data }: { data: unknown }) => data,
      logger: { error: () => undefined },
    } as unknown as LoaderContext,
  };
}

describe('the build reads content through the same checks', () => {
  it('a data loader fails with every problem check:content reports, word for word', async () => {
    const expected = withEdit(salaries, 'min: 14\n    max: 22', 'min: 22\n    max: 14');
    const { context } = loaderContext(lastEdit());
    const error = await dataLoader('sources')
      .load(context)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map(formatProblem)).toEqual(expected);
  });
  it('the guides loader fails with the same problems, before Astro’s own loader reads a guide', async () => {
    const expected = withEdit('content/data/roles.yaml', '- id: devops-engineer', '- id: ml-engineer');
    const { context } = loaderContext(lastEdit());
    let innerRan = false;
    const inner = { name: 'inner', load: async () => void (innerRan = true) };
    const error = await checkedLoader('guides', inner)
      .load(context)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as ContentError).problems.map(formatProblem)).toEqual(expected);
    expect(innerRan).toBe(false);
  });
  it('the guides loader hands sound content to Astro’s own loader', async () => {
    const { context } = loaderContext(join(root, 'tests/fixtures/frozen'));
    let innerRan = false;
    await checkedLoader('guides', { name: 'inner', load: async () => void (innerRan = true) }).load(context);
    expect(innerRan).toBe(true);
  });
  it('sound content loads every entry, read once per project', async () => {
    const dir = join(root, 'tests/fixtures/frozen');
    const { context, stored } = loaderContext(dir);
    await dataLoader('roles').load(context);
    expect(stored).toEqual(readCollection(dir, dataCollections.roles).map((r) => r.id));
    expect(contentAt(dir)).toBe(contentAt(`${dir}/`));
  });
});
