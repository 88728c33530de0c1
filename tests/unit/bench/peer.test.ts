import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { starlightFiles, starlightPage, writeStarlightProject } from '../../../scripts/lib/bench/peer.ts';
import { syntheticGuide } from '../../../scripts/lib/bench/synthetic.ts';

const template = readFileSync('tests/fixtures/frozen/content/guides/mlops-engineers-india-2026.mdx', 'utf8');
const guide = syntheticGuide(template, { n: 3, total: 10, datasetId: 'bench-x-001', role: { id: 'r', name: 'Role' } });

describe('starlightPage', () => {
  const page = starlightPage(guide.text);
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(page) ?? [];
  it("keeps the guide's title and description, and nothing else, in the front matter", () => {
    expect(parse(front)).toEqual({ title: guide.title, description: expect.stringContaining('Benchmark guide 3') });
  });
  it('leaves no component in the text, numbering citations in order of first use', () => {
    expect(body).not.toMatch(/<[A-Z]/);
    const numbers = [...body.matchAll(/<sup>\[(\d+)\]<\/sup>/g)].map((m) => Number(m[1]));
    expect(numbers.length).toBe(guide.text.match(/<Cite /g)?.length);
    expect(Math.max(...numbers)).toBe(new Set(guide.text.match(/<Cite id="[^"]+"/g)).size);
  });
  it('keeps every heading and the words of the text', () => {
    expect(body.match(/^#{2,3} .*/gm)).toEqual(guide.text.match(/^#{2,3} .*/gm));
    expect(body).toContain('Benchmark note 3');
  });
  it('turns each block component into a Markdown table', () => {
    const blocks = guide.text.match(/^<[A-Z][^>]*\/>\s*$/gm)?.length ?? 0;
    expect(blocks).toBeGreaterThan(0);
    expect(body.match(/^\| Level /gm)?.length).toBe(blocks);
  });
});

describe('writeStarlightProject', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('writes the project files and one Markdown page per guide', () => {
    const guides = join(dir, 'guides');
    rmSync(guides, { recursive: true, force: true });
    const project = join(dir, 'peer');
    // Two guides from the template, as the generator would write them.
    mkdirSync(guides);
    for (const n of [1, 2]) {
      const g = syntheticGuide(template, { n, total: 2, datasetId: 'd', role: { id: 'r', name: 'Role' } });
      writeFileSync(join(guides, g.fileName), g.text);
    }
    expect(writeStarlightProject(project, guides, '7.3.5')).toBe(2);
    expect(readdirSync(join(project, 'src/content/docs/guides'))).toHaveLength(2);
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies['astro']).toBe('7.3.5');
    expect(Object.keys(starlightFiles('7.3.5'))).toEqual(
      expect.arrayContaining(['astro.config.mjs', 'src/content.config.ts', 'src/content/docs/index.md']),
    );
  });
});
