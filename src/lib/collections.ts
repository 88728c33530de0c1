/** Small helpers over lists of content entries. */

/** Indexes entries by their `id`. */
export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((e) => [e.id, e]));
}

/**
 * The entry with `id`, for references the content reader has already checked: a miss here is a bug in the code
 * that built the map, not an editor's mistake, so it throws without advice for editors.
 */
export function entryOf<T>(map: ReadonlyMap<string, T>, id: string): T {
  const entry = map.get(id);
  if (entry === undefined) throw new Error(`No entry "${id}": references are checked when content is read.`);
  return entry;
}
