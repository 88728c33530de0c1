import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../../../src/lib/cost/index.ts';

/** Every source file under src/, except the wording itself. */
function sources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return sources(path);
      return /\.(ts|tsx|astro)$/.test(d.name) && !path.endsWith('cost/words.ts') ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

describe('the calculator’s wording', () => {
  const code = sources('src');
  // Sections read key by key in code; `amount`, `asks`, `ranges` and the labels are looked up by code or id.
  const sections = { engine: words.engine, ui: words.ui, notices: words.notices, csv: words.csv, rates: words.rates };

  it.each(Object.entries(sections).flatMap(([section, entries]) => Object.keys(entries).map((key) => [section, key])))(
    '%s.%s is used somewhere in src/',
    (section, key) => {
      // Read as `w.key` (the island and engine take a section as `w`), `words.section.key`, `.section.key`, or by a
      // code string equal to the key (notice kinds).
      const read = new RegExp(`\\bw\\.${key}\\b|\\.${section}\\.${key}\\b|'${key}'`);
      expect(read.test(code), key).toBe(true);
    },
  );

  it('has no unfinished template: every {name} is a plain word', () => {
    const leaves = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : typeof v === 'object' && v ? Object.values(v).flatMap(leaves) : [];
    const places = leaves(words).flatMap((text) => text.match(/\{[^}]*\}?|\}/g) ?? []);
    expect(places.filter((p) => !/^\{[a-z]+\}$/i.test(p))).toEqual([]);
    expect(places.length).toBeGreaterThan(20);
  });
});
