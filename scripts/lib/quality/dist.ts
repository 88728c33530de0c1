/** The built site on disk: listing its files and mapping between files in dist/ and the URLs that serve them. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir` whose name ends with one of `endings`, as sorted forward-slash paths relative to `dir`. */
export function listFiles(dir: string, endings: readonly string[] = ['']): string[] {
  const out: string[] = [];
  const walk = (here: string): void => {
    for (const entry of readdirSync(here, { withFileTypes: true })) {
      const path = join(here, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (endings.some((e) => entry.name.endsWith(e))) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built file is served at: `guides/x/index.html` → `/guides/x/`, `404.html` → `/404.html`. */
export function urlForFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file in dist/ that serves a URL path (`/x/` → `x/index.html`, `/favicon.svg` → `favicon.svg`). */
export function fileForUrl(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

/** True when a URL path matches a pattern: `*` stands for one path segment, `**` for any number of them. */
export function matchesPath(pattern: string, path: string): boolean {
  const rx = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${rx}$`).test(path);
}
