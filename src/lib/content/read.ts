/** Reads data collections from disk with the strict parsers (used by the Astro loaders, the check script and tests). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntryFile, parseListFile, type ParsedEntry } from './parse.ts';
import { ContentError } from './problems.ts';
import type { DataCollectionSpec } from './registry.ts';

/** Reads one collection below `root`. Throws {@link ContentError} naming file, entry and field. */
export function readCollection<T>(root: string, spec: DataCollectionSpec<T>): ParsedEntry<T>[] {
  const abs = join(root, spec.path);
  if (!existsSync(abs)) {
    throw new ContentError([
      {
        file: spec.path,
        message: `The ${spec.kind === 'dir' ? 'folder' : 'file'} is missing. Restore it from the main branch.`,
      },
    ]);
  }
  if (spec.kind === 'list') return parseListFile(spec.path, readFileSync(abs, 'utf8'), spec.schema);
  const files = readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0)
    throw new ContentError([{ file: spec.path, message: 'The folder holds no .yaml file. Add at least one.' }]);
  const problems: ContentError['problems'] = [];
  const entries: ParsedEntry<T>[] = [];
  for (const name of files) {
    const file = `${spec.path}/${name}`;
    try {
      entries.push(
        parseEntryFile(file, readFileSync(join(abs, name), 'utf8'), spec.schema, name.replace(/\.ya?ml$/, '')),
      );
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
