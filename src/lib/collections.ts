/** Small helpers over lists of content entries. */

/** Indexes entries by their `id`. */
export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((e) => [e.id, e]));
}
