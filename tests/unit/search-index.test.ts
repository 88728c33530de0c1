import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { close } from 'pagefind';
import { describe, expect, it } from 'vitest';
import { indexedAfterAstro, indexSite } from '../../src/integrations/pagefind.ts';
import { indexablePage } from '../../src/lib/search-index.ts';

describe('indexedAfterAstro', () => {
  it('leaves the index to the build script under npm run build', () => {
    expect(indexedAfterAstro({ npm_lifecycle_event: 'build' })).toBe(true);
  });
  it.each([['start'], ['test'], [undefined]])('indexes inside Astro for %s', (event) => {
    expect(indexedAfterAstro(event === undefined ? {} : { npm_lifecycle_event: event })).toBe(false);
  });
});

describe('indexSite', () => {
  const page = (body: string, indexed = true): string =>
    `<!doctype html><html lang="en"><head><title>t</title></head><body>${
      indexed ? `<main data-pagefind-body>${body}</main>` : `<main>${body}</main>`
    }</body></html>`;

  it('indexes each page with a body once, reads table cells as separate words, and leaves the pages as built', async () => {
    const site = mkdtempSync(join(tmpdir(), 'index-site-'));
    const pages = {
      'index.html': page('<h1>Welcome</h1><p>Hiring guides</p>'),
      'guides/one/index.html': page(
        '<table><thead><tr><th>Best for</th></tr></thead><tbody><tr><th>Bangalore</th><td>alpha</td></tr></tbody></table>' +
          '<ul><li>gamma</li><li>delta</li></ul>',
      ),
      '404.html': page('<p>Missing</p>', false),
    };
    try {
      for (const [file, html] of Object.entries(pages)) {
        mkdirSync(dirname(join(site, file)), { recursive: true });
        writeFileSync(join(site, file), html);
      }
      mkdirSync(join(site, 'search'));
      const count = await indexSite(`${site}/`).finally(() => close());
      expect(count).toBe(2);
      const vocabulary = JSON.parse(readFileSync(join(site, 'search/vocabulary.json'), 'utf8')) as Record<
        string,
        number
      >;
      expect(Object.keys(vocabulary)).toEqual(
        expect.arrayContaining(['best', 'for', 'bangalore', 'alpha', 'gamma', 'delta', 'welcome']),
      );
      expect(Object.keys(vocabulary)).not.toContain('forbangalore');
      expect(Object.keys(vocabulary)).not.toContain('missing');
      for (const [file, html] of Object.entries(pages)) expect(readFileSync(join(site, file), 'utf8')).toBe(html);
      expect(readdirSync(join(site, 'pagefind/fragment'))).toHaveLength(2);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

const html = (body: string): string => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

describe('what the indexer reads of a page', () => {
  it('separates the text of neighbouring cells and list items, so words of two cells stay two words', () => {
    const { text } = indexablePage(
      html(
        '<main data-pagefind-body><table><tr><th>Best for</th><td>Bangalore</td></tr></table><ul><li>a</li><li>b</li></ul></main>',
      ),
    );
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Best', 'for', 'Bangalore', 'a', 'b']);
  });
  it('keeps the page as it is apart from the spaces', () => {
    const staged = indexablePage(
      html('<main data-pagefind-body><p class="x">One &amp; two</p><dl><dt>k</dt><dd>v</dd></dl></main>'),
    ).html;
    expect(staged).toContain('<p class="x">One &amp; two</p>');
    expect(staged).toContain('<dt>k</dt> <dd>v</dd> ');
  });
  it('reads only the indexed part: inside data-pagefind-body, outside data-pagefind-ignore and scripts', () => {
    const { text } = indexablePage(
      html(
        '<header>Menu</header><main data-pagefind-body><p>kept</p><div data-pagefind-ignore>ignored</div><script>code()</script></main><footer>Footer</footer>',
      ),
    );
    expect(text.trim()).toBe('kept');
  });
  it('has no text for a page without data-pagefind-body', () => {
    expect(indexablePage(html('<main><p>not indexed</p></main>'))).toMatchObject({ indexed: false, text: '' });
  });
});
