import { describe, expect, it } from 'vitest';
import { indexedAfterAstro } from '../../src/integrations/pagefind.ts';

describe('indexedAfterAstro', () => {
  it('leaves the index to the build script under npm run build', () => {
    expect(indexedAfterAstro({ npm_lifecycle_event: 'build' })).toBe(true);
  });
  it.each([['start'], ['test'], [undefined]])('indexes inside Astro for %s', (event) => {
    expect(indexedAfterAstro(event === undefined ? {} : { npm_lifecycle_event: event })).toBe(false);
  });
});
