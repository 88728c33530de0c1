/** MDX's static optimization must leave alone every element a guide component renders (astro.config.mjs). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overriddenElements } from '../../src/components/mdx/elements.ts';

describe('overriddenElements', () => {
  it('lists exactly the lower-case (HTML element) keys of guideComponents', () => {
    const source = readFileSync('src/components/mdx/index.ts', 'utf8');
    const body = /export const guideComponents = \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const keys = [...body.matchAll(/^\s*([A-Za-z0-9]+)\s*[:,]/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => /^[a-z]/.test(k)).toSorted()).toEqual([...overriddenElements].toSorted());
  });
  it('is what the MDX integration is told to ignore', () => {
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/ignoreElementNames: \[\.\.\.overriddenElements\]/);
  });
});
