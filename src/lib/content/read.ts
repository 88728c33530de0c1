/** Reads data collections from disk with the strict parsers (used by the Astro loaders, the check script and tests). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntryFile, parseListFile, type ParsedEntry } from './parse.ts';
import { ContentError } from './problems.ts';
import { entryIdOf, type DataCollectionSpec } from './registry.ts';

/** An entry and the file it is in (path from the project root). */
export interface FileEntry<T> extends ParsedEntry<T> {
  file: string;
}

/** Reads one collection below `root`. Throws {@link ContentError} naming file, entry and field. */
export function readCollection<T>(root: string, spec: DataCollectionSpec<T>): FileEntry<T>[] {
  const abs = join(root, spec.path);
  if (!existsSync(abs)) {
    throw new ContentError([
      {
        file: spec.path,
        message: `The ${spec.kind === 'dir' ? 'folder' : 'file'} is missing. Restore it from the main branch.`,
      },
    ]);
  }
  if (spec.kind === 'list')
    return parseListFile(spec.path, readFileSync(abs, 'utf8'), spec.schema).map((e) => ({ ...e, file: spec.path }));
  const files = readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0)
    throw new ContentError([{ file: spec.path, message: 'The folder holds no .yaml file. Add at least one.' }]);
  const problems: ContentError['problems'] = [];
  const entries: FileEntry<T>[] = [];
  const fileOf = new Map<string, string>();
  for (const name of files) {
    const file = `${spec.path}/${name}`;
    const id = entryIdOf(name);
    const other = fileOf.get(id);
    if (other !== undefined) {
      problems.push({
        file,
        entry: id,
        message: `The id "${id}" is already used by ${other}. Ids must be unique: keep one of the two files.`,
      });
      continue;
    }
    fileOf.set(id, file);
    try {
      entries.push({ ...parseEntryFile(file, readFileSync(join(abs, name), 'utf8'), spec.schema, id), file });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
