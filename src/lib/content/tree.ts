/** Where content is read from: the working tree, or any other tree of files (a git commit, a test fixture). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A tree of files addressed by paths from the project root, e.g. `content/data/sources.yaml`. */
export interface ContentTree {
  /** Names of the files directly inside `dir`, or undefined when there is no such folder. */
  list(dir: string): string[] | undefined;
  /** The text of the file at `path`, or undefined when there is no such file. */
  read(path: string): string | undefined;
}

const kind = (path: string): 'file' | 'dir' | undefined => {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
};

/** The files below `root` on disk. */
export function diskTree(root: string): ContentTree {
  return {
    list: (dir) => (kind(join(root, dir)) === 'dir' ? readdirSync(join(root, dir)) : undefined),
    read: (path) => (kind(join(root, path)) === 'file' ? readFileSync(join(root, path), 'utf8') : undefined),
  };
}

/** A tree as given, or the files below a project root on disk. */
export const treeOf = (from: string | ContentTree): ContentTree =>
  typeof from === 'string' ? diskTree(from) : from;
