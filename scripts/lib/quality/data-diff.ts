/** Compares two snapshots of the data: entries added and removed, figures moved, dates and codes changed, text edited. */
import type { DataCollectionName } from '../../../src/lib/content/registry.ts';
import type { DataSnapshot, SnapshotEntry } from './data-snapshot.ts';

/** A number that changed; `pct` is the move relative to `before`, `null` when `before` is 0. */
export interface FigureChange {
  path: string;
  before: number;
  after: number;
  pct: number | null;
}

/** A short value that changed, appeared or went away (a date, a status, an id, a list of ids). */
interface ValueChange {
  path: string;
  before: string | undefined;
  after: string | undefined;
}

/** What changed inside one entry present on both sides. */
export interface EntryDiff {
  id: string;
  file: string;
  figures: FigureChange[];
  values: ValueChange[];
  /** Keyed list items (e.g. `bands[mid/broad-market]`) found after only, or before only. */
  addedItems: string[];
  removedItems: string[];
  /** Fields whose free text changed. */
  text: string[];
}

/** An entry found on one side only. */
type WholeEntry = { id: string; file: string; data: unknown };

/** Everything that changed in one collection. */
export interface CollectionDiff {
  name: DataCollectionName;
  added: WholeEntry[];
  removed: WholeEntry[];
  changed: EntryDiff[];
}

type Leaf = number | string | boolean | { item: true };

const keyOf = (item: unknown, i: number): string => {
  const o = (item ?? {}) as Record<string, unknown>;
  if (typeof o['id'] === 'string') return o['id'];
  if (typeof o['level'] === 'string' && typeof o['segment'] === 'string') return `${o['level']}/${o['segment']}`;
  return String(i);
};

/** Flattens data to `path → leaf`: list items are keyed by `id` (or `level/segment`), lists of plain values are joined. */
export function flatten(value: unknown, path = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    out.set(path, value.join(', '));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const p = `${path}[${keyOf(item, i)}]`;
      out.set(p, { item: true });
      flatten(item, p, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    out.set(path, value);
  }
  return out;
}

const isText = (v: Leaf | undefined): boolean => typeof v === 'string' && /\s/.test(v);
const show = (v: Leaf | undefined): string | undefined => (v === undefined ? undefined : String(v));

/** Compares one entry's data before and after. */
export function diffEntry(id: string, file: string, before: unknown, after: unknown): EntryDiff {
  const a = flatten(before);
  const b = flatten(after);
  const d: EntryDiff = { id, file, figures: [], values: [], addedItems: [], removedItems: [], text: [] };
  const itemOf = (path: string): string | undefined =>
    [...path.matchAll(/\[[^\]]+\]/g)]
      .map((m) => path.slice(0, m.index + m[0].length))
      .find((p) => !(a.has(p) && b.has(p)));
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path);
    const y = b.get(path);
    if (x === y || (typeof x === 'object' && typeof y === 'object')) continue;
    const item = itemOf(path);
    if (item !== undefined) {
      if (item === path) (y === undefined ? d.removedItems : d.addedItems).push(path);
    } else if (typeof x === 'number' && typeof y === 'number') {
      d.figures.push({ path, before: x, after: y, pct: x === 0 ? null : (y - x) / x });
    } else if (isText(x) || isText(y)) {
      d.text.push(path);
    } else {
      d.values.push({ path, before: show(x), after: show(y) });
    }
  }
  return d;
}

const size = (d: EntryDiff): number =>
  d.figures.length + d.values.length + d.addedItems.length + d.removedItems.length + d.text.length;
const only = (a: Map<string, SnapshotEntry>, b: Map<string, SnapshotEntry>): WholeEntry[] =>
  [...a].filter(([id]) => !b.has(id)).map(([id, e]) => ({ id, ...e }));

/** Every difference between two snapshots; unchanged collections, and those in `skip`, are left out. */
export function diffData(before: DataSnapshot, after: DataSnapshot, skip: readonly string[] = []): CollectionDiff[] {
  const names = (Object.keys(after) as DataCollectionName[]).filter((n) => !skip.includes(n));
  return names
    .map((name) => {
      const was = before[name] ?? new Map<string, SnapshotEntry>();
      const now = after[name];
      const changed = [...now]
        .filter(([id]) => was.has(id))
        .map(([id, e]) => diffEntry(id, e.file, was.get(id)!.data, e.data));
      return { name, added: only(now, was), removed: only(was, now), changed: changed.filter((d) => size(d) > 0) };
    })
    .filter((c) => c.added.length + c.removed.length + c.changed.length > 0);
}
