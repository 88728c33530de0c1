/** Reads one data collection with the strict parsers, from disk or any other {@link ContentTree}. */
import { parseEntryFile, parseListFile, type ParsedEntry } from './parse.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { entryIdOf, type DataCollectionSpec } from './registry.ts';
import { treeOf, type ContentTree } from './tree.ts';

/** An entry that passed its schema, and the file it is in (path from the project root). */
export interface ContentEntry<T> extends ParsedEntry<T> {
  file: string;
}

/** What one collection yielded: the entries that passed, the problems, and the files those problems are in. */
export interface CollectionRead<T> {
  entries: ContentEntry<T>[];
  problems: ContentProblem[];
  /** Files that could not be used whole (a list file with any problem, or one file of a folder). */
  failedFiles: string[];
  /** The collection's file or folder is not there at all. */
  missing: boolean;
}

const isYaml = (name: string): boolean => /\.ya?ml$/.test(name);

/** Reads one collection, collecting problems instead of throwing. */
export function readCollectionFiles<T>(from: string | ContentTree, spec: DataCollectionSpec<T>): CollectionRead<T> {
  const tree = treeOf(from);
  const missing = (): CollectionRead<T> => ({
    entries: [],
    failedFiles: [spec.path],
    missing: true,
    problems: [
      {
        file: spec.path,
        message: `The ${spec.kind === 'dir' ? 'folder' : 'file'} is missing. Restore it from the main branch.`,
      },
    ],
  });
  const attempt = (file: string, parse: () => ParsedEntry<T>[]): CollectionRead<T> => {
    try {
      return { entries: parse().map((e) => ({ ...e, file })), problems: [], failedFiles: [], missing: false };
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return { entries: [], problems: error.problems, failedFiles: [file], missing: false };
    }
  };
  if (spec.kind === 'list') {
    const text = tree.read(spec.path);
    if (text === undefined) return missing();
    return attempt(spec.path, () => parseListFile(spec.path, text, spec.schema));
  }
  const names = tree.list(spec.path);
  if (names === undefined) return missing();
  const files = names.filter(isYaml).sort();
  if (files.length === 0)
    return {
      entries: [],
      failedFiles: [spec.path],
      missing: false,
      problems: [{ file: spec.path, message: 'The folder holds no .yaml file. Add at least one.' }],
    };
  const out: CollectionRead<T> = { entries: [], problems: [], failedFiles: [], missing: false };
  const fileOf = new Map<string, string>();
  for (const name of files) {
    const file = `${spec.path}/${name}`;
    const id = entryIdOf(name);
    const other = fileOf.get(id);
    if (other !== undefined) {
      out.problems.push({
        file,
        entry: id,
        message: `The id "${id}" is already used by ${other}. Ids must be unique: keep one of the two files.`,
      });
      out.failedFiles.push(file);
      continue;
    }
    fileOf.set(id, file);
    const one = attempt(file, () => [parseEntryFile(file, tree.read(file) ?? '', spec.schema, id)]);
    out.entries.push(...one.entries);
    out.problems.push(...one.problems);
    out.failedFiles.push(...one.failedFiles);
  }
  return out;
}

/** Reads one collection. Throws {@link ContentError} naming file, entry and field. */
export function readCollection<T>(from: string | ContentTree, spec: DataCollectionSpec<T>): ContentEntry<T>[] {
  const { entries, problems } = readCollectionFiles(from, spec);
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
