import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, guidePath } from '../../src/lib/routes.ts';
import { site } from '../../src/site.config.ts';

async function withBase(base: string) {
  vi.resetModules();
  vi.stubEnv('BASE_URL', base);
  return import('../../src/data/paths.ts');
}
afterEach(() => vi.unstubAllEnvs());

describe('site-relative links', () => {
  it('get the base when the site is served under a sub-path', async () => {
    const { url, withoutBase } = await withBase('/hg/');
    expect(url('/salaries/')).toBe('/hg/salaries/');
    expect(url('/')).toBe('/hg/');
    expect(withoutBase('/hg/guides/x/')).toBe('/guides/x/');
    expect(withoutBase('/hg/')).toBe('/');
  });
  it('leave absolute, protocol-relative and fragment links alone', async () => {
    const { url } = await withBase('/hg/');
    expect(url('https://example.org/x')).toBe('https://example.org/x');
    expect(url('//cdn.example.org/x')).toBe('//cdn.example.org/x');
    expect(url('#sources')).toBe('#sources');
  });
  it('make absolute URLs on the configured site, keeping the base', async () => {
    const { siteRoot } = await withBase('/hg/');
    expect(siteRoot).toBe(`${site.url}/hg/`);
    expect(absoluteUrl(siteRoot, '/salaries/')).toBe(`${site.url}/hg/salaries/`);
    expect(absoluteUrl(siteRoot, guidePath('x'))).toBe(`${site.url}/hg/guides/x/`);
  });
  it('change nothing at the root', async () => {
    const { url, withoutBase } = await withBase('/');
    expect(url('/salaries/')).toBe('/salaries/');
    expect(withoutBase('/guides/x/')).toBe('/guides/x/');
  });
});
