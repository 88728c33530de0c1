import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections } from '../../src/lib/content/registry.ts';
import {
  hasEveryTerm,
  isWholeWord,
  mergeRanked,
  normalize,
  queryVariants,
  referencesLast,
  searchUrl,
  statusText,
  suggestQuery,
  suggestedStatusText,
  synonymTable,
  toHit,
  excerptParts,
  vocabularyOf,
  type PagefindResultData,
} from '../../src/lib/search.ts';
import { editDistance } from '../../src/lib/text.ts';

const places = [
  { id: 'bengaluru', names: ['Bengaluru', 'Bangalore'], within: ['karnataka'] },
  { id: 'karnataka', names: ['Karnataka'], within: [] },
  { id: 'delhi-ncr', names: ['Delhi NCR', 'NCR'], within: [] },
  { id: 'delhi', names: ['Delhi'], within: ['delhi-ncr'] },
  { id: 'gurugram', names: ['Gurugram', 'Gurgaon'], within: ['delhi-ncr'] },
  { id: 'take-home', names: ['take-home', 'in-hand', 'in hand'], within: [] },
];
const table = synonymTable(places);

describe('query variants', () => {
  it.each([
    ['Bengaluru', ['Bengaluru', 'Bangalore', 'Karnataka']],
    ['bangalore salary', ['bangalore salary', 'Bengaluru salary', 'Karnataka salary']],
    // One way: a wider place does not find the places inside it.
    ['Karnataka', ['Karnataka']],
    ['Gurgaon', ['Gurgaon', 'Gurugram', 'Delhi NCR', 'NCR']],
    // The longest name wins: "Delhi NCR" is one place, not Delhi followed by NCR.
    ['Delhi NCR pay', ['Delhi NCR pay', 'NCR pay']],
    ['Delhi', ['Delhi', 'Delhi NCR', 'NCR']],
    ['how much does an mlops engineer cost', ['mlops engineer cost']],
    ['"Bengaluru"', ['"Bengaluru"']],
    // A term's name may hold a filler word: "in hand" is matched before "in" is dropped.
    ['in hand salary', ['in hand salary', 'take-home salary']],
    ['what is my in-hand pay', ['in-hand pay', 'take-home pay']],
  ])('“%s” → %j', (query, variants) => {
    expect(queryVariants(query, table).map((v) => v.query)).toEqual(variants);
  });
  it('keeps a name of two words as one term, so a page must hold it as a phrase', () => {
    expect(queryVariants('in hand salary', table).map((v) => v.terms)).toEqual([
      ['in hand', 'salary'],
      ['take-home', 'salary'],
    ]);
    expect(queryVariants('"drift alerts"', table)).toEqual([{ query: '"drift alerts"', terms: ['drift', 'alerts'] }]);
  });
  it('stops at the limit', () => {
    expect(queryVariants('Gurgaon Bengaluru', table, 5)).toHaveLength(5);
  });
  it('drops filler words, and keeps them when the query has nothing else', () => {
    expect(queryVariants('how to', table).map((v) => v.query)).toEqual(['how to']);
    expect(queryVariants('what is an EOR fee', table).map((v) => v.query)).toEqual(['EOR fee']);
  });
  it('reads the real synonym file: every name finds its others both ways', () => {
    const real = readCollection(process.cwd(), dataCollections.searchSynonyms).map((e) => e.data);
    const t = synonymTable(real);
    for (const p of real)
      for (const a of p.names)
        for (const b of p.names)
          if (normalize(a) !== normalize(b)) expect(t.get(normalize(a))?.map(normalize)).toContain(normalize(b));
  });
});

describe('whole-word matches', () => {
  it.each([
    ['be', 'Bengaluru', false],
    ['no', 'Noida', false],
    ['Bangalore,', 'bangalore', true],
    ['Hyderabad', 'hyder', true],
    ['salary', 'salaries', true],
    ['fee', 'fees', true],
    ['₹22', '₹22', true],
    ['₹14–₹22', '22', true],
    ['mum', 'mumbai', false],
  ])('“%s” for “%s”: %s', (word, term, expected) => {
    expect(isWholeWord(word, term)).toBe(expected);
  });
  it.each([
    // Fragments ("be" for "Bengaluru") stay unmarked; the window starts a word or a few before its first hit.
    [
      'it has to be in Bangalore now',
      [3, 5],
      ['Bengaluru', 'Bangalore'],
      [
        { text: 'in', mark: false },
        { text: ' ', mark: false },
        { text: 'Bangalore', mark: true },
        { text: ' now', mark: false },
      ],
    ],
    // No whole-word hit: the page's first words.
    ['one two three four five six', [], ['x'], [{ text: 'one two three four', mark: false }]],
  ])('excerpt of “%s” at %j', (text, locations, terms, parts) => {
    expect(excerptParts(text.split(' '), locations, terms, 4)).toEqual(parts);
  });
  it('takes the window with the most hits', () => {
    const words = 'fee a b c d e f g h fee fee fee'.split(' ');
    const parts = excerptParts(words, [0, 9, 10, 11], ['fee'], 5);
    expect(parts.filter((p) => p.mark)).toHaveLength(3);
    expect(parts.map((p) => p.text).join('')).toBe('h fee fee fee');
  });
  const page = (content: string, locations: number[], title = 'Page'): PagefindResultData => ({
    url: '/p/',
    meta: { title },
    content,
    locations,
  });
  it('drops a page found only through a fragment', () => {
    expect(hasEveryTerm(page('it has to be shipped', [3]), ['Bengaluru'])).toBe(false);
    expect(hasEveryTerm(page('teams in Bengaluru hire', [2]), ['Bengaluru'])).toBe(true);
  });
  it('needs a term of two words as a phrase, whatever the punctuation between them', () => {
    expect(hasEveryTerm(page('hands on work in the hand of', [2]), ['in hand'])).toBe(false);
    expect(hasEveryTerm(page('pay in hand, monthly', [2]), ['in hand'])).toBe(true);
    expect(hasEveryTerm(page('the take-home pay', [1]), ['take home'])).toBe(true);
  });
  it('keeps a page whose metadata holds the term', () => {
    expect(hasEveryTerm(page('work out costs', [], 'Cost calculator'), ['calculator'])).toBe(true);
  });
});

describe('hits', () => {
  const data: PagefindResultData = {
    url: '/g/',
    meta: { title: 'Guide' },
    filters: { type: ['Guide'] },
    content: 'EOR fee here be fee fee',
    sub_results: [
      { title: 'Guide', url: '/g/' },
      { title: 'a', url: '/g/#a', weighted_locations: [{ location: 0, balanced_score: 1 }] },
      { title: 'b', url: '/g/#b', weighted_locations: [{ location: 3, balanced_score: 9 }] },
      {
        title: 'c',
        url: '/g/#c',
        weighted_locations: [
          { location: 4, balanced_score: 2 },
          { location: 5, balanced_score: 2 },
        ],
      },
      { title: 'd', url: '/g/#d', weighted_locations: [{ location: 1, balanced_score: 1 }] },
      { title: 'e', url: '/g/#e', weighted_locations: [{ location: 1, balanced_score: 0.5 }] },
    ],
  };
  it('ranks sections by their whole-word hits, drops fragment-only ones, keeps three', () => {
    const hit = toHit(data, ['EOR', 'fee']);
    expect(hit.sections.map((s) => s.url)).toEqual(['/g/#c', '/g/#a', '/g/#d']);
    expect(hit.type).toBe('Guide');
  });
  it('keeps page order without terms or weights', () => {
    const plain = {
      ...data,
      sub_results: ['a', 'b', 'c', 'd'].map((id) => ({ title: id, url: `/g/#${id}` })),
    };
    expect(toHit(plain).sections.map((s) => s.url)).toEqual(['/g/#a', '/g/#b', '/g/#c']);
  });
  it('falls back to the URL when a page has no title', () => {
    expect(toHit({ url: '/x/', meta: {} }).title).toBe('/x/');
  });
  it('lists the sources page after the pages that discuss the words, keeping each group’s order', () => {
    const hits = [
      { url: '/sources/', type: 'Sources' },
      { url: '/calculator/', type: 'Calculator' },
      { url: '/guide/', type: 'Guide' },
      { url: '/x/', type: undefined },
    ];
    expect(referencesLast(hits).map((h) => h.url)).toEqual(['/calculator/', '/guide/', '/x/', '/sources/']);
  });
  it('merges searches: each page once, at its best score, variants slightly behind', () => {
    const merged = mergeRanked([
      [
        { key: 'a', score: 1, item: 'a1' },
        { key: 'b', score: 0.5, item: 'b1' },
      ],
      [
        { key: 'b', score: 2, item: 'b2' },
        { key: 'c', score: 1, item: 'c2' },
      ],
    ]);
    expect(merged.map((r) => [r.item, r.score])).toEqual([
      ['b2', 1.8],
      ['a1', 1],
      ['c2', 0.9],
    ]);
  });
});

describe('did you mean', () => {
  const vocabulary = vocabularyOf(['Salary bands: salary, salaries and the sale of equity.', 'Drift monitoring']);
  it('counts words of three letters or more', () => {
    expect(vocabulary).toMatchObject({ salary: 2, salaries: 1, drift: 1 });
    expect(vocabulary).not.toHaveProperty('of');
  });
  it.each([
    ['salry', 'salary', ['salry']],
    ['Salray bands', 'salary bands', ['salray']],
    ['drfit', 'drift', ['drfit']],
    // "sale" is a page word too, but "salary" is one edit nearer.
    ['salery', 'salary', ['salery']],
    ['salery drfit', 'salary drift', ['salery', 'drfit']],
  ])('“%s” → “%s”', (query, suggestion, unknown) => {
    expect(suggestQuery(query, vocabulary)).toEqual({ query: suggestion, unknown });
  });
  it.each([
    ['salary', 'a word pages use'],
    ['zzqxv', 'nothing near it'],
    ['salar', 'the start of a word pages use, still being typed'],
    ['in-hand', 'a name of the synonym table'],
  ])('no suggestion for “%s”: %s', (query) => {
    expect(suggestQuery(query, vocabulary, ['in hand', 'take-home'])).toBeUndefined();
  });
  it.each([
    ['salry', 'salary', 1],
    ['drfit', 'drift', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('edit distance %s → %s is %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('status and address', () => {
  it.each([
    [0, '', 'Type a word or phrase to search every guide and data page.'],
    [0, 'zz', 'No results for “zz”. Try fewer or different words, such as a city, a skill or a figure.'],
    [1, 'drift', '1 result for “drift”.'],
    [4, 'drift', '4 results for “drift”.'],
  ])('%d hits for “%s”: %s', (count, query, text) => {
    expect(statusText(count, query)).toBe(text);
  });
  it.each([
    [2, { query: 'salary', unknown: ['salry'] }, 'No page uses “salry”. Showing 2 results for “salary”.'],
    [
      1,
      { query: 'salary drift', unknown: ['salry', 'drfit'] },
      'No page uses “salry” or “drfit”. Showing 1 result for “salary drift”.',
    ],
  ])('says when it shows a suggestion instead (%d)', (count, suggestion, text) => {
    expect(suggestedStatusText(count, suggestion)).toBe(text);
  });
  it('writes the query and filter into the page address', () => {
    expect(searchUrl('/search/', ' ₹22 lakh ', '')).toBe('/search/?q=%E2%82%B922+lakh');
    expect(searchUrl('/search/', 'x', 'Salary data')).toBe('/search/?q=x&type=Salary+data');
    expect(searchUrl('/search/', '', '')).toBe('/search/');
  });
});
