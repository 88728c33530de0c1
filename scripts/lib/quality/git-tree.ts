/** The content tree at a git commit, as a {@link ContentTree} for the content reader. */
import { execFileSync } from 'node:child_process';
import type { ContentTree } from '../../../src/lib/content/tree.ts';

/** Runs git and returns what it printed. */
export const git = (...args: string[]): string =>
  execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

/** The files under content/ at `ref`, read with `git show`. */
export function gitTree(ref: string): ContentTree {
  const files = git('ls-tree', '-r', '--name-only', ref, '--', 'content').split('\n').filter(Boolean);
  const known = new Set(files);
  return {
    list: (dir) => {
      const prefix = `${dir.replace(/\/$/, '')}/`;
      const inside = files.filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'));
      return inside.length > 0 ? inside.map((f) => f.slice(prefix.length)) : undefined;
    },
    read: (path) => (known.has(path) ? git('show', `${ref}:${path}`) : undefined),
  };
}
