/** The layers of src/: pure logic below, Astro above, and no tooling anywhere (see the README's project layout). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const filesIn = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f))
    .map((f) => `${dir}/${f}`);

/** Every module specifier a file imports, relative ones resolved to paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [
    ...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g),
  ]
    .map((m) => m[1] ?? m[2]!)
    .concat([...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!));
  return specs.map((s) => (s.startsWith('.') ? relative(root, join(root, dirname(file), s)) : s));
}

/** Packages that are tooling: tests, browsers, validators, benchmarks. */
const tooling = [
  'playwright-core',
  'html-validate',
  'lighthouse',
  'chrome-launcher',
  '@sparticuz/chromium',
  '@axe-core/playwright',
  'vitest',
  'fast-check',
  'ajv',
];
const above = ['src/data/', 'src/islands/', 'src/components/', 'src/layouts/', 'src/pages/', 'src/integrations/'];

describe('layers', () => {
  it.each(filesIn('src'))('%s imports no tooling, scripts or tests', (file) => {
    const bad = importsOf(file).filter(
      (s) =>
        tooling.some((t) => s === t || s.startsWith(`${t}/`)) || s.startsWith('scripts/') || s.startsWith('tests/'),
    );
    expect(bad).toEqual([]);
  });
  it.each(filesIn('src/lib'))('%s imports nothing from the layers above it, nor astro:*', (file) => {
    const bad = importsOf(file).filter((s) => s.startsWith('astro:') || above.some((a) => s.startsWith(a)));
    expect(bad).toEqual([]);
  });
  it.each(filesIn('src/schemas'))('%s imports nothing from the layers above it', (file) => {
    const bad = importsOf(file).filter((s) => above.some((a) => s.startsWith(a)));
    expect(bad).toEqual([]);
  });
  it('sees the imports it checks', () => {
    // A guard for the guard: if the parsing above broke, every case would pass vacuously.
    expect(importsOf('src/data/content.ts')).toEqual(
      expect.arrayContaining(['astro:content', 'src/lib/collections.ts', 'src/site.config.ts']),
    );
    expect(importsOf('src/pages/rss.xml.ts')).toEqual(expect.arrayContaining(['@astrojs/rss', 'src/lib/rss.ts']));
  });
});
