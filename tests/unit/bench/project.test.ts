import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, node24 } from '../../../scripts/lib/bench/project.ts';

const temps: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-project-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const write = (path: string, text = 'x'): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

describe('copyProject', () => {
  it('copies the sources, leaves out build output and caches, and links each dependency', () => {
    const root = temp();
    write(join(root, 'src/pages/index.astro'), 'page');
    write(join(root, 'src/dist/kept.ts'), 'nested dist is source');
    write(join(root, 'dist/index.html'));
    write(join(root, '.astro/types.d.ts'));
    write(join(root, '.git/HEAD'));
    write(join(root, 'test-results/vitest.json'));
    write(join(root, 'node_modules/astro/package.json'), '{}');
    write(join(root, 'node_modules/.astro/data-store.json'));
    write(join(root, 'node_modules/.vite/deps.json'));
    const dest = join(temp(), 'copy');
    copyProject(root, dest);
    expect(readFileSync(join(dest, 'src/pages/index.astro'), 'utf8')).toBe('page');
    expect(existsSync(join(dest, 'src/dist/kept.ts'))).toBe(true);
    for (const gone of ['dist', '.astro', '.git', 'test-results', 'node_modules/.astro', 'node_modules/.vite'])
      expect(existsSync(join(dest, gone)), gone).toBe(false);
    expect(lstatSync(join(dest, 'node_modules')).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(dest, 'node_modules/astro')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dest, 'node_modules/astro/package.json'))).toBe(true);
  });
});

describe('node24', () => {
  it('uses this process on Node 24, else the project’s node package, else nothing', () => {
    const root = temp();
    expect(node24(root, '24.3.0', '/bin/this-node')).toBe('/bin/this-node');
    expect(node24(root, '20.19.0', '/bin/this-node')).toBeUndefined();
    write(join(root, 'node_modules/node/bin/node'));
    expect(node24(root, '20.19.0', '/bin/this-node')).toBe(join(root, 'node_modules/node/bin/node'));
  });
});
