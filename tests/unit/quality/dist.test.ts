import { describe, expect, it } from 'vitest';
import { fileForUrl, matchesPath, urlForFile } from '../../../scripts/lib/quality/dist.ts';

describe('files and URLs in dist/', () => {
  it.each([
    ['index.html', '/'],
    ['guides/index.html', '/guides/'],
    ['guides/x/index.html', '/guides/x/'],
    ['calculator/index.html', '/calculator/'],
    ['404.html', '/404.html'],
    ['api/v1/guides.json', '/api/v1/guides.json'],
    ['favicon.svg', '/favicon.svg'],
  ])('%s is served at %s', (file, url) => {
    expect(urlForFile(file)).toBe(url);
    expect(fileForUrl(url)).toBe(file);
  });
});

describe('matchesPath', () => {
  it.each([
    ['/guides/*/', '/guides/x/', true],
    ['/guides/*/', '/guides/', false],
    ['/guides/*/', '/guides/x/y/', false],
    ['/search/**', '/search/', true],
    ['/search/**', '/searching/', false],
    ['/**', '/404.html', true],
    ['/calculator/', '/calculator/', true],
    ['/a.b/', '/aXb/', false],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(matchesPath(pattern, path)).toBe(expected);
  });
});
