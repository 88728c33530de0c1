import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../../src/schemas/guides.ts';
import { salaryDatasetSchema } from '../../../src/schemas/salaries.ts';
import { readGuideMdx } from '../../../src/lib/content/guide-mdx.ts';
import { splitFrontMatter } from '../../../scripts/lib/bench/front-matter.ts';
import {
  addDays,
  assignment,
  mulberry32,
  shuffleSections,
  swapWords,
  syntheticDataset,
  syntheticGuide,
  type DatasetLike,
} from '../../../scripts/lib/bench/synthetic.ts';

// The frozen copy of the content, so an editor's change to the live guide or data set cannot fail these checks.
const frozen = 'tests/fixtures/frozen/content';
const template = readFileSync(`${frozen}/guides/mlops-engineers-india-2026.mdx`, 'utf8');
const dataset = parse(readFileSync(`${frozen}/data/salaries/mlops-engineer-india-2026.yaml`, 'utf8')) as DatasetLike;
const split = (text: string) => splitFrontMatter(text)!;
const roles = [
  { id: 'ml-engineer', name: 'ML engineer' },
  { id: 'mlops-engineer', name: 'MLOps engineer' },
  { id: 'devops-engineer', name: 'DevOps engineer' },
];

describe('syntheticGuide', () => {
  const make = (n: number, total = 1000) => {
    const { j, role } = assignment(n, 50, roles);
    return syntheticGuide(template, { n, total, datasetId: `set-${j}`, role });
  };

  it('writes front matter the guide schema accepts, with a unique slug and title', () => {
    const guides = Array.from({ length: 1000 }, (_, i) => make(i + 1));
    for (const g of [guides[0]!, guides[499]!, guides[999]!]) {
      const front = parse(split(g.text).front) as Record<string, unknown>;
      expect(guideSchema.safeParse(front).success).toBe(true);
      expect(front['slug']).toBe(g.slug);
      expect(g.fileName).toBe(`${g.slug}.mdx`);
    }
    expect(new Set(guides.map((g) => g.slug)).size).toBe(1000);
    expect(new Set(guides.map((g) => g.title)).size).toBe(1000);
    expect(Math.max(...guides.map((g) => g.title.length))).toBeLessThanOrEqual(60);
  });

  it('never dates the review after the template review, nor before publication', () => {
    const meta = parse(split(template).front) as { reviewed: string };
    for (const n of [1, 2, 17, 500, 999]) {
      const front = parse(split(make(n).text).front) as { published: string; reviewed: string };
      expect(front.reviewed <= meta.reviewed, `guide ${n}`).toBe(true);
      expect(front.reviewed >= front.published, `guide ${n}`).toBe(true);
    }
  });

  it('is reproducible and varies the body between guides', () => {
    expect(make(7).text).toBe(make(7).text);
    expect(split(make(7).text).body).not.toBe(split(make(8).text).body);
  });

  it('keeps every component, heading and citation of the template', () => {
    const body = split(template).body;
    const out = split(make(3).text).body;
    const tags = (s: string) => (s.match(/<[^>]+>/g) ?? []).sort();
    expect(tags(out)).toEqual(tags(body));
    const cited = (text: string) => new Set(readGuideMdx(text).citations);
    expect(cited(out)).toEqual(cited(body));
    expect(readGuideMdx(make(3).text).problems).toEqual([]);
    expect(out.match(/^#{2,3} .*$/gm)?.length).toBe(body.match(/^#{2,3} .*$/gm)?.length);
  });
});

describe('text variation', () => {
  it('swaps whole words in one pass and leaves tags alone', () => {
    const mapping = new Map([
      ['Pune', 'Kochi'],
      ['Kochi', 'Pune'],
      ['Python', 'Go'],
    ]);
    expect(swapWords('Pune, Kochi and Pythonic <X city="Pune" /> Python', mapping)).toBe(
      'Kochi, Pune and Pythonic <X city="Pune" /> Go',
    );
  });
  it('shuffles blocks inside sections only, and inserts extra blocks after the first heading', () => {
    const body = 'a\n\nb\n\n## One\n\nc\n\nd\n\ne\n\n## Two\n\nf\n';
    const out = shuffleSections(body, mulberry32(1), ['x']).trim().split('\n\n');
    expect(out.indexOf('## One')).toBe(2);
    expect(out.slice(0, 2).sort()).toEqual(['a', 'b']);
    expect(out.slice(3, 7).sort()).toEqual(['c', 'd', 'e', 'x']);
    expect(out.slice(7)).toEqual(['## Two', 'f']);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

describe('syntheticDataset', () => {
  it('keeps the schema valid, with its own id, role and scaled bands', () => {
    const sets = Array.from({ length: 50 }, (_, j) => syntheticDataset(dataset, j, roles[j % 3]!));
    for (const d of sets) expect(salaryDatasetSchema.safeParse(d).success).toBe(true);
    expect(new Set(sets.map((d) => d.id)).size).toBe(50);
    expect(new Set(sets.map((d) => d.bands[0]!.max)).size).toBeGreaterThan(5);
    expect(sets[1]!.role).toBe('mlops-engineer');
    expect(dataset.id).toBe('mlops-engineer-india-2026');
  });
  it('spreads guides evenly over data sets', () => {
    const counts = new Map<number, number>();
    for (let n = 1; n <= 1000; n++) {
      const { j } = assignment(n, 50, roles);
      counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    expect(counts.size).toBe(50);
    expect(new Set(counts.values())).toEqual(new Set([20]));
  });
});
