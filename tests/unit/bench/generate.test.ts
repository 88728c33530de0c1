import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuides } from '../../../src/lib/content/guides.ts';
import { readCollection } from '../../../src/lib/content/read.ts';
import { dataCollections, guidesDir } from '../../../src/lib/content/registry.ts';
import { generateSite } from '../../../scripts/lib/bench/generate.ts';

// The frozen copy of the content, so an editor's change to the live guide or data set cannot fail these checks.
const frozen = 'tests/fixtures/frozen/content';

describe('generateSite', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
    cpSync(frozen, join(dir, 'content'), { recursive: true });
    generateSite(dir, 7, 3);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the guides and data sets with the asked-for counts', () => {
    expect(readdirSync(join(dir, guidesDir))).toHaveLength(7);
    expect(readdirSync(join(dir, dataCollections.salaries.path))).toHaveLength(3);
  });
  it('writes guides and data sets that pass their schemas, each guide showing a generated data set', () => {
    const { guides, problems } = readGuides(dir, guidesDir);
    expect(problems).toEqual([]);
    const datasets = new Set(readCollection(dir, dataCollections.salaries).map((d) => d.id));
    expect(datasets.size).toBe(3);
    for (const g of guides) expect(datasets.has(g.data.salaryData), g.file).toBe(true);
    expect(new Set(guides.map((g) => g.data.salaryData)).size).toBe(3);
  });
  it('keeps the schema line at the top of each data set', () => {
    const original = readFileSync(
      join(frozen, 'data/salaries', readdirSync(join(frozen, 'data/salaries'))[0]!),
      'utf8',
    );
    const file = readdirSync(join(dir, dataCollections.salaries.path))[0]!;
    const text = readFileSync(join(dir, dataCollections.salaries.path, file), 'utf8');
    expect(original).toMatch(/^# yaml-language-server: /);
    expect(text.split('\n')[0]).toBe(original.split('\n')[0]);
  });
});
