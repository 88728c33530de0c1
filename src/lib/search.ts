/** Pure helpers for the search page: query variants, whole-word highlights, merged ranking and "did you mean". */

/** One hit position Pagefind scored: a word index into `content`, and how much it counts. */
export interface WeightedLocation {
  location: number;
  balanced_score: number;
  weight?: number;
}

/** A section of a page Pagefind matched (a sub-result). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: WeightedLocation[];
}

/** What Pagefind returns for one page (the parts we use). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined> & { title?: string };
  filters?: Record<string, string[]>;
  content?: string;
  locations?: number[];
  sub_results?: PagefindSubResult[];
}

/** One listed hit: the page, and up to `maxSections` sections that match, best first, each linking to its heading. */
export interface SearchHit {
  title: string;
  url: string;
  type: string | undefined;
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
}

/** A place as content/data/search-synonyms.yaml describes it. */
export interface PlaceSynonyms {
  id: string;
  names: readonly string[];
  within: readonly string[];
}

/** Lower case, accents and punctuation removed, words separated by single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Question and filler words: Pagefind needs every word of a query on a page, so "how much does an" would hide
// pages that answer the question without those words.
const fillers = new Set(
  (
    'a an and are about be can could do does for from get give how i in is it me much many my of on or our ' +
    'should tell the to us we what whats when where which who why will with would you your'
  ).split(' '),
);

/** The words of a query as typed, without question and filler words (all of them, when nothing else is left). */
export function keyTerms(query: string): string[] {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const kept = tokens.filter((t) => !fillers.has(normalize(t)));
  return kept.length > 0 ? kept : tokens;
}

/** Name (normalised) → the other names a search for it also tries: the place's other names, then wider places. */
export function synonymTable(places: readonly PlaceSynonyms[]): Map<string, string[]> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const table = new Map<string, string[]>();
  for (const place of places) {
    const wider = place.within.flatMap((id) => byId.get(id)?.names ?? []);
    for (const name of place.names) {
      const others = [...place.names.filter((n) => n !== name), ...wider];
      const key = normalize(name);
      table.set(key, [...new Set([...(table.get(key) ?? []), ...others])]);
    }
  }
  return table;
}

/**
 * The searches to run for a query: its key terms first, then each place name swapped for its other names and the
 * wider places it lies in (the longest name wins: "Delhi NCR" before "Delhi"). At most `max` variants; a quoted
 * (exact) query runs as typed.
 */
export function queryVariants(query: string, table: ReadonlyMap<string, readonly string[]>, max = 8): string[] {
  if (query.includes('"')) return [query.trim()];
  const terms = keyTerms(query);
  const longest = Math.max(1, ...[...table.keys()].map((k) => k.split(' ').length));
  const slots: string[][] = [];
  for (let i = 0; i < terms.length;) {
    let matched = false;
    for (let n = Math.min(longest, terms.length - i); n > 0 && !matched; n--) {
      const phrase = terms.slice(i, i + n).join(' ');
      const others = table.get(normalize(phrase));
      if (others) {
        slots.push([phrase, ...others]);
        i += n;
        matched = true;
      }
    }
    if (!matched) slots.push([terms[i++]!]);
  }
  let variants: string[][] = [[]];
  for (const slot of slots) variants = variants.flatMap((v) => slot.map((choice) => [...v, choice])).slice(0, max);
  return variants.map((v) => v.join(' '));
}

const alnum = (text: string): string => normalize(text).replace(/ /g, '');

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a word of a page counts as a match for a query term: the term, a longer word it starts ("hyder" →
 * "Hyderabad"), or the same stem ("salaries" and "salary"). Not a short word Pagefind fell back to because it
 * starts the term ("be" for "Bengaluru", "no" for "Noida").
 */
export function isWholeWord(word: string, term: string): boolean {
  const t = alnum(term);
  if (t === '') return true;
  const parts = [alnum(word), ...normalize(word).split(' ')].filter(Boolean);
  return parts.some((w) => {
    if (w.startsWith(t)) return true;
    const shared = sharedPrefix(w, t);
    return shared >= 3 && shared >= Math.min(w.length, t.length) - 2 && w.length >= t.length - 2;
  });
}

const matchesAny = (word: string, terms: readonly string[]): boolean => terms.some((t) => isWholeWord(word, t));

/** `excerpt` (Pagefind's HTML, with `<mark>` around hits) without the marks on words that match none of `terms`. */
export function unmarkPartial(excerpt: string, terms: readonly string[]): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, word: string) => (matchesAny(word, terms) ? whole : word));
}

/** The words of a result's content, split as Pagefind splits them for its locations. */
const contentWords = (data: PagefindResultData): string[] => (data.content ?? '').split(/[^\S\uFEFF]+/);

/**
 * Whether every term of the search is on the page as a whole word (in its text or its metadata), so a page Pagefind
 * found only through a fragment ("be" for "Bengaluru") is dropped.
 */
export function hasEveryTerm(data: PagefindResultData, terms: readonly string[]): boolean {
  const words = contentWords(data);
  const hits = (data.locations ?? []).map((l) => words[l] ?? '');
  const meta = Object.values(data.meta).flatMap((v) => (v ? v.split(/\s+/) : []));
  return terms.every((t) => hits.some((w) => isWholeWord(w, t)) || meta.some((w) => isWholeWord(w, t)));
}

/**
 * A page as the list shows it. Highlights only whole words of `terms`; sections (sub-results that point at a
 * heading) are ranked by the weight of their whole-word hits, those without any dropped, at most `maxSections`.
 */
export function toHit(data: PagefindResultData, terms: readonly string[] = [], maxSections = 3): SearchHit {
  const words = contentWords(data);
  const scoreOf = (s: PagefindSubResult): number =>
    s.weighted_locations === undefined
      ? 1
      : s.weighted_locations
          .filter((l) => terms.length === 0 || matchesAny(words[l.location] ?? '', terms))
          .reduce((sum, l) => sum + l.balanced_score, 0);
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#'))
    .map((s, order) => ({ s, order, score: scoreOf(s) }))
    .filter((x) => x.score > 0)
    .toSorted((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, maxSections)
    .map(({ s }) => ({ title: s.title, url: s.url, excerpt: unmarkPartial(s.excerpt, terms) }));
  return {
    title: data.meta.title ?? data.url,
    url: data.url,
    type: data.filters?.['type']?.[0],
    excerpt: unmarkPartial(data.excerpt, terms),
    sections,
  };
}

/** One result of one of several searches, before merging. */
export interface Ranked<T> {
  key: string;
  score: number;
  item: T;
}

/**
 * Results of several searches (the query first, then its variants) as one list: each page once, at its best score,
 * a variant's score counted at `variantWeight` so the words the reader typed win a tie.
 */
export function mergeRanked<T>(lists: readonly (readonly Ranked<T>[])[], variantWeight = 0.9): Ranked<T>[] {
  const best = new Map<string, Ranked<T>>();
  lists.forEach((list, i) => {
    for (const r of list) {
      const score = i === 0 ? r.score : r.score * variantWeight;
      const seen = best.get(r.key);
      if (!seen || score > seen.score) best.set(r.key, { ...r, score });
    }
  });
  return [...best.values()].toSorted((a, b) => b.score - a.score);
}

/** Edit distance counting an insertion, deletion, substitution or swap of neighbours as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A page's HTML as the indexer should read it: a space after each table cell, caption, list item and definition,
 * because Pagefind joins the text of neighbouring cells that compressed HTML leaves unseparated ("Best for" +
 * "Bangalore" became one word, "forBangalore").
 */
export function separateCells(html: string): string {
  return html.replace(/<\/(td|th|caption|li|dt|dd)>/g, '$& ');
}

/** How often each word (letters only, three or more) occurs in `texts`: the site's vocabulary for suggestions. */
export function vocabularyOf(texts: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of texts)
    for (const word of normalize(text).split(' '))
      if (/^\p{L}{3,}$/u.test(word)) counts[word] = (counts[word] ?? 0) + 1;
  return counts;
}

/**
 * "Did you mean": the query with each word the site never uses replaced by the closest word it does use (one edit
 * for words of up to five letters, two for longer; the more frequent word wins a tie). Undefined when nothing changes.
 */
export function suggestQuery(query: string, vocabulary: Readonly<Record<string, number>>): string | undefined {
  const known = Object.keys(vocabulary);
  let changed = false;
  const words = normalize(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      if (!/^\p{L}{3,}$/u.test(word) || Object.hasOwn(vocabulary, word)) return word;
      const limit = word.length <= 5 ? 1 : 2;
      let best: { word: string; distance: number; count: number } | undefined;
      for (const candidate of known) {
        if (Math.abs(candidate.length - word.length) > limit) continue;
        const distance = editDistance(word, candidate);
        const count = vocabulary[candidate] ?? 0;
        if (distance > limit) continue;
        if (!best || distance < best.distance || (distance === best.distance && count > best.count))
          best = { word: candidate, distance, count };
      }
      if (!best) return word;
      changed = true;
      return best.word;
    });
  return changed ? words.join(' ') : undefined;
}

/** "3 results for “drift”", "No results for “xyz”. Try fewer or other words." */
export function statusText(count: number, query: string): string {
  if (query.trim() === '') return 'Type a word or phrase to search every guide and data page.';
  if (count === 0)
    return `No results for “${query}”. Try fewer or different words, such as a city, a skill or a figure.`;
  return `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
}

/** What the status says when nothing matched `query` and the results shown are for the suggestion instead. */
export function suggestedStatusText(count: number, query: string, suggestion: string): string {
  return `No results for “${query}”. Showing ${count} result${count === 1 ? '' : 's'} for “${suggestion}”.`;
}

/** The search page's own address for a query and filter, so the URL can be shared. */
export function searchUrl(path: string, query: string, type: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (type) params.set('type', type);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
