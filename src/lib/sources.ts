/** How many independent publishers stand behind a list of cited sources, and how many of them were read first-hand. */
import type { Source } from '../schemas/sources.ts';

/** The publishers behind some sources, each once, and the publications the second-hand ones were read in. */
export interface SourceCount {
  /** Distinct original publishers, in first-cited order. */
  publishers: string[];
  /** Sources read first-hand (no `via`). */
  firstHand: number;
  /** Distinct publishers of the publications second-hand sources were read in. */
  readThrough: string[];
}

/** Counts the publishers of the sources `ids` (unknown ids are skipped: the content check reports them). */
export function countSources(ids: readonly string[], sources: ReadonlyMap<string, Source>): SourceCount {
  const cited = ids.flatMap((id) => sources.get(id) ?? []);
  const unique = (list: string[]) => [...new Set(list)];
  return {
    publishers: unique(cited.map((s) => s.publisher)),
    firstHand: cited.filter((s) => s.via === undefined).length,
    readThrough: unique(cited.flatMap((s) => (s.via ? (sources.get(s.via)?.publisher ?? []) : []))),
  };
}

/** "4 sources from 3 publishers (Glassdoor India, SalaryExpert, Kaamwork); 3 of them read through Kaamwork." */
export function describeSourceCount(n: number, c: SourceCount): string {
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const head = `${plural(n, 'source')} from ${plural(c.publishers.length, 'independent publisher')} (${c.publishers.join(', ')})`;
  const second = n - c.firstHand;
  return second === 0
    ? `${head}, all read first-hand.`
    : `${head}; ${second === n ? 'all' : `${second} of them`} read second-hand, through ${c.readThrough.join(' and ')}.`;
}
