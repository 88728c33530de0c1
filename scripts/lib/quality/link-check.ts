/** Checks every internal link of a built page against the files in dist/ and points each broken one at the file that likely holds it. */
import { fileForUrl, urlForFile } from './dist.ts';
import { extractLinks, resolveLink } from './links.ts';

/** One broken link: the page it is on, the link as written, what is wrong, and the file to fix. */
export interface LinkProblem {
  /** The page's file, relative to dist/. */
  page: string;
  link: string;
  message: string;
  /** The project file that most likely holds the link: the one to edit. */
  file: string;
}

/** What the check knows about the built site. */
export interface SiteFiles {
  /** Every file in dist/, relative to it. */
  files: ReadonlySet<string>;
  /** The ids (and `<a name>`s) of an HTML file in dist/. */
  anchors: (file: string) => ReadonlySet<string>;
}

const routeOf = (file: string): string[] =>
  file
    .replace(/^src\/pages\//, '')
    .replace(/\.(astro|md|ts|js)$/, '')
    .split('/')
    .filter((s, i, all) => !(s === 'index' && i === all.length - 1));

/** The file a built page is made from: `guides/<slug>/index.html` → `content/guides/<slug>.mdx`, other pages → their `src/pages/` route file. */
export function fileToEdit(page: string, projectFiles: readonly string[]): string {
  const segments = urlForFile(page)
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  const guide = `content/guides/${segments[1] ?? ''}.mdx`;
  if (segments[0] === 'guides' && segments.length === 2 && projectFiles.includes(guide)) return guide;
  let best: { file: string; score: number } | undefined;
  for (const file of projectFiles.filter((f) => f.startsWith('src/pages/'))) {
    const route = routeOf(file);
    const rest = route.findIndex((s) => s.startsWith('[...'));
    const fits = rest >= 0 ? segments.length >= rest : segments.length === route.length;
    if (!fits) continue;
    const parts = rest >= 0 ? route.slice(0, rest) : route;
    if (!parts.every((s, i) => s.startsWith('[') || s === segments[i])) continue;
    const score = parts.filter((s) => !s.startsWith('[')).length * 2 - (rest >= 0 ? 1 : 0);
    if (!best || score > best.score) best = { file, score };
  }
  return best?.file ?? `src/pages/${segments.join('/') || 'index'}.astro`;
}

function problemWith(path: string, fragment: string | undefined, site: SiteFiles): string | undefined {
  const file = fileForUrl(path);
  if (!site.files.has(file)) {
    if (!path.endsWith('/') && site.files.has(`${file}/index.html`))
      return `add the trailing slash: ${path}/ (the site uses trailingSlash: 'always')`;
    return `no page or file at ${path} (dist/${file} does not exist)`;
  }
  if (fragment === undefined || fragment === 'top' || !file.endsWith('.html')) return undefined;
  return site.anchors(file).has(fragment) ? undefined : `no element with id "${fragment}" on ${path}`;
}

/** Every broken internal link on one page (`page` is its file relative to dist/). */
export function checkPageLinks(
  page: string,
  html: string,
  site: SiteFiles,
  origin: string,
  projectFiles: readonly string[],
): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const pageUrl = urlForFile(page);
  for (const link of extractLinks(html)) {
    const target = resolveLink(link.value, pageUrl, origin);
    if (target === null) continue;
    const message = problemWith(target.path, target.fragment, site);
    if (message !== undefined) problems.push({ page, link: link.value, message, file: fileToEdit(page, projectFiles) });
  }
  return problems;
}

/** `dist/x/index.html: "/y/#z": no element with id "z" on /y/ (likely source: src/pages/x.astro)`. */
export function formatLinkProblem(p: LinkProblem, dist = 'dist'): string {
  return `${dist}/${p.page}: "${p.link}": ${p.message} (likely source: ${p.file})`;
}
