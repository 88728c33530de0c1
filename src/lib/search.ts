/** Pure helpers for the search page: shaping Pagefind results into what the page lists. */

/** What Pagefind returns for one page (the parts we use). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One listed hit: the page, and up to `maxSections` sections that match, each linking to its heading. */
export interface SearchHit {
  title: string;
  url: string;
  type: string | undefined;
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
}

/** Keeps sections that point at a heading (a `#fragment`) other than the page top. */
export function toHit(data: PagefindResultData, maxSections = 3): SearchHit {
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, maxSections);
  return {
    title: data.meta.title ?? data.url,
    url: data.url,
    type: data.filters?.['type']?.[0],
    excerpt: data.excerpt,
    sections,
  };
}

/** "3 results for “drift”", "No results for “xyz”. Try fewer or other words." */
export function statusText(count: number, query: string): string {
  if (query.trim() === '') return 'Type a word or phrase to search every guide and data page.';
  if (count === 0)
    return `No results for “${query}”. Try fewer or different words, such as a city, a skill or a figure.`;
  return `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
}

/** The search page's own address for a query and filter, so the URL can be shared. */
export function searchUrl(path: string, query: string, type: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (type) params.set('type', type);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
