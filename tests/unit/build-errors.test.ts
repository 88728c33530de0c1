/**
 * A real `astro build` stops on broken guides with the content check's own messages, naming each file and line,
 * before anything else fails. One copy of the project holds one guide per broken-guide fixture, so one build covers all.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent } from '../../src/lib/content/reader.ts';

const root = process.cwd();
const fixtures = join(root, 'tests/fixtures/broken-guides');
const guide = readFileSync(join(root, 'content/guides/mlops-engineers-india-2026.mdx'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'build-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'tests']);

/** A copy of the project with, beside the real guide, one guide per fixture: the real one opening with the mistake. */
function projectWithBrokenGuides(): { dir: string; names: string[] } {
  const dir = join(work, 'site');
  cpSync(root, dir, { recursive: true, filter: (src) => !skip.has(src.slice(root.length + 1).split('/')[0]!) });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const names = readdirSync(fixtures).filter((f) => f.endsWith('.mdx'));
  for (const name of names) {
    const slug = `broken-${name.replace(/\.mdx$/, '')}`;
    const mistake = readFileSync(join(fixtures, name), 'utf8');
    const text = guide.replace(/^slug: .*$/m, `slug: ${slug}`).replace(/^(---\n[\s\S]*?\n---\n)/, `$1\n${mistake}`);
    writeFileSync(join(dir, 'content/guides', `${slug}.mdx`), text);
  }
  return { dir, names };
}

describe('astro build stops on broken guides with the content check’s messages', () => {
  it('names every broken guide’s file, line and column, as check:content does', () => {
    const { dir, names } = projectWithBrokenGuides();
    const expected = readContent(dir).problems.map(formatProblem);
    // Each fixture is reported, in its own file, at a line and column.
    for (const name of names)
      expect(expected.some((p) => p.startsWith(`content/guides/broken-${name.replace(/\.mdx$/, '')}.mdx, line `))).toBe(
        true,
      );
    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(build.status).not.toBe(0);
    const output = build.stdout + build.stderr;
    for (const problem of expected) expect(output).toContain(problem);
    expect(output).not.toContain('Unable to load your Astro config');
  }, 120_000);
});
