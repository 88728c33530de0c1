/** Pure helpers for the search page: query variants, whole-word highlights, merged ranking and "did you mean". */
import { editDistance } from './text.ts';

/** One hit position Pagefind scored: a word index into `content`, and how much it counts. */
interface WeightedLocation {
  location: number;
  balanced_score: number;
  weight?: number;
}

/** A section of a page Pagefind matched (a sub-result). */
interface PagefindSubResult {
  title: string;
  url: string;
  locations?: number[];
  weighted_locations?: WeightedLocation[];
}

/** What Pagefind returns for one page (the parts we use). */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined> & { title?: string };
  filters?: Record<string, string[]>;
  content?: string;
  locations?: number[];
  sub_results?: PagefindSubResult[];
}

/** A run of an excerpt's text: words that match the search are marked, the rest is plain. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One listed hit: the page, and up to `maxSections` sections that match, best first, each linking to its heading. */
export interface SearchHit {
  title: string;
  url: string;
  type: string | undefined;
  excerpt: ExcerptPart[];
  sections: { title: string; url: string }[];
}

/** Every page type search filters by (a page's `searchType`), and the filter's label for it. */
export const searchTypes = {
  Guide: 'Guides',
  'Salary data': 'Salary data',
  Calculator: 'Calculator',
  'Hiring tools': 'Hiring tools',
  Sources: 'Sources',
} as const;

/** A page type search filters by. */
export type SearchType = keyof typeof searchTypes;

/** The type of reference pages, listed after the pages that discuss a query's words. */
const referenceType: SearchType = 'Sources';

/** A place or a term as content/data/search-synonyms.yaml describes it. */
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

/**
 * Name (normalised) → the other names a search for it also tries: the entry's other names, then the wider places it
 * lies `within`.
 */
export function synonymTable(entries: readonly PlaceSynonyms[]): Map<string, string[]> {
  const byId = new Map(entries.map((p) => [p.id, p]));
  const table = new Map<string, string[]>();
  for (const entry of entries) {
    const wider = entry.within.flatMap((id) => byId.get(id)?.names ?? []);
    for (const name of entry.names) {
      const key = normalize(name);
      // Names that differ only in spelling marks ("in-hand", "in hand") are one name to the table.
      const others = [...(table.get(key) ?? []), ...entry.names, ...wider].filter((n) => normalize(n) !== key);
      table.set(key, [...new Map(others.map((n) => [normalize(n), n])).values()]);
    }
  }
  return table;
}

/** One search to run: the words sent to the index, and the terms a page must hold (a name of two words is one term). */
export interface QueryVariant {
  query: string;
  terms: string[];
}

/**
 * The searches to run for a query: its key terms first, then each name of the synonym table swapped for its other
 * names (the longest name wins: "Delhi NCR" before "Delhi", "in hand" before the filler "in"). At most `max`
 * variants; a quoted (exact) query runs as typed.
 */
export function queryVariants(query: string, table: ReadonlyMap<string, readonly string[]>, max = 8): QueryVariant[] {
  if (query.includes('"'))
    return [{ query: query.trim(), terms: query.replaceAll('"', ' ').split(/\s+/).filter(Boolean) }];
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const longest = Math.max(1, ...[...table.keys()].map((k) => k.split(' ').length));
  const slots: string[][] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = false;
    for (let n = Math.min(longest, tokens.length - i); n > 0 && !matched; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const others = table.get(normalize(phrase));
      if (others) {
        slots.push([phrase, ...others]);
        i += n;
        matched = true;
      }
    }
    if (!matched) slots.push([tokens[i++]!]);
  }
  // Filler words go once names are matched, so "in" still counts inside "in hand"; all stay when nothing else would.
  const kept = slots.filter((slot) => slot.length > 1 || !fillers.has(normalize(slot[0]!)));
  let variants: string[][] = [[]];
  for (const slot of kept.length > 0 ? kept : slots)
    variants = variants.flatMap((v) => slot.map((choice) => [...v, choice])).slice(0, max);
  return variants.map((terms) => ({ query: terms.join(' '), terms }));
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

/** The words of a result's content, split as Pagefind splits them for its locations. */
const contentWords = (data: PagefindResultData): string[] => (data.content ?? '').split(/[^\S\uFEFF]+/);

/**
 * An excerpt of a page's words, built from its text and hit positions rather than from Pagefind's HTML excerpt: the
 * `length` words around the most whole-word hits of `terms` (the page's start when there are none), hits marked.
 */
export function excerptParts(
  words: readonly string[],
  locations: readonly number[],
  terms: readonly string[],
  length = 24,
): ExcerptPart[] {
  const hits = [...new Set(locations)]
    .filter((l) => l < words.length && (terms.length === 0 || matchesAny(words[l]!, terms)))
    .toSorted((a, b) => a - b);
  // The window that holds the most hits, starting a few words before its first one.
  const lead = Math.min(3, Math.floor(length / 4));
  let start = 0;
  let most = 0;
  for (const first of hits) {
    const count = hits.filter((h) => h >= first && h < first + length).length;
    if (count > most) [most, start] = [count, Math.max(0, first - lead)];
  }
  const marked = new Set(hits);
  const parts: ExcerptPart[] = [];
  for (let i = start; i < Math.min(words.length, start + length); i++) {
    const mark = marked.has(i);
    const last = parts.at(-1);
    if (last && !mark && !last.mark) last.text += ` ${words[i]}`;
    else parts.push({ text: last ? ` ${words[i]}` : words[i]!, mark });
  }
  // A mark holds the word alone: the space before it stays plain.
  return parts.flatMap((p) =>
    p.mark && p.text.startsWith(' ')
      ? [
          { text: ' ', mark: false },
          { text: p.text.slice(1), mark: true },
        ]
      : [p],
  );
}

/** Whether `text` holds the words of `phrase` next to each other, whatever the punctuation ("take-home" for "take home"). */
const holdsPhrase = (text: string, phrase: string): boolean =>
  ` ${normalize(text)} `.includes(` ${normalize(phrase)} `);

/**
 * Whether every term of the search is on the page as a whole word (in its text or its metadata), so a page Pagefind
 * found only through a fragment ("be" for "Bengaluru") is dropped. A term of several words ("in hand") must stand as
 * a phrase, not as words scattered over the page.
 */
export function hasEveryTerm(data: PagefindResultData, terms: readonly string[]): boolean {
  const words = contentWords(data);
  const hits = (data.locations ?? []).map((l) => words[l] ?? '');
  const metaValues = Object.values(data.meta).filter((v): v is string => v !== undefined);
  const meta = metaValues.flatMap((v) => v.split(/\s+/));
  return terms.every((t) =>
    normalize(t).includes(' ')
      ? holdsPhrase(data.content ?? '', t) || metaValues.some((v) => holdsPhrase(v, t))
      : hits.some((w) => isWholeWord(w, t)) || meta.some((w) => isWholeWord(w, t)),
  );
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
    .map(({ s }) => ({ title: s.title, url: s.url }));
  return {
    title: data.meta.title ?? data.url,
    url: data.url,
    type: data.filters?.['type']?.[0],
    excerpt: excerptParts(words, data.locations ?? [], terms),
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

/** How often each word (letters only, three or more) occurs in `texts`: the site's vocabulary for suggestions. */
export function vocabularyOf(texts: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of texts)
    for (const word of normalize(text).split(' '))
      if (/^\p{L}{3,}$/u.test(word)) counts[word] = (counts[word] ?? 0) + 1;
  return counts;
}

/** A query with the words no page uses swapped for the closest words that pages do use. */
export interface Suggestion {
  query: string;
  /** The words of the query no page uses, as typed (normalised). */
  unknown: string[];
}

/**
 * "Did you mean": the query with each word the site never uses replaced by the closest word it does use (one edit
 * for words of up to five letters, two for longer; the more frequent word wins a tie). A word that starts a known
 * word ("salar", still being typed) or is one of `names` (the synonym table's words) counts as known. Undefined when
 * nothing changes.
 */
export function suggestQuery(
  query: string,
  vocabulary: Readonly<Record<string, number>>,
  names: Iterable<string> = [],
): Suggestion | undefined {
  const known = Object.keys(vocabulary);
  const named = new Set([...names].flatMap((n) => normalize(n).split(' ')));
  const unknown: string[] = [];
  const words = normalize(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      if (!/^\p{L}{3,}$/u.test(word) || Object.hasOwn(vocabulary, word) || named.has(word)) return word;
      if (known.some((k) => k.startsWith(word))) return word;
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
      unknown.push(word);
      return best.word;
    });
  return unknown.length > 0 ? { query: words.join(' '), unknown } : undefined;
}

/**
 * The pages as listed: reference pages (the sources list) after every page that discusses the words, each group in
 * its own order, so a section that answers a question is never below the list of publications it cites.
 */
export function referencesLast<T extends { type: string | undefined }>(hits: readonly T[]): T[] {
  return [...hits.filter((h) => h.type !== referenceType), ...hits.filter((h) => h.type === referenceType)];
}

/** "3 results for “drift”", "No results for “xyz”. Try fewer or other words." */
export function statusText(count: number, query: string): string {
  if (query.trim() === '') return 'Type a word or phrase to search every guide and data page.';
  if (count === 0)
    return `No results for “${query}”. Try fewer or different words, such as a city, a skill or a figure.`;
  return `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
}

/** What the status says when the results shown are for the suggestion, as the query has words no page uses. */
export function suggestedStatusText(count: number, suggestion: Suggestion): string {
  const words = suggestion.unknown.map((w) => `“${w}”`);
  const listed = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  return `No page uses ${listed}. Showing ${count} result${count === 1 ? '' : 's'} for “${suggestion.query}”.`;
}

/** The search page's own address for a query and filter, so the URL can be shared. */
export function searchUrl(path: string, query: string, type: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (type) params.set('type', type);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
