/**
 * A real `astro build` stops on broken guides with the content check's own messages, naming each file, line and
 * column. One copy of the project holds, beside the frozen guide, one guide per broken-guide fixture, so one build
 * covers them all.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy.ts';

const fixtures = 'tests/fixtures/broken-guides';
const guide = 'content/guides/mlops-engineers-india-2026.mdx';
const copy = projectCopy('guide-errors');
afterAll(copy.cleanUp);

describe('astro build stops on broken guides with the content check’s messages', () => {
  it('names every broken guide’s file, line and column, as check:content does', () => {
    copy.withEdit({ file: guide, find: /\n$/, replace: '\n\n' });
    const text = readFileSync(join(copy.dir, guide), 'utf8');
    const names = readdirSync(fixtures).filter((f) => f.endsWith('.mdx'));
    for (const name of names) {
      const slug = `broken-${name.replace(/\.mdx$/, '')}`;
      const mistake = readFileSync(join(fixtures, name), 'utf8');
      const broken = text.replace(/^slug: .*$/m, `slug: ${slug}`).replace(/^(---\n[\s\S]*?\n---\n)/, `$1\n${mistake}`);
      writeFileSync(join(copy.dir, 'content/guides', `${slug}.mdx`), broken);
    }
    const check = copy.checkContent();
    expect(check.status).toBe(1);
    const listed = check.output.split('\n').filter((line) => line.startsWith('  - '));
    for (const name of names)
      expect(
        listed.some((l) => l.startsWith(`  - content/guides/broken-${name.replace(/\.mdx$/, '')}.mdx, line `)),
        name,
      ).toBe(true);
    const build = copy.build();
    expect(build.status).not.toBe(0);
    for (const line of listed) expect(build.output).toContain(line);
    expect(build.output).not.toContain('Unable to load your Astro config');
  });
});
