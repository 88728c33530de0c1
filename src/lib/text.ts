/** Reading time of a guide, from the words the content reader counted in its MDX. */

const WORDS_PER_MINUTE = 220;

/** Whole minutes to read `words`, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
