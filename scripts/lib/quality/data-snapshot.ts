/** The data as `data:diff` compares it: every collection read by the one content reader, from the working tree or a git ref. */
import { parse } from 'yaml';
import type { ContentProblem } from '../../../src/lib/content/problems.ts';
import { readContent } from '../../../src/lib/content/reader.ts';
import { dataCollections, entryIdOf, guidesDir, type DataCollectionName } from '../../../src/lib/content/registry.ts';
import type { ContentTree } from '../../../src/lib/content/tree.ts';

/** One entry as the diff sees it: the file it is in and its data. */
export interface SnapshotEntry {
  file: string;
  data: unknown;
}

/** Every collection's entries, by id. */
export type DataSnapshot = Record<DataCollectionName, Map<string, SnapshotEntry>>;

/** The snapshot, the problems found, and the files read without their schema (lenient mode only). */
export interface SnapshotResult {
  snapshot: DataSnapshot;
  problems: ContentProblem[];
  unchecked: string[];
  /** Collections with a file that could not be read (strict mode): their entries are incomplete. */
  failed: DataCollectionName[];
}

const names = Object.keys(dataCollections) as DataCollectionName[];

/** The collection a data file belongs to. */
const collectionOf = (file: string): DataCollectionName | undefined =>
  names.find((n) => file === dataCollections[n].path || file.startsWith(`${dataCollections[n].path}/`));

/** A file that fails today's schemas, read as plain YAML: an older version of the data may predate a schema change. */
function plainEntries(file: string, text: string | undefined): [string, unknown][] {
  try {
    const doc: unknown = parse(text ?? '');
    if (Array.isArray(doc)) return doc.map((item, i) => [String((item as { id?: unknown })?.id ?? `#${i + 1}`), item]);
    return doc === null || doc === undefined ? [] : [[entryIdOf(file), doc]];
  } catch {
    return [];
  }
}

/**
 * Reads the data in `tree` with the content reader. Strict: every problem the reader finds is reported, except
 * that a collection absent from `tree` is simply empty. Lenient: files that fail are compared as plain YAML.
 */
export function readSnapshot(tree: ContentTree, lenient = false): SnapshotResult {
  const content = readContent(tree);
  const snapshot = {} as DataSnapshot;
  for (const name of names) {
    const entries = new Map<string, SnapshotEntry>();
    for (const e of content.collections[name]) entries.set(e.id, { file: e.file, data: e.data });
    snapshot[name] = entries;
  }
  const absent = new Set(content.missing.map((n) => dataCollections[n].path));
  if (tree.list(guidesDir) === undefined) absent.add(guidesDir);
  const failedFiles = content.failedFiles.filter((f) => !absent.has(f));
  const failed = [...new Set(failedFiles.map(collectionOf).filter((n) => n !== undefined))];
  if (!lenient) {
    const problems = content.problems.filter((p) => !absent.has(p.file));
    return { snapshot, problems, unchecked: [], failed };
  }
  for (const file of failedFiles) {
    const name = collectionOf(file);
    if (name) for (const [id, data] of plainEntries(file, tree.read(file))) snapshot[name].set(id, { file, data });
  }
  return { snapshot, problems: [], unchecked: failedFiles, failed: [] };
}
