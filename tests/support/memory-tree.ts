/** A content tree held in memory (path → text), for tests of the content reader and the tools built on it. */
import type { ContentTree } from '../../src/lib/content/tree.ts';

/** The files in `files` as a {@link ContentTree}. */
export function memoryTree(files: Readonly<Record<string, string>>): ContentTree {
  const paths = Object.keys(files);
  return {
    list: (dir) => {
      const prefix = `${dir.replace(/\/$/, '')}/`;
      const inside = paths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'));
      return inside.length > 0 ? inside.map((p) => p.slice(prefix.length)) : undefined;
    },
    read: (path) => files[path],
  };
}
