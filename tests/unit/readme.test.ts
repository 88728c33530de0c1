/** The README's project tree names real paths, and every folder of the project's main layers is in it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const block = /## Project layout\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '';

/** The paths the tree names: folders end with `/`; `<id>` and `*` stand for any name. */
function treePaths(text: string): string[] {
  const parents: string[] = [];
  const paths: string[] = [];
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    // A line indented to the description column continues the description above it.
    if (line.trim() === '' || indent >= 30) continue;
    const names = line.trimStart().split(/\s{3,}/)[0]!;
    const depth = indent / 2;
    parents.length = depth;
    let lastDir: string | undefined;
    for (const name of names.split(/\s+/)) {
      const path = [...parents, name].join('');
      paths.push(path);
      if (name.endsWith('/')) lastDir = name;
    }
    if (lastDir) parents[depth] = lastDir;
  }
  return paths;
}

const paths = treePaths(block);
const concrete = (p: string): string => p.replace(/[^/]*[<*].*$/, '');
/** Every folder the tree names, itself or as the parent of something it names. */
const listed = new Set(paths.flatMap((p) => [...p.matchAll(/\//g)].map((m) => p.slice(0, m.index + 1))));
const folders = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((f) => !f.startsWith('.') && statSync(join(root, dir, f)).isDirectory())
    .map((f) => `${dir}/${f}/`);

describe('the README project tree', () => {
  it('has a tree to check', () => {
    expect(paths.length).toBeGreaterThan(30);
    expect(paths).toContain('src/lib/content/');
  });
  it.each(paths)('%s exists', (path) => {
    expect(existsSync(join(root, concrete(path)))).toBe(true);
  });
  const layers = ['src', 'src/lib', 'scripts', 'scripts/lib', 'tests', 'content', 'content/data'];
  it.each(layers.flatMap(folders))('lists the folder %s', (folder) => {
    expect(listed.has(folder)).toBe(true);
  });
});
