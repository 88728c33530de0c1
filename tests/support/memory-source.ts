/** A content tree held in memory (path → text), for tests of the content reader and the tools built on it. */
import type { ContentSource } from '../../src/lib/content/source.ts';

/** The files in `files` as a {@link ContentSource}. */
export function memorySource(files: Readonly<Record<string, string>>): ContentSource {
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
