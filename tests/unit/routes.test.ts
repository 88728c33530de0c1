import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/routes.ts';

describe('absolute URLs in feeds and the API', () => {
  it('keep the base when the site is served under a sub-path', () => {
    expect(absoluteUrl('https://example.org/hg/', '/api/v1/salaries.json')).toBe(
      'https://example.org/hg/api/v1/salaries.json',
    );
    expect(absoluteUrl('https://example.org/hg', '/rss.xml')).toBe('https://example.org/hg/rss.xml');
  });
  it('work at the root, with or without a trailing slash', () => {
    expect(absoluteUrl('https://example.org', '/guides/x/')).toBe('https://example.org/guides/x/');
    expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
  });
});
