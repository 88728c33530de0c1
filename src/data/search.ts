/** What the search page needs from content: every place's other names, for its query variants. */
import { getCollection } from 'astro:content';
import type { PlaceSynonyms } from '../lib/search.ts';

let cached: Promise<PlaceSynonyms[]> | undefined;

/** The entries of content/data/search-synonyms.yaml, read once per build. */
export function placeSynonyms(): Promise<PlaceSynonyms[]> {
  cached ??= getCollection('searchSynonyms').then((list) =>
    list.map(({ data: d }) => ({ id: d.id, names: d.names, within: d.within })),
  );
  return cached;
}
