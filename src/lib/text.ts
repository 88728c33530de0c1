/** Text measures of a guide's source: reading time and the order of its citations. */

const WORDS_PER_MINUTE = 220;

/** Words a reader reads: a guide's body without tags and Markdown punctuation. */
export function countWords(body: string): number {
  const prose = body.replace(/<[^>]+>/g, ' ').replace(/[#*_>`[\]()|-]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read, at least one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}

/** Source ids in the order `<Cite id="…" />` first names them. */
export function citationOrder(body: string): string[] {
  const order: string[] = [];
  for (const m of body.matchAll(/<Cite\s+id=["']([^"']+)["']\s*\/>/g)) {
    const id = m[1];
    if (id !== undefined && !order.includes(id)) order.push(id);
  }
  return order;
}
