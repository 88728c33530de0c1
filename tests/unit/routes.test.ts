import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, siteOrigin } from '../../src/lib/routes.ts';

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

describe('the site origin from SITE_URL', () => {
  it.each([
    [undefined, DEFAULT_SITE_URL],
    ['', DEFAULT_SITE_URL],
    ['  ', DEFAULT_SITE_URL],
    ['https://guides.example.com', 'https://guides.example.com'],
    ['https://guides.example.com/', 'https://guides.example.com'],
    ['http://localhost:8080', 'http://localhost:8080'],
  ])('%s → %s', (configured, origin) => {
    expect(siteOrigin(configured)).toBe(origin);
  });

  it.each(['guides.example.com', 'ftp://guides.example.com', 'https://guides.example.com/hg/', 'https://x.com/?a'])(
    '%s stops the build, naming SITE_URL',
    (configured) => {
      expect(() => siteOrigin(configured)).toThrow(/^SITE_URL must be the site's origin/);
    },
  );
});
