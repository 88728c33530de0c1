/** Reads every data collection from any file source (the working tree, or a git ref) with the project's strict parsers. */
import { parse } from 'yaml';
import { parseEntryFile, parseListFile } from '../../../src/lib/content/parse.ts';
import { ContentError, type Problem } from '../../../src/lib/content/problems.ts';
import { dataCollections, entryIdOf, type DataCollectionName } from '../../../src/lib/content/registry.ts';

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
  problems: Problem[];
  unchecked: string[];
  /** Collections with a file that could not be read (strict mode): their entries are incomplete. */
  failed: DataCollectionName[];
}

/** Parses the data files in `files` (paths from the project root) read with `read`; `lenient` falls back to plain YAML. */
export function readSnapshot(
  files: readonly string[],
  read: (path: string) => string,
  lenient = false,
): SnapshotResult {
  const snapshot = {} as DataSnapshot;
  const problems: Problem[] = [];
  const unchecked: string[] = [];
  const failed: DataCollectionName[] = [];
  const plain = (file: string, text: string): [string, unknown][] => {
    unchecked.push(file);
    try {
      const doc: unknown = parse(text);
      if (Array.isArray(doc))
        return doc.map((item, i) => [String((item as { id?: unknown })?.id ?? `#${i + 1}`), item]);
      return doc === null || doc === undefined ? [] : [[entryIdOf(file), doc]];
    } catch {
      return [];
    }
  };
  const load = (
    name: DataCollectionName,
    file: string,
    parseStrict: (text: string) => [string, unknown][],
  ): [string, unknown][] => {
    const text = read(file);
    try {
      return parseStrict(text);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      // An older version of the data may predate a schema change: compare it as plain YAML rather than not at all.
      if (lenient) return plain(file, text);
      problems.push(...error.problems);
      if (!failed.includes(name)) failed.push(name);
      return [];
    }
  };
  for (const [name, spec] of Object.entries(dataCollections) as [
    DataCollectionName,
    (typeof dataCollections)[DataCollectionName],
  ][]) {
    const entries = new Map<string, SnapshotEntry>();
    const inFolder = files.filter((f) => f.startsWith(`${spec.path}/`) && /\.ya?ml$/.test(f));
    for (const file of spec.kind === 'list' ? files.filter((f) => f === spec.path) : inFolder) {
      const parsed = load(name, file, (text) =>
        spec.kind === 'list'
          ? parseListFile<unknown>(file, text, spec.schema).map((e) => [e.id, e.data])
          : [[entryIdOf(file), parseEntryFile<unknown>(file, text, spec.schema, entryIdOf(file)).data]],
      );
      for (const [id, data] of parsed) entries.set(id, { file, data });
    }
    snapshot[name] = entries;
  }
  return { snapshot, problems, unchecked, failed };
}
