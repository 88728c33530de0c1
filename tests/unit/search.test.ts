import { describe, expect, it } from 'vitest';
import { searchUrl, statusText, toHit } from '../../src/lib/search.ts';

describe('search helpers', () => {
  it('keeps only sections that point at a heading, at most three', () => {
    const hit = toHit({
      url: '/g/',
      excerpt: 'x',
      meta: { title: 'Guide' },
      filters: { type: ['Guide'] },
      sub_results: [
        { title: 'Guide', url: '/g/', excerpt: '' },
        ...['a', 'b', 'c', 'd'].map((id) => ({ title: id, url: `/g/#${id}`, excerpt: '' })),
      ],
    });
    expect(hit.sections.map((s) => s.url)).toEqual(['/g/#a', '/g/#b', '/g/#c']);
    expect(hit.type).toBe('Guide');
  });
  it('falls back to the URL when a page has no title', () => {
    expect(toHit({ url: '/x/', excerpt: '', meta: {} }).title).toBe('/x/');
  });
  it.each([
    [0, '', 'Type a word or phrase to search every guide and data page.'],
    [0, 'zz', 'No results for “zz”. Try fewer or different words, such as a city, a skill or a figure.'],
    [1, 'drift', '1 result for “drift”.'],
    [4, 'drift', '4 results for “drift”.'],
  ])('%d hits for “%s”: %s', (count, query, text) => {
    expect(statusText(count, query)).toBe(text);
  });
  it('writes the query and filter into the page address', () => {
    expect(searchUrl('/search/', ' ₹22 lakh ', '')).toBe('/search/?q=%E2%82%B922+lakh');
    expect(searchUrl('/search/', 'x', 'Salary data')).toBe('/search/?q=x&type=Salary+data');
    expect(searchUrl('/search/', '', '')).toBe('/search/');
  });
});
