/** The built /admin: its own Content-Security-Policy beside the site's strict one, and kept out of search and the sitemap. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../support/headers.ts';
import { baseUrl, sitemapPaths } from './browser.ts';

const dist = join(process.cwd(), 'dist');
const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
const policy = (lines: readonly string[] = []) =>
  lines
    .filter((l) => l.startsWith('Content-Security-Policy:'))
    .map((l) => l.slice('Content-Security-Policy:'.length).trim());

describe('the built _headers', () => {
  it('keeps the site-wide policy strict: no eval, no inline styles, framing refused', () => {
    const site = policy(rules.get('/*'));
    expect(site).toEqual(["frame-ancestors 'none'"]);
    // The rest of each page's policy is Astro's per-page meta tag: hashes only.
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(home)?.[1] ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
  it('gives /admin/* its own policy, after detaching the site-wide one', () => {
    const admin = rules.get('/admin/*') ?? [];
    expect(admin[0]).toBe('! Content-Security-Policy');
    const [own, ...more] = policy(admin);
    expect(more).toEqual([]);
    const directives = new Map(
      own!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k!, v]),
    );
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(admin).toContain('X-Robots-Tag: noindex, nofollow');
  });
});

describe('/admin', () => {
  it('is served from our own files, noindex', async () => {
    const html = await (await fetch(`${baseUrl()}/admin/`)).text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/admin/cms.js', '/admin/decap-cms.js']);
    for (const src of scripts) expect((await fetch(`${baseUrl()}${src}`)).status).toBe(200);
  });
  it('is out of the sitemap and the search index', async () => {
    expect((await sitemapPaths()).filter((p) => p.startsWith('/admin'))).toEqual([]);
    const folder = join(dist, 'pagefind/fragment');
    // Each fragment: gzip of a signature, then JSON naming the page's URL.
    const urls = readdirSync(folder).map(
      (f) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(folder, f)))
              .subarray(12)
              .toString('utf8'),
          ) as { url: string }
        ).url,
    );
    expect(urls).toContain('/salaries/');
    expect(urls.filter((u) => u.startsWith('/admin'))).toEqual([]);
  });
});
