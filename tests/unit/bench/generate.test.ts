import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuides } from '../../../src/lib/content/guides.ts';
import { readCollection } from '../../../src/lib/content/read.ts';
import { dataCollections, guidesDir } from '../../../src/lib/content/registry.ts';
import { editOneFigure, generateSite } from '../../../scripts/lib/bench/generate.ts';

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

  it('replaces the guides and adds the asked-for data sets beside the real ones', () => {
    expect(readdirSync(join(dir, guidesDir))).toHaveLength(7);
    const real = readdirSync(join(frozen, 'data/salaries'));
    const all = readdirSync(join(dir, dataCollections.salaries.path));
    expect(all).toHaveLength(real.length + 3);
    expect(all).toEqual(expect.arrayContaining(real));
  });
  it('writes guides and data sets that pass their schemas, each guide showing a generated data set', () => {
    const { guides, problems } = readGuides(dir, guidesDir);
    expect(problems).toEqual([]);
    const real = new Set(readCollection(frozen.replace(/\/content$/, ''), dataCollections.salaries).map((d) => d.id));
    const datasets = new Set(
      readCollection(dir, dataCollections.salaries)
        .map((d) => d.id)
        .filter((id) => !real.has(id)),
    );
    expect(datasets.size).toBe(3);
    for (const g of guides) expect(datasets.has(g.data.salaryData), g.file).toBe(true);
    expect(new Set(guides.map((g) => g.data.salaryData)).size).toBe(3);
  });
  it('keeps the schema line at the top of each data set', () => {
    const original = readFileSync(
      join(frozen, 'data/salaries', readdirSync(join(frozen, 'data/salaries'))[0]!),
      'utf8',
    );
    const real = readdirSync(join(frozen, 'data/salaries'));
    const file = readdirSync(join(dir, dataCollections.salaries.path)).find((f) => !real.includes(f))!;
    const text = readFileSync(join(dir, dataCollections.salaries.path, file), 'utf8');
    expect(original).toMatch(/^# yaml-language-server: /);
    expect(text.split('\n')[0]).toBe(original.split('\n')[0]);
  });
  it('edits one figure of one generated data set for the warm rebuild, keeping the schema line', () => {
    const before = readCollection(dir, dataCollections.salaries);
    const file = editOneFigure(dir, 3);
    const after = readCollection(dir, dataCollections.salaries);
    const changed = after.filter(
      (d) => JSON.stringify(d.raw) !== JSON.stringify(before.find((b) => b.id === d.id)?.raw),
    );
    expect(changed.map((d) => join(dir, d.file))).toEqual([file]);
    const [was, now] = [before, after].map(
      (all) => (all.find((d) => d.id === changed[0]!.id)!.raw as { bands: { max: number }[] }).bands[0]!.max,
    );
    expect(now).toBe(was! + 1);
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: /);
  });
});
