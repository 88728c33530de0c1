import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCommand, CACHES, COMPILE_CACHE, folderStats } from '../../../scripts/lib/bench/build.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('folderStats', () => {
  it('counts bytes, files and HTML pages in every subfolder', () => {
    mkdirSync(join(dir, 'guides/a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dir, 'guides/a/index.html'), 'x'.repeat(50));
    writeFileSync(join(dir, 'guides/a/og.png'), 'x'.repeat(7));
    expect(folderStats(dir)).toEqual({ bytes: 157, files: 3, html: 2 });
  });
  it('is all zero for a folder that is not there', () => {
    expect(folderStats(join(dir, 'pagefind'))).toEqual({ bytes: 0, files: 0, html: 0 });
  });
});

describe('buildCommand', () => {
  const settings = { nodeBin: '/opt/node24/bin/node', nodeArgs: ['--trace-gc'], work: dir };
  it("runs the project's build script as npm does, with the Node flags in NODE_OPTIONS", () => {
    const project = join(dir, 'project');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ scripts: { build: 'astro build && node x.ts' } }));
    const { command, env } = buildCommand(settings, project, {});
    expect(command).toEqual(['sh', '-c', 'astro build && node x.ts']);
    expect(env['npm_lifecycle_event']).toBe('build');
    expect(env['NODE_OPTIONS']).toMatch(/--trace-gc$/);
    expect(env['PATH']?.split(':').slice(0, 2)).toEqual([join(project, 'node_modules/.bin'), '/opt/node24/bin']);
    // Node's compile cache lives with the other caches a cold build removes, not in the shared temporary folder.
    expect(env['NODE_COMPILE_CACHE']).toBe(join(project, COMPILE_CACHE));
    expect(CACHES.some((c) => COMPILE_CACHE.startsWith(`${c}/`))).toBe(true);
  });
  it('runs astro build alone with extra Node flags when asked', () => {
    const { command } = buildCommand(settings, dir, { command: 'astro', extraArgs: ['--cpu-prof'] });
    expect(command).toEqual(['/opt/node24/bin/node', '--trace-gc', '--cpu-prof', 'node_modules/.bin/astro', 'build']);
  });
  it('says when the project has no build script', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'package.json'), '{}');
    expect(() => buildCommand(settings, empty, {})).toThrow(/No "build" script/);
  });
});
