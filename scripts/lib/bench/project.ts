/** The project the benchmark builds: the Node 24 to build it with, and copies of it to build in. */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Folders at the top of the project that a copy leaves out: dependencies, build output, caches and history. */
const NOT_COPIED: ReadonlySet<string> = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results']);

/** Caches inside node_modules that each copy keeps for itself rather than sharing with the project. */
const OWN_CACHES: ReadonlySet<string> = new Set(['.astro', '.vite', '.cache']);

/** Node 24 for the builds: `current` when `version` is 24.x, else the project's `node` package, else undefined. */
export function node24(root: string, version = process.versions.node, current = process.execPath): string | undefined {
  if (version.split('.')[0] === '24') return current;
  const local = join(root, 'node_modules/node/bin/node');
  return existsSync(local) ? local : undefined;
}

/** Copies the project at `root` to `dest` without {@link NOT_COPIED}; node_modules becomes a folder of symlinks. */
export function copyProject(root: string, dest: string): void {
  const top = resolve(root);
  cpSync(top, dest, {
    recursive: true,
    filter: (src) => !(dirname(resolve(src)) === top && NOT_COPIED.has(basename(src))),
  });
  // A folder of links rather than one link: Astro keeps its content cache in node_modules/.astro, and that
  // must stay inside the copy instead of overwriting the real project's cache.
  const modules = join(dest, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(top, 'node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(join(top, 'node_modules', name), join(modules, name));
  }
}
